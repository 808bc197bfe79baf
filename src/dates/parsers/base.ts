/**
 * Base for our chrono parsers. chrono's own word-boundary check uses `\W`, which treats
 * accented letters as boundaries ("é" + "mai"...), and it re-runs patterns on substrings, so a
 * lookbehind alone cannot see the character before a match: we check both against the
 * full chunk text.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { Gate } from '../anchors.js';

const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Fails at once: sticky, it is tried at index 0 only (an unanchored "(?!)" scans the whole chunk). */
const NEVER = /(?!)/y;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

export abstract class FrParser implements Parser {
  private compiled: RegExp | null = null;

  /** The pattern's source; flags "iu" are added. Must not use the `g` or `y` flags. */
  protected abstract innerPattern(): string;

  /**
   * The words every match touches and how far before them it can begin (anchors.ts): the
   * pattern is tried only there (gated.ts). Built from the same lexicon entries as the pattern.
   */
  abstract gate(): Gate;

  /**
   * A test on the whole chunk that must pass for the parser to run at all, when the parser
   * wants one beyond its anchors (its gate's `needs` must say the same). Null = none.
   */
  protected readonly lineNeeds: RegExp | null = null;

  protected abstract innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null;

  /** The source and flags of pattern(), without making it (dates/gated.ts makes a sticky copy only). */
  patternParts(): { source: string; flags: string } {
    // No leading lookbehind: it would be tried at every position of the chunk; the left
    // boundary is checked in extract() instead.
    return { source: `(?:${this.innerPattern()})(?!\\p{L}|\\p{N}|_)`, flags: 'iu' };
  }

  pattern(context?: ParsingContext): RegExp {
    if (context && this.lineNeeds && !this.lineNeeds.test(context.text)) return NEVER;
    if (!this.compiled) {
      const { source, flags } = this.patternParts();
      this.compiled = new RegExp(source, flags);
    }
    return this.compiled;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (index > 0 && isWordChar(context.text[index - 1])) return null;
    return this.innerExtract(context, match);
  }
}
