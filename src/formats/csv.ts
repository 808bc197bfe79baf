/**
 * One row per entity, RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, quote, CR or LF (quotes doubled). UTF-8; with `bom` a byte order mark so that Excel
 * reads the accents right, and, since that output is meant for a spreadsheet, cells that Excel
 * would run as formulas are defused.
 */
import type { ErrorRecord, ExtraitRecord } from '../types.js';
import { normalizedValue } from './entityFields.js';
import type { RecordFormatter } from './index.js';

export const CSV_COLUMNS = ['id', 'type', 'text', 'start', 'end', 'value', 'rank', 'title', 'sentence', 'country'] as const;

const NEEDS_QUOTES = /[",\r\n]/;
/** Excel treats a cell starting with these as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

export class CsvFormatter implements RecordFormatter {
  constructor(private readonly bom: boolean) {}

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

  private row(values: CsvValue[]): string {
    return csvRow(values, this.bom);
  }
}

export type CsvValue = string | number | boolean | null | undefined;

/** One RFC 4180 row; with `bom` (spreadsheet output) formula-like cells are defused. */
export function csvRow(values: CsvValue[], bom: boolean): string {
  return values.map((v) => csvField(v, bom)).join(',') + '\r\n';
}

function csvField(v: CsvValue, bom: boolean): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  let s = v;
  if (bom && FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
