/**
 * The French dictionary (data/language/dictionary-fr*.txt): rare forms searched in sorted text,
 * read only when a word is unknown to every other table. Its own file, so that no other test
 * has read the dictionary first.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../../src/language/detect.js';
import { dictionaryLoaded, inFrenchDictionary, inFrenchDictionaryUnaccented } from '../../src/language/dictionary.js';
import { wordEvidence } from '../../src/language/evidence.js';

const dictionaryLines = (name: string) => readFileSync(join(process.cwd(), 'data', 'language', name), 'utf8').split('\n').filter(Boolean);

test('a French article and a headline of common words never read the dictionary', () => {
  const dir = join(process.cwd(), 'fixtures', 'seeds');
  const seed = readdirSync(dir).find((f) => f.endsWith('.txt'));
  expect(seed).toBeDefined();
  expect(detectLanguage(readFileSync(join(dir, seed!), 'utf8')).code).toBe('fr');
  expect(detectLanguage('Le gouvernement annonce un couvre-feu').code).toBe('fr');
  expect(dictionaryLoaded()).toBe(false);
});

test('every form of the sorted files is found, and words around them are not', () => {
  for (const [name, has] of [['dictionary-fr.txt', inFrenchDictionary], ['dictionary-fr-unaccented.txt', inFrenchDictionaryUnaccented]] as const) {
    const forms = dictionaryLines(name);
    expect(forms.length).toBeGreaterThan(50_000);
    // Every 997th form, the first and the last: a search that misses line boundaries fails here.
    for (let i = 0; i < forms.length; i += 997) expect(has(forms[i])).toBe(true);
    expect(has(forms[0])).toBe(true);
    expect(has(forms[forms.length - 1])).toBe(true);
    const set = new Set(forms);
    for (let i = 0; i < forms.length; i += 1009) {
      // A prefix or an extension of a form is a different word.
      for (const probe of [forms[i].slice(0, -1), `${forms[i]}zz`, `a${forms[i]}`]) expect(has(probe)).toBe(set.has(probe));
    }
    expect(has('')).toBe(false);
    // Sorted by UTF-8 bytes, as the search reads them.
    for (let i = 1; i < forms.length; i += 499) expect(Buffer.compare(Buffer.from(forms[i - 1]), Buffer.from(forms[i]))).toBe(-1);
  }
});

test('a rare French form is weak French evidence; the same letters in English or Spanish are not', () => {
  // "désherbage" and "dératisation" are in no corpus table, only in the dictionary.
  for (const w of ['désherbage', 'dératisation']) {
    expect(inFrenchDictionary(w)).toBe(true);
    const ev = wordEvidence(w);
    expect(ev.french).toBeGreaterThan(0);
    expect(ev.french).toBeLessThan(1);
    expect(detectLanguage(w)).toMatchObject({ code: 'fr', reliable: false });
  }
  // French verb forms that are common Spanish or Catalan words stay out of the dictionary.
  for (const w of ['massa', 'tassa', 'trabajo', 'liter']) expect(inFrenchDictionary(w)).toBe(false);
  expect(detectLanguage('liter').code).not.toBe('fr');
});
