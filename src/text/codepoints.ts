/**
 * JavaScript strings index UTF-16 code units; the record promises Unicode code points.
 * Recognizers work in UTF-16 (cheap with regexes) and the record stage converts once.
 */
export class CodePointMap {
  private readonly prefix: Uint32Array | null;

  constructor(text: string) {
    // Fast path: without surrogate pairs both index systems coincide.
    if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
      this.prefix = null;
      return;
    }
    const prefix = new Uint32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      prefix[i] = cp;
      const c = text.charCodeAt(i);
      const isHigh = c >= 0xd800 && c <= 0xdbff;
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
        // the low half maps to the same code point as its high half
        prefix[i + 1] = cp;
        i++;
      }
      cp++;
    }
    prefix[text.length] = cp;
    this.prefix = prefix;
  }

  /** Code point index of a UTF-16 index (a boundary inside a pair maps to the pair's start). */
  toCodePoint(utf16: number): number {
    return this.prefix === null ? utf16 : this.prefix[utf16];
  }
}
