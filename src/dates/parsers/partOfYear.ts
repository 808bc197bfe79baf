/**
 * The start or end of the current, last or next year: "la fin de l'année", "en fin d'année",
 * "début de l'année prochaine". Relative to the document date; the value is the year.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FrParser } from './base.js';
import { TAG } from '../tags.js';
import { wordIn, type Gate } from '../anchors.js';

const PARTS = 'début|fin|milieu|courant';

export class PartOfYearParser extends FrParser {
  /** "année"; "la fin de l'année" begins four words before it, and ends right before it with "de l'" or "d'". */
  gate(): Gate {
    return { ...wordIn(['année']), lead: 4, starts: 'word', atStart: `(?<=(?:${PARTS})\\s+(?:de\\s+l'|d'))` };
  }

  protected innerPattern(): string {
    return `(?:la\\s+|le\\s+)?(?:${PARTS})\\s+(?:de\\s+l'|d')année(?:\\s+(dernière|passée|prochaine|en\\s+cours))?`;
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
