/**
 * foldLines (src/text/normalize.ts) folds a whole lexicon file in one pass, where the people and
 * organization lexicons folded it line by line with foldKey: the keys must be the same.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { foldKey, foldLines } from '../../src/text/normalize.js';
import { ROOT } from '../cli/helpers.js';

test('the lines of text, each folded as foldKey folds it', () => {
  // final sigma at a line end (not before the next line's letters), CRLF, runs of spaces and
  // tabs, typographic apostrophes, accents, a comment line, an empty last line
  const text = 'ΟΔΟΣ\nΣΑ\r\n  Côte  d’Ivoire\t\n# l’État\n';
  expect(foldLines(text)).toEqual(['οδος', 'σα', "cote d'ivoire", "# l'etat", '']);
  expect(foldLines(text)).toEqual(text.split('\n').map(foldKey));
});

test('the lexicon files and the seed articles give foldKey\'s keys, line for line', () => {
  const files = [join(ROOT, 'data/people/first-names.txt'), join(ROOT, 'data/organizations/names.txt')];
  const seeds = join(ROOT, 'fixtures/seeds');
  for (const f of readdirSync(seeds)) if (f.endsWith('.txt')) files.push(join(seeds, f));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect([file, foldLines(text)]).toEqual([file, lines.map(foldKey)]);
  }
});
