/**
 * A day and month close to the document date whose weekday does not fit keep the document's year
 * (src/dates/resolve.ts): the weekday is the slip. Sentences written for these tests.
 */
import { extract } from '../../src/extract.js';

const dates = (text: string, referenceDate: string) => extract(text, { referenceDate }).entities.filter((e) => e.type === 'date').map((e) => [e.text, e.value]);

test('a weekday slip two days ahead does not move the date a year back', () => {
  // 23 October 2026 is a Friday; 23 October 2025 was a Thursday
  expect(dates('Les syndicats appellent à la grève jeudi 23 octobre.', '2026-10-21')).toEqual([['jeudi 23 octobre', '2026-10-23']]);
});

test('far from the document date, the weekday still picks the year it fits', () => {
  // 20 June was a Friday in 2025, a Saturday in 2026
  expect(dates('Le vendredi 20 juin, le ministre avait reçu les syndicats.', '2026-10-21')).toEqual([['Le vendredi 20 juin', '2025-06-20']]);
});
