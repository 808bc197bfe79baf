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
 *
 * The worker threads of one run can share one table (sharedWordMemory, made by the pool): a
 * word's record depends only on its form and the model, so whichever worker meets a word first
 * fills its record, under a lock, and every worker reads it without one. A shared table is never
 * emptied: a worker that finds it full, or cannot get the lock, goes on with a table of its own.
 */
import { fold } from './lexicon.js';
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
/** A worker adds at most this many words to a shared table after checking that it has room
 * (a sequence: the segmenter cuts at 120 tokens); longer sequences take a table of their own. */
const MAX_SHARED_SEQUENCE = 128;
/** Room past MAX_WORDS in a shared table for the sequences of 64 workers that found it not full. */
const SHARED_SLACK = 64 * MAX_SHARED_SEQUENCE;
/** Every array is made at its full size once: pages never written cost no memory, and an
 * array read during a sequence is never replaced by a grown copy. */
const CAPACITY = MAX_WORDS + 2 + SHARED_SLACK;
/** Characters of a shared table's forms (it cannot grow: the other threads hold its buffer). */
const SHARED_CHARS = 1 << 21;
/** A shared table's counters and lock, as ints of its header. */
const H_SIZE = 0;
const H_CHARS = 1;
const H_LOCK = 2;
/** How long a worker waits for the lock before going on alone (a worker stopped by a time limit may have died holding it). */
const LOCK_PATIENCE_MS = 200;

/** The buffers of a word table shared by threads (passed to workers in workerData). */
export interface SharedWordMemory {
  header: SharedArrayBuffer;
  slots: SharedArrayBuffer;
  records: SharedArrayBuffer;
  chars: SharedArrayBuffer;
  nameBits: SharedArrayBuffer;
  nameStart: SharedArrayBuffer;
}

/** Zeroed memory for one shared table (~25 MB of address space; pages are committed as words arrive). */
export function sharedWordMemory(): SharedWordMemory {
  return {
    header: new SharedArrayBuffer(4 * 4),
    slots: new SharedArrayBuffer(2 * SLOTS * 4),
    records: new SharedArrayBuffer((CAPACITY * STRIDE + GROUP) * 4),
    chars: new SharedArrayBuffer(SHARED_CHARS * 2),
    nameBits: new SharedArrayBuffer(CAPACITY * 4),
    nameStart: new SharedArrayBuffer(CAPACITY * 4),
  };
}

function lock(header: Int32Array): boolean {
  if (Atomics.compareExchange(header, H_LOCK, 0, 1) === 0) return true;
  const deadline = Date.now() + LOCK_PATIENCE_MS;
  // the holder is filling one word (microseconds) unless it was descheduled: sleep, not spin
  while (Atomics.compareExchange(header, H_LOCK, 0, 1) !== 0) {
    if (Date.now() > deadline) return false;
    Atomics.wait(header, H_LOCK, 1, 1);
  }
  return true;
}

function unlock(header: Int32Array): void {
  Atomics.store(header, H_LOCK, 0);
  Atomics.notify(header, H_LOCK, 1);
}
/** A group of zeros after the last record. */
export const ZERO_GROUP = CAPACITY * STRIDE;
const SLOTS = 1 << 17; // a power of two above 2 × MAX_WORDS: short probe runs
const FNV_OFFSET = 0x811c9dc5 | 0;
/** V8 shares the memory of the text for slices from this length on (a kept word would keep its document). */
const SHARED_SLICE = 13;
const { imul, min } = Math;

export class WordTable {
  private slots: Int32Array<ArrayBufferLike> = new Int32Array(2 * SLOTS);
  /** Characters of every id's form (at most MAX_WORD_CHARS), to check a hash hit. */
  private chars: Uint16Array<ArrayBufferLike>;
  private charsUsed = 0;
  /** Folded key, for multi-word gazetteer names (filled on first ask for another thread's words). */
  private keys: string[] = [];
  /** The shared table's header, null for a table of this thread's own. */
  private header: Int32Array | null = null;
  nameBits: Int32Array<ArrayBufferLike> = new Int32Array(CAPACITY);
  nameStart: Int32Array<ArrayBufferLike> = new Int32Array(CAPACITY);
  /** The records, STRIDE ints an id. */
  records: Int32Array<ArrayBufferLike> = new Int32Array(CAPACITY * STRIDE + GROUP);
  size = 0;
  // scratch for a new word
  // the hashes are unsigned 32-bit, most of them above the small-integer range: started as
  // such, the fields keep their representation and no code reading them is deoptimized
  private facts: WordFacts = { key: '', w: 0xffffffff, sh: 0xffffffff, flags: 0, cap: Cap.NONE, punct: false, nameBits: 0, nameStart: 0 };
  private rows = new Int32Array(N_INTRINSIC);
  private ctxRows = new Int32Array(CTX_LENGTH);
  /** Scratch of idsOf: per token of the sequence, the id its first slot holds, or -1. */
  private candidates = new Int32Array(128);

