import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, loadJson, loadList } from '../../src/data.js';
import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';
import { wordEvidence } from '../../src/language/evidence.js';

// A given name written alone is a name in any language's text (subtitles and word lists write
// "robert", "oscar" in lower case): the French tables that hold it as a rare French word
// ("robert", "tommy" in the dictionary; "jean", "marie" in the corpora) give no evidence of French.
beforeAll(() => preloadLanguageDetector());

test('a given name the dictionary holds as a rare French word is no French evidence', () => {
  for (const name of ['robert', 'richard', 'oscar', 'tommy', 'joseph', 'diane', 'césar']) {
    expect(wordEvidence(name).french).toBe(0);
    expect(detectLanguage(name)).toEqual({ code: 'und', confidence: 0, reliable: false });
  }
});

test('a dictionary word whose family the French table writes stays French ("claire": "clair", "claires")', () => {
  for (const word of ['claire', 'ange']) expect(detectLanguage(word).code).toBe('fr');
});

test('given names French writes far more often than the word spelt so are names, capitalized or not', () => {
  const namesFirst = loadJson<{ words: string[] }>('language/names-first.json').words;
  expect(namesFirst).toEqual(expect.arrayContaining(['jean', 'marie']));
  for (const name of ['jean', 'marie', 'Marie', 'louis']) {
    expect(wordEvidence(name).french).toBe(0);
    expect(detectLanguage(name).code).toBe('und');
  }
  // Not the French words beside them: "ville", "victoire" are given names elsewhere too.
  for (const word of ['ville', 'victoire']) expect(detectLanguage(word).code).toBe('fr');
});

test('beside a French word, a given name leaves the call to it', () => {
  expect(detectLanguage('robert mangia').code).not.toBe('fr');
  expect(detectLanguage('claire maison').code).toBe('fr');
  // "à" before a name is French (function-word-before-name.test.ts): "Jean" is read as a name there.
  expect(detectLanguage('à Jean-Claude').code).toBe('fr');
});

test('the dictionary names are the given names the dictionary holds whose family the French table lacks', () => {
  // names-first.json `dictionary` is derived from three shipped files; it must follow them.
  const given = new Set(loadList('people/first-names.txt').map((n) => n.toLowerCase()));
  const dictionary = readFileSync(join(DATA_DIR, 'language', 'dictionary-fr.txt'), 'utf8').split('\n');
  const french = new Set(loadJson<{ words: string }>('language/lexicon-fr.json').words.split(' '));
  const family = (w: string) => {
    const stem = w.endsWith('e') ? w.slice(0, -1) : w;
    return [`${w}s`, `${w}x`, `${w}e`, `${w}es`, stem, `${stem}es`].some((f) => f !== w && french.has(f));
  };
  const expected = dictionary.filter((w) => given.has(w) && !family(w));
  const listed = loadJson<{ dictionary: string[] }>('language/names-first.json').dictionary;
  expect([...listed].sort()).toEqual(expected.sort());
  expect(listed).toEqual(expect.arrayContaining(['robert', 'oscar']));
  expect(listed).not.toContain('claire');
});
