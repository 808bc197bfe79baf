/**
 * Who an event is about, from the trigger's voice: the subject of a passive ("X est nommé"),
 * the object of an active verb ("a nommé X"), the complement of a noun ("la nomination de X"),
 * everyone named around a meeting verb ("a reçu X et Y").
 */
import type { ResolvedPerson } from '../../pipeline/doc.js';
import { personRef, sameClause, within, type EventContext } from '../context.js';
import { loadJson } from '../../data.js';
import { escapeRegExp } from '../../text/normalize.js';
import type { ArgRef, Trigger } from '../types.js';
import { antecedent, isSubject } from './antecedent.js';
import { laterParticipants } from './participants.js';
import { isSourceBeforeSubject, isSpeaker } from './speakers.js';
import { objectPhraseLeadsTo, takesThings } from './objectGap.js';
import { holdsPower, oustsOnlyPower } from './ousting.js';
import { listedPersons } from './list.js';
import { warmedUp } from '../../text/warmRegExp.js';

/** How far back a subject may stand, appositions included ("X, jusqu'ici chef de …, est nommé"). */
const SUBJECT_REACH = 220;
/** How far an object may follow its verb ("a nommé le général de brigade X"). */
const OBJECT_REACH = 90;

/** One entry per person cluster, in text order. */
function distinct(people: ResolvedPerson[]): ArgRef[] {
  const seen = new Set<number>();
  const out: ArgRef[] = [];
  for (const p of people) {
    if (seen.has(p.cluster)) continue;
    seen.add(p.cluster);
    out.push(personRef(p));
  }
  return out;
}

/** The person a run of coordinated names starts with, and those joined to it by commas or "et". */
function coordinated(ctx: EventContext, first: ResolvedPerson, candidates: ResolvedPerson[]): ResolvedPerson[] {
  const out = [first];
  for (const p of candidates) {
    if (p.start <= out[out.length - 1].end) continue;
    const gap = ctx.text.slice(out[out.length - 1].end, p.start);
    if (!/^\s*,?\s*(?:(?:et|ainsi que)\s+)?$/u.test(gap)) break;
    out.push(p);
  }
  return out;
}

function subjectBefore(ctx: EventContext, t: Trigger, sentencePeople: ResolvedPerson[]): ResolvedPerson | null {
  const before = sentencePeople.filter((p) => p.end <= t.start && t.start - p.end <= SUBJECT_REACH && sameClause(ctx.text, p.end, t.start));
  if (!before.length) return null;
  // "X, le mari de Y, a succombé": a name governed by a preposition inside an apposition is not the subject
  for (let k = before.length - 1; k >= 0; k--) if (isSubject(ctx, before[k])) return before[k];
  return before[before.length - 1];
}