  constructor(
    readonly space: FeatureSpace,
    readonly weights: Int16Array,
    shared?: SharedWordMemory,
  ) {
    // stored twice: V8 then treats the field as mutable from the start, so replacing the pool
    // by a grown copy does not deoptimize the code that reads it
    this.chars = new Uint16Array(0);
    this.chars = new Uint16Array(1 << 16);
    if (!shared || !this.attach(shared)) this.reset();
  }

  /** Uses the shared buffers (the first thread to attach adds the boundary words); false if the lock is not to be had. */
  private attach(m: SharedWordMemory): boolean {
    const header = new Int32Array(m.header);
    if (!lock(header)) return false;
    try {
      this.slots = new Int32Array(m.slots);
      this.records = new Int32Array(m.records);
      this.chars = new Uint16Array(m.chars);
      this.nameBits = new Int32Array(m.nameBits);
      this.nameStart = new Int32Array(m.nameStart);
      this.header = header;
      if (header[H_SIZE] === 0) {
        this.size = 0;
        this.charsUsed = 0;
        this.addBoundaries();
        header[H_SIZE] = this.size;
        header[H_CHARS] = this.charsUsed;
      }
    } finally {
      unlock(header);
    }
    return true;
  }

  /** Goes on with a table of this thread's own (the shared one is full or its lock is stuck). */
  detach(): void {
    if (!this.header) return;
    this.header = null;
    this.slots = new Int32Array(2 * SLOTS);
    this.records = new Int32Array(CAPACITY * STRIDE + GROUP);
    this.chars = new Uint16Array(1 << 16);
    this.nameBits = new Int32Array(CAPACITY);
    this.nameStart = new Int32Array(CAPACITY);
    this.keys = [];
    this.size = 0;
    this.reset();
  }

  /** Whether this table is the shared one. */
  get isShared(): boolean {
    return this.header !== null;
  }

  private reset(): void {
    this.slots.fill(0);
    this.records.fill(0, 0, this.size * STRIDE);
    this.keys.length = 0;
    this.charsUsed = 0;
    this.size = 0;
    this.addBoundaries();
  }

  private addBoundaries(): void {
    for (const b of [this.space.BOS, this.space.EOS]) {
      const id = this.newId(b, 0, 0);
      this.fillGroups(b.rows, b.ctxRows, id * STRIDE);
    }
  }

  /** Called before the words of a sequence are looked up: ids stay valid for the sequence. */
  makeRoom(words: number): void {
    const header = this.header;
    if (header) {
      if (words <= MAX_SHARED_SEQUENCE && Atomics.load(header, H_SIZE) + words <= MAX_WORDS && Atomics.load(header, H_CHARS) + (SHARED_SLACK + words) * MAX_WORD_CHARS <= SHARED_CHARS) return;
      this.detach();
    }
    if (this.size + words > MAX_WORDS) this.reset();
    if (this.size + words > MAX_WORDS) throw new Error(`a sequence of ${words} words is longer than the word table`);
  }

