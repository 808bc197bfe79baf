import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';
import { wordEvidence } from '../../src/language/evidence.js';

// Pairs written for this test: a function word French shares with another language, before a
// name no table knows. Only French writes some of those function words before a name.
beforeAll(() => preloadLanguageDetector());

describe('a shared function word before a name', () => {
  test('"au", "à", "les", "du" before a name are French, but not reliably', () => {
    for (const pair of ['au Mozambique', 'à Guangzhou', 'les Léopards', 'du Kasaï']) {
      const r = detectLanguage(pair);
      expect(r.code).toBe('fr');
      expect(r.reliable).toBe(false);
    }
  });

  test('the same words before a word no table knows, in lower case, are not evidence', () => {
    // "au" before a lower-case word is Romanian or Swahili as often as French.
    expect(wordEvidence('au Mozambique').french).toBeGreaterThan(wordEvidence('au zambiquo').french);
    expect(detectLanguage('au zambiquo').code).not.toBe('fr');
  });

  test('function words other languages write before names as often as French stay open', () => {
    // Spanish, Italian, Catalan write "la", "de" before names; German writes "des" before nouns.
    for (const pair of ['la Generalitat', 'de Tabaski', 'des Landes', 'la Tabaski']) {
      expect(detectLanguage(pair).code).not.toBe('fr');
    }
  });

  test('in capitals every word is capitalized: no name is read', () => {
    expect(detectLanguage('AU MOZAMBIQUE').code).not.toBe('fr');
  });
});
