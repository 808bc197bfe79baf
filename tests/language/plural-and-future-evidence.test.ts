import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';
import { wordEvidence } from '../../src/language/evidence.js';

// Texts written for this test. "des" before a lower-case plural (french-function-words.json
// beforePlurals) and French futures the dictionary lacks (evidence.ts frenchFuture).
beforeAll(() => preloadLanguageDetector());

describe('"des" before a lower-case plural', () => {
  test('is a French pair, unreliably', () => {
    // "mesures" alone is Catalan too, "des" German and Catalan: only French joins them.
    expect(detectLanguage('mesures').code).not.toBe('fr');
    expect(detectLanguage('des').code).not.toBe('fr');
    for (const pair of ['des mesures', 'des mesures.']) {
      const r = detectLanguage(pair);
      expect(r.code).toBe('fr');
      expect(r.reliable).toBe(false);
    }
  });

  test('not before a capitalized noun (German genitive) nor before "de" (Catalan "des de")', () => {
    expect(detectLanguage('des Landes').code).not.toBe('fr');
    expect(detectLanguage('des de').code).not.toBe('fr');
    expect(wordEvidence('des Mesures').french).toBe(0);
  });

  test('"à un" is a French pair; Portuguese "a um" and Spanish "a un" are not', () => {
    expect(detectLanguage('à un').code).toBe('fr');
    expect(detectLanguage('a un').code).not.toBe('fr');
  });
});

describe('a French future the dictionary lacks', () => {
  test('of a French -er, -ir or -dre infinitive is French evidence', () => {
    for (const word of ['financera', 'renforcera', 'profitera', 'renforceront']) {
      expect(wordEvidence(word).french).toBeGreaterThan(0);
      expect(detectLanguage(word).code).toBe('fr');
    }
  });

  test('Spanish and Portuguese look-alikes, and -re nouns, are not', () => {
    // "tuviera" (Spanish subjunctive), "vendera" (Portuguese pluperfect): no French infinitive;
    // "aventura", "guerra": "aventure", "guerre" are French nouns, not infinitives.
    for (const word of ['tuviera', 'vendera', 'aventura', 'guerra']) {
      expect(detectLanguage(word).code).not.toBe('fr');
    }
  });
});

describe('"à" before a word Portuguese never puts after it', () => {
  test('"à partir", "à se", "à son" are French pairs; Portuguese "à sua", "a partir" are not', () => {
    for (const pair of ['à partir', 'à se', 'à son']) expect(detectLanguage(pair).code).toBe('fr');
    for (const pair of ['à sua', 'a partir']) expect(detectLanguage(pair).code).not.toBe('fr');
  });
});

describe('prose with unknown words and French function words no fewer than any other language\'s', () => {
  test('is French when no other language\'s word is read', () => {
    // "cyclines" and "photosensibilisation" are in no table; Catalan writes "les", "un", "de" too.
    expect(detectLanguage('Les cyclines engendrent un effet de photosensibilisation.').code).toBe('fr');
  });

  test('not when another language\'s words are read beside them', () => {
    expect(detectLanguage('Les cyclines produeixen un efecte de fotosensibilització.').code).not.toBe('fr');
  });
});
