/**
 * The start or end of the current, last or next year: "la fin de l'année", "en fin d'année",
 * "début de l'année prochaine". Relative to the document date; the value is the year.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { TAG } from '../tags.js';
import { wordIn, type Gate } from '../anchors.js';

export class PartOfYearParser extends FrParser {
  /** "année"; "la fin de l'année" begins four words before it. */
  gate(): Gate {
    return { ...wordIn(['année']), lead: 4, starts: 'word' };
  }

  protected innerPattern(): string {
    return `(?:la\\s+|le\\s+)?(?:début|fin|milieu|courant)\\s+(?:de\\s+l'|d')année(?:\\s+(dernière|passée|prochaine|en\\s+cours))?`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, which] = match;
    const w = (which ?? '').toLowerCase();
    const offset = w === 'dernière' || w === 'passée' ? -1 : w === 'prochaine' ? 1 : 0;
    const result = context.createParsingResult(match.index ?? 0, whole);
    result.start.assign('year', context.refDate.getFullYear() + offset);
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    result.addTag(TAG.gran + 'year');
    result.addTag(TAG.rel + 'year');
    return result;
  }
}
