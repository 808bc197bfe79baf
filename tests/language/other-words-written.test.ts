import { loadJson } from '../../src/data.js';
import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';

// data/language/other-words-written.json: common words of other languages French writes only as
// rare forms ("collons", "penses": French "nous collons", "tu penses") or never.
beforeAll(() => preloadLanguageDetector());

test('common words of other languages French would read as French are theirs', () => {
  expect(detectLanguage('minime').code).not.toBe('fr');
  expect(detectLanguage('collons').code).toBe('ca');
  expect(detectLanguage('intentant').code).toBe('ca');
  expect(detectLanguage('promit').code).toBe('ro');
  expect(detectLanguage('quindi').code).not.toBe('fr');
  // Common words only the French dictionary holds, as rare French forms ("bitte", "prou" in "peu ou prou").
  expect(detectLanguage('bitte').code).toBe('de');
  expect(detectLanguage('prou').code).toBe('ca');
  expect(detectLanguage('kans').code).toBe('nl');
  expect(detectLanguage('saqué').code).toBe('es');
});

test('the list holds no form of the French corpora nor French function word: their French call stays', () => {
  const written = loadJson<{ words: Record<string, string> }>('language/other-words-written.json').words;
  const french = new Set(loadJson<{ words: string }>('language/lexicon-fr.json').words.split(' '));
  for (const w of loadJson<{ words: string[] }>('language/french-function-words.json').words) french.add(w);
  const clashes = Object.values(written).flatMap((ws) => ws.split(' ')).filter((w) => french.has(w));
  expect(clashes).toEqual([]);
  expect(detectLanguage('temps').code).toBe('fr');
});
