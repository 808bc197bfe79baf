/** Validation of option values: each throws InvalidArgumentError, which exits 2 with usage. */
import { InvalidArgumentError } from 'commander';

export const OUTPUT_FORMATS = ['json', 'jsonl', 'html', 'brat', 'conll', 'csv', 'text'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export const INPUT_FORMATS = ['text', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
export const CSV_LEVELS = ['entities', 'people', 'events'] as const;
export type CsvLevel = (typeof CSV_LEVELS)[number];

/**
 * A document's peak memory is about 30–45 bytes per input byte plus the loaded data (~150 MB):
 * 10 MB peaks at ~575 MB, within a worker's share on a machine with 1 GB per core. News
 * articles are a few KB; a larger file is usually a concatenation better split (or raise it).
 */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 30_000;

/** "YYYY-MM-DD", "YYYY-MM" or "YYYY", and a day that exists in that month. */
export function parseReferenceDate(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const month = m[2] === undefined ? 1 : Number(m[2]);
    const day = m[3] === undefined ? 1 : Number(m[3]);
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth) return value;
  }
  throw new InvalidArgumentError('expected a date YYYY-MM-DD (or YYYY-MM, YYYY), e.g. 2024-11-06.');
}

/** A language code as records give it: ISO 639-1 ("fr") where one exists, else ISO 639-3 ("fon"). */
export function parseLanguageCode(value: string): string {
  const v = value.trim().toLowerCase();
  if (/^[a-z]{2,3}$/.test(v) && v !== 'und') return v;
  throw new InvalidArgumentError('expected a language code such as fr, en, wo or fon.');
}

export function parsePositiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError('expected a whole number of at least 1.');
  }
  return Number(value);
}

export function parseNonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError('expected a whole number (0 for none).');
  }
  return Number(value);
}

const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** "5000000", "500K", "50M", "1G" (binary units; a trailing "B" is allowed). */
export function parseByteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([KMG]?)(?:i?B)?$/i.exec(value.trim());
  const n = m ? Math.floor(Number(m[1]) * UNITS[m[2].toUpperCase()]) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError('expected a size in bytes such as 5000000, 500K, 50M or 1G.');
  }
  return n;
}

export function choice<T extends string>(allowed: readonly T[]) {
  return (value: string): T => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`expected one of ${allowed.join(', ')}.`);
  };
}

export interface CliOptions {
  output?: string;
  format?: OutputFormat;
  /** undefined: text, with JSON Lines recognized (src/io/inputFormat.ts) */
  inputFormat?: InputFormat;
  glob?: string;
  idBase?: string;
  referenceDate?: string;
  force?: boolean;
  /** --language: skip detection */
  language?: string;
  /** false with --no-model */
  model?: boolean;
  modelFile?: string;
  jobs?: number;
  resume?: boolean;
  maxBytes: number;
  timeoutMs: number;
  quiet?: boolean;
  color: boolean;
  bom?: boolean;
  followSymlinks?: boolean;
  /** CSV rows: entities (default), people or events. */
  csvLevel?: CsvLevel;
}

