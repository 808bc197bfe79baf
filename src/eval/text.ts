/**
 * Code point helpers. Gold offsets are code points (like the record's); JavaScript strings
 * index UTF-16 units, which differ only after an astral character, so the fast paths below
 * skip the conversion entirely for the (usual) text without any.
 */

/** Number of code points in s. */
export function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Builds a text piece by piece while tracking its length in code points. */
export class TextBuilder {
  private parts: string[] = [];
  /** Current length in code points. */
  length = 0;

  push(s: string): void {
    if (s.length === 0) return;
    this.parts.push(s);
    this.length += cpLength(s);
  }

  /** Drops trailing characters of `s` if the text ends with them (e.g. a pending space). */
  trimEnd(s: string): void {
    const last = this.parts[this.parts.length - 1];
    if (last !== undefined && last.endsWith(s)) {
      this.parts[this.parts.length - 1] = last.slice(0, last.length - s.length);
      this.length -= cpLength(s);
    }
  }

  toString(): string {
    return this.parts.join('');
  }
}

/**
 * Maps UTF-16 indices of one string to code point offsets. Built once per text; identity when
 * the text has no surrogate pairs.
 */
export function utf16ToCodePoints(text: string): (index: number) => number {
  if (!/[\ud800-\udbff]/.test(text)) return (i) => i;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[i];
}

/** The code point slice [start, end) of text, as the record invariant defines entity text. */
export function cpSlice(text: string, start: number, end: number): string {
  if (!/[\ud800-\udbff]/.test(text)) return text.slice(start, end);
  return [...text].slice(start, end).join('');
}
