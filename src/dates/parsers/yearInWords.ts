/**
 * A year written in letters: "en deux mille vingt", "l'an deux mille", "en mil neuf cent
 * quatre-vingt-dix-huit" (speeches, transcripts, legal texts). A number in letters is far more
 * often a count ("deux mille manifestants"), so the year needs "en", "l'an" or "l'année" before
 * it and no plural noun or unit after it. As for "en 2023", the span leaves "en" out.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { nextWord, isQuantityNoun } from './patterns.js';
import { cardinalRe, cardinalValue } from '../numberWords.js';
import { lexicon } from '../lexicon.js';
import { TAG } from '../tags.js';
import { wordIn, type Gate } from '../anchors.js';

export class YearInWordsParser extends FrParser {
  /** "mille" or "mil", at most three words after the lead ("l'année deux mille"). */
  gate(): Gate {
    return { ...wordIn(['mille', 'mil']), lead: 3, starts: 'word', firsts: 'ela' };
  }

  protected innerPattern(): string {
    const n = cardinalRe();
    return `(en\\s+|l'an\\s+|l'année\\s+)(?:(deux\\s+mille)(?:[\\s-]+(${n}))?|(mil(?:le)?[\\s-]+neuf[\\s-]+cents?)(?:[\\s-]+(${n}))?)`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, lead, twoThousand, after2000, nineteenHundred, after1900] = match;
    const rest = twoThousand ? after2000 : after1900;
    const n = rest === undefined ? 0 : cardinalValue(rest);
    if (n === null) return null;
    const index = match.index ?? 0;
    const end = index + whole.length;
    const next = nextWord(context.text, end);
    // "en deux mille exemplaires", "l'an deux mille euros": a count
    if (isQuantityNoun(next) || lexicon().units[next] !== undefined || /^\p{Ll}+[sx]$/u.test(next)) return null;
    const skip = lead.toLowerCase().startsWith('en') ? lead.length : 0;
    const result = context.createParsingResult(index + skip, whole.slice(skip));
    result.start.assign('year', (twoThousand ? 2000 : 1900) + n);
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    result.addTag(TAG.gran + 'year');
    return result;
  }
}
