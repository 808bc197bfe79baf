import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';
import { wordEvidence } from '../../src/language/evidence.js';

// Captions written for this test. Country names French alone writes so among the languages in
// scope and their neighbours are French evidence, even where a language far from our users'
// sources (Kurdish "Japon", Breton "Tchad", Danish "Cameroun") writes the same.
beforeAll(() => preloadLanguageDetector());

describe('country names French alone writes so', () => {
  test('are French evidence', () => {
    for (const name of ['Japon', 'Tchad', 'Cameroun', 'Ouganda', 'Soudan']) {
      expect(wordEvidence(name).frenchStrong).toBe(1);
    }
    for (const caption of ['Séisme au Japon', 'Élections au Tchad', 'Le Cameroun', 'du Soudan']) {
      expect(detectLanguage(caption).code).toBe('fr');
    }
  });

  test('names a language in scope writes the same stay names', () => {
    // Spanish, Italian, English "Mali", "Canada", "Kenya"; Romanian "Maroc", Dutch "Chili".
    for (const name of ['Mali', 'Canada', 'Kenya', 'Maroc', 'Chili']) {
      expect(wordEvidence(name).frenchStrong).toBe(0);
    }
  });
});
