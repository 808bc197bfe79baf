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
 * open-addressing table of ids, each id's form kept to check a hit. Bounded: past MAX_WORDS ids
 * the table starts again empty between sequences (like FeatureSpace's cache), so memory stays ~15 MB whatever
 * the input.
 */
import { CTX_N1, CTX_N2, CTX_P1, CTX_P2, CTX_VARIANT, Cap, FeatureSpace, MAX_WORD_CHARS, NTAGS, ROLE_SIZES, ROW_SHIFT, type WordInfo } from './features.js';

/** Score groups of a word at id * STRIDE, NTAGS wide each, GROUP apart (32 bytes: a group
 * never straddles two cache lines). */
export const GROUP = 8;
export const G_SELF = 0; // 4 variants: sentence-initial (bit 0) × headline capitals (bit 1)
export const G_P1 = 4 * GROUP;
export const G_P2 = 5 * GROUP;
export const G_N1 = 6 * GROUP;
export const G_N2 = 7 * GROUP;
/** The LEXSH row for "in no gazetteer run" (the common case), with the word's shape. */
export const G_LEX0 = 8 * GROUP;
export const STRIDE = 9 * GROUP;
export const N_HALVES = 6;

/** Ids of the pseudo-words before and after a sequence. */
export const BOS = 0;
export const EOS = 1;

const MAX_WORDS = 50_000;
const SLOTS = 1 << 17; // a power of two above 2 × MAX_WORDS: short probe runs
const FNV_OFFSET = 0x811c9dc5 | 0;
const { imul } = Math;

export class WordTable {
  /** Raw form of each id (at most MAX_WORD_CHARS characters), to check a hash hit. */
  private forms: string[] = [];
  private hashes = new Int32Array(0);
  private slots = new Int32Array(SLOTS);
  /** Folded key, for multi-word gazetteer names. */
  keys: string[] = [];
  w = new Int32Array(0);
  sh = new Int32Array(0);
  flags = new Int32Array(0);
  cap = new Uint8Array(0);
  /** Punctuation after which a word is sentence-initial (not "," or "'"). */
  breaks = new Uint8Array(0);
  nameBits = new Int32Array(0);
  nameStart = new Int32Array(0);
  /** FeatureSpace.pairHalves of each id, N_HALVES a word. */
  halves = new Int32Array(0);
  /** Score groups, STRIDE a word. */
  groups = new Int32Array(0);
  size = 0;

  constructor(
    readonly space: FeatureSpace,
    readonly weights: Int16Array,
    private readonly nonzero: Uint8Array,
  ) {
    this.reset();
  }

  private reset(): void {
    this.slots.fill(0);
    this.forms.length = 0;
    this.keys.length = 0;
    this.size = 0;
    this.grow(4096);
    this.add(this.space.BOS, '', 0);
    this.add(this.space.EOS, '', 0);
  }

  private grow(capacity: number): void {
    const copy = <T extends Int32Array | Uint8Array>(a: T, per = 1): T => {
      const b = new (a.constructor as { new (n: number): T })(capacity * per);
      b.set(a.subarray(0, this.size * per));
      return b;
    };
    this.hashes = copy(this.hashes);
    this.w = copy(this.w);
    this.sh = copy(this.sh);
    this.flags = copy(this.flags);
    this.cap = copy(this.cap);
    this.breaks = copy(this.breaks);
    this.nameBits = copy(this.nameBits);
    this.nameStart = copy(this.nameStart);
    this.halves = copy(this.halves, N_HALVES);
    this.groups = copy(this.groups, STRIDE);
  }

  /** The id of text[start, end) (its first MAX_WORD_CHARS characters), added on first sight. */
  idOf(text: string, start: number, end: number): number {
    if (end - start > MAX_WORD_CHARS) end = start + MAX_WORD_CHARS;
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) h = imul(h ^ text.charCodeAt(i), 0x01000193);
    const mask = SLOTS - 1;
    const len = end - start;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const slot = this.slots[s];
      if (slot === 0) break;
      const id = slot - 1;
      if (this.hashes[id] === h && this.sameForm(this.forms[id], text, start, len)) return id;
    }
    const form = text.slice(start, end);
    const id = this.add(this.space.describe(form), form, h);
    let s = h & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = id + 1;
    return id;
  }

  /** Called before the words of a sequence are looked up: ids stay valid for the sequence. */
  makeRoom(words: number): void {
    if (this.size + words > MAX_WORDS) this.reset();
  }

  private sameForm(form: string, text: string, start: number, len: number): boolean {
    if (form.length !== len) return false;
    for (let k = 0; k < len; k++) if (form.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
    return true;
  }

  private add(wi: WordInfo, form: string, hash: number): number {
    if (this.size === this.w.length) this.grow(this.size * 2);
    const id = this.size++;
    this.forms.push(form);
    this.keys.push(wi.key);
    this.hashes[id] = hash;
    this.w[id] = wi.w;
    this.sh[id] = wi.sh;
    this.flags[id] = wi.flags;
    this.cap[id] = wi.cap;
    this.breaks[id] = wi.punct && wi.key !== ',' && wi.key !== "'" ? 1 : 0;
    this.nameBits[id] = wi.nameBits;
    this.nameStart[id] = wi.nameStart;
    this.space.pairHalves(wi, this.halves, id * N_HALVES);
    this.fillGroups(wi, id * STRIDE);
    return id;
  }

  /** Sums of exactly the rows FeatureSpace.sequence lists for the word in each role. */
  private fillGroups(wi: WordInfo, at: number): void {
    const g = this.groups;
    this.addRows(wi.rows, 0, wi.rows.length, at);
    for (let v = 1; v < 4; v++) g.copyWithin(at + v * GROUP, at, at + NTAGS);
    const R = ROLE_SIZES;
    for (let v = 0; v < 4; v++) this.addRows(wi.ctxRows, CTX_VARIANT + v * R.variant, CTX_VARIANT + (v + 1) * R.variant, at + v * GROUP);
    this.addRows(wi.ctxRows, CTX_P1, CTX_P1 + R.p1, at + G_P1);
    this.addRows(wi.ctxRows, CTX_P2, CTX_P2 + R.p2, at + G_P2);
    this.addRows(wi.ctxRows, CTX_N1, CTX_N1 + R.n1, at + G_N1);
    this.addRows(wi.ctxRows, CTX_N2, CTX_N2 + R.n2, at + G_N2);
    const r = this.space.lexShapeRow(0, wi.sh);
    for (let t = 0; t < NTAGS; t++) g[at + G_LEX0 + t] = this.weights[r + t];
  }

  private addRows(rows: Int32Array, from: number, to: number, at: number): void {
    const g = this.groups;
    const w = this.weights;
    const nz = this.nonzero;
    for (let f = from; f < to; f++) {
      const r = rows[f];
      if (r < 0) continue;
      const i = r >>> ROW_SHIFT;
      if ((nz[i >> 3] & (1 << (i & 7))) === 0) continue;
      for (let t = 0; t < NTAGS; t++) g[at + t] += w[r + t];
    }
  }

  /** First letter capitalized or all capitals: a word that can start or end a gazetteer name. */
  capitalized(id: number): boolean {
    const c = this.cap[id];
    return c === Cap.INITIAL || c === Cap.ALLCAPS;
  }
}
