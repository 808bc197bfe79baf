import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';

// Words written for this test. An elision glued to a French word ("lhopital" for "l'hôpital") is
// web French; a short rest matches other languages' words by chance: Italian "dille", "mappa",
// Romanian "sapte" (șapte written without its comma), the name "laura" in lower case.
beforeAll(() => preloadLanguageDetector());

describe('an elision glued to a word, alone', () => {
  test('with a rest of four or five letters is no French call', () => {
    for (const word of ['laura', 'dille', 'mappa', 'sapte', 'lecole']) expect(detectLanguage(word).code).toBe('und');
  });

  test('with a longer rest stays French', () => {
    for (const word of ['lhopital', 'lentreprise']) expect(detectLanguage(word).code).toBe('fr');
  });

  test('beside another French word, a short rest is French too', () => {
    expect(detectLanguage('lecole publique').code).toBe('fr');
  });
});
