/**
 * What the argument rules read: the text, its sentences and the mentions earlier stages found,
 * each list sorted by start so a sentence's mentions are found by bisection.
 */
import type { Doc, ResolvedPerson } from '../pipeline/doc.js';
import type { DateMention, OrganizationMention, PlaceMention, RankMention, Span } from '../mentions.js';
import { firstStartingFrom, SpanIndex } from '../text/spans.js';
import type { ArgRef } from './types.js';

export interface EventContext {
  text: string;
  sentences: Span[];
  people: ResolvedPerson[];
  places: PlaceMention[];
  dates: DateMention[];
  organizations: OrganizationMention[];
  ranks: RankMention[];
}

/** A sorted copy: the stages' lists mostly come sorted already, and a sort of those is wasted. */
function byStart<T extends Span>(xs: T[]): T[] {
  for (let i = 1; i < xs.length; i++) if (xs[i].start < xs[i - 1].start) return [...xs].sort((a, b) => a.start - b.start);
  return xs.slice();
}

export function eventContext(doc: Doc): EventContext {
  return {
    text: doc.text,
    sentences: doc.sentences,
    people: byStart(doc.resolvedPeople),
    places: byStart([...doc.places, ...taggerPlaces(doc)]),
    dates: byStart(doc.dates),
    organizations: byStart(doc.organizations),
    ranks: byStart(doc.ranks),
  };
}

/** Places only the statistical tagger found ("au palais de Koulouba"): the record keeps them when nothing else reads those words. */
function taggerPlaces(doc: Doc): PlaceMention[] {
  const wanted = doc.modelSpans.filter((m) => m.type === 'place' && m.score >= 0.6);
  if (!wanted.length) return [];
  const known = new SpanIndex(doc.places);
  return wanted
    .filter((m) => !known.overlaps(m.start, m.end))
    .map((m) => ({ start: m.start, end: m.end, normalized: doc.text.slice(m.start, m.end), country: null, kind: 'unknown', latitude: null, longitude: null, known: false }));
}

/** The items lying inside [start, end). */
export function within<T extends Span>(items: T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let k = firstStartingFrom(items, start, (x) => x.start); k < items.length && items[k].start < end; k++) {
    if (items[k].end <= end) out.push(items[k]);
  }
  return out;
}

export function personRef(p: ResolvedPerson): ArgRef {
  return { start: p.start, end: p.end, name: p.clusterName, cluster: p.cluster };
}

/** The period of an honorific ("a limogé M. X"): it ends no clause. */
const HONORIFIC_PERIOD = /(?<![\p{L}])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr)\./gu;

/** The text with the periods of honorifics dropped ("M. X" → "M X"), for punctuation tests. */
export function withoutHonorificPeriods(s: string): string {
  return s.includes('.') ? s.replace(HONORIFIC_PERIOD, (m) => m.slice(0, -1)) : s;
}

/** The stretch between two offsets crosses no clause-ending punctuation. */
export function sameClause(text: string, from: number, to: number): boolean {
  return !/[.;!?\n]/.test(withoutHonorificPeriods(text.slice(from, to)));
}
