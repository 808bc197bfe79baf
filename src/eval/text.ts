/**
 * Code point counting for the readers: gold offsets are code points, like the record's, and
 * differ from JavaScript string indices after any astral character (emoji, flags).
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

  toString(): string {
    return this.parts.join('');
  }
}
