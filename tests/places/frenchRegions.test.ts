/**
 * "Grand Est", a French region whose two words are ordinary words: capitalized, it is the region
 * with or without a preposition before. Sentences written for this test.
 */
import { extract } from '../../src/extract.js';

const places = (text: string) => extract(text).entities.filter((e) => e.type === 'place').map((e) => e.text);

describe('the Grand Est region', () => {
  test('after an article as after a preposition', () => {
    expect(places('Le Grand Est et les Hauts-de-France sont placés en vigilance orange.')).toEqual(['Grand Est', 'Hauts-de-France']);
    expect(places('La neige tombe en Grand Est depuis mardi.')).toEqual(['Grand Est']);
  });

  test('the words in lower case are no place', () => {
    expect(places('Le vent le plus grand est attendu mardi sur la côte.')).toEqual([]);
  });
});
