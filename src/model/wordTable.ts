/**
 * The tagger's per-word cache for integer (quantized) weights: every distinct word form gets an
 * id, and under that id everything about it that does not depend on its neighbours, computed
 * once: its hashes, capitalization, gazetteer facts, its half of each word-pair feature, and its
 * score groups — the summed weights of its own features in the four sentence-context variants,
 * and of its features as the word before, two before, after, two after a token. Tagging a token
 * is then a handful of 7-wide vector adds and the few features that really depend on two words.
 *
 * Weights are int16, so every sum here is an exact integer (at most ~40 features of |w| ≤ 32767):
 * the sums do not depend on their order and equal the float sums of the training-time path.
 *
 * Forms are found by hashing their characters in the text (no slice, no Map of strings): an
 * open-addressing table of ids, each id's characters kept in one pool to check a hit. Bounded:
 * past MAX_WORDS ids the table starts again empty between sequences, so memory stays ~20 MB
 * whatever the input, and no string kept here shares the memory of a document's text.
 */
import { CTX_LENGTH, CTX_N1, CTX_N2, CTX_P1, CTX_P2, CTX_VARIANT, Cap, FeatureSpace, MAX_WORD_CHARS, N_INTRINSIC, NTAGS, ROLE_SIZES, type WordFacts } from './features.js';

/**
 * Each id's record in one Int32Array, STRIDE ints: the score groups, NTAGS wide, GROUP apart,
 * and in the slot after each group the word's scalars, so that scoring a token reads a few
 * adjacent cache lines per word instead of one line in each of a dozen arrays.
 */
export const GROUP = 8;
export const G_SELF = 0; // 4 variants: sentence-initial (bit 0) × headline capitals (bit 1)
export const G_P1 = 4 * GROUP;
export const G_P2 = 5 * GROUP;
export const G_N1 = 6 * GROUP;
export const G_N2 = 7 * GROUP;
/** The LEXSH row for "in no gazetteer run" (the common case), with the word's shape. */
export const G_LEX0 = 8 * GROUP;
/** FeatureSpace.pairHalves of the word, N_HALVES of them. */
export const R_HALVES = 9 * GROUP;
export const N_HALVES = 6;
/** Scalars: where the form's characters are, their number, the word and shape hashes, its lexicon
 * flags, whether it ends a sentence (punctuation but "," and "'"), its capitalization class. */
const R_FORM_AT = G_SELF + 7;
const R_FORM_LENGTH = G_SELF + GROUP + 7;
export const R_W = G_N1 + 7;
export const R_SH = G_N2 + 7;
export const R_FLAGS = G_LEX0 + 7;
export const R_BREAKS = R_HALVES + N_HALVES;
export const R_CAP = R_HALVES + N_HALVES + 1;
export const STRIDE = 10 * GROUP;
/** A group of zeros after the last record. */

/** Ids of the pseudo-words before and after a sequence. */
export const BOS = 0;
export const EOS = 1;

const MAX_WORDS = 50_000;
/** Every array is made at its full size once: pages never written cost no memory, and an
 * array read during a sequence is never replaced by a grown copy. */
const CAPACITY = MAX_WORDS + 2;
/** A group of zeros after the last record. */
export const ZERO_GROUP = CAPACITY * STRIDE;
const SLOTS = 1 << 17; // a power of two above 2 × MAX_WORDS: short probe runs
const FNV_OFFSET = 0x811c9dc5 | 0;
/** V8 shares the memory of the text for slices from this length on (a kept word would keep its document). */
const SHARED_SLICE = 13;
const { imul } = Math;

export class WordTable {
  private slots = new Int32Array(2 * SLOTS);
  /** Characters of every id's form (at most MAX_WORD_CHARS), to check a hash hit. */
  private chars: Uint16Array;
  private charsUsed = 0;
  /** Folded key, for multi-word gazetteer names. */
  keys: string[] = [];
  nameBits = new Int32Array(CAPACITY);
  nameStart = new Int32Array(CAPACITY);
  /** The records, STRIDE ints an id. */
  records = new Int32Array(CAPACITY * STRIDE + GROUP);
  size = 0;
  // scratch for a new word
  // the hashes are unsigned 32-bit, most of them above the small-integer range: started as
  // such, the fields keep their representation and no code reading them is deoptimized
  private facts: WordFacts = { key: '', w: 0xffffffff, sh: 0xffffffff, flags: 0, cap: Cap.NONE, punct: false, nameBits: 0, nameStart: 0 };
  private rows = new Int32Array(N_INTRINSIC);
  private ctxRows = new Int32Array(CTX_LENGTH);

  constructor(
    readonly space: FeatureSpace,
    readonly weights: Int16Array,
  ) {
    // stored twice: V8 then treats the field as mutable from the start, so replacing the pool
    // by a grown copy does not deoptimize the code that reads it
    this.chars = new Uint16Array(0);
    this.chars = new Uint16Array(1 << 16);
    this.reset();
  }

  private reset(): void {
    this.slots.fill(0);
    this.records.fill(0, 0, this.size * STRIDE);
    this.keys.length = 0;
    this.charsUsed = 0;
    this.size = 0;
    for (const b of [this.space.BOS, this.space.EOS]) {
      const id = this.newId(b, 0, 0);
      this.fillGroups(b.rows, b.ctxRows, id * STRIDE);
    }
  }

  /** Called before the words of a sequence are looked up: ids stay valid for the sequence. */
  makeRoom(words: number): void {
    if (this.size + words > MAX_WORDS) this.reset();
    if (this.size + words > MAX_WORDS) throw new Error(`a sequence of ${words} words is longer than the word table`);
  }

