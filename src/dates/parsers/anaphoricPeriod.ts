/**
 * Periods named relative to the previous date of the text, not to the document date:
 * "cette année-là", "la même année", "l'année suivante", "le mois précédent", "ce jour-là",
 * "la semaine d'après". The resolver counts from the last dated mention before it (tag
 * x/ana:<unit>:<offset>); with none, the value is unknown.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { TAG } from '../tags.js';
import { wordIn, type Gate } from '../anchors.js';

const UNIT: Record<string, string> = { jour: 'day', journée: 'day', semaine: 'week', mois: 'month', année: 'year', an: 'year' };
const OFFSET: Record<string, number> = {
  suivant: 1, suivante: 1, "d'après": 1, précédent: -1, précédente: -1, "d'avant": -1, 'là': 0, même: 0,
};

/** The words after the unit in "l'année suivante", "le mois d'avant" (regex source). */
const AFTER = "suivante?|précédente?|d'après|d'avant";

export class AnaphoricPeriodParser extends FrParser {
  /** The unit word; "la même semaine" begins two words before it. */
  gate(): Gate {
    // right after "ce"/"cet"/"cette", "même", "le"/"la"/"l'"; and before "-là", after "même",
    // or before "suivant(e)", "précédent(e)", "d'après", "d'avant" (one per pattern below)
    const atEnd = `-là|(?<=même\\s+\\p{L}+)|\\s+(?:${AFTER})`;
    return { ...wordIn(Object.keys(UNIT)), lead: 2, starts: 'word', atStart: "(?<=(?:ce|cet|cette|même|le|la|l')\\s*)", atEnd };
  }

  protected innerPattern(): string {
    return [
      `(?:ce|cet|cette)\\s+(jour|journée|semaine|mois|année)-(là)`,
      `(?:le|la)\\s+(même)\\s+(jour|semaine|mois|année)`,
      `(?:le|la|l')\\s*(jour|semaine|mois|année|an)\\s+(${AFTER})`,
    ].map((p) => `(?:${p})`).join('|');
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, u1, w1, w2, u2, u3, w3] = match;
    const unitWord = (u1 ?? u2 ?? u3 ?? '').toLowerCase();
    const word = (w1 ?? w2 ?? w3 ?? '').toLowerCase();
    const unit = UNIT[unitWord];
    const offset = OFFSET[word];
    if (!unit || offset === undefined) return null;
    // "le même jour" is parsers/casualDay.ts's; "l'an suivant" is rare and "l'an" alone is no date
    if (unit === 'day' && word === 'même') return null;
    const result = context.createParsingResult(match.index ?? 0, whole);
    const ref = context.refDate;
    result.start.imply('year', ref.getFullYear());
    result.start.imply('month', ref.getMonth() + 1);
    result.start.imply('day', ref.getDate());
    result.addTag(`${TAG.ana}${unit}:${offset}`);
    return result;
  }
}
