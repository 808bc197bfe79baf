/**
 * Seasons: "l'été 2024", "cet hiver", "au printemps", "l'automne dernier", "les mois d'été".
 * "été" is also the participle of "être" ("a été"), so a season needs an article, a
 * demonstrative, "en"/"au", a year, or the idiom "été comme hiver". Value in TimeML style:
 * "2024-SU". A season with no year after "en" ("un boom en été") or in "été comme hiver" is
 * habitual, not a particular summer: TimeML's "XXXX-SU" (tagged generic), unless "dernier" /
 * "prochain" follows. "Le printemps de l'environnement" is an event's name, not a date.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { YEAR4 } from './patterns.js';
import { lexicon } from '../lexicon.js';
import { TAG } from '../tags.js';
import { firstCharsOf, firstWords, wordIn, type Gate } from '../anchors.js';

/** A month inside each season, for comparing it with the document date. */
const SEASON_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };
/** "printemps de l'environnement", "été des festivals": a name, unless a year or "l'année" follows. */
const NAMED_AFTER = /^\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|d'(?!\d))(?!(?:l')?ann[ée]e|l'an\b|an\b)/iu;

const COMME = /comme/i;

/**
 * How the pattern's lead ends, right before the season (its "les"/"des" before "mois" need not
 * be checked there), and the words it allows between the season and a year (regex sources).
 */
const LEADS = ["l'", 'cet\\s+', 'ce\\s+', 'en\\s+', 'au\\s+', "mois\\s+d'", "mois\\s+de\\s+l'"];
const YEAR_LEADS = ["de\\s+l'année\\s+", 'de\\s+', "d'"];

export class SeasonParser extends FrParser {
  /**
   * The season; "des mois de l'été" begins four words before it. A season word with none of
   * innerExtract's needs at hand (a lead word right before it, a year after it, "comme" on
   * either side) gives no result: most are the participle ("a été"), not tried at all.
   */
  gate(): Gate {
    const seasons = Object.keys(lexicon().seasons);
    const atStart = `(?<=(?:${LEADS.join('|')}))|(?=\\p{L}+\\s+(?:${YEAR_LEADS.join('|')})?${YEAR4})|(?<=comme\\s+(?:en\\s+)?)|(?=\\p{L}+\\s+comme)`;
    return { ...wordIn(firstWords(seasons)), lead: 4, starts: 'word', firsts: firstCharsOf(['l', 'cet', 'ce', 'en', 'au', 'les', 'des', 'mois', ...seasons]), atStart };
  }

  protected innerPattern(): string {
    return `(l'|cet\\s+|ce\\s+|en\\s+|au\\s+|(?:les\\s+|des\\s+)?mois\\s+d'|(?:les\\s+|des\\s+)?mois\\s+de\\s+l')?(${lexicon().seasonRe})(?:\\s+(?:${YEAR_LEADS.join('|')})?(${YEAR4}))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, lead, seasonWord, year] = match;
    const code = lexicon().seasons[seasonWord.toLowerCase()];
    if (!code) return null;
    let index = match.index ?? 0;
    const end = index + whole.length;
    const text0 = context.text;
    const idiom = !lead && !year && this.inIdiom(text0, index, end);
    if (!lead && !year && !idiom) return null;
    if (!year && NAMED_AFTER.test(text0.slice(end, end + 12))) return null;
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
    if (!year && (idiom || l.startsWith('en') || l.includes('mois'))) result.addTag(TAG.generic);
    return result;
  }

  private idiomRe: { after: RegExp; before: RegExp } | null = null;

  /** "été comme hiver", "hiver comme été": both seasons, habitually. */
  private inIdiom(text: string, start: number, end: number): boolean {
    if (!this.idiomRe) {
      const seasons = lexicon().seasonRe;
      this.idiomRe = {
        after: new RegExp(`^\\s+comme\\s+(?:en\\s+)?(?:${seasons})(?![\\p{L}])`, 'iu'),
        before: new RegExp(`(?:^|[^\\p{L}])(?:${seasons})\\s+comme\\s+(?:en\\s+)?$`, 'iu'),
      };
    }
    // both need "comme" (any case): most seasons ("a été") have none near them
    const after = text.slice(end, end + 20);
    const before = text.slice(Math.max(0, start - 24), start);
    return (COMME.test(after) && this.idiomRe.after.test(after)) || (COMME.test(before) && this.idiomRe.before.test(before));
  }
}
