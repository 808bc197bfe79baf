/**
 * The honorific written before a person ("M.", "Mme", "MM.", "Son Excellence"), kept as a field of
 * the mention: the name drops it, but it says how the text addresses the person, and HIPE counts
 * it as the person's title component. "M. le général Weygand": the honorific stands before the
 * rank or the function.
 */
import type { Span } from '../mentions.js';
import { phrasePattern } from '../text/normalize.js';
import { loadJson } from '../data.js';
import { isBlank } from '../text/blank.js';

let re: RegExp | null = null;
/** The honorifics' last characters as `foldedBefore` reads them: by length (1, 2, 3), the last three of a longer one. */
let endings: Set<string>[] | null = null;

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
  endings = endingsOf(words);
  const alt = words
    .sort((a, b) => b.length - a.length)
    .map((h) => phrasePattern(h))
    .join('|');
  // the honorific, then an article before a rank or title ("M. le général"), then the anchor
  re = new RegExp(`(?<!\\p{L}|\\p{M})(${alt})(?!\\p{L}|\\p{M})[\\s\\u00a0]*(?:(?:le|la|l['’])[\\s\\u00a0]*)?$`, 'iu');
  return re;
}

/** Marks OCR_MARKED reads for the period of "M.". */
const OCR_MARKS = ',;:»"°.*?-';

/**
 * A character as the case-insensitive pattern compares it: lower case, any blank a space (the
 * pattern writes a phrase's spaces [\s\u00a0]+), the curly apostrophe straight (['’]); "ſ" and the
 * Kelvin sign fold to "s" and "k" under /iu, where toLowerCase keeps them.
 */
function caseFoldedUnit(c: number): string {
  if (c < 128) return String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
  if (isBlank(c)) return ' ';
  if (c === 0x2019) return "'";
  if (c === 0x17f) return 's';
  if (c === 0x212a) return 'k';
  // one unit whose lower case is two ("İ"): folded to nothing under /iu, it stays itself
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower : String.fromCharCode(c);
}

function endingsOf(words: string[]): Set<string>[] {
  const sets = [new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>()];
  for (const w of words) {
    const folded = [...w].map((ch) => caseFoldedUnit(ch.charCodeAt(0))).join('');
    const n = Math.min(3, folded.length);
    sets[n].add(folded.slice(folded.length - n));
  }
  return sets;
}

/**
 * The last three characters before `q` (never before `floor`) as caseFoldedUnit reads them, a run of
 * blanks read as one space (as the pattern's [\s\u00a0]+ matches any run).
 */
function foldedBefore(text: string, q: number, floor: number): string {
  let out = '';
  while (q > floor && out.length < 3) {
    const c = text.charCodeAt(--q);
    if (isBlank(c)) while (q > floor && isBlank(text.charCodeAt(q - 1))) q--;
    out = caseFoldedUnit(c) + out;
  }
  return out;
}

/** Whether an honorific may end at `q`: its last one, two or three characters stand there. */
function honorificMayEndAt(text: string, q: number, floor: number): boolean {
  const last = foldedBefore(text, q, floor);
  for (let n = 1; n <= Math.min(3, last.length); n++) if (endings![n].has(last.slice(last.length - n))) return true;
  return false;
}

/**
 * Whether the pattern may match the window [from, anchor): it ends with blanks after an honorific,
 * or after an honorific then an article ("M. le"), so an honorific's last characters stand
 * before the blanks or before the article and its blanks. A necessary condition only: most names
 * follow a word no honorific ends like ("président", "de", "le" after a verb), and the pattern is
 * not tried there (it tries every start of the window, each against ~60 alternatives).
 */
function mayEndBefore(text: string, from: number, anchor: number): boolean {
  let p = anchor;
  while (p > from && isBlank(text.charCodeAt(p - 1))) p--;
  if (p === from) return false;
  if (honorificMayEndAt(text, p, from)) return true;
  // an article ("le", "la", "l’") between the honorific and the anchor
  const article = foldedBefore(text, p, from).slice(-2);
  if (article !== 'le' && article !== 'la' && article !== "l'") return false;
  let q = p - 2;
  while (q > from && isBlank(text.charCodeAt(q - 1))) q--;
  return honorificMayEndAt(text, q, from);
}

/** Whether OCR_MARKED may match the window: its mark stands before the blanks that end it. */
function ocrMayEndBefore(text: string, from: number, anchor: number): boolean {
  let p = anchor;
  while (p > from && isBlank(text.charCodeAt(p - 1))) p--;
  return p > from && OCR_MARKS.includes(text[p - 1]);
}

/**
 * The honorific ending right before `anchor` (the person, or its rank or title). It may lie in
 * the previous "sentence": a splitter can take the period of "M." for the end of one.
 */
export function honorificBefore(text: string, anchor: number): Span | null {
  const re = pattern();
  const from = Math.max(0, anchor - 40);
  const honorific = mayEndBefore(text, from, anchor);
  if (!honorific && !ocrMayEndBefore(text, from, anchor)) return null;
  const window = text.slice(from, anchor);
  const m = (honorific ? re.exec(window) : null) ?? OCR_MARKED.exec(window);
  if (!m) return null;
  const start = anchor - window.length + m.index;
  return { start, end: start + m[1].length };
}
