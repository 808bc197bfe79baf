import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';

// Pairs written for this test. A French passé simple or future ends in -a ("joua", "remportera"),
// as Spanish, Italian and Portuguese words do, so such a form alone is no French evidence; after
// a French subject pronoun it is a French verb.
beforeAll(() => preloadLanguageDetector());

describe('a verb in -a after a French subject pronoun', () => {
  test('is French', () => {
    for (const pair of ['il joua', 'Il confia', 'il remportera']) expect(detectLanguage(pair).code).toBe('fr');
  });

  test('the same forms beside other words stay open', () => {
    // "joua", "confia" alone, or after an article, are no call for French.
    for (const text of ['joua', 'confia', 'la confia']) expect(detectLanguage(text).code).not.toBe('fr');
  });

  test('an Italian article before a Romance noun is not a subject pronoun before a verb', () => {
    for (const pair of ['il problema', 'il sistema']) expect(detectLanguage(pair).code).not.toBe('fr');
  });
});
