/**
 * One row per entity, RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, quote, CR or LF (quotes doubled). UTF-8; with `bom` a byte order mark so that Excel
 * reads the accents right. Cells that a spreadsheet would run as formulas are always defused
 * with a leading apostrophe (OWASP's advice): any CSV file ends up in a spreadsheet one day.
 */
import type { ErrorRecord, ExtraitRecord } from '../types.js';
import { normalizedValue } from './entityFields.js';
import type { RecordFormatter } from './index.js';

export const CSV_COLUMNS = ['id', 'type', 'text', 'start', 'end', 'value', 'rank', 'title', 'sentence', 'country'] as const;

const NEEDS_QUOTES = /[",\r\n]/;
/** Spreadsheets treat a cell starting with these as a formula (CSV injection, OWASP); LF too, as some trim it first. */
const FORMULA_START = /^[=+\-@\t\r\n]/;

export class CsvFormatter implements RecordFormatter {
  constructor(protected readonly bom: boolean) {}

  header(): string {
    return (this.bom ? '\uFEFF' : '') + CSV_COLUMNS.join(',') + '\r\n';
  }

  record(rec: ExtraitRecord | ErrorRecord, _text: string | null): string {
    if ('error' in rec) {
      // The document must not vanish from the spreadsheet: one row says why it has no entities.
      return this.row([rec.id, 'error', rec.error.message, null, null, null, null, null, null, null]);
    }
    let out = '';
    for (const e of rec.entities) {
      out += this.row([
        rec.id,
        e.type,
        e.text,
        e.start,
        e.end,
        normalizedValue(e),
        e.type === 'person' ? e.rank : null,
        e.type === 'person' ? e.title : null,
        e.sentence,
        e.type === 'place' ? e.country : null,
      ]);
    }
    return out;
  }

  footer(): string {
    return '';
  }

  protected row(values: CsvValue[]): string {
    return csvRow(values);
  }
}

export type CsvValue = string | number | boolean | null | undefined;

/** One RFC 4180 row; formula-like cells are always defused. */
export function csvRow(values: CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

function csvField(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  let s = v;
  if (FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
