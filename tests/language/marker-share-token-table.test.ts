/**
 * The language stage reads the French marker share of its sample from the document's token
 * table instead of lower-casing and re-scanning the sample (issue #16). On real articles (the
 * seeds, MasakhaNEWS French dev), decomposed to NFD (combining marks inside words), with
 * digits glued to words, "İ" (lower case: "i" and a combining dot, two words), Greek and a
 * letter outside the BMP, and with regions cutting words, it must count what the reading of
 * the sample string counts.
 */
import { markerShare, markerShareOfRegions } from '../../src/language/markers.js';
import { MARKER_CHARS } from '../../src/language/detect.js';
import { TokenTable } from '../../src/text/tokenTable.js';
import type { Span } from '../../src/mentions.js';
import { newsDev, seeds } from '../newsTexts.js';

const devTexts = newsDev.slice(0, 80);
const articles = [...seeds, ...devTexts];
const odd = 'Les 2e et 3e places, 100km pour le 1er. İstanbul et İzmir ont été ΟΔΥΣΣΕΥΣ dans la ville de 𝐀lger, avec des cafés. ';
const texts = [...articles, ...articles.slice(0, 20).map((t) => t.normalize('NFD')), `${odd}${articles[0]}`, odd.repeat(40)];

/** The sample the language stage reads: each region's first `perRegion` units, joined by line breaks. */
function sample(text: string, regions: Span[], perRegion: number): string {
  return regions.map((r) => text.slice(r.start, Math.min(r.end, r.start + perRegion))).join('\n');
}

/** Regions cutting the text at arbitrary points, words included (a fixed pseudo-random walk). */
function cutRegions(text: string, seed: number): Span[] {
  const regions: Span[] = [];
  let x = seed;
  let at = 0;
  while (at < text.length) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const gap = x % 7;
    const len = 1 + (x % 900);
    const start = Math.min(text.length, at + gap);
    const end = Math.min(text.length, start + len);
    if (end > start) regions.push({ start, end });
    at = end;
  }
  return regions;
}

test('the token-table reading counts the words and markers of the sample string', () => {
  // the five seeds, and MasakhaNEWS dev when ../shared is there
  expect(articles.length).toBeGreaterThanOrEqual(5);
  let compared = 0;
  for (const [n, text] of texts.entries()) {
    const table = new TokenTable(text);
    const layouts: Span[][] = [[{ start: 0, end: text.length }], cutRegions(text, n + 1), cutRegions(text, n + 1000)];
    for (const regions of layouts) {
      for (const [perRegion, limit] of [[3000, MARKER_CHARS], [120, 700]]) {
        const expected = markerShare(sample(text, regions, perRegion).slice(0, limit));
        expect([n, markerShareOfRegions(table, regions, perRegion, limit)]).toEqual([n, expected]);
        compared++;
      }
    }
  }
  expect(compared).toBe(texts.length * 6);
});

test('digits, combining marks and "İ" split words as the string reading splits them', () => {
  const text = 'le 3e de İzmir, e\u0301te\u0301 et été';
  const share = markerShareOfRegions(new TokenTable(text), [{ start: 0, end: text.length }], 3000, MARKER_CHARS);
  // le, e, de, i, zmir, e, te, et, été: two markers (le, été)
  expect(share).toEqual({ words: 9, share: 2 / 9 });
  expect(share).toEqual(markerShare(text));
});
