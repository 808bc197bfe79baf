/**
 * A weekday after a noun and its past participle ("le rapport publié mardi") dates a thing done,
 * whatever the tense of the sentence (src/dates/refiners/tenseDirection.ts); scheduling participles
 * ("le match programmé samedi") keep the sentence's direction. Sentences written for these tests,
 * on a Wednesday, 9 December 2026.
 */
import { extract } from '../../src/extract.js';

const dates = (text: string) => extract(text, { referenceDate: '2026-12-09' }).entities.filter((e) => e.type === 'date').map((e) => [e.text, e.value]);

test.each([
  ["L'année devrait battre le record, selon le rapport publié mardi par l'observatoire.", 'mardi', '2026-12-08'],
  ['Les syndicats contesteront la réforme votée lundi par les députés.', 'lundi', '2026-12-07'],
  ["Le cessez-le-feu, selon l'accord signé dimanche, devra être respecté.", 'dimanche', '2026-12-06'],
])('past: %s', (text, word, value) => {
  expect(dates(text)).toEqual([[word, value]]);
});

test.each([
  ['Le match programmé samedi sera décisif pour le maintien.', 'samedi', '2026-12-12'],
  ['Les résultats seront dévoilés vendredi.', 'vendredi', '2026-12-11'],
  ['Le rapport sera publié mardi.', 'mardi', '2026-12-15'],
])('ahead: %s', (text, word, value) => {
  expect(dates(text)).toEqual([[word, value]]);
});
