/**
 * The one object that flows through the pipeline. Each stage reads what earlier stages
 * recorded and adds its own output; no stage rewrites another's. Spans are UTF-16 offsets
 * into `text` (the record stage converts them to code points).
 */
import type { DateMention, OrganizationMention, PlaceMention, RankMention, Span } from '../mentions.js';
import type { DocumentDate, ExtractOptions, LanguageInfo } from '../types.js';
import type { PersonCandidate } from '../people/people.js';
import type { EventDraft } from '../events/types.js';

export interface ResolvedPerson extends PersonCandidate {
  cluster: number;
  /** Canonical display name of the cluster. */
  clusterName: string;
  rankText: string | null;
  titleText: string | null;
  /** The grade of `rankText`, normalized as the rank entity ("général de brigade"). */
  rankNormalized: string | null;
  /** The mention's own honorific as written ("M.", "Mme"), never carried from another mention. */
  honorificText: string | null;
}

export interface Doc {
  /** What the stages read: the input, composed to NFC when it came decomposed. */
  readonly text: string;
  /** The input as given: record offsets and texts refer to it. */
  readonly source: string;
  /** Input index of each `text` index, when the two differ (NFD input). */
  readonly toSource: Int32Array | null;
  readonly options: ExtractOptions;
  warnings: string[];
  /** Scraped-page noise (menus, share buttons, sidebars): not read by later stages. */
  boilerplate: Span[];
  /** The article text proper: complement of boilerplate. */
  regions: Span[];
  /** Page noise cut from a tail marker to the end ("Articles similaires" and headlines). */
  tailCut: (Span & { marker: string }) | null;
  language: LanguageInfo | null;
  /** false when the text is reliably not French and --force was not given. */
  processAsFrench: boolean;
  documentDate: DocumentDate | null;
  sentences: Span[];
  dates: DateMention[];
  ranks: RankMention[];
  organizations: OrganizationMention[];
  places: PlaceMention[];
  /** Spans proposed by the statistical tagger. */
  modelSpans: { start: number; end: number; type: 'person' | 'place' | 'organization'; score: number }[];
  people: PersonCandidate[];
  /** After resolution: people with clusters, ranks and titles. */
  resolvedPeople: ResolvedPerson[];
  /** Events the article reports, their arguments pointing at the mentions above. */
  events: EventDraft[];
}

export function createDoc(text: string, options: ExtractOptions, source: string = text, toSource: Int32Array | null = null): Doc {
  return {
    text,
    source,
    toSource,
    options,
    warnings: [],
    boilerplate: [],
    regions: [],
    tailCut: null,
    language: null,
    processAsFrench: true,
    documentDate: null,
    sentences: [],
    dates: [],
    ranks: [],
    organizations: [],
    places: [],
    modelSpans: [],
    people: [],
    resolvedPeople: [],
    events: [],
  };
}
