/**
 * Years written with two digits, where the words around leave no doubt: a season or a
 * boundary word before it ("l'été 97", "fin 98", "depuis 97"), and a span whose end has two
 * digits ("la saison 2019-20", "la guerre [1992-95]", a range of years).
 * "en 97" alone stays unread: after "en", 97 is as often a count. Other two-digit years are
 * read by the month parsers ("octobre 98").
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { lexicon, expandYear } from '../lexicon.js';
import { nextWord, isQuantityNoun } from './patterns.js';
import { TAG } from '../tags.js';
import { firstCharsOf, digitWord, wordIn, type Gate } from '../anchors.js';

const SEASON_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };

export class ShortYearParser extends FrParser {
  /**
   * The season or boundary word before the two digits ("à l'été 97" begins two words before
   * "été"), or the first year of "1997-98", followed by those digits; and a two-digit number
   * or a year in the chunk.
   */
  gate(): Gate {
    const leads = wordIn([...Object.keys(lexicon().seasons), 'fin', 'début', 'mi', 'depuis']);
    const anchor = (w: string): boolean => leads.anchor(w) || /^(?:19|20)\d\d/.test(w);
    const needs = digitWord((w) => /^(?:\d\d(?!\d)|(?:19|20)\d\d)/.test(w));
    // two digits after the lead word ("mi-" included) or after the year and its "-"
    const atEnd = "(?:-?\\s+'?|\\s?-\\s?)\\d\\d";
    return { anchor, keys: [...leads.keys, '0'], bounds: 'whole', lead: 2, starts: 'word', needs, firsts: firstCharsOf(['l', 'cet', 'en', 'à', 'au', ...leads.keys, '1', '2']), atEnd };
  }

  protected innerPattern(): string {
    const lead = `(l'|cet\\s+|en\\s+|à\\s+l'|au\\s+)?(${lexicon().seasonRe})|(fin|début|mi-|depuis)`;
    return `(?:(?:${lead})\\s+'?(\\d{2})(?![\\d:h]|[,.\\-/]\\d))|(?:((?:19|20)\\d\\d)\\s?-\\s?(\\d{2})(?![\\d:h]|[,.]\\d))`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, lead, seasonWord, boundary, yy, fullYear, nextYy] = match;
    const index = match.index ?? 0;
    const end = index + whole.length;
    const after = nextWord(context.text, end);
    // "depuis 30 ans", "fin 98 %": a count
    if (isQuantityNoun(after) || lexicon().units[after] !== undefined || /^(?:%|heures?|minutes?|h)$/.test(after)) return null;
    if (fullYear) {
      // "1997-98", "[1992-95]": a later year of the same century, at most 20 years on
      const first = parseInt(fullYear, 10);
      const last = first - (first % 100) + parseInt(nextYy, 10);
      if (last <= first || last - first > 20) return null;
      const result = context.createParsingResult(index, whole);
      result.start.assign('year', first);
      result.start.imply('month', 1);
      result.start.imply('day', 1);
      result.end = result.start.clone();
      result.end.assign('year', last);
      result.addTag(TAG.gran + 'year');
      return result;
    }
    const year = expandYear(yy);
    // the span is the year's words: "l'été 97", "fin 98", but "97" of "depuis 97" (as bareYear's "1998")
    let cut = 0;
    if (lead && /^à\s+l'/i.test(lead)) cut = lead.length - 2;
    else if (lead && /^(?:en|au)/i.test(lead)) cut = lead.length;
    else if (/^depuis/i.test(boundary ?? '')) cut = whole.length - yy.length - (whole.includes("'") ? 1 : 0);
    const text = whole.slice(cut);
    const result = context.createParsingResult(end - text.length, text);
    result.start.assign('year', year);
    if (seasonWord) {
      const code = lexicon().seasons[seasonWord.toLowerCase()];
      if (!code) return null;
      result.start.assign('month', SEASON_MONTH[code]);
      result.start.imply('day', 1);
      result.addTag(TAG.gran + 'season');
      result.addTag(TAG.season + code);
      return result;
    }
    if (!boundary) return null;
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    result.addTag(TAG.gran + 'year');
    return result;
  }
}
