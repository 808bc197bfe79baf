/**
 * Long French text is settled by its function words: the word tables of the short-text
 * detector are not loaded for it (its own file, so that no other test has loaded them first).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../../src/language/detect.js';
import { lexiconsLoaded } from '../../src/language/lexicons.js';

test('a French seed article never loads the short-text tables; a headline does', () => {
  const dir = join(process.cwd(), 'fixtures', 'seeds');
  const seed = readdirSync(dir).find((f) => f.endsWith('.txt'));
  expect(seed).toBeDefined();
  const article = readFileSync(join(dir, seed!), 'utf8');
  expect(detectLanguage(article)).toEqual({ code: 'fr', confidence: 1, reliable: true });
  expect(lexiconsLoaded()).toBe(false);
  expect(detectLanguage('Attaque à Kayes').code).toBe('fr');
  expect(lexiconsLoaded()).toBe(true);
});
