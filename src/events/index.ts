/**
 * The event layer: triggers (data/events/triggers.json) found in the article's sentences, one
 * small rule per argument shape (src/events/arguments), then refiners: mentions of one event
 * merged, replaced office holders dismissed, coup leaders appointed.
 */
import type { Doc } from '../pipeline/doc.js';
import type { Span } from '../mentions.js';
import { containingSpan } from '../text/spans.js';
import { eventContext, type EventContext } from './context.js';
import { findTriggers } from './triggers.js';
import { asserted } from './hedges.js';
import { personsOf } from './arguments/persons.js';
import { postOf } from './arguments/post.js';
import { replacesOf } from './arguments/replaces.js';
import { placeOf } from './arguments/place.js';
import { dateOf } from './arguments/date.js';
import { tollIn, type Toll } from './arguments/casualties.js';
import { perpetratorOf } from './arguments/perpetrator.js';
import { promotionRankOf } from './arguments/rank.js';
import { perListedPerson } from './arguments/list.js';
import { nominationListEvents } from './nominationLists.js';
import { claimedAttacks } from './refiners/claims.js';
import { mergeMentions } from './refiners/merge.js';
import { replacedAreDismissed, successorOf, successorsAppointed } from './refiners/succession.js';
import { coupLeaders } from './refiners/coup.js';
import type { EventDraft, Trigger } from './types.js';
import { warmedUp } from '../text/warmRegExp.js';

export type { EventDraft } from './types.js';

/** "A lire aussi : …", "Regarder aussi": links to other articles, inline in text that lost its line breaks. */
const LINK_MARKER_SOURCE = '(?:[Ll]ire|[Rr]egarder|[Vv]oir|[ÉéEe]couter)[\\s\\u00a0]+(?:aussi|également|sur BBC Afrique)(?![\\p{L}])';
/** The marker tried at one position (sticky). */
const LINK_MARKER_AT = warmedUp(new RegExp(LINK_MARKER_SOURCE, 'uy'));
/**
 * The marker's second word: every marker holds one, right after the spaces that end its verb, so
 * the marker is only tried where one of these occurs (the verb's start is found backwards: no verb
 * is the end of another, so there is one candidate per hit).
 */
const LINK_ANCHOR = /aussi|également|sur BBC Afrique/g;
const LINK_VERBS = ['lire', 'Lire', 'regarder', 'Regarder', 'voir', 'Voir', 'écouter', 'Écouter', 'Ecouter', 'ecouter'];
/** Headlines run together: a word, then a capitalized function word that can only open a sentence ("djihadistes Au Burkina"). */
const HEADLINE_JOIN = /[\p{Ll}\p{N}»"”)][\s\u00a0]+(?=(?:Au|Aux|Un|Une|Le|La|Les|L['’]|Où|Quand|Pourquoi|Comment|Qui|Que|Ce|Cette|C['’]est|Son|Sa|Ses|Des|Du|En|Dans|Pour)[\s\u00a0'’])/gu;
/** Characters HEADLINE_JOIN's look-ahead reads after its spaces ("Pourquoi" and one more), with a margin. */
const JOIN_LOOKAHEAD = 16;
const SPACE = /[\s\u00a0]/;
/** A last headline is short: text after the last join longer than this is the article again. */
const LAST_HEADLINE = 110;

/** Start of the marker whose second word starts at `word`, or -1. */
function markerStart(text: string, word: number): number {
  let w = word;
  while (w > 0 && SPACE.test(text[w - 1])) w--;
  if (w === word) return -1;
  for (const verb of LINK_VERBS) if (w >= verb.length && text.startsWith(verb, w - verb.length)) return w - verb.length;
  return -1;
}

/** The marker scanning the whole region: what the anchors must agree with (`gate: false`). */
const LINK_MARKER = new RegExp(LINK_MARKER_SOURCE, 'gu');

/** Markers starting inside [from, to), in text order, as a global scan from `from` finds them. */
function linkMarkers(text: string, from: number, to: number, gate: boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!gate) {
    LINK_MARKER.lastIndex = from;
    for (let m = LINK_MARKER.exec(text); m && m.index < to; m = LINK_MARKER.exec(text)) out.push(m);
    return out;
  }
  let done = from;
  LINK_ANCHOR.lastIndex = from;
  for (let a = LINK_ANCHOR.exec(text); a; a = LINK_ANCHOR.exec(text)) {
    const s = markerStart(text, a.index);
    if (s >= to) break;
    if (s < done) continue;
    LINK_MARKER_AT.lastIndex = s;
    const m = LINK_MARKER_AT.exec(text);
    if (!m) continue;
    out.push(m);
    done = s + m[0].length;
    LINK_ANCHOR.lastIndex = Math.max(LINK_ANCHOR.lastIndex, done);
  }
  return out;
}

/**
 * The span of linked headlines after a marker: up to the last headline join in its sentence
 * (what follows the last join is the article again: "… dans la capitale C'est la cinquième
 * attaque"); with no join, the sentence when it is short enough to be one headline. A long
 * sentence after the marker with no join is the article's own ("A lire aussi : Les suspects …").
 */
