/**
 * What recognizers return. Offsets here are UTF-16 indices into the JavaScript string
 * (cheap to compute with regexes); the record stage converts them to code points once.
 */
import type { DateGranularity } from './types.js';

export interface Span {
  start: number;
  end: number;
}

export interface DateMention extends Span {
  value: string | null;
  granularity: DateGranularity;
  relative: boolean;
  time: string | null;
  confidence: number;
  /**
   * A range's two ends with their own words and values ("du 3 au 5 mai" → "3", "5 mai"), as
   * TimeML marks them. Library-level only: the record keeps the range as one mention.
   */
  ends?: DateEnd[];
}

export interface DateEnd extends Span {
  value: string | null;
}

export interface PlaceMention extends Span {
  normalized: string;
  country: string | null;
  kind: string;
  latitude: number | null;
  longitude: number | null;
  /** true when found in the gazetteer; false for a name inferred from context ("le village de X"). */
  known: boolean;
}

export interface RankMention extends Span {
  normalized: string;
  service: string | null;
}

export interface OrganizationMention extends Span {
  normalized: string;
  acronym: string | null;
}

export interface PersonMention extends Span {
  name: string;
  rank: string | null;
  title: string | null;
  cluster: number;
}
