/**
 * The connector words between a title and the name or rank it introduces ("le président de la
 * Transition, le colonel …", "S. E. Monsieur X"), read backwards from the anchor. titleBefore
 * asks at each step for the connector ending there: a regex anchored at its end ($) is tried
 * from every start of the window, so the words are compared here by hand, and the regex reads
 * only the windows this reading cannot (any character but ASCII, "’" and a no-break space among
 * the last fourteen; a run of blanks at the end).
 */

/** Connectors between a title and the name or rank it introduces. */
const CONNECTOR = /(?:[\s\u00a0,]+|(?<![\p{L}])(?:le|la|l['’]|du|de|son excellence|s\.\s?e\.|excellence|monsieur|madame|maître|maitre|m\.|mme|me|mgr|dr|pr)(?![\p{L}]))$/iu;

/** CONNECTOR's words, longest first (the regex takes the leftmost match: the longest ending at the end). */
/** "l’avocat de la défense, Me X", "…, Maître Y": a lawyer's honorific; "l’archevêque de Paris, Mgr X", "le Pr Y". */
const WORDS = ['son excellence', 'excellence', 'monsieur', 'madame', 'maître', 'maitre', 'mme', 'mgr', 'le', 'la', "l'", 'l’', 'du', 'de', 'm.', 'me', 'dr', 'pr'];
/** The longest connector ("son excellence"). */
const LONGEST = 14;

/** \s or U+00A0 among the characters a window read by hand holds. */
function isAsciiBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
}

// per UTF-16 unit from U+0080: 1 a letter (\p{L}), 2 not, 0 not yet asked
const letterUnit = new Uint8Array(65536);

/** \p{L} for one unit that is no surrogate. */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let l = letterUnit[c];
  if (l === 0) letterUnit[c] = l = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 2;
  return l === 1;
}

/** Whether text[p, p + word.length) is `word`, ASCII letters in either case. */
function wordAt(text: string, p: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(p + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * The length of CONNECTOR's match in text[lo, end) (the whole-slice reading: nothing before
 * `lo` is seen), or 0 when it does not match.
 */
export function connectorBefore(text: string, lo: number, end: number): number {
  const from = Math.max(lo, end - LONGEST);
  let plain = end > lo && !isAsciiBlank(text.charCodeAt(end - 1)) && text.charCodeAt(end - 1) !== 44;
  for (let k = from; k < end && plain; k++) {
    const c = text.charCodeAt(k);
    plain = c < 128 || c === 0x2019 || c === 0xa0;
  }
  // the character before the longest word may be any letter ("é le"): read as the lookbehind
  // reads it, unless it is half of a pair (the lookbehind reads the code point)
  const before = from > lo ? text.charCodeAt(from - 1) : 0;
  if (before >= 0xd800 && before <= 0xdfff) plain = false;
  if (!plain) return CONNECTOR.exec(text.slice(lo, end))?.[0].length ?? 0;
  // the word must not follow a letter (the slice's start follows none)
  const opens = (p: number) => p >= lo && (p === lo || !isLetter(text.charCodeAt(p - 1)));
  for (const word of WORDS) {
    const p = end - word.length;
    if (opens(p) && wordAt(text, p, word)) return word.length;
    // "s. e.", "s.e." (s\.\s?e\.) stand between "madame" and "mme" by length
    if (word === 'madame') {
      if (opens(end - 5) && wordAt(text, end - 5, 's.') && isAsciiBlank(text.charCodeAt(end - 3)) && wordAt(text, end - 2, 'e.')) return 5;
      if (opens(end - 4) && wordAt(text, end - 4, 's.e.')) return 4;
    }
  }
  return 0;
}
