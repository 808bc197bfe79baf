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
