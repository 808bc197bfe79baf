/**
 * Decades: "les années 90", "années 1990", "début des années 60", "les années quatre-vingt-dix".
 * Value in TimeML style, the decade's first three digits: "199".
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { lexicon } from '../lexicon.js';
import { TAG } from '../tags.js';
import { wordIn, type Gate } from '../anchors.js';

export class DecadeParser extends FrParser {
  /** "années"; "dès le début des années 60" begins four words before it. */
  gate(): Gate {
    return { ...wordIn(['années']), lead: 4, starts: 'word' };
  }

  protected innerPattern(): string {
    return `(?:(?:(?:au\\s+|dès\\s+le\\s+|le\\s+)?(?:début|fin|milieu)\\s+des|dans\\s+les|les)\\s+)?années\\s+(?:(19|20)?([1-9]0|00)(?:'?s)?|(${lexicon().decadeWordRe}))`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, century, tens, word] = match;
    let decade: number;
    if (word) {
      decade = 190 + lexicon().decadeWords[word.toLowerCase()];
    } else if (century) {
      decade = parseInt(century + tens, 10) / 10;
    } else {
      // "années 2000" is caught above; a bare "00" is the 2000s, other two-digit decades the 1900s.
      decade = tens === '00' ? 200 : 190 + parseInt(tens, 10) / 10;
    }
    // Spans follow the TimeBank convention: "dans" and "au" are outside the expression.
    let text = whole;
    let index = match.index ?? 0;
    const lead = /^(?:dans\s+|au\s+|dès\s+)/i.exec(text);
    if (lead) {
      text = text.slice(lead[0].length);
      index += lead[0].length;
    }
    const result = context.createParsingResult(index, text);
    result.start.assign('year', decade * 10);
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    result.addTag(TAG.gran + 'decade');
    result.addTag(TAG.decade + String(decade));
    return result;
  }
}
