/**
 * Character classes of UTF-16 units for word tokens, from a table filled on first sight of a
 * unit (the Unicode property test is the costly part, and news text uses few distinct units).
 */
export const CharClass = { WORD: 1, SEPARATOR: 2, UPPER: 3 } as const;

// Per UTF-16 unit: 0 not yet known, 1 word character, 2 separator, 3 upper case letter.
let classes: Uint8Array | null = null;

export function charClassOf(c: number): number {
  const table = (classes ??= initClasses());
  let k = table[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    // Lone surrogates: letters outside the BMP (rare in French news) count as word characters.
    k = c >= 0xd800 && c <= 0xdfff ? 1 : /[\p{L}\p{M}\p{N}]/u.test(ch) ? (ch !== ch.toLowerCase() ? 3 : 1) : 2;
    table[c] = k;
  }
  return k;
}

/**
 * The class table itself, for scans over every unit of a text: an entry 0 is not known yet
 * (ask charClassOf, which fills it).
 */
export function charClasses(): Uint8Array {
  return (classes ??= initClasses());
}

function initClasses(): Uint8Array {
  const t = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) {
    t[c] = c >= 65 && c <= 90 ? 3 : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 2;
  }
  return t;
}
