/**
 * A post held by several people listed together: "les conseillers fédéraux Adolf Ogi et Flavio
 * Cotti", "les ministres de la Défense X, Y et Z". A plural head before the first name gives its
 * title to each name of the list (names joined by commas and "et") that has none of its own.
 */
import type { Holder } from './succession.js';

const LINK = /^[\s\u00a0]*(?:,|et|,[\s\u00a0]*et)[\s\u00a0]*$/u;
/** The first word of the title is plural: "ministres", "conseillers fédéraux", "généraux". */
const PLURAL_HEAD = /^[\p{L}-]+[sx](?![\p{L}])/u;

export function sharedTitles(text: string, holders: Holder[]): void {
  for (let i = 0; i + 1 < holders.length; i++) {
    const first = holders[i];
    const t = first.title;
    if (!t || t.end > first.start || !PLURAL_HEAD.test(text.slice(t.start, t.end))) continue;
    for (let j = i + 1; j < holders.length; j++) {
      const h = holders[j];
      const prev = holders[j - 1];
      if (h.sentence !== first.sentence || h.title || !LINK.test(text.slice(prev.end, h.start))) break;
      h.title = { ...t, shape: 'shared' };
    }
  }
}
