/**
 * A feature noun and a name no table lists: "les îles Belcher", "le col du Tourmalet" are one
 * place (src/places/namedFeatures.ts). Sentences written for these tests, with invented names
 * where the point is that no gazetteer holds them.
 */
import { recognizePlaces } from '../../src/places/index.js';
import { extract } from '../../src/extract.js';

const places = (text: string) => recognizePlaces(text).map((m) => [text.slice(m.start, m.end), m.kind]);
const recordPlaces = (text: string) => {
  const cps = [...text];
  return extract(text).entities.filter((e) => e.type === 'place').map((e) => {
    expect(cps.slice(e.start, e.end).join('')).toBe(e.text);
    return e.text;
  });
};

describe('a feature noun names a place nobody listed', () => {
  test('right after the noun: islands, lakes, a volcano', () => {
    expect(places('Les pêcheurs ont quitté les îles Korvanne pour rejoindre le lac Mirobé.')).toEqual([
      ['îles Korvanne', 'island'],
      ['lac Mirobé', 'lake'],
    ]);
    expect(places('Le volcan Taruvak est entré en éruption mardi.')).toEqual([['volcan Taruvak', 'mountain']]);
  });

  test('after de, du, des and a status adjective: passes, parks, cemeteries', () => {
    expect(places('Les coureurs franchiront le col du Grand Vasselet avant la descente.')).toEqual([['col du Grand Vasselet', 'mountain']]);
    expect(places('Les gardes du parc national de la Koumbaré ont compté les éléphants.')).toEqual([['parc national de la Koumbaré', 'area']]);
    expect(places('Il a été inhumé au cimetière Sainte-Olvide, près de sa maison natale.')).toEqual([['cimetière Sainte-Olvide', 'landmark']]);
  });

  test('in the record the noun and the name are one place, not a person', () => {
    expect(recordPlaces('La cérémonie aura lieu au parc Borvalle, à côté du stade Marquelet.')).toEqual(['parc Borvalle', 'stade Marquelet']);
  });

  test('no place from a noun written with a capital, a month, a noun taking no bare name, or a name in capitals', () => {
    expect(places('Le match a eu lieu au stade Samedi dernier.')).toEqual([]);
    expect(places("Le col Korvanne n'est pas nommé ainsi : on écrit le col du Korvanne.")).toEqual([['col du Korvanne', 'mountain']]);
    expect(places('Le Parc Borvalle est fermé et le parc ONU aussi.')).toEqual([]);
  });

  test('no place when the name goes on or a new sentence starts on the next line', () => {
    expect(places('Le match se joue au stade Alfredo di Korvanne ce soir.').map((p) => p[0])).not.toContain('stade Alfredo');
    expect(places("Les cadets défilent au stade de l'Académie militaire chaque année.").map((p) => p[0])).not.toContain("stade de l'Académie");
    expect(places("Ils ont rejoint l'île\nIci, la pêche est interdite.")).toEqual([]);
    expect(places('Il regarde le lac Il pleut depuis le matin.')).toEqual([]);
  });
});
