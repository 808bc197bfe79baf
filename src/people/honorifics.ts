/**
 * The honorific written before a person ("M.", "Mme", "MM.", "Son Excellence"), kept as a field of
 * the mention: the name drops it, but it says how the text addresses the person, and HIPE counts
 * it as the person's title component. "M. le général Weygand": the honorific stands before the
 * rank or the function.
 */
import type { Span } from '../mentions.js';
import { escapeRegExp } from '../text/normalize.js';
import { loadJson } from '../data.js';
import { isBlank } from '../text/blank.js';

let re: RegExp | null = null;
/** ASCII characters that can end a match, before the blanks (see `mayEndBefore`). */
let lastChars: Uint8Array | null = null;

/**
 * "M, Kellogg", "M » Ramsay Mac Donald", "MM ; F. Honegger", "M° Clara Laquai": OCR of old print
 * turns the period of "M." into another mark. Only the capital M of "M."/"MM."/"Mme" is read so
 * (case-sensitive), and the span keeps the letters, not the mark.
 */
const OCR_MARKED = /(?<!\p{L}|\p{M})(MM|Mm|M)[\s\u00a0]*[,;:»"°.*?-]{1,3}[\s\u00a0]*$/u;

function pattern(): RegExp {
  if (re) return re;
  const { honorifics } = loadJson<{ honorifics: string[] }>('people/titles.json');
  // "M Capré", "Mad.": old print and OCR drop or vary the period
  const words = [...honorifics, 'Mad.', 'Mlles', 'Mgr.', 'M', 'Soeur', 'Sœur', 'Dom'];
  lastChars = endings([...words, 'le', 'la', "l'"]);
  const alt = words
    .sort((a, b) => b.length - a.length)
    .map((h) => escapeRegExp(h).replace(/'/g, "['’]").replace(/ /g, '[\\s\\u00a0]+'))
    .join('|');
  // the honorific, then an article before a rank or title ("M. le général"), then the anchor
  re = new RegExp(`(?<!\\p{L}|\\p{M})(${alt})(?!\\p{L}|\\p{M})[\\s\\u00a0]*(?:(?:le|la|l['’])[\\s\\u00a0]*)?$`, 'iu');
  return re;
}

/** ASCII characters that end one of `phrases` as the case-insensitive pattern reads them, or end OCR_MARKED's mark. */
function endings(phrases: string[]): Uint8Array {
  const last = new Set<string>(',;:»"°.*?-');
  for (const p of phrases) {
    const ch = p[p.length - 1];
    last.add(ch);
    if (ch === "'") last.add('’');
  }
  // one pattern for the set (a pattern per character and ASCII code was thousands built at start-up)
  const any = new RegExp(`^(?:${[...last].map(escapeRegExp).join('|')})$`, 'iu');
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (any.test(String.fromCharCode(c))) table[c] = 1;
  return table;
}

/**
 * Whether a match can end at `anchor` in the window from `from`: both patterns end with blanks
 * after an honorific, an article or an OCR mark, so the last other character must end one of them.
 */
function mayEndBefore(text: string, from: number, anchor: number): boolean {
  let p = anchor;
  while (p > from && isBlank(text.charCodeAt(p - 1))) p--;
  if (p === from) return false;
  const c = text.charCodeAt(p - 1);
  return c >= 128 || lastChars![c] === 1;
}

/**
 * The honorific ending right before `anchor` (the person, or its rank or title). It may lie in
 * the previous "sentence": a splitter can take the period of "M." for the end of one.
 */
export function honorificBefore(text: string, anchor: number): Span | null {
  const re = pattern();
  if (!mayEndBefore(text, Math.max(0, anchor - 40), anchor)) return null;
  const window = text.slice(Math.max(0, anchor - 40), anchor);
  const m = re.exec(window) ?? OCR_MARKED.exec(window);
  if (!m) return null;
  const start = anchor - window.length + m.index;
  return { start, end: start + m[1].length };
}
