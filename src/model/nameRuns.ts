/**
 * Gazetteer runs over a sequence: per token 0 (none) or a code for (name type bits, B/I).
 * Longest match first; a run must start and end on a capitalized token ("Côte d'Ivoire", not
 * "Mali et"). Shared by the training-time features (words as WordInfo objects) and the
 * word-table scorer (words as ids).
 */
export interface RunWords {
  /** First letter capitalized or all capitals. */
  capitalized(i: number): boolean;
  /** The folded key of word i. */
  key(i: number): string;
  /** Length of the longest multi-word name starting with word i's key (0 if none). */
  nameStart(i: number): number;
  /** NameType bits of word i alone. */
  nameBits(i: number): number;
}

const { min } = Math;

/** Codes of words [0, n) into codes[0, n); `nameOf` gives the NameType bits of a joined key (0 if none). */
export function gazetteerRuns(words: RunWords, n: number, nameOf: (key: string) => number, codes: Int32Array): void {
  codes.fill(0, 0, n);
  for (let i = 0; i < n; ) {
    if (!words.capitalized(i)) {
      i++;
      continue;
    }
    let matched = 0;
    let type = 0;
    const maxLen = min(words.nameStart(i) || 1, n - i);
    // the joined key is made only for runs ending on a capital: most candidates end on none
    for (let len = maxLen; len >= 2; len--) {
      if (!words.capitalized(i + len - 1)) continue;
      let key = words.key(i);
      for (let j = 1; j < len; j++) key = key + ' ' + words.key(i + j);
      const t = nameOf(key);
      if (t) {
        matched = len;
        type = t;
        break;
      }
    }
    if (!matched && words.nameBits(i)) {
      matched = 1;
      type = words.nameBits(i);
    }
    if (!matched) {
      i++;
      continue;
    }
    codes[i] = type * 4 + 1 + (matched > 1 ? 2 : 0);
    for (let j = 1; j < matched; j++) codes[i + j] = type * 4 + 2;
    i += matched;
  }
}
