import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';
import { wordEvidence } from '../../src/language/evidence.js';

// Pairs written for this test. Romanian joins a clitic letter to its auxiliary with a hyphen
// ("s-a dus", "s-au dus", "n-a fost"); read as the French elision "s'a", "s'au" they were French
// evidence. French "a-t-il" keeps its euphonic t.
beforeAll(() => preloadLanguageDetector());

describe('a letter joined by a hyphen', () => {
  test('is no French elision', () => {
    for (const pair of ['s-a dus', 's-au dus', 's-a întâmplat']) {
      expect(wordEvidence(pair).french).toBe(0);
      expect(detectLanguage(pair).code).not.toBe('fr');
    }
  });

  test('the French euphonic t still reads as French', () => {
    for (const text of ['a-t-il', 'va-t-elle', 'Que va-t-il faire']) expect(detectLanguage(text).code).toBe('fr');
  });

  test('an elision written with a space is still restored', () => {
    expect(detectLanguage('l ecole publique').code).toBe('fr');
  });
});
