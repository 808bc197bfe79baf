import { describe, expect, test } from '@jest/globals';
import { createFormatter } from '../../src/formats/index.js';
import { SCHEMA_VERSION, type ErrorRecord, type ExtraitRecord } from '../../src/types.js';
import { RecordBuilder, seed001 } from './seedRecords.js';

/** RFC 4180 reader written for this test: quoted fields, doubled quotes, CRLF records. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      expect(field).toBe(''); // a quote only opens a field
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      expect(c).not.toMatch(/[\r\n]/); // bare line breaks must be quoted
      field += c;
      i++;
    }
  }
  expect(quoted).toBe(false);
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

function csv(bom: boolean, ...docs: [ExtraitRecord | ErrorRecord, string | null][]): string {
  const f = createFormatter('csv', { color: false, bom });
  return f.header() + docs.map(([r, t]) => f.record(r, t)).join('') + f.footer();
}

const HEADER = ['id', 'type', 'text', 'start', 'end', 'value', 'rank', 'title', 'sentence', 'country'];

describe('csv formatter', () => {
  test('one row per entity with its normalized value, rank, title, sentence and country', () => {
    const { text, rec } = seed001();
    const out = csv(false, [rec, text]);
    expect(out.charCodeAt(0)).not.toBe(0xfeff);
    const rows = parseCsv(out);
    expect(rows[0]).toEqual(HEADER);
    expect(rows).toHaveLength(1 + rec.entities.length);
    for (const r of rows.slice(1)) {
      expect(r).toHaveLength(HEADER.length);
      expect([...text].slice(Number(r[3]), Number(r[4])).join('')).toBe(r[2]);
    }
    expect(rows).toContainEqual([rec.id, 'person', 'Assimi GOÏTA', '279', '291', 'Assimi Goïta', 'Général d’Armée', 'Président de la Transition', '2', '']);
    expect(rows).toContainEqual([rec.id, 'date', 'mercredi 6 novembre 2024', '301', '325', '2024-11-06', '', '', '2', '']);
    expect(rows).toContainEqual([rec.id, 'place', 'Koulouba', '443', '451', 'Koulouba', '', '', '3', 'ML']);
    expect(rows).toContainEqual([rec.id, 'organization', 'AES', '409', '412', 'Alliance des États du Sahel', '', '', '2', '']);
    expect(rows).toContainEqual([rec.id, 'rank', 'Général d’Armée', '263', '278', "général d'armée", '', '', '2', '']);
  });

  test('quoting: commas, quotes and line breaks in fields; header once for several documents; error rows', () => {
    const text = 'Le "colonel", dit\nX, à Bamako.';
    const rec = new RecordBuilder('a,"b".txt', text)
      .person('"colonel", dit\nX', { name: 'X, "dit"', rank: 'colonel', title: 'line1\r\nline2' })
      .build();
    const err: ErrorRecord = { schemaVersion: SCHEMA_VERSION, id: 'bad.txt', error: { message: 'invalid "UTF-8", sorry' } };
    const out = csv(false, [rec, text], [err, null], [rec, text]);
    const rows = parseCsv(out);
    expect(rows.filter((r) => r[0] === 'id')).toHaveLength(1);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual(['a,"b".txt', 'person', '"colonel", dit\nX', '3', '19', 'X, "dit"', 'colonel', 'line1\r\nline2', '0', '']);
    expect(rows[2]).toEqual(['bad.txt', 'error', 'invalid "UTF-8", sorry', '', '', '', '', '', '', '']);
    expect(out).toContain('"a,""b"".txt"');
  });

  test('a cell starting with a line feed and then a formula is defused, with or without bom', () => {
    const text = '\n=1+1 à Bamako.';
    const rec = new RecordBuilder('\n@x.txt', text).place('Bamako').build();
    for (const bom of [false, true]) expect(parseCsv(csv(bom, [rec, text]).replace(/^\uFEFF/, ''))[1][0]).toBe("'\n@x.txt");
  });

  test('bom: a UTF-8 byte order mark first, and cells Excel would evaluate are defused', () => {
    const text = '=HYPERLINK("http://x") +33 @SUM -1 à Bamako.';
    const rec = new RecordBuilder('=cmd|x.txt', text).org('=HYPERLINK("http://x")', '=HYPERLINK("http://x")', null).place('Bamako').build();
    const out = csv(true, [rec, text]);
    expect(Buffer.from(out, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(out.slice(1));
    expect(rows[0]).toEqual(HEADER);
    expect(rows[1].slice(0, 3)).toEqual(["'=cmd|x.txt", 'organization', '\'=HYPERLINK("http://x")']);
    expect(rows[2].slice(0, 3)).toEqual(["'=cmd|x.txt", 'place', 'Bamako']);
    // Without bom too: a CSV file is opened in a spreadsheet sooner or later (OWASP: always defuse).
    expect(parseCsv(csv(false, [rec, text]))[1][2]).toBe('\'=HYPERLINK("http://x")');
  });

  test('--csv-level people: one row per person from the record\'s people array (real record of seed 004)', async () => {
    const { readFileSync } = await import('node:fs');
    const { extract } = await import('../../src/extract.js');
    const file = 'fixtures/seeds/004_ae873413d8af6167.txt';
    const text = readFileSync(file, 'utf8');
    const rec = extract(text, { id: file });
    const f = createFormatter('csv', { color: false, csvLevel: 'people' });
    const err: ErrorRecord = { schemaVersion: SCHEMA_VERSION, id: 'bad.txt', error: { message: 'invalid UTF-8' } };
    const rows = parseCsv(f.header() + f.record(rec, text) + f.record(err, null) + f.footer());
    expect(rows[0]).toEqual(['id', 'cluster', 'name', 'rank', 'ranks', 'service', 'titles', 'mentions', 'first_start']);
    // read from the article: Camara is named twice, Simporé's two posts are one title
    expect(rows.slice(1, 4).map((r) => r.slice(2))).toEqual([
      ['Sadio Camara', "général de corps d'armée", "général de corps d'armée", 'army', 'Ministre', '2', String(rec.entities[rec.people[0].mentions[0]].start)],
      ['Célestin Simporé', 'général de brigade', 'général de brigade', 'army', 'ministre d’Etat, ministre de la défense nationale du Burkina', '1', String(rec.entities[rec.people[1].mentions[0]].start)],
      ['Salifou Mody', "général de corps d'armée", "général de corps d'armée", 'army', 'ministre de la Défense du Niger', '1', String(rec.entities[rec.people[2].mentions[0]].start)],
    ]);
    expect(rows[rows.length - 1]).toEqual(['bad.txt', '', 'error: invalid UTF-8', '', '', '', '', '', '']);
  });
});
