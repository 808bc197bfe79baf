/**
 * A necessary condition for a title-shape pattern to match in a stretch of text, read from the
 * document's token table: some word overlapping the stretch holds, folded, the longest word of
 * one of the pattern's phrases ("remplacement" for "en remplacement de"). Patterns anchored at
 * the end of a stretch ("… succède à$") are tried by the engine at every position of it; most
 * stretches hold none of the words, and the per-key flag is asked once per distinct word.
 */
import { wordGates } from '../../text/anchorGate.js';
import { foldWord } from '../../text/fold.js';
import { KeyBits } from '../../text/keyBits.js';
import { MAX_WORD, tokenTableOf } from '../../text/tokenTable.js';

export class PhraseGate {
  private bits: KeyBits | null = null;

  /** `phrases`: the pattern's alternatives as listed in the data, read on first use. */
  constructor(private readonly phrases: () => string[]) {}

  private keyBits(): KeyBits {
    if (this.bits) return this.bits;
    // a phrase's words are letters between separators, so each one lies inside one token
    const needles = [...new Set(this.phrases().map((p) => foldWord(p.split(/[^\p{L}]+/u).reduce((a, b) => (b.length > a.length ? b : a), ''))))];
    // a phrase with no word of its own would gate nothing: every word passes then
    const always = needles.includes('');
    // "ſ" matches "s" case-insensitively and keeps its own form when folded
    this.bits = new KeyBits((key) => (always || key.includes('ſ') || needles.some((n) => key.includes(n)) ? 1 : 0));
    return this.bits;
  }

  /** Whether a word overlapping text[from, to) may belong to a match. */
  mayHold(text: string, from: number, to: number): boolean {
    if (!wordGates()) return true;
    const bits = this.keyBits();
    const table = tokenTableOf(text);
    const { start, end } = table;
    // from the first token ending after `from`: the one holding it, or the next
    let i = table.firstFrom(from);
    if (i > 0 && end[i - 1] > from) i--;
    for (; i < table.length && start[i] < to; i++) {
      // a run too long to be a word has no key: it may hold anything
      if (end[i] - start[i] > MAX_WORD || (bits.of(table.keyId(i)) & 1) !== 0) return true;
    }
    return false;
  }
}
