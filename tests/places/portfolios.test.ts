/**
 * A minister's portfolio ("ministre de l'Énergie, du Pétrole et des Mines", "ministre de la Mer")
 * names the post, not a place; a country after it ("du Mali") is still one. An acronym listed in
 * capitals ("EAU", the Emirates) is no match for the word "Eau". Sentences written for this test.
 */
import { extract } from '../../src/extract.js';

const places = (text: string) => extract(text).entities.filter((e) => e.type === 'place').map((e) => e.text);

describe('portfolio words', () => {
  test('are no place', () => {
    expect(places('Le ministre de l’Énergie, du Pétrole et des Mines a signé le décret lundi.')).toEqual([]);
    expect(places('La ministre de la Mer a annoncé un plan pour les ports.')).toEqual([]);
    expect(places('Le ministre de l’Europe et des Affaires étrangères a reçu son homologue.')).toEqual([]);
  });

  test('the country or town after the post is still a place', () => {
    expect(places('Le ministre des Affaires étrangères du Mali est arrivé à Dakar.')).toEqual(['Mali', 'Dakar']);
    expect(places('La Mer Rouge borde l’Égypte et le Soudan.')).toContain('Égypte');
  });
});

describe('an acronym listed in capitals', () => {
  test('matches only in capitals', () => {
    expect(places('La ministre de l’Eau et de l’Assainissement a inauguré un forage.')).toEqual([]);
    expect(places('L’eau manque à Niamey, où la Société de l’Eau est critiquée.')).toEqual(['Niamey']);
    expect(extract('Les EAU ont signé un accord avec l’Égypte.').entities.filter((e) => e.type === 'place').map((e) => (e as { normalized?: string }).normalized)).toEqual(['Émirats arabes unis', 'Égypte']);
  });
});
