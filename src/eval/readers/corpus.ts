import type { GoldDocument } from '../types.js';

/** What every reader returns: the documents plus what the scorer needs to be honest about them. */
export interface GoldCorpus {
  format: 'conll' | 'hipe' | 'timeml' | 'conllu' | 'langid' | 'brat';

  documents: GoldDocument[];
  /**
   * Extrait entity types this corpus annotates. Predicted entities of other types are not
   * scored (a corpus without date annotation cannot call our dates false positives).
   */
  annotatedTypes: string[];
  /** How the reader interpreted the input (scheme detected, sentences split…), for the report. */
  notes: string[];
  /** Gold entities the reader itself left out, by reason (BRAT: nested inside another entity). */
  skipped?: Record<string, number>;
}
