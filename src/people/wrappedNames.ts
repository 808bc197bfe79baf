/**
 * Newspapers print in narrow columns: "l'impératrice⏎Eugénie", "le⏎comte Radolinski". The
 * sentence splitter takes a line that ends on a word before a capitalized line for a heading and
 * cuts there; the cue on the line before still cues the name. A name itself is never joined over
 * that cut: a record's entity lies inside its sentence, so the splitter itself keeps a given name
 * and the next line's capitalized word together ("Jacques⏎Chirac": src/sentences/split.ts).
 */
import type { Span } from '../mentions.js';

/** The gap of a printed line break: blanks around one newline, no blank line. */
export const LINE_BREAK = /^[ \t\u00a0]*\r?\n[ \t\u00a0]*$/;

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
