import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';
import { wordEvidence } from '../../src/language/evidence.js';

// Two-word phrases written for this test: a word the French table holds beside a function word of
// another language that French writes only in names or borrowings (data/language/foreign-function-words.json).
beforeAll(() => preloadLanguageDetector());

describe('word pairs: another language\'s function word in lower case', () => {
  test('counts for its language, not as a word French shares', () => {
    for (const pair of ['taxi los', 'concert per', 'garage della', 'menu del', 'balcon io', 'village jo']) {
      const ev = wordEvidence(pair);
      expect(ev.otherTotal).toBeGreaterThan(0);
      expect(detectLanguage(pair).code).not.toBe('fr');
    }
  });

  test('a function word of another language cannot be the sharedLead that makes French', () => {
    // "master" is English and French, "del" Spanish, Italian, Catalan: no language writes both,
    // and neither is French evidence.
    expect(wordEvidence('master del').sharedLead).toBe(0);
    expect(detectLanguage('master del').code).not.toBe('fr');
  });

  test('capitalized, in a name, it says nothing against French', () => {
    // "Los Angeles", "Della Robbia": the name's own words, beside a French function word.
    expect(wordEvidence('à Los Angeles').otherTotal).toBe(0);
    expect(detectLanguage('Il vit à Los Angeles').code).toBe('fr');
  });

  test('French pairs whose words other languages share are still French', () => {
    for (const pair of ['vu cas', 'normale hausse', 'les directives']) {
      expect(wordEvidence(pair).otherTotal).toBe(0);
    }
    expect(detectLanguage('vu cas').code).toBe('fr');
  });
});
