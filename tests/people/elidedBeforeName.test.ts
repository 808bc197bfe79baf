/**
 * An elided "de" or "que" glued to a given name ("le discours d'Emmanuel Macron", "qu'Ousmane
 * Sonko") opens the name after the apostrophe (src/people/people.ts); the given name was dropped.
 * Sentences written for these tests.
 */
import { extract } from '../../src/extract.js';

const people = (text: string) => extract(text).entities.filter((e) => e.type === 'person').map((e) => e.text);

test.each([
  ["Le discours d'Emmanuel Macron a été salué par l'opposition.", ['Emmanuel Macron']],
  ["Le régime d'Ibrahim Traoré a rejeté les accusations.", ['Ibrahim Traoré']],
  ["Il a assuré qu'Ousmane Sonko viendrait à Ziguinchor.", ['Ousmane Sonko']],
  ["Aux côtés d'Anne Hidalgo, le ministre a visité le chantier.", ['Anne Hidalgo']],
])('%s', (text, names) => {
  expect(people(text)).toEqual(names);
});

test('an elided "de" before a place or a thing opens no person', () => {
  expect(people("Les vols d'Abidjan et d'Ouagadougou ont repris, selon d'Air Côte d'Ivoire.")).toEqual([]);
});
