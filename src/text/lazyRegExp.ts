/**
 * Regexes made at their first use. V8 parses a pattern when the RegExp is made (and compiles it
 * at its first run): of the ~180 a one-article run made at load or at a stage's first call,
 * two thirds never ran (global twins of sticky patterns, stages with nothing to read), and
 * making them was ~5% of that run's CPU.
 */

/** The regex of `source` and `flags`, made at the first call; `source` may be a function, called then. */
export function lazyRegExp(source: string | (() => string), flags: string): () => RegExp {
  let re: RegExp | null = null;
  return () => (re ??= new RegExp(typeof source === 'string' ? source : source(), flags));
}

/** A pattern's global and sticky forms (text/anchorGate.ts, scanTwins), each made at its first use. */
export class RegExpTwins {
  private readonly globalForm: () => RegExp;
  private readonly stickyForm: () => RegExp;

  /** `flags`: without g or y. */
  constructor(source: string, flags: string) {
    this.globalForm = lazyRegExp(source, 'g' + flags);
    this.stickyForm = lazyRegExp(source, flags + 'y');
  }

  get global(): RegExp {
    return this.globalForm();
  }

  get sticky(): RegExp {
    return this.stickyForm();
  }
}
