/**
 * TEAM (teamNames.ts) tried at one position, refusing at once the positions where it must fail.
 * The team's first word runs over letters, marks, apostrophes and hyphens to the end of their run
 * and must be followed by a space, so when TEAM fails at p after its article, it fails at every
 * later start in that run whose first word also ends there: all that follows the run is the same.
 * Without this, a chain such as "l’Aa-l’Aa-l’Aa-…" (no space) made the scan quadratic: each
 * elided article restarted a first word reaching the chain's end (40 kB: 280 ms; now linear).
 */
import type { StickyMatcher } from '../text/anchorGate.js';

/** TEAM's article and spaces, before the capital of the first word: the end is where that word starts. */
const ARTICLE = /(?<![\p{L}])(?:(?:les|des|aux|le|du|au|Les|Le)[\s\u00a0]+|[lLdD]['’][\s\u00a0]*)(?=\p{Lu})/uy;
const ARTICLES = new RegExp(ARTICLE.source, 'gu');

/**
 * Where TEAM may start in s, as [p, p + 1) pairs for scanMatches: where its article is followed by
 * a capital (a necessary condition, found in one linear scan). For text the word gates cannot read.
 */
export function articleStarts(s: string): number[] {
  const out: number[] = [];
  ARTICLES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ARTICLES.exec(s)) !== null) {
    out.push(m.index, m.index + 1);
    ARTICLES.lastIndex = m.index + 1;
  }
  return out;
}

/** The first word's characters after its capital, as TEAM reads them. */
const RUN = /[\p{L}\p{M}'’-]*/uy;
/**
 * An article ending where the run ends ("…-les" then " Bb de Reims") opens a first word after the
 * run, with another continuation: its start is at most 3 units before the run's end ("les", "l’").
 */
const LONGEST_ARTICLE = 3;

export function teamReader(sticky: RegExp): StickyMatcher {
  let text: string | null = null;
  // TEAM fails at every position of (failsAfter, failsBefore) of `text` (a fact of the text: any scan may use it)
  let failsAfter = -1;
  let failsBefore = -1;
  return {
    lastIndex: 0,
    exec(s: string): RegExpExecArray | null {
      const p = this.lastIndex;
      if (s !== text) {
        failsAfter = failsBefore = -1;
      }
      // the same object from now on: an equal string made anew is compared once
      text = s;
      if (p > failsAfter && p < failsBefore) return null;
      sticky.lastIndex = p;
      const m = sticky.exec(s);
      if (m !== null) return m;
      ARTICLE.lastIndex = p;
      if (!ARTICLE.test(s)) return null;
      const w = ARTICLE.lastIndex;
      // the capital (one unit, or two outside the BMP), then the rest of the run
      RUN.lastIndex = w + (s.codePointAt(w)! > 0xffff ? 2 : 1);
      RUN.test(s);
      const e = RUN.lastIndex;
      // a first word of one letter failed for its length, not for what follows it
      if (e - w >= 2 && e - LONGEST_ARTICLE > p + 1) {
        failsAfter = p;
        failsBefore = e - LONGEST_ARTICLE;
      }
      return null;
    },
  };
}
