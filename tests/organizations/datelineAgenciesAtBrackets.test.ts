/**
 * The dateline credit pattern is tried sticky after the brackets that may close a date, no
 * longer scanned over the whole text (its long lookbehind ran at every position; issue #16).
 * On real articles (the seeds, MasakhaNEWS French dev) with datelines of every form put in
 * front of their paragraphs, it must find what the whole-text scan found: that scan is written
 * out here as the reference.
 */
import { datelineAgencies } from '../../src/organizations/datelineAgencies.js';
import { DATELINE_MONTH } from '../../src/places/datelines.js';
import { newsDev, seeds } from '../newsTexts.js';

const devTexts = newsDev.slice(0, 120);

const DATELINES = [
  'JERUSALEM, 24 (Reuter). — ', 'Berne, 15 septembre (ag.) ', 'Liestal, 1er\u00a0déc. , (ATS).- ', 'Genève, 3 août (Havas). — ',
  'PARIS, 12 ( Eeuter ) — ', 'Saint-Gall, 30 (ag .) ', 'New York 7 février (Reuter, AFP). — ', 'Bamako, 2 (AFP, 9 h) ',
  'Le chef (AES) a reçu ', 'le 6 novembre (lundi) ', 'Dakar, 31 (A) — ', 'ROME, 4 juil.(Ansa), ',
];

/** The reading before: the credit pattern scanned over the whole text. */
function wholeTextScan(text: string): [number, number, string][] {
  const month = `${DATELINE_MONTH}\\.?`;
  const credit = new RegExp(
    `(?<=(?:^|\\n|[.!?;:—–-])[ \\u00a0]*\\p{Lu}[\\p{L}\\p{M}'’-]+(?:[ \\u00a0-]\\p{Lu}[\\p{L}\\p{M}'’-]+){0,2}[ \\u00a0]*,?[ \\u00a0]+(?:[12]?\\d|3[01])(?:er)?(?:[ \\u00a0]+${month})?[ \\u00a0]*,?[ \\u00a0]*\\([ \\u00a0]*)(\\p{L}[\\p{L}.]*(?:[ \\u00a0]\\.)?)(?=[ \\u00a0]*[),])`,
    'gu',
  );
  const out: [number, number, string][] = [];
  for (const m of text.matchAll(credit)) {
    if (m[1].replace(/[^\p{L}]/gu, '').length < 2) continue;
    out.push([m.index, m.index + m[1].length, m[1].replace(/[ \u00a0]+/g, '')]);
  }
  return out;
}

test('agencies tried at brackets are those of the whole-text scan', () => {
  const articles = [...seeds, ...devTexts];
  // the five seeds, and MasakhaNEWS dev when ../shared is there
  expect(articles.length).toBeGreaterThanOrEqual(5);
  let found = 0;
  for (const [n, article] of articles.entries()) {
    // a dateline before each paragraph, cycling through the forms
    const text = article.split('\n').map((p, k) => `${DATELINES[(n + k) % DATELINES.length]}${p}`).join('\n');
    for (const t of [article, text]) {
      const expected = wholeTextScan(t);
      found += expected.length;
      expect([n, datelineAgencies(t).map((o) => [o.start, o.end, o.normalized])]).toEqual([n, expected]);
    }
  }
  // the datelines put in are found (the comparison is not between two empty lists)
  expect(found).toBeGreaterThan(articles.length);
});
