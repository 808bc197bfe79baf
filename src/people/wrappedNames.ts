/**
 * Newspapers print in narrow columns: "Jacques⏎Chirac", "le ministre Pierre⏎Moscovici". The
 * sentence splitter takes a line that ends on a capitalized word before a capitalized line for a
 * heading and cuts there; a given name ending a line and the capitalized words starting the next
 * are one name all the same.
 */
import type { Span } from '../mentions.js';
import { isGivenKey } from './lexicon.js';
import { allCaps } from './letterCase.js';

/** The gap of a printed line break: blanks around one newline, no blank line. */
export const LINE_BREAK = /^[ \t\u00a0]*\r?\n[ \t\u00a0]*$/;

interface Run extends Span {
  tokens: (Span & { key: string })[];
}

/**
 * Per sentence, its capitalized runs; a run ending its sentence on a given name takes the run
 * that starts the next sentence on the next line (two words at most: a name, not a heading).
 * Mutates `runs`.
 */
export function joinWrappedRuns(text: string, sentences: Span[], runs: Run[][]): void {
  for (let si = 0; si + 1 < runs.length; si++) {
    const mine = runs[si];
    const theirs = runs[si + 1];
    const a = mine[mine.length - 1];
    const b = theirs[0];
    if (!a || !b || a.end !== sentences[si].end || b.start !== sentences[si + 1].start) continue;
    if (a.tokens.length > 3 || b.tokens.length > 2 || !isGivenKey(a.tokens[a.tokens.length - 1].key)) continue;
    if (!LINE_BREAK.test(text.slice(a.end, b.start))) continue;
    // "Jacques⏎LE RETOUR DU ROI": a heading in capitals is no surname
    if (b.tokens.length > 1 && b.tokens.every((t) => allCaps(text.slice(t.start, t.end)))) continue;
    mine[mine.length - 1] = { start: a.start, end: b.end, tokens: [...a.tokens, ...b.tokens] };
    theirs.shift();
  }
}

/**
 * Per sentence, where the cues before its names may be read from: its own start, or the start of
 * the sentence before it where the splitter cut a printed line that ends on a word ("habillait
 * l'impératrice⏎Eugénie", "le⏎comte Radolinski"), back some 300 characters at most.
 */
export function wrappedStarts(text: string, sentences: Span[]): number[] {
  const out: number[] = [];
  sentences.forEach((sent, si) => {
    const prev = sentences[si - 1];
    const wrapped = prev && /[\p{L},]$/u.test(text.slice(prev.end - 1, prev.end)) && LINE_BREAK.test(text.slice(prev.end, sent.start));
    out.push(wrapped ? Math.max(out[si - 1], sent.start - 300) : sent.start);
  });
  return out;
}
