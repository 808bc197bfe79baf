/**
 * Seasons: "l'été 2024", "cet hiver", "au printemps", "en automne dernier". "été" is also the
 * participle of "être" ("a été"), so a season needs an article, a demonstrative, "en"/"au" or
 * a year. Value in TimeML style: "2024-SU".
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { YEAR4 } from './patterns.js';
import { lexicon } from '../lexicon.js';
import { TAG } from '../tags.js';

/** A month inside each season, for comparing it with the document date. */
const SEASON_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };

export class SeasonParser extends FrParser {
  protected override readonly required = /printemps|automne|hiver|[ée]t[ée]/i;

  protected innerPattern(): string {
    return `(l'|cet\\s+|ce\\s+|en\\s+|au\\s+)?(${lexicon().seasonRe})(?:\\s+(?:de\\s+|d')?(${YEAR4}))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, lead, seasonWord, year] = match;
    const code = lexicon().seasons[seasonWord.toLowerCase()];
    if (!code) return null;
    if (!lead && !year) return null;
    let index = match.index ?? 0;
    let text = whole;
    const l = (lead ?? '').toLowerCase();
    if (l.startsWith('en') || l.startsWith('au')) {
      index += lead.length;
      text = text.slice(lead.length);
    }
    const result = context.createParsingResult(index, text);
    result.start.assign('month', SEASON_MONTH[code]);
    if (year) result.start.assign('year', parseInt(year, 10));
    else result.start.imply('year', context.refDate.getFullYear());
    result.start.imply('day', 1);
    result.addTag(TAG.gran + 'season');
    result.addTag(TAG.season + code);
    return result;
  }
}
