/**
 * Word tokens for CoNLL output, in code point offsets. French conventions of the NER corpora
 * (WikiNER, Europeana): punctuation split off, elided articles and pronouns ("l’", "d'",
 * "qu’", "jusqu’") their own token, hyphenated compounds ("lieutenant-colonel", "Etat-Major")
 * and numbers with separators ("1.000", "12:30") kept whole.
 */
export interface Token {
  /** Code point offsets, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** The separator before this token holds a line break (used when no sentences are known). */
  newlineBefore: boolean;
}

// One pass, no nested quantifiers over overlapping classes, so no backtracking blow-up on a
// 10 MB run of letters or of punctuation.
const TOKEN = new RegExp(
  [
    // Elision: a closed list, only at a token start, only before a letter or digit.
    String.raw`(?:jusqu|lorsqu|puisqu|quoiqu|presqu|qu|[cdjlmnst])['’ʼ](?=[\p{L}\p{N}])`,
    // Word: letters, marks, digits; hyphens, apostrophes and soft hyphens join; . , : / only between digits.
    String.raw`[\p{L}\p{M}\p{N}]+(?:(?:[-‐‑'’ʼ_\u00ad]|(?<=\p{N})[.,:/](?=\p{N}))[\p{L}\p{M}\p{N}]+)*`,
    // Anything else that is not a separator: one symbol (with its combining marks) per token.
    String.raw`[^\s\p{L}\p{M}\p{N}\u200b-\u200d\u2060]\p{M}*`,
  ].join('|'),
  'giu',
);

/** Tokens of `text` in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Code point offsets grow with UTF-16 offsets, so count code points forward as we go.
  let cp = 0;
  let unit = 0;
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const gapHasNewline = hasNewline(text, unit, m.index);
    cp += countCodePoints(text, unit, m.index);
    const len = countCodePoints(text, m.index, m.index + m[0].length);
    tokens.push({ start: cp, end: cp + len, text: m[0], newlineBefore: gapHasNewline });
    cp += len;
    unit = m.index + m[0].length;
  }
  return tokens;
}

function countCodePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}
