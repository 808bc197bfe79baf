/**
 * Tolls: numbers in digits and in words before "morts", "tués", "blessés"; approximate nouns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNumber } from '../../src/events/arguments/numbers.js';
import { tollIn } from '../../src/events/arguments/casualties.js';
import { masakhanewsArticle, withMasakhanews } from './helpers.js';

const whole = (s: string) => tollIn(s, { start: 0, end: s.length });
/** The sentence of `text` holding `needle` (a real sentence, read rather than copied). */
function sentenceWith(text: string, needle: string): string {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not found: ${needle}`);
  const start = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf('\n', at) + 1, 0);
  const end = text.indexOf('.', at + needle.length);
  return text.slice(start, end < 0 ? text.length : end + 1);
}

describe('parseNumber', () => {
  test.each([
    ['89', 89, false],
    ['1 200', 1200, false],
    ['quinze', 15, false],
    ['vingt-cinq', 25, false],
    ['vingt et un', 21, false],
    ['quatre-vingt-neuf', 89, false],
    ['deux cents', 200, false],
    ['trois mille', 3000, false],
    ['une centaine de', 100, true],
    ['une cinquantaine d’', 50, true],
  ])('%s → %d', (written, value, approximate) => {
    expect(parseNumber(written)).toEqual({ value, approximate });
  });
  test('"des dizaines de morts" gives no figure', () => {
    expect(parseNumber('des dizaines de')).toBeNull();
  });
});

describe('tollIn', () => {
  test('the issue\'s revised toll keeps the higher figure', () => {
    expect(whole('Le bilan a été revu à la hausse de 25 à 89 morts.')).toEqual({ fatalities: 89, injured: null, approximate: false });
  });
  test('"une centaine de morts" is 100, approximate', () => {
    expect(whole('L’attaque a fait une centaine de morts.')).toEqual({ fatalities: 100, injured: null, approximate: true });
  });
  test('seed 000: "une attaque d\'une centaine de terroristes" is no toll', () => {
    const seed = readFileSync(join(process.cwd(), 'fixtures/seeds/000_77d6c83b56ae88aa.txt'), 'utf8');
    expect(whole(sentenceWith(seed, 'ont repoussé une attaque'))).toEqual({ fatalities: null, injured: null, approximate: false });
  });
  withMasakhanews('a headline in words: "Quinze morts dans une attaque au Burkina Faso"', () => {
    expect(whole(masakhanewsArticle(91).split('\n')[0]).fatalities).toBe(15);
  });
  withMasakhanews('killed and injured in one clause: "qui a fait quatre morts et sept blessés"', () => {
    expect(whole(sentenceWith(masakhanewsArticle(210), 'qui a fait quatre morts'))).toEqual({ fatalities: 4, injured: 7, approximate: false });
  });
  withMasakhanews('a massacre "d\'environ 300 personnes" is 300, approximate', () => {
    expect(whole(sentenceWith(masakhanewsArticle(6), 'le massacre présumé'))).toEqual({ fatalities: 300, injured: null, approximate: true });
  });
  withMasakhanews('through a verb with an adverb: "Une cinquantaine de migrants … auraient également été tués"', () => {
    expect(whole(sentenceWith(masakhanewsArticle(196), 'Une cinquantaine de migrants'))).toEqual({ fatalities: 50, injured: null, approximate: true });
  });
});
