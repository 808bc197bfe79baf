/**
 * Events in the output formats: the CSV events level, the terminal summary, the HTML view
 * (underlined triggers, a list per document), on the real record of seed 000.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract.js';
import { createFormatter } from '../../src/formats/index.js';
import { EVENT_CSV_COLUMNS } from '../../src/formats/eventsCsv.js';

const text = readFileSync(join(process.cwd(), 'fixtures/seeds/000_77d6c83b56ae88aa.txt'), 'utf8');
const rec = extract(text, { id: '000.txt' });

test('the seed record has the events the formats show', () => {
  expect(rec.events.map((e) => e.trigger.text)).toEqual(['a reçu', 'ont mené une opération', 'une attaque']);
});

describe('--format csv --csv-level events', () => {
  const csv = createFormatter('csv', { color: false, csvLevel: 'events' });
  const out = csv.header() + csv.record(rec, text) + csv.footer();
  const rows = out.split('\r\n').filter(Boolean).map((l) => l.split(','));
  test('one row per event under the event columns', () => {
    expect(rows[0]).toEqual([...EVENT_CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + rec.events.length);
  });
  test('a row carries the trigger, its code point offsets and the arguments', () => {
    const row = Object.fromEntries(EVENT_CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
    expect(row).toMatchObject({ id: '000.txt', type: 'meeting', trigger: 'a reçu', persons: 'Assimi Goïta', place: 'Bamako', date: '2024-11', fatalities: '', approximate: 'false' });
    expect([...text].slice(Number(row.start), Number(row.end)).join('')).toBe('a reçu');
  });
  test('the entity level stays the default', () => {
    expect(createFormatter('csv', { color: false }).header()).toMatch(/^id,type,text,start,end,/);
  });
  test('an error record still gets its row', () => {
    expect(csv.record({ schemaVersion: '1.1', id: 'bad.txt', error: { message: 'invalid UTF-8' } }, null)).toBe('bad.txt,error,invalid UTF-8\r\n');
  });
});

test('--format text lists the events with their arguments', () => {
  const out = createFormatter('text', { color: false }).record(rec, text);
  expect(out).toContain('events 3');
  expect(out).toContain('meeting «a reçu» Assimi Goïta; in Bamako; 2024-11');
  expect(out).toContain('attack «une attaque» in Sévaré');
});

test('--format html underlines each trigger and lists the events under the text', () => {
  const html = createFormatter('html', { color: false }).record(rec, text);
  const marks = [...html.matchAll(/<mark class="e e-event"[^>]*>([^<]*)/g)].map((m) => m[1]);
  expect(marks).toEqual(['a reçu', 'ont mené une opération', 'une attaque']);
  expect(html).toMatch(/<section class="events"><h3>3 events<\/h3><ol><li><span class="ev-type">meeting<\/span> <q>a reçu<\/q> Assimi Goïta · in Bamako · 2024-11<\/li>/);
});
