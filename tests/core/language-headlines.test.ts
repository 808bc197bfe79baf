/**
 * Headlines, captions and rubric labels written for the project (tests/language/fixtures/
 * headlines.tsv, invented): French ones are French, other languages' are never taken for French,
 * and names alone are "und". Also read by `npm run dev:langid`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';

const rows = readFileSync(join(process.cwd(), 'tests', 'language', 'fixtures', 'headlines.tsv'), 'utf8')
  .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t') as [string, string]);

beforeAll(() => preloadLanguageDetector());

test('the fixture has French, foreign and name-only rows', () => {
  expect(rows.filter(([l]) => l === 'fr').length).toBeGreaterThanOrEqual(25);
  expect(rows.filter(([l]) => l !== 'fr' && l !== 'und').length).toBeGreaterThanOrEqual(40);
  expect(rows.filter(([l]) => l === 'und').length).toBeGreaterThanOrEqual(3);
});

test.each(rows.filter(([l]) => l === 'fr'))('%s: %s', (_, text) => {
  expect(detectLanguage(text).code).toBe('fr');
});

test.each(rows.filter(([l]) => l !== 'fr' && l !== 'und'))('%s, never French: %s', (_, text) => {
  expect(detectLanguage(text).code).not.toBe('fr');
});

test.each(rows.filter(([l]) => l === 'und'))('names only are und, not reliable: %s', (_, text) => {
  expect(detectLanguage(text)).toMatchObject({ code: 'und', reliable: false });
});

test('most foreign headlines get their own language (the rest may be und, never French)', () => {
  const foreign = rows.filter(([l]) => l !== 'fr' && l !== 'und');
  const right = foreign.filter(([l, text]) => detectLanguage(text).code === l).length;
  expect(right / foreign.length).toBeGreaterThanOrEqual(0.65);
});