export function linkSpans(text: string, sentences: Span[], regions: Span[], options: { gate?: boolean } = {}): Span[] {
  const out: Span[] = [];
  for (const r of regions) {
    for (const m of linkMarkers(text, r.start, r.end, options.gate !== false)) {
      const k = containingSpan(sentences, m.index);
      const sentenceEnd = k >= 0 ? sentences[k].end : m.index + m[0].length;
      let end = m.index + m[0].length;
      // joins start before the sentence's end: the search reads to the end of the spaces there
      // and the look-ahead's words, not on through the rest of the text
      let stop = sentenceEnd;
      while (stop < text.length && SPACE.test(text[stop])) stop++;
      const window = text.slice(0, Math.min(text.length, stop + JOIN_LOOKAHEAD));
      HEADLINE_JOIN.lastIndex = end;
      let j: RegExpExecArray | null;
      while ((j = HEADLINE_JOIN.exec(window)) !== null && j.index < sentenceEnd) end = j.index + j[0].length;
      // no join: one headline if short, else the article's own sentence after an empty link
      if (end === m.index + m[0].length && sentenceEnd - end <= LAST_HEADLINE) end = sentenceEnd;
      out.push({ start: m.index, end });
    }
  }
  return out;
}

const COUNTED_GROUP = /^[\s\u00a0]+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent)[\s\u00a0]+\p{Ll}/u;
const PERSON_REQUIRED = new Set(['appointment', 'promotion', 'dismissal', 'death']);
const BASE_CONFIDENCE: Record<Trigger['voice'], number> = { passive: 0.8, active: 0.8, intransitive: 0.75, noun: 0.65, meeting: 0.65 };
const DEMONSTRATIVE = /^(?:cette|ce|cet|ces)(?![\p{L}])/iu;
const INDEFINITE = /^(?:une?|nouvel(?:le)?|double)(?![\p{L}])/iu;
const SENTENCE_END = /[.!?…]["»”)]?[\s\u00a0]*$/u;
const DEFINITE = /^(?:la|le|l['’]|les|cette|ce|cet|ces|sa|son|leur)(?![\p{L}])/iu;

function draft(ctx: EventContext, t: Trigger, tolls: Map<number, Toll>): EventDraft | null {
  const persons = personsOf(ctx, t);
  // "a limogé 57 juges": a group the text counts but does not name
  const counted = t.voice === 'active' && COUNTED_GROUP.test(ctx.text.slice(t.end, t.end + 40));
  if (PERSON_REQUIRED.has(t.type) && !persons.length && !counted) return null;
  const post = postOf(ctx, t, persons);
  const replaces = replacesOf(ctx, t, persons);
  const place = placeOf(ctx, t, post);
  const date = dateOf(ctx, t);
  const toll = t.type === 'attack' ? sentenceToll(ctx, t.sentence, tolls) : { fatalities: null, injured: null, approximate: false };
  const perpetrator = perpetratorOf(ctx, t);
  const rank = promotionRankOf(ctx, t);
  const filled = [persons.length > 0, place, date, post, toll.fatalities !== null].filter(Boolean).length;
  const confidence = Math.min(0.95, BASE_CONFIDENCE[t.voice] + 0.05 * filled);
  const bare = !persons.length && !place && !date && toll.fatalities === null;
  return {
    type: t.type,
    trigger: { start: t.start, end: t.end },
    sentence: t.sentence,
    persons: persons.filter((p) => p.cluster !== replaces?.cluster),
    post,
    rank,
    place,
    date,
    fatalities: toll.fatalities,
    injured: toll.injured,
    approximate: toll.approximate,
    perpetrator,
    replaces,
    confidence: Math.round(confidence * 100) / 100,
    anaphoric: DEFINITE.test(ctx.text.slice(t.start, t.end)) || bare,
    demonstrative: DEMONSTRATIVE.test(ctx.text.slice(t.start, t.end)),
    fresh: t.voice === 'noun' && INDEFINITE.test(ctx.text.slice(t.start, t.end)),
    headline: t.sentence === 0 && !SENTENCE_END.test(ctx.text.slice(ctx.sentences[0].start, ctx.sentences[0].end)),
    head: t.voice === 'noun' || t.voice === 'meeting' ? /(\p{L}+)$/u.exec(ctx.text.slice(t.start, t.end))?.[1].toLowerCase() : undefined,
    successor: successorOf(ctx, t),
  };
}

/** The toll of a sentence, read once however many attack triggers it holds (nothing writes to it). */
function sentenceToll(ctx: EventContext, sentence: number, tolls: Map<number, Toll>): Toll {
  let toll = tolls.get(sentence);
  if (!toll) tolls.set(sentence, (toll = tollIn(ctx.text, ctx.sentences[sentence])));
  return toll;
}

export function recognizeEvents(doc: Doc): EventDraft[] {
  const ctx = eventContext(doc);
  const triggers = findTriggers(doc.text, doc.sentences, linkSpans(doc.text, doc.sentences, doc.regions));
  const drafts: EventDraft[] = [];
  const tolls = new Map<number, Toll>();
  for (const t of triggers) {
    if (!asserted(ctx.text, ctx.sentences, t)) continue;
    const d = draft(ctx, t, tolls);
    if (d) drafts.push(...perListedPerson(ctx, t, d));
  }
  drafts.push(...nominationListEvents(ctx, drafts));
  const merged = mergeMentions(drafts).filter(worthReporting);
  const sorted = onePerDeath(coupLeaders(ctx, successorsAppointed(replacedAreDismissed(merged)))).sort((a, b) => a.trigger.start - b.trigger.start);
  return claimedAttacks(ctx, sorted);
}

/** A meeting nobody is named at and no place is given for is a figure of speech ("les deux équipes se sont rencontrées"). */
function worthReporting(e: EventDraft): boolean {
  return e.type !== 'meeting' || e.persons.length > 0 || e.place !== null;
}

/** Deaths are one event per person: "X, Y et Z sont décédés" is three deaths. */
function onePerDeath(events: EventDraft[]): EventDraft[] {
  return events.flatMap((e) => (e.type === 'death' && e.persons.length > 1 ? e.persons.map((p) => ({ ...e, persons: [p] })) : [e]));
}
