/**
 * Centuries: "le XXe siècle", "au 19e siècle", "le vingt et unième siècle", "début du XXe
 * siècle". Value in TimeML style, the century's first two digits ("19" for the 20th century,
 * as the FR-TimeBank guidelines write it). The record has no century granularity: "decade",
 * the coarsest it has, stands for it. Only 1st–21st centuries, and "siècle" must follow.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { lexicon } from '../lexicon.js';
import { TAG } from '../tags.js';
import { maxWords, wordIn, type Gate } from '../anchors.js';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

function fromRoman(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = ROMAN[s[i + 1]] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

export class CenturyParser extends FrParser {
  /** "siècle"; "au début du vingt et unième siècle" begins three words before the number. */
  gate(): Gate {
    return { ...wordIn(['siècle', 'siecle']), lead: 3 + Math.max(1, maxWords(Object.keys(lexicon().centuries))), starts: 'word' };
  }

  protected innerPattern(): string {
    return `(?:(?:le\\s+|au\\s+)?(?:début|fin|milieu)\\s+du\\s+|le\\s+)?(?:([XVI]{1,5})|(\\d{1,2})|(${lexicon().centuryWordRe}))(?:e|è|ème|eme|er)?\\s+si[eè]cle`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, roman, digits, word] = match;
    let n: number;
    if (roman) {
      // Roman numerals are upper case: "xxe" or "vie siècle" are not centuries
      if (roman !== roman.toUpperCase() || !/^(?:X{0,2})(?:IX|IV|V?I{0,3})$/.test(roman)) return null;
      n = fromRoman(roman);
    } else if (digits) {
      n = parseInt(digits, 10);
    } else {
      n = lexicon().centuries[word.toLowerCase()];
    }
    if (!n || n < 1 || n > 21) return null;
    let index = match.index ?? 0;
    let text = whole;
    const lead = /^au\s+/i.exec(text);
    if (lead) {
      index += lead[0].length;
      text = text.slice(lead[0].length);
    }
    const result = context.createParsingResult(index, text);
    result.start.assign('year', (n - 1) * 100);
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    result.addTag(TAG.gran + 'decade');
    result.addTag(TAG.decade + String(n - 1).padStart(2, '0'));
    return result;
  }
}
