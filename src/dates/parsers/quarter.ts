/**
 * Quarters and halves: "1er trimestre 2024" → 2024-Q1, "au second semestre" → H2 of the
 * inferred year, "le dernier trimestre de 2023" → 2023-Q4.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { YEAR4 } from './patterns.js';
import { lexicon } from '../lexicon.js';
import { TAG } from '../tags.js';
import { maxWords, wordIn, type Gate } from '../anchors.js';

export class QuarterParser extends FrParser {
  /** "trimestre" or "semestre", after "le" and the ordinal's words. */
  gate(): Gate {
    return { ...wordIn(['trimestre', 'semestre']), lead: 1 + Math.max(1, maxWords(Object.keys(lexicon().ordinals))), starts: 'word' };
  }

  protected innerPattern(): string {
    return `(?:(?:le|ce)\\s+)?(${lexicon().ordinalRe}|dernier)\\s+(trimestre|semestre)(?:\\s+(?:de\\s+l'(?:année|an)\\s+|de\\s+|d')?(${YEAR4}))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, ordinalWord, unit, year] = match;
    const isHalf = unit.toLowerCase() === 'semestre';
    const max = isHalf ? 2 : 4;
    const n = ordinalWord.toLowerCase() === 'dernier' ? max : lexicon().ordinals[ordinalWord.toLowerCase()];
    if (!n || n > max) return null;
    const result = context.createParsingResult(match.index ?? 0, whole);
    const firstMonth = isHalf ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
    result.start.assign('month', firstMonth);
    if (year) result.start.assign('year', parseInt(year, 10));
    else result.start.imply('year', context.refDate.getFullYear());
    result.start.imply('day', 1);
    result.addTag(TAG.gran + (isHalf ? 'half' : 'quarter'));
    result.addTag((isHalf ? TAG.half : TAG.quarter) + String(n));
    return result;
  }
}
