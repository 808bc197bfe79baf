/**
 * Who an event is about, from the trigger's voice: the subject of a passive ("X est nommé"),
 * the object of an active verb ("a nommé X"), the complement of a noun ("la nomination de X"),
 * everyone named around a meeting verb ("a reçu X et Y").
 */
import type { ResolvedPerson } from '../../pipeline/doc.js';
import { personRef, sameClause, within, type EventContext } from '../context.js';
import type { ArgRef, Trigger } from '../types.js';

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
  return before.length ? before[before.length - 1] : null;
}

/** "Il a été nommé …": the last person named in the two sentences before. */
function pronounSubject(ctx: EventContext, t: Trigger): ResolvedPerson | null {
  if (!/(?:^|[\s,])(?:il|elle|ils|elles)(?:\s+(?:a|avait|est|était|vient|y))*\s*$/iu.test(ctx.text.slice(Math.max(0, t.start - 30), t.start))) return null;
  const from = ctx.sentences[Math.max(0, t.sentence - 2)].start;
  const earlier = within(ctx.people, from, t.start);
  return earlier.length ? earlier[earlier.length - 1] : null;
}

export function personsOf(ctx: EventContext, t: Trigger): ArgRef[] {
  if (t.type === 'attack') return [];
  const s = ctx.sentences[t.sentence];
  const people = within(ctx.people, s.start, s.end);
  if (t.voice === 'meeting') return distinct(people);
  const after = people.filter((p) => p.start >= t.end);
  if (t.voice === 'passive' || t.voice === 'intransitive') {
    const subject = subjectBefore(ctx, t, people) ?? pronounSubject(ctx, t);
    if (subject) return distinct([subject]);
    // "Est nommé chef d'état-major : le général X"; "sont nommés X, Y et Z"
    const first = after.find((p) => p.start - t.end <= OBJECT_REACH && !/(?<![\p{L}])(?:remplacement|succède|remplace|par)(?![\p{L}])/iu.test(ctx.text.slice(t.end, p.start)));
    return first ? distinct(coordinated(ctx, first, after)) : [];
  }
  const first = after.find((p) => p.start - t.end <= OBJECT_REACH && sameClause(ctx.text, t.end, p.start));
  return first ? distinct(coordinated(ctx, first, after)) : [];
}
