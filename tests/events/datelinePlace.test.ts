/**
 * Where an attack happened (src/events/arguments/place.ts): an agency dateline names the city the
 * news was filed from, and a road is located by the towns it links. Sentences written for these tests.
 */
import { extract } from '../../src/extract.js';

const attacks = (text: string) => extract(text).events.filter((e) => e.type === 'attack').map((e) => ({ place: e.place?.name ?? null }));

test('the dateline city is not where the attack happened', () => {
  const text = 'BAMAKO, 2 déc 2026 (AFP) - Au moins douze militaires maliens ont été tués lundi dans une embuscade tendue par des jihadistes présumés sur l\'axe Boni-Hombori, dans le centre du pays.';
  expect(attacks(text).map((e) => e.place)).toEqual(['Boni']);
});

test('a dateline alone gives the attack no place', () => {
  const text = 'NIAMEY, 14 mars 2025 (AFP) - Sept soldats nigériens ont été tués lundi dans une embuscade, a annoncé mardi le ministère de la Défense.';
  expect(attacks(text).map((e) => e.place)).toEqual([null]);
});

test('a place opening an ordinary sentence still locates the attack', () => {
  const text = 'Kidal a été la cible d\'une attaque au drone dimanche, selon des sources locales.';
  expect(attacks(text).map((e) => e.place)).toEqual(['Kidal']);
});

const events = (text: string) => extract(text).events.map((e) => ({ type: e.type, persons: e.persons.map((p) => p.name), place: e.place?.name ?? null, date: e.date?.value ?? null }));

test('the dateline date is when the news was filed, not when a strike told with no date happened', () => {
  const text = 'Paris, le 12 novembre 2026 - Une vague de frappes russes a fait au moins 17 morts à Kharkiv, selon les autorités locales.';
  expect(events(text)).toEqual([{ type: 'attack', persons: [], place: 'Kharkiv', date: null }]);
});

test('a date followed by a dash inside a sentence still dates its event', () => {
  const text = 'La saison s\'est mal terminée lors du derby de Manchester le 7 décembre 2019 - un supporter a été arrêté après des insultes racistes.';
  expect(events(text).filter((e) => e.type === 'arrest').map((e) => e.date)).toEqual(['2019-12-07']);
});

test('a visitor received by a head of state: a meeting of both', () => {
  const text = 'Le président ukrainien Volodymyr Zelensky a été reçu mercredi à l\'Élysée par Emmanuel Macron.';
  expect(events(text).map((e) => [e.type, e.persons])).toEqual([['meeting', ['Volodymyr Zelensky', 'Emmanuel Macron']]]);
  // things received are no meeting
  expect(events('Les candidatures seront reçues à la mairie par M. Paul Coquart jusqu\'au 6 août.').filter((e) => e.type === 'meeting')).toEqual([]);
});

test.each([
  ['Deux humanitaires, enlevés le 6 octobre près d\'Agadez, ont été libérés mardi.', 'kidnapping', 'Agadez'],
  ['Une attaque a visé lundi un poste militaire à 40 km au nord de Gao.', 'attack', 'Gao'],
  ['Des hommes armés ont attaqué un village dans le sud-ouest du Niger.', 'attack', 'Niger'],
])('a place after "près d\'" or a compass direction: %s', (text, type, place) => {
  expect(events(text).filter((e) => e.type === type).map((e) => e.place)).toEqual([place]);
});
