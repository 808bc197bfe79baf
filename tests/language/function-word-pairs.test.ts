import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';
import { wordEvidence } from '../../src/language/evidence.js';

// Word pairs written for this test: two function words French shares with other languages, side
// by side as only French writes them (data/language/french-function-words.json pairs), against
// the same words in pairs the other languages write.
beforeAll(() => preloadLanguageDetector());

describe('two shared function words only French joins', () => {
  test('are French, unreliably', () => {
    for (const pair of ['il a', 'Il a', 'et les', 'de son', 'plus de', 'ne pas', 'un des']) {
      const r = detectLanguage(pair);
      expect(r.code).toBe('fr');
      expect(r.reliable).toBe(false);
    }
  });

  test('each word alone is still no French evidence', () => {
    // The premise: every word is written by another language too ("il": Italian, "son": Spanish).
    for (const word of ['il', 'a', 'et', 'les', 'de', 'son', 'plus']) expect(wordEvidence(word).french).toBe(0);
  });

  test('pairs another language writes as its own stay open', () => {
    // Spanish and Romanian "de la", Spanish "que les", Latin "qui est", "et de", Romanian "de ce",
    // Italian "a lui", Dutch "pas de": no French call on them.
    for (const pair of ['de la', 'que les', 'qui est', 'et de', 'de ce', 'a lui', 'pas de']) {
      expect(detectLanguage(pair).code).not.toBe('fr');
    }
  });

  test('a name between the two words breaks the pair', () => {
    expect(wordEvidence('il Tiani a').french).toBe(0);
  });
});
