/**
 * Gold-standard documents as the evaluation readers produce them. Offsets are Unicode
 * code points into `text`, like the record's, so gold and predicted spans compare directly.
 */
export type GoldType = 'person' | 'place' | 'organization' | 'date' | 'rank' | 'title' | string;

export interface GoldEntity {
  type: GoldType;
  start: number;
  end: number;
  text: string;
  /** Normalized value where the corpus gives one (TIMEX3 value). */
  value?: string;
  /** The corpus label as written ("B-PER" gives "PER"), when it differs from `type`. */
  label?: string;
}

export interface GoldDocument {
  id: string;
  text: string;
  entities: GoldEntity[];
  /** Sentence spans (code points) where the corpus marks them. */
  sentences?: { start: number; end: number }[];
  /** Document creation time (TimeML DCT), ISO. */
  documentDate?: string;
  /** Language label (langid corpora). */
  language?: string;
  /** Sub-collection the document belongs to, for per-group figures (langid: "sentences"…). */
  group?: string;
}
