/**
 * Output formats other than JSON: an HTML view, CoNLL, CSV and a terminal summary, each a
 * streaming formatter (header, one chunk per record, footer), and BRAT standoff files.
 */
import type { ErrorRecord, ExtraitRecord } from '../types.js';
import { ConllFormatter } from './conll.js';
import { CsvFormatter } from './csv.js';
import { PeopleCsvFormatter } from './csvPeople.js';
import { HtmlFormatter } from './html.js';
import { TextFormatter } from './text.js';

export interface RecordFormatter {
  header(): string;
  /** `text`: the decoded document the record's code point offsets refer to; null for error records. */
  record(rec: ExtraitRecord | ErrorRecord, text: string | null): string;
  footer(): string;
}

export type FormatName = 'html' | 'conll' | 'csv' | 'text';

export const FORMAT_NAMES: readonly FormatName[] = ['html', 'conll', 'csv', 'text'];

export function createFormatter(name: FormatName, opts: { color: boolean; bom?: boolean; csvLevel?: 'entities' | 'people' }): RecordFormatter {
  switch (name) {
    case 'html':
      return new HtmlFormatter();
    case 'conll':
      return new ConllFormatter();
    case 'csv':
      return opts.csvLevel === 'people' ? new PeopleCsvFormatter(opts.bom ?? false) : new CsvFormatter(opts.bom ?? false);
    case 'text':
      return new TextFormatter(opts.color);
    default:
      throw new Error(`unknown output format ${JSON.stringify(name)} (expected ${FORMAT_NAMES.join(', ')})`);
  }
}

export { writeBrat } from './brat.js';
