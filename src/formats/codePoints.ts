/**
 * Records carry code point offsets; JavaScript strings index UTF-16 units. Formatters walk
 * offsets in ascending order, so a forward-moving cursor converts them in one pass instead of
 * spreading a 10 MB document into an array of code points.
 */
const SURROGATE = /[\uD800-\uDFFF]/;

export class CodePointCursor {
  private cp = 0;
  private unit = 0;
  /** Text without surrogates: code point offsets are UTF-16 offsets. */
  private readonly identity: boolean;

  constructor(private readonly text: string) {
    this.identity = !SURROGATE.test(text);
  }

  /** UTF-16 index of code point offset `cp` (clamped to the text's end). */
  toUtf16(cp: number): number {
    const text = this.text;
    if (this.identity) return Math.max(0, Math.min(cp, text.length));
    if (cp < this.cp) {
      this.cp = 0;
      this.unit = 0;
    }
    const len = text.length;
    while (this.cp < cp && this.unit < len) {
      const c = text.charCodeAt(this.unit);
      // Only a well-formed pair is one code point; `[...text]` counts a lone surrogate as one too.
      if (c >= 0xd800 && c <= 0xdbff && this.unit + 1 < len) {
        const d = text.charCodeAt(this.unit + 1);
        this.unit += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
      } else {
        this.unit += 1;
      }
      this.cp += 1;
    }
    return this.unit;
  }
}

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** `[...text].slice(start, end).join('')` without materializing the array. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  const cursor = new CodePointCursor(text);
  const s = cursor.toUtf16(start);
  return text.slice(s, cursor.toUtf16(Math.max(start, end)));
}
