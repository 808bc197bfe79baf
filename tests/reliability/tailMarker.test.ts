/**
 * A "tail marker" ("Articles similaires", "Laisser un commentaire") ends a scraped article only
 * when what follows looks like page noise (short lines: headlines, links). Article text after
 * one (a page of several articles, a file of concatenated articles) is read, and whatever is
 * left out is reported: a warning with the number of characters, and the kept regions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract.js';

const seed = (n: string) => readFileSync(join(process.cwd(), 'fixtures/seeds', n), 'utf8');
const A = seed('000_77d6c83b56ae88aa.txt');
const B = seed('001_b9ab8dd1b559bc1b.txt');
const cps = (s: string) => [...s].length;

test('an article after "Articles similaires" is read, not dropped', () => {
  const alone = extract(B, { model: false });
  const people = alone.entities.filter((e) => e.type === 'person').map((e) => e.text);
  expect(people.length).toBeGreaterThan(0);
  const text = `${A}\nArticles similaires\n${B}`;
  const rec = extract(text, { model: false });
  const shift = cps(`${A}\nArticles similaires\n`);
  const found = rec.entities.filter((e) => e.type === 'person' && e.start >= shift).map((e) => e.text);
  for (const p of people) expect(found).toContain(p);
  expect(rec.sentences.filter((s) => s.start >= shift).length).toBeGreaterThanOrEqual(alone.sentences.length - 1);
});

test('headlines after the marker are left out, and the record says how much and what was kept', () => {
  const headlines = [
    'Mali : la junte annonce un nouveau calendrier',
    'Niger : le général Tiani reçoit une délégation',
    'Burkina : deux soldats tués près de Djibo',
    'Lire la suite',
  ].join('\n');
  const text = `${A}\nArticles similaires\n${headlines}\n`;
  const rec = extract(text, { model: false });
  const markerAt = cps(`${A}\n`);
  const left = cps(`Articles similaires\n${headlines}\n`);
  expect(rec.warnings).toContain(`page noise after "Articles similaires" left out: ${left} characters from offset ${markerAt}`);
  expect(rec.entities.every((e) => e.end <= markerAt)).toBe(true);
  expect(rec.regions.length).toBeGreaterThan(0);
  expect(rec.regions[rec.regions.length - 1].end).toBeLessThanOrEqual(markerAt);
  // kept regions are code point spans of the input
  const chars = [...text];
  for (const r of rec.regions) expect(chars.slice(r.start, r.end).join('').trim().length).toBeGreaterThan(0);
});
