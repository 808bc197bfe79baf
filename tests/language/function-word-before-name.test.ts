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
    expect(wordEvidence('AU MOZAMBIQUE').french).toBe(0);
    expect(wordEvidence('AU ZAMBIQUO').french).toBe(0);
  });
});

describe('a shared function word beside a French form no table holds', () => {
  test('is French, not reliably: "des rations", "ne fonctionnera"-like pairs', () => {
    for (const pair of ['des rations', 'pas importuner']) {
      const ev = wordEvidence(pair);
      // The premise: no word of any table decides, one unknown word has a French shape.
      expect(ev).toMatchObject({ french: 0, otherTotal: 0, notInDictionary: 0 });
      expect(ev.frenchShapedUnknown).toBe(1);
      const r = detectLanguage(pair);
      expect(r.code).toBe('fr');
      expect(r.reliable).toBe(false);
    }
  });

  test('a Romance ending is no French shape (Galician "de calquera", Spanish "en japonés", Catalan futures)', () => {
    for (const pair of ['de calquera', 'en japonés', 'que parlaré', 'de preguntaré']) {
      expect(wordEvidence(pair).frenchShapedUnknown).toBe(0);
      expect(detectLanguage(pair).code).not.toBe('fr');
    }
  });
});

test('an English homograph beside a function word English writes too is no French shape', () => {
  // "contents" is left out of the French dictionary for English: beside "a" it is English.
  expect(wordEvidence('a contents').frenchShapedUnknown).toBe(0);
  expect(detectLanguage('a contents').code).not.toBe('fr');
});
