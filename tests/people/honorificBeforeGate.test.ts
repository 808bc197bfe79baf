/**
 * honorificBefore tries its honorific pattern only where an honorific's last characters stand
 * before the blanks, or before an article and its blanks ("M. le"), and the OCR pattern only
 * where one of its marks does (honorifics.ts, mayEndBefore; issue #16). At every word start of
 * real articles (the seeds, MasakhaNEWS French dev) and of text made to hold every honorific in
 * several cases and spacings, it must answer what the two patterns alone answered, written out here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { honorificBefore } from '../../src/people/honorifics.js';
import { newsDev, seeds } from '../newsTexts.js';

const listed: string[] = JSON.parse(readFileSync(join(process.cwd(), 'data/people/titles.json'), 'utf8')).honorifics;
const words = [...listed, 'Mad.', 'Mlles', 'Mgr.', 'M', 'Soeur', 'Sœur', 'Dom'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = [...words].sort((a, b) => b.length - a.length).map((h) => escape(h).replace(/'/g, "['’]").replace(/ /g, '[\\s\\u00a0]+')).join('|');
const HONORIFIC = new RegExp(`(?<!\\p{L}|\\p{M})(${alt})(?!\\p{L}|\\p{M})[\\s\\u00a0]*(?:(?:le|la|l['’])[\\s\\u00a0]*)?$`, 'iu');
const OCR_MARKED = /(?<!\p{L}|\p{M})(MM|Mm|M)[\s\u00a0]*[,;:»"°.*?-]{1,3}[\s\u00a0]*$/u;

/** honorificBefore without its gates. */
function patternsOnly(text: string, anchor: number): { start: number; end: number } | null {
  const window = text.slice(Math.max(0, anchor - 40), anchor);
  const m = HONORIFIC.exec(window) ?? OCR_MARKED.exec(window);
  if (!m) return null;
  const start = anchor - window.length + m.index;
  return { start, end: start + m[1].length };
}

const made = [
  words.map((h) => `Selon ${h} Diallo, ${h.toUpperCase()}\u00a0Traoré, ${h.toLowerCase()} le général Keïta, x${h} Sy, ${h.replace(/ /g, '  ')}  la ministre Ba, ${h} l’émir Al Thani.`).join(' '),
  'M, Kellogg et M » Ramsay Mac Donald, MM ; F. Honegger, M° Clara Laquai, Mm. Y, M.le maire Z, S.E.M. W, Son\u2009Excellence V, ſir U, l\'honorable T, Royale S.',
  // a capital whose lower case is two units, right before a name and before an honorific
  'Mİ R, İ Q, İM. P, dİ le O, Sİr N, İme M, İle L, İla le K.',
];
const texts = [...seeds, ...newsDev.slice(0, 80), ...made];

test('the gated honorific reading answers as the patterns alone at every word start', () => {
  let compared = 0;
  let found = 0;
  for (const [n, text] of texts.entries()) {
    for (const m of text.matchAll(/(?<=[\s\u00a0])\S/gu)) {
      const expected = patternsOnly(text, m.index);
      const got = honorificBefore(text, m.index);
      if (JSON.stringify(got) !== JSON.stringify(expected)) expect([n, m.index, text.slice(Math.max(0, m.index - 30), m.index + 5), got]).toEqual([n, m.index, text.slice(Math.max(0, m.index - 30), m.index + 5), expected]);
      compared++;
      if (expected) found++;
    }
  }
  // the seeds and the made sentences alone give ~3,500 word starts; with MasakhaNEWS dev (when ../shared is there) ~70,000
  expect(compared).toBeGreaterThan(newsDev.length > 0 ? 50_000 : 2_500);
  // each listed honorific, in three cases and spacings at least, and the OCR forms
  expect(found).toBeGreaterThan(words.length * 3);
});
