/**
 * Span conventions (TimeML, as in FR-TimeBank): "le" or "ce" belongs to a day date ("le 6 mars
 * 2024", "le jeudi 7 octobre", "ce 15 mai"), and "la"/"le" to a part of a period ("à la fin des
 * années 1980", as the noun phrase "la fin de l'année" already is); "du"/"entre" belong to a
 * range ("du 3 au 5 mai 2025"); "en", "depuis", "au" stay outside (prepositions; "au" has
 * swallowed the article: "au début des années 60" → "début des années 60").
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { maybeLetter, maybeSpace } from '../chars.js';

const LE = /(?:^|[^\p{L}'])((?:le|ce)\s+)$/iu;
const DU = /(?:^|[^\p{L}'])(du\s+)$/iu;
/** "à la fin des années 1980", "depuis le début du mois": the article of a part-of-period noun. */
const PART_ARTICLE = /(?:^|[^\p{L}'])((?:la|le)\s+)$/iu;
const PART_NOUN = /^(?:début|fin|milieu|mi-)/iu;

export class ArticlePrefixRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (maybeLetter(r.text.charCodeAt(0), 'ldec') && /^(?:le|la|l'|du|entre|ce|cet|cette)\s/i.test(r.text)) continue;
      // every article pattern ends with spaces: none before, no article
      if (r.index === 0 || !maybeSpace(context.text.charCodeAt(r.index - 1))) continue;
      const before = context.text.slice(Math.max(0, r.index - 8), r.index);
      const m = r.end ? DU.exec(before) ?? LE.exec(before)
        : PART_NOUN.test(r.text) ? PART_ARTICLE.exec(before)
        : r.start.isCertain('day') ? LE.exec(before) : null;
      if (m) {
        r.index -= m[1].length;
        r.text = context.text.slice(r.index, r.index + m[1].length + r.text.length);
      }
    }
    return results;
  }
}
