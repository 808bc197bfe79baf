/**
 * V8 runs a regular expression's first execution in its bytecode interpreter and compiles it to
 * machine code for the next ones. For the large patterns of the recognizers (hundreds of
 * alternatives, Unicode classes), that first interpreted run over a sentence or a whole text
 * costs more than compiling: measured on 1,843 distinct articles, it was a tenth of the event
 * stage. Running each pattern once on an empty string when it is built moves every real search
 * to compiled code; results are unchanged (the pattern is the same object, its position reset).
 *
 * A process that runs the CLI bundle has V8 compile every pattern to machine code at its first
 * execution already (--no-regexp-tier-up, set by cli/bundleLoader.ts, which says so through
 * COMPILED_AT_FIRST_RUN): there the warm-up would only compile the patterns a short text never
 * reaches, so it is skipped.
 */
export const COMPILED_AT_FIRST_RUN = Symbol.for('extrait.regexpCompiledAtFirstRun');

export function warmedUp<T extends RegExp>(re: T): T {
  if ((globalThis as Record<symbol, unknown>)[COMPILED_AT_FIRST_RUN] === true) return re;
  re.test(' ');
  re.lastIndex = 0;
  return re;
}
