/**
 * "le 6 mai dernier", "juin prochain", "vendredi 20 juin dernier": the word after a date
 * says whether it lies before or after the document date. chrono.fr drops it. "depuis" before
 * a date says the same as "dernier" ("depuis janvier" in a November article is last January).
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from '../tags.js';
import { maybeLetter, maybeSpace } from '../chars.js';

const SUFFIX = /^\s+(derni(?:er|ère)s?|prochaine?s?|passée?s?)(?![\p{L}])/iu;
const IN_TEXT = /(?:derni(?:er|ère)s?|prochaine?s?|passée?s?)$/iu;
const SINCE_BEFORE = /(?:^|[^\p{L}])depuis\s+(?:le\s+|la\s+|l'|ce\s+|cet\s+|cette\s+)?$/iu;

/** SUFFIX needs spaces, then "d" or "p" (in any case) or a character outside ASCII. */
function suffixMayFollow(text: string, end: number): boolean {
  let i = end;
  if (!maybeSpace(text.charCodeAt(i))) return false;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13))) break;
    i++;
  }
  return maybeLetter(text.charCodeAt(i), 'dp');
}

export class DirectionSuffixRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const s = r.start;
      if (!s.isCertain('month') && !s.isCertain('weekday')) continue;
      const end = r.index + r.text.length;
      const m = suffixMayFollow(context.text, end) ? SUFFIX.exec(context.text.slice(end, end + 20)) : null;
      let word: string | undefined;
      if (m) {
        r.text = context.text.slice(r.index, end + m[0].length);
        word = m[1];
      } else {
        word = maybeLetter(r.text.charCodeAt(r.text.length - 1), 'rnes') ? IN_TEXT.exec(r.text)?.[0] : undefined;
      }
      if (word) r.addTag(TAG.dir + (/^proch/i.test(word) ? 'future' : 'past'));
      else {
        const before = context.text.slice(Math.max(0, r.index - 16), r.index);
        // "depuis" in any case lowers to "depui" + "s" or "ſ" (which /iu reads as "s")
        if (before.toLowerCase().includes('depui') && SINCE_BEFORE.test(before)) r.addTag(TAG.dir + 'past');
      }
    }
    return results;
  }
}