  /** The id of text[start, end) (its first MAX_WORD_CHARS characters), added on first sight. */
  idOf(text: string, start: number, end: number): number {
    if (end - start > MAX_WORD_CHARS) end = start + MAX_WORD_CHARS;
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) h = imul(h ^ text.charCodeAt(i), 0x01000193);
    const mask = SLOTS - 1;
    const len = end - start;
    const slots = this.slots;
    let s = h & mask;
    for (; ; s = (s + 1) & mask) {
      // a slot is (hash, id + 1): the hash compared without reading the id's other arrays
      const id = slots[2 * s + 1] - 1;
      if (id < 0) break;
      if (slots[2 * s] === h && this.records[id * STRIDE + R_FORM_LENGTH] === len && this.sameForm(this.records[id * STRIDE + R_FORM_AT], text, start, len)) return id;
    }
    const id = this.add(text, start, end);
    slots[2 * s] = h;
    slots[2 * s + 1] = id + 1;
    return id;
  }

  private sameForm(at: number, text: string, start: number, len: number): boolean {
    const chars = this.chars;
    for (let k = 0; k < len; k++) if (chars[at + k] !== text.charCodeAt(start + k)) return false;
    return true;
  }

  private add(text: string, start: number, end: number): number {
    const len = end - start;
    if (this.charsUsed + len > this.chars.length) {
      const grown = new Uint16Array(this.chars.length * 2);
      grown.set(this.chars);
      this.chars = grown;
    }
    const at = this.charsUsed;
    for (let k = 0; k < len; k++) this.chars[at + k] = text.charCodeAt(start + k);
    this.charsUsed += len;
    // a copy, not a slice sharing the text's memory: the folded key may be this very string
    const form = len < SHARED_SLICE ? text.slice(start, end) : String.fromCharCode.apply(null, this.chars.subarray(at, at + len) as unknown as number[]);
    const f = this.facts;
    this.space.factsOf(form, f);
    const id = this.newId(f, at, len);
    this.space.intrinsicRowsInto(f, this.rows, 0);
    this.space.contextRowsInto(f.w, f.sh, f.flags, true, true, this.ctxRows, 0);
    this.fillGroups(this.rows, this.ctxRows, id * STRIDE);
    return id;
  }

  private newId(f: WordFacts, at: number, len: number): number {
    const id = this.size++;
    const r = id * STRIDE;
    const g = this.records;
    this.keys.push(f.key);
    g[r + R_FORM_AT] = at;
    g[r + R_FORM_LENGTH] = len;
    g[r + R_W] = f.w;
    g[r + R_SH] = f.sh;
    g[r + R_FLAGS] = f.flags;
    g[r + R_CAP] = f.cap;
    g[r + R_BREAKS] = f.punct && f.key !== ',' && f.key !== "'" ? 1 : 0;
    this.nameBits[id] = f.nameBits;
    this.nameStart[id] = f.nameStart;
    this.space.pairHalves(f.w, f.sh, f.flags, g, r + R_HALVES);
    return id;
  }

  /** Sums of exactly the rows FeatureSpace.sequence lists for the word in each role. */
  private fillGroups(rows: Int32Array, ctxRows: Int32Array, at: number): void {
    const g = this.records;
    this.addRows(rows, 0, rows.length, at);
    for (let t = 0; t < NTAGS; t++) g[at + GROUP + t] = g[at + 2 * GROUP + t] = g[at + 3 * GROUP + t] = g[at + t];
    const R = ROLE_SIZES;
    for (let v = 0; v < 4; v++) this.addRows(ctxRows, CTX_VARIANT + v * R.variant, CTX_VARIANT + (v + 1) * R.variant, at + v * GROUP);
    this.addRows(ctxRows, CTX_P1, CTX_P1 + R.p1, at + G_P1);
    this.addRows(ctxRows, CTX_P2, CTX_P2 + R.p2, at + G_P2);
    this.addRows(ctxRows, CTX_N1, CTX_N1 + R.n1, at + G_N1);
    this.addRows(ctxRows, CTX_N2, CTX_N2 + R.n2, at + G_N2);
    const r = this.space.lexShapeRow(0, g[at + R_SH]);
    for (let t = 0; t < NTAGS; t++) g[at + G_LEX0 + t] = this.weights[r + t];
  }

  // every listed row read, empty or not: a branch on the bitset mispredicts more than the
  // reads it saves, and without it the reads from the large weight table overlap
  private addRows(rows: Int32Array, from: number, to: number, at: number): void {
    const g = this.records;
    const w = this.weights;
    let e0 = 0;
    let e1 = 0;
    let e2 = 0;
    let e3 = 0;
    let e4 = 0;
    let e5 = 0;
    let e6 = 0;
    for (let f = from; f < to; f++) {
      const r = rows[f];
      if (r < 0) continue;
      e0 += w[r];
      e1 += w[r + 1];
      e2 += w[r + 2];
      e3 += w[r + 3];
      e4 += w[r + 4];
      e5 += w[r + 5];
      e6 += w[r + 6];
    }
    g[at] += e0;
    g[at + 1] += e1;
    g[at + 2] += e2;
    g[at + 3] += e3;
    g[at + 4] += e4;
    g[at + 5] += e5;
    g[at + 6] += e6;
  }

  /** First letter capitalized or all capitals: a word that can start or end a gazetteer name. */
  capitalized(id: number): boolean {
    const c = this.records[id * STRIDE + R_CAP];
    return c === Cap.INITIAL || c === Cap.ALLCAPS;
  }
}