/** "qui a été nommée", "qui n'a pas été arrêté", "qui aurait été tuée": the trigger opens a relative clause. */
const RELATIVE_QUI = /(?<![\p{L}])qui[\s\u00a0]+(?:(?:ne|n['’])[\s\u00a0]*)?$/iu;
/** Between a name and its "qui": a comma, an age or a short apposition ("Rebekah Al-Sharni, 26 ans, qui"). */
const ANTECEDENT_GAP = /^[\s\u00a0]*(?:,[^,.;:«»"]{0,30})?,?[\s\u00a0]*$/u;

/** "Il a été nommé …", "qu'elle a été arrêtée": the last person named in the sentences before. */
const PRONOUN = /(?:^|[\s,'’])(?:il|elle|ils|elles)(?:\s+(?:a|avait|aurait|est|était|vient|y|ne|n['’]|se|s['’]|en))*\s*$/iu;
/** "l'ancien milieu offensif argentin est mort", "la joueuse était détenue": a description of a person (data/events/people-nouns.json), no name. */
let description: RegExp | null = null;
function descriptionCue(): RegExp {
  if (description) return description;
  const nouns = loadJson<{ nouns: string[] }>('events/people-nouns.json').nouns.map(escapeRegExp).join('|');
  description = warmedUp(new RegExp(`(?:^|[\\s,])(?:le|la|l['’]|ce|cette|cet)\\s*(?:\\p{L}+\\s+)?(?:${nouns})(?![\\p{L}])[^,;.]{0,50}$`, 'iu'));
  return description;
}
const SUCCESSION = /succ[eéè]d/iu;

/** "Après son arrestation, …": a clause before the main one. */
const FRONTED = /^[\s\u00a0«"“]*(?:\p{L}+[\s\u00a0,]+){0,6}?(?:après|avant|depuis|lors de|dès)[\s\u00a0]+$/iu;
/** "l'ont arrêté", "les a nommés". */
const CLITIC_OBJECT = /(?:^|[\s])(?:l['’]|les[\s\u00a0]+)$/iu;
/** "son arrestation", "sa nomination": the owner is the person last named. */
const POSSESSIVE = /^(?:son|sa|leur)(?![\p{L}])/iu;

/** "le Dr X, chirurgien, le Dr Y, pédiatre, et le Dr Z sont décédés": every subject of a plural verb. */
function subjectsBefore(ctx: EventContext, subject: ResolvedPerson, sentencePeople: ResolvedPerson[]): ResolvedPerson[] {
  const out = [subject];
  const earlier = sentencePeople.filter((p) => p.end <= subject.start).reverse();
  for (const p of earlier) {
    const gap = ctx.text.slice(p.end, out[0].start);
    if (gap.length > 90 || !/(?:,|\bet\b)/u.test(gap) || /[.;:]/.test(gap) || /\b(?:a|ont|est|sont|qui|que)\b/u.test(gap)) break;
    out.unshift(p);
  }
  return out;
}

/** "a désigné, pour remplacer M. Y, M. X": the one replaced is not the object. */
const REPLACED_CUE = /(?<![\p{L}])(?:remplacer|remplacement|remplace|succéder|succède)(?![\p{L}])/iu;
/** Between a trigger and the person taken as its object (or a noun's complement). */
function objectGapFits(ctx: EventContext, t: Trigger, p: ResolvedPerson): boolean {
  const gap = ctx.text.slice(t.end, p.honorific ? Math.min(p.start, p.honorific.start) : p.start);
  // the cue in the person's own phrase (after the last comma): "pour remplacer M. Y, M. X" takes X
  if (REPLACED_CUE.test(gap.slice(gap.lastIndexOf(',') + 1))) return false;
  // a noun's complement follows it: a person after a comma is in another phrase ("la démission
  // d'Eltsine en 1999, M. Poutine", "la démission du cabinet, le roi a appelé M. X") unless the
  // complement describes that person ("la nomination du nouveau sélectionneur, John Toshack")
  return t.voice !== 'noun' || !gap.includes(',') || describedComplement(gap);
}

let described: RegExp | null = null;
/** " du nouveau sélectionneur, ", " de son ministre, le général ": lower-case words ending on a noun naming a person. */
function describedComplement(gap: string): boolean {
  if (!described) {
    const nouns = loadJson<{ nouns: string[] }>('events/people-nouns.json').nouns.map(escapeRegExp).join('|');
    described = new RegExp(`^[\\s\\u00a0]*(?:de|du|des|d['’])[\\s\\u00a0]*(?:[\\p{Ll}'’-]+[\\s\\u00a0]+){0,4}?(?:${nouns})[\\s\\u00a0]*,[\\s\\u00a0]*(?:(?:le|la|l['’])[\\s\\u00a0]*[\\p{Ll}-]*[\\s\\u00a0]*)?$`, 'u');
  }
  return described.test(gap);
}

export function personsOf(ctx: EventContext, t: Trigger): ArgRef[] {
  const found = personsFound(ctx, t);
  // "un camion a renversé le cycliste X": only the powerful are ousted
  if (!found.length || !oustsOnlyPower(ctx, t)) return found;
  return found.filter((a) => ctx.people.some((p) => p.start === a.start && p.end === a.end && holdsPower(ctx, t, p)));
}

function personsFound(ctx: EventContext, t: Trigger): ArgRef[] {
  if (t.type === 'attack') return [];
  const s = ctx.sentences[t.sentence];
  // "…, a déclaré le porte-parole X", "selon X": who speaks of the event is not in it
  const people = within(ctx.people, s.start, s.end).filter((p) => !isSpeaker(ctx, p, t));
  if (t.voice === 'meeting') {
    // "il a rencontré le président X": the pronoun's person met X
    const subject = subjectBefore(ctx, t, people) ? null : antecedent(ctx, t, PRONOUN, { far: true });
    // "Étaient présents X et Y": participants the next sentences name
    const named = subject ? [subject, ...people] : people;
    // a meeting whose sentence names no one ("cette rencontre") is often figurative: nothing added
    return distinct(named.length ? [...named, ...laterParticipants(ctx, t).filter((p) => !isSpeaker(ctx, p, t))] : named);
  }
  const after = people.filter((p) => p.start >= t.end);
  if (t.voice === 'passive' || t.voice === 'intransitive') {
    // "… à libérer tous les dirigeants civils et autres qui ont été détenus": a relative clause's
    // subject is the noun before "qui", a person only when one is named right there
    const rel = RELATIVE_QUI.exec(ctx.text.slice(Math.max(s.start, t.start - 40), t.start));
    if (rel) {
      const quiAt = t.start - rel[0].length;
      const head = people.filter((p) => p.end <= quiAt).pop();
      return head && ANTECEDENT_GAP.test(ctx.text.slice(head.end, quiAt)) ? distinct([head]) : [];
    }
    const subject = subjectBefore(ctx, t, people);
    // "Selon le procureur, X, le suspect a été interpellé": the source opens the sentence and a
    // noun phrase after it is the subject; the source was not arrested
    if (subject && isSourceBeforeSubject(ctx, s.start, subject, t)) return [];
    if (subject) {
      const plural = /^(?:sont|ont|étaient|avaient|auraient|aient)(?![\p{L}])/iu.test(ctx.text.slice(t.start, t.end));
      return distinct(plural ? subjectsBefore(ctx, subject, people) : [subject]);
    }
    const resolved = antecedent(ctx, t, PRONOUN, { far: true }) ?? antecedent(ctx, t, descriptionCue());
    if (resolved) return distinct([resolved]);
    // "Est nommé chef d'état-major : le général X"; "sont nommés X, Y et Z"
    // "qui a succédé à X": the person after a succession trigger is the predecessor
    if (SUCCESSION.test(ctx.text.slice(t.start, t.end))) return [];
    const first = after.find((p) => p.start - t.end <= OBJECT_REACH && !/(?<![\p{L}])(?:remplacement|succède|remplace|par)(?![\p{L}])/iu.test(ctx.text.slice(t.end, p.start)));
    // "sont nommés : M. X, directeur … ; Mme Y, …": each item's person
    return first ? distinct(listedPersons(ctx, t, first, after) ?? coordinated(ctx, first, after)) : [];
  }
  if (t.voice === 'noun' && POSSESSIVE.test(ctx.text.slice(t.start, t.end))) {
    // "Après son arrestation …, l'avenir de X …": a fronted clause names its owner after it
    if (FRONTED.test(ctx.text.slice(s.start, t.start)) && after.length) return distinct([after[0]]);
    const owner = within(ctx.people, 0, t.start);
    return owner.length ? distinct([owner[owner.length - 1]]) : [];
  }
  // "les autorités l'ont arrêté": the clitic object is the person named last
  if (t.voice === 'active' && CLITIC_OBJECT.test(ctx.text.slice(Math.max(s.start, t.start - 4), t.start))) {
    const resolved = antecedent(ctx, { ...t }, /[\s\S]*/u, { preferSubject: false, far: true });
    if (resolved) return distinct([resolved]);
  }
  const first = after.find((p) => p.start - t.end <= OBJECT_REACH && sameClause(ctx.text, t.end, p.start) && objectGapFits(ctx, t, p));
  // "a suspendu l'arrêté pris par le préfet X": the person is inside a thing's phrase, not the object
  if (first && takesThings(ctx, t) && !objectPhraseLeadsTo(ctx, t, first)) return [];
  return first ? distinct(coordinated(ctx, first, after)) : [];
}
