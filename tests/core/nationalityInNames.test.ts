/**
 * A nationality adjective ends a headed name however it ends ("slovène", "tchèque", "grecque"):
 * src/organizations/nationalityAdjectives.ts. Sentences written for this test.
 */
import { entityTexts } from './typedEntities.js';

describe('a nationality adjective belongs to the name it follows', () => {
  test('adjectives whose ending the generic rule does not know', () => {
    expect(entityTexts('Le Parti démocratique slovène a remporté les élections législatives.', 'organization')).toEqual(['Parti démocratique slovène']);
    expect(entityTexts('La Ligue nationale tchèque réclame plus d\'autonomie.', 'organization')).toEqual(['Ligue nationale tchèque']);
  });

  test('after a lower-case head the nationality describes: the name is the capitalized one', () => {
    expect(entityTexts("Selon l'agence allemande DPA, le sommet est reporté.", 'organization')).toEqual(['DPA']);
  });

  test('a word that is no nationality stays out', () => {
    expect(entityTexts('Le Parti démocratique salue la décision.', 'organization')).toEqual(['Parti démocratique']);
  });
});
