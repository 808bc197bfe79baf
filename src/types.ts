/**
 * The public record contract (see README "The record"). Every field here is part of
 * what users join on in jq, pandas or Spark: change it only with a schemaVersion bump.
 */

export const SCHEMA_VERSION = '1.1';

export type EntityType = 'person' | 'rank' | 'place' | 'date' | 'organization';

export interface LanguageInfo {
  /** ISO 639-1 code when known ("fr", "en"…), else the ISO 639-3 code franc gave, or "und". */
  code: string;
  /** 0..1, how far ahead of the runner-up the detected language is. */
  confidence: number;
  /** false for short or ambiguous text: such text is processed as French anyway. */
  reliable: boolean;
}

export type DocumentDateSource = 'option' | 'header' | 'dateline' | 'url' | 'input';

export interface DocumentDate {
  /** ISO 8601 as precise as the source: "2024", "2024-11" or "2024-11-06". */
  value: string;
  source: DocumentDateSource;
}

export interface SentenceRecord {
  start: number;
  end: number;
  text: string;
}

interface EntityBase {
  type: EntityType;
  text: string;
  /** Unicode code point offsets into the decoded input, end exclusive. */
  start: number;
  end: number;
  /** Index into `sentences`. */
  sentence: number;
}

export interface PersonEntity extends EntityBase {
  type: 'person';
  /** Display form of the name: ALL-CAPS parts turned to title case, honorifics dropped. */
  name: string;
  /** The rank that governs this mention, as written ("Général de brigade"), else null. */
  rank: string | null;
  /** The grade of `rank` in the rank entity's normalized form ("général de brigade"), else null (1.1). */
  rankNormalized: string | null;
  /** A function such as "ministre de la Défense", else null; a past post keeps "ancien"/"ex-". */
  title: string | null;
  /** The honorific written before this mention ("M.", "Mme"), else null; never carried over (1.1). */
  honorific: string | null;
  /** Mentions of one person in a document share one cluster number. */
  cluster: number;
}

export interface RankEntity extends EntityBase {
  type: 'rank';
  /** Lower-case grade with straight apostrophes: "général de brigade". */
  normalized: string;
  /** "army", "air", "navy", "gendarmerie" or "police" where the grade says so, else null. */
  service: string | null;
}

export interface PlaceEntity extends EntityBase {
  type: 'place';
  normalized: string;
  /** ISO 3166-1 alpha-2 code where known. */
  country: string | null;
  /** "country", "city", "region", "area" (a named zone such as Liptako-Gourma), "island", "mountain", "river", "lake", "sea", "desert", "road" ("RN 7", "avenue Kwame Nkrumah"), "landmark" ("hôpital Gabriel Touré") or "unknown". */
  kind: string;
  latitude: number | null;
  longitude: number | null;
}

export type DateGranularity =
  | 'decade' | 'year' | 'half' | 'quarter' | 'month' | 'week' | 'day' | 'time' | 'range';

export interface DateEntity extends EntityBase {
  type: 'date';
  /** ISO 8601 value, ranges as "start/end"; null when a relative expression has no anchor. */
  value: string | null;
  granularity: DateGranularity;
  /** true when the value was computed from the document date. */
  relative: boolean;
  /** "HH:MM" when the text gives a time of day. */
  time: string | null;
  /** 0..1; lowered when the text contradicts itself (a weekday that does not match). */
  confidence: number;
}

export interface OrganizationEntity extends EntityBase {
  type: 'organization';
  /** The expanded name when known ("Alliance des États du Sahel"), else the text. */
  normalized: string;
  /** The acronym linked to this organization, when known ("AES"). */
  acronym: string | null;
}

export type Entity = PersonEntity | RankEntity | PlaceEntity | DateEntity | OrganizationEntity;

/** A post held by a person, as written, with code point offsets (1.1). */
export interface PersonTitle {
  text: string;
  start: number;
  end: number;
  /** A past post: "ancien ministre", "ex-président", or the post of someone replaced. */
  former: boolean;
}

/** One entry per person cluster (1.1). */
export interface PersonSummary {
  cluster: number;
  /** The cluster's display name (its longest mention). */
  name: string;
  /** Indices into `entities` of the person's mentions, in text order. */
  mentions: number[];
  /** Distinct normalized grades, in text order. */
  ranks: string[];
  /** The latest grade the article gives, else null. */
  rank: string | null;
  /** The service of the latest rank that says one ("army", "air"…), else null. */
  service: string | null;
  /** The person's titles in text order. */
  titles: PersonTitle[];
}

export type EventType = 'attack' | 'appointment' | 'promotion' | 'dismissal' | 'meeting' | 'arrest' | 'kidnapping' | 'death';

/** An argument that is a mention in the text: the index of its entity in `entities`. */
export interface EventEntityRef {
  entity: number;
  name: string;
}

/** One real-world event the article reports (schema 1.1). Arguments the text does not give are null. */
export interface EventRecord {
  type: EventType;
  /** The words that announce it, with code point offsets like entities. */
  trigger: { text: string; start: number; end: number };
  /** Index into `sentences` of the trigger. */
  sentence: number;
  /** Who it is about: the appointee, the promoted, the dismissed, the arrested, those who met, the dead. */
  persons: EventEntityRef[];
  /** appointment, dismissal: the post as written. */
  post: string | null;
  /** promotion: the new grade as written. */
  rank: string | null;
  place: EventEntityRef | null;
  /** When it happened: the date entity and its ISO value. */
  date: { entity: number; value: string | null } | null;
  /** attack: the numbers the text gives; the highest when a toll was revised. */
  fatalities: number | null;
  injured: number | null;
  /** true when the toll is a round or bounded figure ("une centaine de morts", "plus de 50 morts"). */
  approximate: boolean;
  perpetrator: EventEntityRef | null;
  /** appointment: the person replaced ("en remplacement de Y"). */
  replaces: EventEntityRef | null;
  /** 0..1 */
  confidence: number;
}

export interface ExtraitRecord {
  schemaVersion: string;
  id: string;
  language: LanguageInfo;
  documentDate: DocumentDate | null;
  sentences: SentenceRecord[];
  entities: Entity[];
  /**
   * How the input's bytes were decoded ("utf-8", "utf-8-bom", "utf-16le", "utf-16be",
   * "windows-1252"); null when the text came as a string (JSONL line, library call).
   */
  encoding: string | null;
  /** The article text the recognizers read (code point spans): the input minus page noise. */
  regions: { start: number; end: number }[];
  /** One entry per person (cluster), in order of first mention (1.1). */
  people: PersonSummary[];
  /** Events the article reports (schema 1.1). */
  events: EventRecord[];
  warnings: string[];
}

export interface ErrorRecord {
  schemaVersion: string;
  id: string;
  error: { message: string };
}

export interface ExtractOptions {
  id?: string;
  /** "YYYY-MM-DD" (or "YYYY-MM", "YYYY"): anchors relative dates, overrides the article's own. */
  referenceDate?: string;
  /** A date given alongside the text (JSONL "date" field). */
  inputDate?: string;
  /** A URL given alongside the text (JSONL "url" field): dates in it can anchor the document. */
  url?: string;
  /** Process as French even when the text is reliably another language. */
  force?: boolean;
  /** The language of the text when the caller knows it ("fr"): detection is skipped. */
  language?: string;
  /** false: skip the statistical tagger (rules and lexicons only: faster, fewer unlisted names found). */
  model?: boolean;
}
