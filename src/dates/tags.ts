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
  /** Relative to the previous dated mention ("la veille", "le lendemain"); suffix = day offset. */
  prev: 'x/prev:',
  /** "dernier" / "prochain": before / after the document date. */
  dir: 'x/dir:',
  /** A time of day from our time parser. */
  time: 'x/time',
  /** Weekend of an ISO week ("ce week-end"). */
  weekend: 'x/weekend',
} as const;

export type RelUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

export function tagValue(tags: Set<string>, prefix: string): string | undefined {
  for (const t of tags) if (t.startsWith(prefix)) return t.slice(prefix.length);
  return undefined;
}
