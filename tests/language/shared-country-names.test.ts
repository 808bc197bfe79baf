import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';
import { wordEvidence } from '../../src/language/evidence.js';

// Headlines written for this test. "Niger" is a Hausa word of the tables and "Mali" a Swahili one.
beforeAll(() => preloadLanguageDetector());

describe('a country name another language writes as a word', () => {
  test('capitalized, it is a name: no evidence of that language', () => {
    expect(wordEvidence('Victoire du Niger').other.get('ha')).toBeUndefined();
    expect(detectLanguage('Victoire du Niger').code).toBe('fr');
    expect(detectLanguage('Résultats : Mali 2-1 Ghana, Niger 0-0 Togo').code).toBe('fr');
    expect(detectLanguage('Niger junta expels French ambassador').code).not.toBe('ha');
  });

  test('after "au" it is a name only French writes so', () => {
    expect(detectLanguage('Un drone abattu au Niger').code).toBe('fr');
  });

  test('in lower case it stays the word of its language', () => {
    expect(wordEvidence('Habari za mali leo').other.get('sw')).toBeGreaterThan(0);
  });
});
