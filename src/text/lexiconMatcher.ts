/**
 * Finds the forms of a lexicon in text, longest first at each position. One big alternation
 * run over a whole sentence is slow in V8 (no literal prefix to skip ahead with, and Unicode
 * case folding at every position); here a small alternation of the forms' first words finds
 * the few candidate positions, and the full alternation is tried, anchored, only there.
 */
export interface LexiconMatch {
  index: number;
  text: string;
}

export class LexiconMatcher {
  private readonly first: RegExp;
  private readonly full: RegExp;

  /**
   * @param forms lexicon entries
   * @param toPattern turns a form into a regex source (apostrophe/space/accent tolerance)
   * @param flags 'iu' for case-insensitive matching, 'u' for exact case
   */
  constructor(forms: string[], toPattern: (form: string) => string, flags: 'iu' | 'u') {
    const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length);
    const firsts = new Set<string>();
    for (const f of sorted) {
      const w = /^[^\s'’-]+/.exec(f)?.[0] ?? f;
      firsts.add(toPattern(w.replace(/\.$/, '')));
    }
    // first words: the longest first so that "général" is not cut to "gén"
    const firstAlt = [...firsts].sort((a, b) => b.length - a.length).join('|');
    this.first = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${firstAlt})`, `g${flags}`);
    const alt = sorted.map((f) => (/[\p{L}\p{N}]$/u.test(f) ? `${toPattern(f)}(?![\\p{L}\\p{N}])` : toPattern(f))).join('|');
    this.full = new RegExp(`(?:${alt})`, `y${flags}`);
  }

  /** Non-overlapping matches within [start, end), left to right, longest at each position. */
  matches(text: string, start = 0, end = text.length): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    this.first.lastIndex = start;
    let m: RegExpExecArray | null;
    while ((m = this.first.exec(text)) !== null && m.index < end) {
      this.full.lastIndex = m.index;
      const f = this.full.exec(text);
      if (f && f.index + f[0].length <= end) {
        out.push({ index: f.index, text: f[0] });
        this.first.lastIndex = f.index + f[0].length;
      } else {
        this.first.lastIndex = m.index + 1;
      }
    }
    return out;
  }
}
