import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';
import { wordEvidence } from '../../src/language/evidence.js';
import { lexicons } from '../../src/language/lexicons.js';

// Texts written for this test.
beforeAll(() => preloadLanguageDetector());

describe('a lower-case token without a vowel (unit, abbreviation, OCR fragment)', () => {
  test('is no French evidence, though the French corpora wrote it in lower case', () => {
    for (const w of ['km', 'kg', 'ndlr', 'lll']) {
      expect([w, lexicons().french.has(w), lexicons().other.has(w)]).toEqual([w, true, false]);
      expect([w, wordEvidence(w).read, wordEvidence(w).french]).toEqual([w, 0, 0]);
      expect([w, detectLanguage(w).code]).toEqual([w, 'und']);
    }
    // Two units read as French once; the words around them decide now.
    expect(detectLanguage('kWh km').code).toBe('und');
    expect(detectLanguage('Flacon (plastique) 100 ml').code).toBe('fr');
  });

  test('capitalized, a title French writes so still counts ("Le Dr Nair")', () => {
    expect(detectLanguage('Le Dr Nair').code).toBe('fr');
  });

  test('a word of that shape in another language\'s table stays its evidence', () => {
    const w = [...lexicons().other.keys()].find((k) => /^[bcdfghjklmnpqrstvwxz]{2,}$/.test(k) && !lexicons().french.has(k));
    expect(w).toBeDefined();
    expect(wordEvidence(w!).otherTotal).toBeGreaterThan(0);
  });
});
