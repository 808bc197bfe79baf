/**
 * Feasts with a computable day: "à Noël", "le jour de l'an", "la Toussaint 2023", "Pâques",
 * "le lundi de Pentecôte" (data/dates/fr.json, "holidays"). Easter-based feasts depend on the
 * year, which may be known only at document level: the resolver computes them (tag x/easter).
 * A one-word feast must be capitalized and not followed by a capitalized word, so that
 * "Noël Mamère" and "Toussaint Louverture" stay names, and so does "le Père Noël".
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { YEAR4 } from './patterns.js';
import { lexicon } from '../lexicon.js';
import { TAG } from '../tags.js';
import { easterSunday } from '../calendar.js';
import { firstWords, wordIn, wordsOf, type Gate } from '../anchors.js';
import { escapeRegExp } from '../../text/normalize.js';

export class HolidayParser extends FrParser {
  /**
   * The feast's first word; "le jour de Noël" begins three words before it. A first word is
   * followed in every match by the rest of a feast it begins, or ("jour") by the lead's "de":
   * "jour", "lundi", "fête" and "saint" elsewhere are not tried.
   */
  gate(): Gate {
    const feasts = Object.keys(lexicon().holidays);
    const rests = new Map<string, Set<string>>([['jour', new Set([' de '])]]);
    for (const f of feasts) {
      const first = wordsOf(f)[0];
      if (!rests.has(first)) rests.set(first, new Set());
      rests.get(first)?.add(f.slice(first.length));
    }
    const source = (rest: string) => escapeRegExp(rest).replace(/ /g, '\\s+');
    const atEnd = [...rests].map(([first, after]) => `(?<=(?<![\\p{L}\\p{N}_])${escapeRegExp(first)})(?:${[...after].map(source).join('|')})`).join('|');
    return { ...wordIn(firstWords(feasts)), lead: 3, starts: 'word', atEnd };
  }

  protected innerPattern(): string {
    return `((?:le\\s+)?jour\\s+de\\s+|(?:la|le)\\s+|l')?(${lexicon().holidayRe})(?:\\s+(${YEAR4}))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, , feast, year] = match;
    const key = feast.toLowerCase();
    const rule = lexicon().holidays[key];
    if (!rule) return null;
    if (!/\s/.test(key)) {
      if (feast[0] === feast[0].toLowerCase()) return null;
      const end = (match.index ?? 0) + whole.length;
      if (!year && /^\s+\p{Lu}/u.test(context.text.slice(end, end + 3))) return null;
      // "le Père Noël", "Papa Noël": a character, not the feast
      if (/(?:p[èe]re|papa)\s+$/iu.test(context.text.slice(Math.max(0, (match.index ?? 0) - 6), match.index ?? 0))) return null;
    }
    const result = context.createParsingResult(match.index ?? 0, whole);
    const s = result.start;
    if (year) s.assign('year', parseInt(year, 10));
    else s.imply('year', context.refDate.getFullYear());
    if (rule.startsWith('E')) {
      const offset = parseInt(rule.slice(1), 10);
      const easter = easterSunday(context.refDate.getFullYear());
      // the month is certain enough for year inference; the day is computed per year
      s.assign('month', easter.m);
      s.imply('day', easter.d);
      result.addTag(TAG.easter + String(offset));
    } else {
      const [m, d] = rule.split('-').map(Number);
      s.assign('month', m);
      s.assign('day', d);
    }
    result.addTag(TAG.gran + 'day');
    return result;
  }
}
