/**
 * Names known by their ending: "Columbia Pictures", "American Film Institute".
 */
import { foldKey } from '../text/normalize.js';
import { peopleLexicon } from '../people/lexicon.js';

const TAIL_JOINERS = new Set(['of', 'and', '&', 'the', 'for', 'on', 'in']);

/**
 * "Columbia Pictures", "American Film Institute", "Bank of America": capitalized words (and
 * English joiners) before a name ending; -1 when no capitalized word stands right before it.
 */
export function tailedNameStart(text: string, tailStart: number, limit: number): number {
  const { notNames } = peopleLexicon();
  const before = text.slice(Math.max(limit, tailStart - 80), tailStart);
  const base = tailStart - before.length;
  const words = [...before.matchAll(/[\p{L}\p{M}&][\p{L}\p{M}\p{N}'’.&-]*/gu)];
  let start = -1;
  let expect = tailStart;
  for (let i = words.length - 1, n = 0; i >= 0 && n < 6; i--, n++) {
    let w = words[i][0];
    let s = base + words[i].index!;
    if (!/^[\s\u00a0]+$/.test(text.slice(s + w.length, expect))) break;
    // "l’Imperial College": the elided article is not part of the name, and nothing before it is
    const el = /^[dlDL]['’](?=\p{Lu})/u.exec(w);
    if (el) {
      s += el[0].length;
      w = w.slice(el[0].length);
      start = s;
      break;
    }
    if (/^\p{Lu}/u.test(w) || /^\d/.test(w)) {
      if (notNames.has(foldKey(w)) && w !== 'The') break;
      start = s;
    } else if (!TAIL_JOINERS.has(w.toLowerCase())) break;
    expect = s;
  }
  return start;
}