  /**
   * The id of text[start, end) (its first MAX_WORD_CHARS characters), added on first sight;
   * -1 when it is new and the shared table's lock could not be had (then detach and start the
   * sequence again: the ids found so far belong to the shared table).
   */
  idOf(text: string, start: number, end: number): number {
    if (end - start > MAX_WORD_CHARS) end = start + MAX_WORD_CHARS;
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) h = imul(h ^ text.charCodeAt(i), 0x01000193);
    const found = this.probe(h, text, start, end - start, h & (SLOTS - 1));
    if (found >= 0) return found;
    const s = ~found;
    if (this.header) return this.addShared(text, start, end, h, s);
    const id = this.add(text, start, end);
    this.slots[2 * s] = h;
    this.slots[2 * s + 1] = id + 1;
    return id;
  }

  /**
   * idOf of tokens [from, from + n) of (start, end) into ids[0, n); false as soon as one is -1.
   * Looked up in passes over the whole sequence: each token's lookup reads its slot, then the
   * record of the id there, then that id's characters, three cache misses one after the other
   * (the other stages evict the table between documents), while the lookups of different tokens
   * do not depend on each other. A pass that does one of those reads for every token lets the
   * misses of many tokens overlap; the last pass takes the id when the token's first slot holds
   * its form, and idOf finds it otherwise (a new word, a collision).
   */
  idsOf(text: string, start: Int32Array, end: Int32Array, from: number, n: number, ids: Int32Array): boolean {
    if (this.candidates.length < n) this.candidates = new Int32Array(n);
    const candidates = this.candidates;
    const slots = this.slots;
    const records = this.records;
    const mask = SLOTS - 1;
    for (let i = 0; i < n; i++) {
      const s = start[from + i];
      const e = min(end[from + i], s + MAX_WORD_CHARS);
      let h = FNV_OFFSET;
      for (let k = s; k < e; k++) h = imul(h ^ text.charCodeAt(k), 0x01000193);
      const slot = h & mask;
      // the id is read first, as probe reads it (written last by a thread adding the word)
      const id = Atomics.load(slots, 2 * slot + 1) - 1;
      candidates[i] = id >= 0 && slots[2 * slot] === h ? id : -1;
    }
    for (let i = 0; i < n; i++) {
      const id = candidates[i];
      if (id < 0) continue;
      const s = start[from + i];
      const len = min(end[from + i], s + MAX_WORD_CHARS) - s;
      if (records[id * STRIDE + R_FORM_LENGTH] !== len) candidates[i] = -1;
      else ids[i] = records[id * STRIDE + R_FORM_AT];
    }
    for (let i = 0; i < n; i++) {
      const id = candidates[i];
      const s = start[from + i];
      if (id >= 0 && this.sameForm(ids[i], text, s, min(end[from + i], s + MAX_WORD_CHARS) - s)) ids[i] = id;
      else if ((ids[i] = this.idOf(text, s, end[from + i])) < 0) return false;
    }
    return true;
  }

  /** From slot s on: the id of the form, else ~(the empty slot that ends its probe run). */
  private probe(h: number, text: string, start: number, len: number, s: number): number {
    const mask = SLOTS - 1;
    const slots = this.slots;
    for (; ; s = (s + 1) & mask) {
      // a slot is (hash, id + 1): the hash compared without reading the id's other arrays. The
      // id is written last, once its record is complete: an atomic read, so that another
      // thread's record is read only after it (on x86 as cheap as a plain read)
      const id = Atomics.load(slots, 2 * s + 1) - 1;
      if (id < 0) return ~s;
      if (slots[2 * s] === h && this.records[id * STRIDE + R_FORM_LENGTH] === len && this.sameForm(this.records[id * STRIDE + R_FORM_AT], text, start, len)) return id;
    }
  }

  /** idOf's new word in the shared table: probed again under the lock (another thread may have added it since). */
  private addShared(text: string, start: number, end: number, h: number, s: number): number {
    const header = this.header!;
    if (!lock(header)) return -1;
    try {
      const found = this.probe(h, text, start, end - start, s);
      if (found >= 0) return found;
      s = ~found;
      this.size = header[H_SIZE];
      this.charsUsed = header[H_CHARS];
      const id = this.add(text, start, end);
      header[H_SIZE] = this.size;
      header[H_CHARS] = this.charsUsed;
      this.slots[2 * s] = h;
      Atomics.store(this.slots, 2 * s + 1, id + 1);
      return id;
    } finally {
      unlock(header);
    }
  }

  /** The folded key of id's form. */
  keyOf(id: number): string {
    let key = this.keys[id];
    if (key === undefined) {
      // a word another thread added: its key from its characters, as factsOf made it
      const at = this.records[id * STRIDE + R_FORM_AT];
      key = this.keys[id] = fold(String.fromCharCode.apply(null, this.chars.subarray(at, at + this.records[id * STRIDE + R_FORM_LENGTH]) as unknown as number[]));
    }
    return key;
  }

  private sameForm(at: number, text: string, start: number, len: number): boolean {
    const chars = this.chars;
    for (let k = 0; k < len; k++) if (chars[at + k] !== text.charCodeAt(start + k)) return false;
    return true;
  }

  private add(text: string, start: number, end: number): number {
    const len = end - start;
    if (this.charsUsed + len > this.chars.length) {
      if (this.header) throw new Error('the shared word table has no room for characters');
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
    this.keys[id] = f.key;
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
