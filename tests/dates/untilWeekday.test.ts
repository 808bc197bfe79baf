/**
 * "jusqu'à vendredi" in a sentence with no past or future runs ahead (src/dates/tense/verbGroup.ts).
 * Sentences written for these tests, on Saturday 17 October 2026.
 */
import { extract } from '../../src/extract.js';

const dates = (text: string) => extract(text, { referenceDate: '2026-10-17' }).entities.filter((e) => e.type === 'date').map((e) => [e.text, e.value]);

test('a present-tense span to a weekday ends next week', () => {
  expect(dates("Météo-France maintient la vigilance rouge jusqu'à vendredi.")).toEqual([['vendredi', '2026-10-23']]);
});

test('a past-tense span to a weekday ended this week', () => {
  expect(dates("La tempête a duré jusqu'à vendredi.")).toEqual([['vendredi', '2026-10-16']]);
});

test('"dès samedi" with a present tense may be a state since then: left to the nearest day', () => {
  expect(dates('Les régions sont touchées dès samedi par le froid.')).toEqual([['samedi', '2026-10-17']]);
});
