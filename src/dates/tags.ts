import type { ParsingComponents } from 'chrono-node';

/**
 * What our parsers and refiners tell the resolver beyond chrono's numeric components, carried
 * as chrono result tags (chrono components can only hold year/month/day/hour…).
 */
export const TAG = {
  /** Granularity forced by the parser: x/gran:quarter etc. */
  gran: 'x/gran:',
  /** Quarter / half number, season code, decade prefix. */
  quarter: 'x/q:',
  half: 'x/h:',
  season: 'x/season:',
  decade: 'x/decade:',
  /** Relative to the document date; the suffix is the unit the anchor must be precise to. */
  rel: 'x/rel:',
  /** Days from Easter Sunday of the (possibly inferred) year: x/easter:<n>. */
  easter: 'x/easter:',
  /** Relative to the previous dated mention ("la veille", "le lendemain"); suffix = day offset. */
  prev: 'x/prev:',
  /** Relative to the previous dated mention at a unit ("l'année suivante"): x/ana:<unit>:<offset>. */
  ana: 'x/ana:',
  /** Dropped when the anaphoric value finds no dated mention before it ("à l'époque"). */
  antecedent: 'x/antecedent',
  /** With x/prev: counted only from a day, when the previous dated mention is one ("trois jours plus tard"). */
  afterDay: 'x/afterday',
  /** Never an end of a range ("l'an dernier à la même époque"). */
  noRange: 'x/norange',
  /** A result's own span, on its start component, kept when it becomes a range end: x/span:<index>:<length>. */
  span: 'x/span:',
  /** "dernier" / "prochain": before / after the document date. */
  dir: 'x/dir:',
  /** The same direction read from the sentence's tense (src/dates/tense): a guess. */
  tense: 'x/tense:',
  /** A planned or announced date ("son départ au 15 juillet", "prévu le 3 juillet"): leans to the future. */
  planned: 'x/planned',
  /** The value depends on a guessed direction: lower confidence. */
  guessed: 'x/guessed',
  /** A time of day from our time parser. */
  time: 'x/time',
  /** Weekend of an ISO week ("ce week-end"). */
  weekend: 'x/weekend',
  /** A day and weekday without a month ("jeudi 16"): the month is found near the document date. */
  nomonth: 'x/nomonth',
  /** A habitual period with no year ("en été", "été comme hiver"): value "XXXX-SU". */
  generic: 'x/generic',
  /** An n-th weekday of a month or season: x/nth:<n>:<weekday>:<month>-<day of the period's first day>. */
  nth: 'x/nth:',
} as const;

export type RelUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

export function tagValue(tags: ReadonlySet<string>, prefix: string): string | undefined {
  for (const t of tags) if (t.startsWith(prefix)) return t.slice(prefix.length);
  return undefined;
}

/**
 * chrono's `tags()` copies the tag sets on every call (twice for a result); these read them in
 * place, in the order `tags()` would give them (the start's, then the end's). `_tags` is the
 * field of chrono 2.10's ParsingComponents (checked in gated.ts when the engine is built).
 */
interface Tagged {
  start: ParsingComponents;
  end?: ParsingComponents | null;
}

export function ownTags(c: ParsingComponents): Set<string> {
  return (c as unknown as { _tags: Set<string> })._tags;
}

/** `tagValue(r.tags(), prefix)` without the copies. */
export function resultTag(r: Tagged, prefix: string): string | undefined {
  const v = tagValue(ownTags(r.start), prefix);
  return v !== undefined || !r.end ? v : tagValue(ownTags(r.end), prefix);
}

/** `r.tags().has(tag)` without the copies. */
export function resultHas(r: Tagged, tag: string): boolean {
  return ownTags(r.start).has(tag) || (!!r.end && ownTags(r.end).has(tag));
}

/** `r.tags()` for reading only: the start's own set when there is no end (no copy), else both, in `tags()`'s order. */
export function resultTags(r: Tagged): ReadonlySet<string> {
  if (!r.end) return ownTags(r.start);
  const all = new Set(ownTags(r.start));
  for (const t of ownTags(r.end)) all.add(t);
  return all;
}
