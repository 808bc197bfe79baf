/**
 * The honorific written before a person ("M.", "Mme", "MM.", "Son Excellence"), kept as a field of
 * the mention: the name drops it, but it says how the text addresses the person, and HIPE counts
 * it as the person's title component. "M. le général Weygand": the honorific stands before the
 * rank or the function.
 */
import type { Span } from '../mentions.js';
import { escapeRegExp } from '../text/normalize.js';
import { loadJson } from '../data.js';

let re: RegExp | null = null;

/**
 * "M, Kellogg", "M » Ramsay Mac Donald", "MM ; F. Honegger", "M° Clara Laquai": OCR of old print
 * turns the period of "M." into another mark. Only the capital M of "M."/"MM."/"Mme" is read so
 * (case-sensitive), and the span keeps the letters, not the mark.
 */
const OCR_MARKED = /(?<![\p{L}\p{M}])(MM|Mm|M)[\s\u00a0]*[,;:»"°.*?-]{1,3}[\s\u00a0]*$/u;

function pattern(): RegExp {
  if (re) return re;
  const { honorifics } = loadJson<{ honorifics: string[] }>('people/titles.json');
  // "M Capré", "Mad.": old print and OCR drop or vary the period
  const alt = [...honorifics, 'Mad.', 'Mlles', 'Mgr.', 'M', 'Soeur', 'Sœur', 'Dom']
    .sort((a, b) => b.length - a.length)
    .map((h) => escapeRegExp(h).replace(/'/g, "['’]").replace(/ /g, '[\\s\\u00a0]+'))
    .join('|');
  // the honorific, then an article before a rank or title ("M. le général"), then the anchor
  re = new RegExp(`(?<![\\p{L}\\p{M}])(${alt})(?![\\p{L}\\p{M}])[\\s\\u00a0]*(?:(?:le|la|l['’])[\\s\\u00a0]*)?$`, 'iu');
  return re;
}

/**
 * The honorific ending right before `anchor` (the person, or its rank or title). It may lie in
 * the previous "sentence": a splitter can take the period of "M." for the end of one.
 */
export function honorificBefore(text: string, anchor: number): Span | null {
  const window = text.slice(Math.max(0, anchor - 40), anchor);
  const m = pattern().exec(window) ?? OCR_MARKED.exec(window);
  if (!m) return null;
  const start = anchor - window.length + m.index;
  return { start, end: start + m[1].length };
}
