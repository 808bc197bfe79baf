/**
 * `--format csv --csv-level events`: one row per event (the events of README "Events"), for
 * spreadsheets and event datasets. Persons are joined by "; ". Same quoting as the entity CSV.
 */
import type { ErrorRecord, ExtraitRecord } from '../types.js';
import { csvRow } from './csv.js';
import type { RecordFormatter } from './index.js';

export const EVENT_CSV_COLUMNS = ['id', 'type', 'trigger', 'start', 'end', 'sentence', 'persons', 'post', 'rank', 'place', 'date', 'fatalities', 'injured', 'approximate', 'perpetrator', 'replaces', 'confidence'] as const;

export class EventsCsvFormatter implements RecordFormatter {
  constructor(private readonly bom: boolean) {}

  header(): string {
    return (this.bom ? '\uFEFF' : '') + EVENT_CSV_COLUMNS.join(',') + '\r\n';
  }

  record(rec: ExtraitRecord | ErrorRecord, _text: string | null): string {
    if ('error' in rec) return csvRow([rec.id, 'error', rec.error.message]);
    let out = '';
    for (const e of rec.events ?? []) {
      out += csvRow([
        rec.id,
        e.type,
        e.trigger.text,
        e.trigger.start,
        e.trigger.end,
        e.sentence,
        e.persons.map((p) => p.name).join('; '),
        e.post,
        e.rank,
        e.place?.name,
        e.date?.value,
        e.fatalities,
        e.injured,
        e.approximate,
        e.perpetrator?.name,
        e.replaces?.name,
        e.confidence,
      ]);
    }
    return out;
  }

  footer(): string {
    return '';
  }
}
