/**
 * Output formats other than JSON: an HTML view, CoNLL, CSV and a terminal summary, each a
 * streaming formatter (header, one chunk per record, footer), and BRAT standoff files.
 */
import type { ErrorRecord, ExtraitRecord } from '../types.js';
import { ConllFormatter } from './conll.js';
import { CsvFormatter } from './csv.js';
import { PeopleCsvFormatter } from './csvPeople.js';
import { EventsCsvFormatter } from './eventsCsv.js';
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

/** What one CSV row is: an entity (default), a person or an event. */
export type CsvLevel = 'entities' | 'people' | 'events';

export function createFormatter(name: FormatName, opts: { color: boolean; bom?: boolean; csvLevel?: CsvLevel }): RecordFormatter {
  switch (name) {
    case 'html':
      return new HtmlFormatter();
    case 'conll':
      return new ConllFormatter();
    case 'csv':
      if (opts.csvLevel === 'events') return new EventsCsvFormatter(opts.bom ?? false);
      if (opts.csvLevel === 'people') return new PeopleCsvFormatter(opts.bom ?? false);
      return new CsvFormatter(opts.bom ?? false);
    case 'text':
      return new TextFormatter(opts.color);
    default:
      throw new Error(`unknown output format ${JSON.stringify(name)} (expected ${FORMAT_NAMES.join(', ')})`);
  }
}

export { writeBrat } from './brat.js';
