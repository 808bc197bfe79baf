/**
 * English names known by their ending go on over English complements and continuing words:
 * "British Board of Film Classification", "ASCII Media Works" (tailedNameEnd in
 * src/organizations/tailedNames.ts). Sentences written for this test.
 */
import { entityTexts } from './typedEntities.js';

describe('English organization names end after their complements', () => {
  test('"of", "for the" and "on" with capitalized words continue the name', () => {
    expect(entityTexts('Le film a été classé par le British Board of Film Classification le mois dernier.', 'organization')).toEqual(['British Board of Film Classification']);
    expect(entityTexts('La Royal Society for the Protection of Birds alerte sur le déclin des oiseaux.', 'organization')).toEqual(['Royal Society for the Protection of Birds']);
    expect(entityTexts('Un rapport du National Council on Aging est paru hier.', 'organization')).toEqual(['National Council on Aging']);
  });

  test('a continuing English word is part of the name', () => {
    expect(entityTexts('Le roman est publié par Kadokawa Media Works au Japon.', 'organization')).toEqual(['Kadokawa Media Works']);
  });

  test('an article or an elided common noun before the name is not part of it', () => {
    expect(entityTexts("L' American Film Institute a classé le film parmi les meilleurs .", 'organization')).toEqual(['American Film Institute']);
    expect(entityTexts("L'association Global Airlines for Europe proteste contre la taxe.", 'organization')).toEqual(['Global Airlines for Europe']);
    expect(entityTexts("Selon l'ONG Nordic Rights Watch, les exactions se multiplient.", 'organization')).toEqual(['Nordic Rights Watch']);
    expect(entityTexts("L' ONG Nordic Rights Watch dénonce les exactions .", 'organization')).toEqual(['Nordic Rights Watch']);
  });

  test('a French word or a lower-case word ends the name', () => {
    expect(entityTexts("La Motion Picture Association of America et la Commission européenne s'opposent.", 'organization')).toEqual(['Motion Picture Association of America', 'Commission européenne']);
    expect(entityTexts('Le American Film Institute of the year a été décerné.', 'organization')).toEqual(['American Film Institute']);
  });
});
