/**
 * Text from Mac tools and some scrapers comes decomposed (NFD: "Goi\u0308ta", "e\u0301").
 * Every lexicon, regex and the tagger expect composed text, so the pipeline reads an NFC copy;
 * this map takes its offsets back to the input, which the record's offsets always refer to.
 */
export interface AnalysisText {
  /** What the stages read: the input itself, or its NFC form. */
  text: string;
  /** Input UTF-16 index of each analysis index (length + 1 entries); null when they coincide. */
  toSource: Int32Array | null;
}

const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;
const MARK = /\p{M}/u;

export function analysisText(source: string): AnalysisText {
  if (!COMBINING.test(source)) return { text: source, toSource: null };
  const pieces: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < source.length) {
    // a starter and the marks that follow it compose together, independently of the rest
    let j = i + (source.codePointAt(i)! > 0xffff ? 2 : 1);
    while (j < source.length && MARK.test(source[j])) j++;
    const piece = source.slice(i, j);
    const composed = piece.length > 1 ? piece.normalize('NFC') : piece;
    for (let k = 0; k < composed.length; k++) map.push(i);
    pieces.push(composed);
    i = j;
  }
  map.push(source.length);
  const text = pieces.join('');
  if (text === source) return { text: source, toSource: null };
  return { text, toSource: Int32Array.from(map) };
}
