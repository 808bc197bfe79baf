/**
 * The one object that flows through the pipeline. Each stage reads what earlier stages
 * recorded and adds its own output; no stage rewrites another's. Spans are UTF-16 offsets
 * into `text` (the record stage converts them to code points).
 */
import type { DateMention, OrganizationMention, PlaceMention, RankMention, Span } from '../mentions.js';
import type { DocumentDate, ExtractOptions, LanguageInfo } from '../types.js';
import type { PersonCandidate } from '../people/people.js';

export interface ResolvedPerson extends PersonCandidate {
  cluster: number;
  /** Canonical display name of the cluster. */
  clusterName: string;
  rankText: string | null;
  titleText: string | null;
}

export interface Doc {
  readonly text: string;
  readonly options: ExtractOptions;
  warnings: string[];
  /** Scraped-page noise (menus, share buttons, sidebars): not read by later stages. */
  boilerplate: Span[];
  /** The article text proper: complement of boilerplate. */
  regions: Span[];
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
}

export function createDoc(text: string, options: ExtractOptions): Doc {
  return {
    text,
    options,
    warnings: [],
    boilerplate: [],
    regions: [],
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
  };
}
