import type { Encoding } from '../io/decode.js';
import type { SharedWordMemory } from '../model/index.js';
/** What flows from the input sources through the runners to the output sink. */

export interface TaskBase {
  /** Position in input order: output is written in this order whatever the jobs. */
  seq: number;
  /** The record id. */
  id: string;
  /** How stderr names the document (the path as the user can find it). */
  display: string;
}

export type Task =
  | (TaskBase & { kind: 'file'; path: string })
  /** encoding: of standard input read as one document; replaced: U+FFFD put in by decoding. */
  | (TaskBase & { kind: 'text'; text: string; inputDate?: string; url?: string; encoding?: Encoding; replaced?: number })
  | (TaskBase & { kind: 'error'; message: string })
  /** --resume: the earlier run's record for this document, copied as it is. */
  | (TaskBase & { kind: 'done'; line: string });

/** Settings every document is processed with (sent once to each worker). */
export interface ProcessSettings {
  referenceDate?: string;
  force: boolean;
  /** --language: detection skipped */
  language?: string;
  /** false: skip the statistical tagger */
  model: boolean;
  /** a tagger trained with `extrait train`, used instead of the shipped one */
  modelFile?: string;
  maxBytes: number;
  /** CPU time limit per document in ms, the same in every mode (0: none). */
  cpuLimitMs?: number;
  /** 'jsonl' and 'json' are serialized where the document is processed; other formats get the record. */
  serialize: 'jsonl' | 'json' | 'none';
  /** The tagger's word table shared by the workers of a run (made by the pool). */
  sharedWords?: SharedWordMemory;
}

export type Result =
  | { seq: number; id: string; display: string; ok: true; bytes: number; line?: string; record?: unknown; text?: string; copied?: true }
  | { seq: number; id: string; display: string; ok: false; bytes: number; message: string };
