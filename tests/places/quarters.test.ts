/**
 * A neighbourhood named in apposition to "quartier", without "de": "dans le quartier Boukoki",
 * "le quartier Pissevin". Sentences written for this test.
 */
import { extract } from '../../src/extract.js';

const places = (text: string) => extract(text).entities.filter((e) => e.type === 'place').map((e) => e.text);

describe('a neighbourhood after "quartier"', () => {
  test('is a place, named with its noun', () => {
    expect(places('Des tirs ont été entendus dans le quartier Boukoki, à Niamey.')).toEqual(['quartier Boukoki', 'Niamey']);
    expect(places('Un adolescent a été blessé samedi soir dans le quartier Pissevin.')).toEqual(['quartier Pissevin']);
  });

  test('"de" keeps the name alone, a direction is no name', () => {
    expect(places('Le marché du quartier de Lazaret a brûlé.')).toEqual(['Lazaret']);
    expect(places('La police patrouille dans les quartiers Nord depuis lundi.')).toEqual([]);
  });
});
