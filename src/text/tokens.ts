/**
 * Word tokens with UTF-16 offsets. Elided articles (l’, d’, qu’) are tokens of their own so
 * that "l’Alliance" yields "Alliance"; hyphenated names stay whole ("Bobo-Dioulasso").
 */
import type { Span } from '../mentions.js';

export interface Token extends Span {
  text: string;
}

const TOKEN = /(?:[\p{L}\p{M}]{1,7}['’](?=[\p{L}\p{M}]))|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-.][\p{L}\p{M}\p{N}]+)*\.?|\p{N}+(?:[.,:h]\p{N}+)*|\S/gu;
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]$/iu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < end) {
    let t = m[0];
    let s = m.index;
    // an apostrophe after a longer word is no elision ("aujourd’hui" stays whole elsewhere)
    if (/['’]$/.test(t) && !ELISION.test(t)) {
      const word = t.slice(0, -1);
      out.push({ start: s, end: s + word.length, text: word });
      s += word.length;
      t = t.slice(-1);
    }
    // keep a trailing period only for single-letter initials ("A.") or known abbreviations
    if (t.length > 2 && t.endsWith('.') && !/^\p{Lu}\.$/u.test(t)) {
      out.push({ start: s, end: s + t.length - 1, text: t.slice(0, -1) });
      out.push({ start: s + t.length - 1, end: s + t.length, text: '.' });
      continue;
    }
    if (s + t.length > end) break;
    out.push({ start: s, end: s + t.length, text: t });
  }
  return out;
}
