/**
 * Places inside a longer name: a feature noun opens the place's name ("le lac de Garde"), and an
 * event noun makes the place part of the event's name ("la guerre d'Indochine"). Sentences
 * written for these tests.
 */
import { recognizePlaces } from '../../src/places/index.js';
import { extract } from '../../src/extract.js';
import { recognizeBuildings } from '../../src/places/buildingNames.js';

const places = (text: string) => recognizePlaces(text).map((m) => [text.slice(m.start, m.end), m.kind]);
const recordPlaces = (text: string) => extract(text).entities.filter((e) => e.type === 'place').map((e) => e.text);

describe('a feature noun opens the name of the place', () => {
  test('lakes, bays, castles and stations are read from the noun on', () => {
    expect(places('Les pompiers ont fouillé les rives du lac de Tunis, puis la baie de Somme.')).toEqual([
      ['lac de Tunis', 'lake'],
      ['baie de Somme', 'sea'],
    ]);
    expect(places('La délégation a visité le château de Versailles avant de rejoindre la gare de Lyon.').map((p) => p[0])).toEqual([
      'château de Versailles',
      'gare de Lyon',
    ]);
  });

  test('a lake is not placed at the town it is named after', () => {
    const [lake] = recognizePlaces('Un bateau a chaviré sur le lac de Tunis samedi.');
    expect(lake).toMatchObject({ normalized: 'lac de Tunis', kind: 'lake', country: null, latitude: null });
  });

  test('a station keeps the coordinates of its town, a lake does not', () => {
    const [town] = recognizePlaces('Le train est arrivé à Lens.');
    const [station] = recognizePlaces('Le train est arrivé en gare de Lens.');
    expect(station).toMatchObject({ normalized: 'gare de Lens', kind: 'landmark', country: town.country, latitude: town.latitude });
    expect(town.latitude).not.toBeNull();
  });

  test('a capital opening a sentence is still the noun; administrative nouns stay cues', () => {
    expect(places('Baie de Somme : les baignades sont interdites.').map((p) => p[0])).toEqual(['Baie de Somme']);
    expect(places('Dans le canton de Vaud et la préfecture de Cinkassé, la vallée de la Loire.').map((p) => p[0])).toEqual(['Vaud', 'Cinkassé', 'Loire']);
  });

  test('the record keeps the widened place', () => {
    expect(recordPlaces('Un corps a été retrouvé dans la forêt de Fontainebleau mardi.')).toEqual(['forêt de Fontainebleau']);
  });

  test('a name that goes on after the place is left alone', () => {
    const found = extract('Un homme a attaqué des policiers devant la cathédrale de Notre-Dame de Paris mardi.').entities;
    expect(found.map((e) => e.text)).not.toContain('cathédrale de Notre-Dame');
    expect(found.filter((e) => e.type === 'person')).toEqual([]);
  });

  test("a lake only the tagger finds is widened too", () => {
    const text = 'Les villages sont encastrés entre le lac de Campotosto au sud et les monts Sibyllins au nord.';
    expect(recognizePlaces(text).map((p) => text.slice(p.start, p.end))).not.toContain('Campotosto');
    expect(extract(text).entities.find((e) => e.text.includes('Campotosto'))).toMatchObject({ type: 'place', text: 'lac de Campotosto', kind: 'lake' });
  });

  test('islands and lakes named right after the noun; "îles de" leaves the name alone', () => {
    expect(recordPlaces('Le navire a fait escale aux îles Kerguelen puis sur le lac Natron.')).toEqual(['îles Kerguelen', 'lac Natron']);
    expect(places('Le ferry dessert les îles de la Madeleine.').map((p) => p[0])).not.toContain('îles de la Madeleine');
  });
});

describe('a place inside the name of an event', () => {
  test('wars, battles, races and festivals are not places of the story', () => {
    expect(recordPlaces("Son grand-père avait combattu pendant la guerre d'Indochine et la bataille de Verdun.")).toEqual([]);
    expect(recordPlaces('Il a remporté deux étapes du Tour de France avant le festival de Cannes.')).toEqual([]);
  });

  test('a continent inside the name of a competition is no place', () => {
    expect(recordPlaces("Les Lions se sont qualifiés pour la Coupe d'Afrique des nations et la Ligue des champions d'Afrique.")).toEqual([]);
  });

  test('the same place elsewhere in the sentence is kept', () => {
    expect(recordPlaces("Après la guerre de Corée, il s'installe en Corée puis au Japon.")).toEqual(['Corée', 'Japon']);
  });

  test('a lower-case tower is a place, a capital Tour a race', () => {
    expect(recordPlaces('Les touristes visitent la tour de Londres.')).not.toEqual([]);
    expect(recordPlaces('Il abandonne lors du Tour de Suisse.')).toEqual([]);
  });
});

describe('buildings with an English name', () => {
  test('a museum, a hall or a hospital is a place, not the body that runs it', () => {
    const text = "L'exposition quitte le British Museum pour le Staples Center, puis les blessés sont conduits au St George's Hospital.";
    const found = extract(text).entities.filter((e) => e.type === 'place' || e.type === 'organization').map((e) => [e.text, e.type]);
    expect(found).toEqual([
      ['British Museum', 'place'],
      ['Staples Center', 'place'],
      ["St George's Hospital", 'place'],
    ]);
  });

  test('the name is read back from each noun: four words at most, left to right, a noun inside a word is none', () => {
    const read = (text: string) => recognizeBuildings(text).map((m) => text.slice(m.start, m.end));
    // five capitalized words: the name is the last four (the pattern starts at the second)
    expect(read('Vu au Grand Royal Old Saint Mary Hospital hier.')).toEqual(['Royal Old Saint Mary Hospital']);
    // an apostrophe ending written with a space, a no-break space before the noun
    expect(read("Au St George' s\u00a0Hospital et au Wembley  Stadium.")).toEqual(["St George' s\u00a0Hospital"]);
    // the noun glued to more letters ("Hospitalier") ends no name; the next one does
    expect(read('Le Centre Hospitalier Universitaire et le Madison Square Garden Center.')).toEqual(['Madison Square Garden Center']);
    // two names back to back, and a name that holds a noun before its own
    expect(read('Du Museum Center au Trinity Church, puis Lincoln Center.')).toEqual(['Museum Center', 'Trinity Church', 'Lincoln Center']);
    expect(read('rien ici')).toEqual([]);
  });

  test('a research center is a body; a determiner opening the sentence is not in the name', () => {
    expect(recordPlaces('Selon le Pew Research Center, la majorité des électeurs sont indécis.')).toEqual([]);
    expect(recordPlaces('Le Staples Center accueille le match ce soir.')).toEqual(['Staples Center']);
  });
});
