/**
 * `--format csv --csv-level people`: one row per person of each record (its `people` array),
 * for a spreadsheet of who holds which rank and post. Same CSV rules as the entity rows.
 */
import type { ErrorRecord, ExtraitRecord, PersonTitle } from '../types.js';
import { CsvFormatter } from './csv.js';

export const PEOPLE_CSV_COLUMNS = ['id', 'cluster', 'name', 'rank', 'ranks', 'service', 'titles', 'mentions', 'first_start'] as const;

/** Several values in one cell: "; " between them, a past post marked when its text does not say so. */
function titleCell(titles: PersonTitle[]): string {
  return titles.map((t) => (t.former && !/^(?:ancien|ancienne|ex)\b/iu.test(t.text) ? `${t.text} (former)` : t.text)).join('; ');
}

export class PeopleCsvFormatter extends CsvFormatter {
  override header(): string {
    return (this.bom ? '\uFEFF' : '') + PEOPLE_CSV_COLUMNS.join(',') + '\r\n';
  }

  override record(rec: ExtraitRecord | ErrorRecord, _text: string | null): string {
    if ('error' in rec) return this.row([rec.id, null, `error: ${rec.error.message}`, null, null, null, null, null, null]);
    let out = '';
    for (const p of rec.people) {
      const first = rec.entities[p.mentions[0]];
      out += this.row([rec.id, p.cluster, p.name, p.rank, p.ranks.join('; '), p.service, titleCell(p.titles), p.mentions.length, first ? first.start : null]);
    }
    return out;
  }
}
