/**
 * Headline shapes of events (data/events/triggers.json): a noun without its article after the
 * country and colon ("Mali : attaque à Kayes"), and a bare participle with the new grade
 * ("X promu général d'armée"). Headlines written for these tests.
 */
import { extract } from '../../src/extract.js';

const brief = (text: string) => extract(text).events.map((e) => ({ type: e.type, persons: e.persons.map((p) => p.name), place: e.place?.name ?? null, rank: e.rank }));

test.each([
  ['Mali : attaque à Kayes', 'Kayes'],
  ['Burkina Faso : embuscade meurtrière près de Djibo', 'Djibo'],
  ['Attentat contre une patrouille à Ménaka', 'Ménaka'],
])('an attack in a headline without its article: %s', (text, place) => {
  expect(brief(text)).toEqual([{ type: 'attack', persons: [], place, rank: null }]);
});

test('a hyphenated "contre-attaque" inside a sentence is no headline noun', () => {
  expect(brief('Les soldats ont repoussé les assaillants et ont reçu l\'ordre de mener la contre-attaque dans la nuit.').filter((e) => e.type === 'attack' && e.place)).toEqual([]);
});

test.each([
  ['Mali : le colonel Assimi Goïta promu général d\'armée', 'Assimi Goïta', 'général d\'armée'],
  ['Le colonel Jean Lebrun a été promu général de brigade mardi.', 'Jean Lebrun', 'général de brigade'],
  ['Le colonel Jean Lebrun est promu au grade de général de brigade.', 'Jean Lebrun', 'général de brigade'],
])('a promotion carries the grade written after the participle: %s', (text, person, rank) => {
  expect(brief(text)).toEqual([{ type: 'promotion', persons: [person], place: null, rank }]);
});
