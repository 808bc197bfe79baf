/**
 * The start, middle or end of the current, last or next week or month: "en fin de semaine",
 * "début du mois prochain", "à la fin du mois dernier". Relative to the document date; the
 * value is the week or the month (ISO 8601 has no "end of"). Years: parsers/partOfYear.ts.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { TAG } from '../tags.js';
import { addDays, fromUtc } from '../calendar.js';
import { wordIn, type Gate } from '../anchors.js';

export class PartOfCurrentPeriodParser extends FrParser {
  /** "semaine" or "mois"; "la fin de cette semaine" begins four words before it. */
  gate(): Gate {
    return { ...wordIn(['semaine', 'mois']), lead: 4, starts: 'word', atStart: '(?<=(?:de|la|ce|cette|du)\\s+)' };
  }

  protected innerPattern(): string {
    return `(?:la\\s+|le\\s+)?(?:début|fin|milieu|courant)\\s+(?:de\\s+(?:la\\s+|ce\\s+|cette\\s+)?|du\\s+)(semaine|mois)(?:\\s+(dernière|dernier|passée|passé|prochaine|prochain|en\\s+cours))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, unitWord, which] = match;
    // "fin du mois de juin" belongs to parsers/partOfPeriod.ts
    const end = (match.index ?? 0) + whole.length;
    if (!which && /^\s+d(?:e\s|')/i.test(context.text.slice(end, end + 4))) return null;
    const w = (which ?? '').toLowerCase();
    const offset = w.startsWith('dern') || w.startsWith('pass') ? -1 : w.startsWith('proch') ? 1 : 0;
    const ref = context.refDate;
    const today = { y: ref.getFullYear(), m: ref.getMonth() + 1, d: ref.getDate() };
    const result = context.createParsingResult(match.index ?? 0, whole);
    const s = result.start;
    if (unitWord.toLowerCase() === 'mois') {
      const first = fromUtc(new Date(Date.UTC(today.y, today.m - 1 + offset, 1)));
      s.assign('year', first.y);
      s.assign('month', first.m);
      s.imply('day', 1);
      result.addTag(TAG.gran + 'month');
      result.addTag(TAG.rel + 'month');
    } else {
      const day = addDays(today, offset * 7);
      s.assign('year', day.y);
      s.assign('month', day.m);
      s.assign('day', day.d);
      result.addTag(TAG.gran + 'week');
      result.addTag(TAG.rel + 'day');
    }
    return result;
  }
}
