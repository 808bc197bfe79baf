/**
 * The document's token table, built once per document and read by every recognizer that
 * looks at words, the way spaCy's Doc holds its tokens: word offsets in typed arrays, the
 * folded key of each word (case, accents and ligatures removed) interned to an id and computed
 * at most once per document, and the capitalization shape. Before it, the places recognizer
 * and the lexicon matcher (ranks, titles, organizations) each found the words again and folded
 * them again.
 *
 * A word is a run of letters, marks and digits (the lexicon matcher's and the gazetteer's
 * definition); everything else separates. Texts with UTF-16 surrogates (letters or emoji
 * outside the BMP) are flagged: the two readers never agreed on those, and each keeps its own
 * reading there (`hasSurrogates`).
 */
import { detached } from './detach.js';
import { foldWord } from './fold.js';
import { lowerBound } from './anchorScan.js';
import { CharClass, charClasses, charClassOf } from './charClass.js';

/** Longer runs are no words (base64, URLs glued together): `word` and `folded` give "". */
export const MAX_WORD = 60;

// Folded keys interned to ids shared by every document, so that per-key facts (lexicon flags)
// can be arrays indexed by id. Cleared between documents when it grows past the bound.
const keyIds = new Map<string, number>();
const keyStrings: string[] = [];
const MAX_KEYS = 100_000;
/** Bumped when the interner is cleared: a table from before re-interns its keys. */
let generation = 0;

function intern(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) {
    id = keyStrings.length;
    // detached: an ASCII key is the text's own slice (text/detach.ts)
    key = detached(key);
    keyIds.set(key, id);
    keyStrings.push(key);
  }
  return id;
}

// Each distinct spelling of a word ("Président", "président", "PRÉSIDENT") mapped to the id of
// its folded key, in an open-addressing table hashed over the text's own UTF-16 units: the key of
// a word seen before (nearly every word of a news text) costs no slice, no fold and no string
// hash. The spellings are copied into one pool of units (a slice kept as a string would keep
// its whole document alive). Entries live as long as the interner's ids (cleared with it, and
// bounded on their own).
let rawSlots: Int32Array;
let rawCount: number;
let rawHashes: Int32Array;
let rawIds: Int32Array;
/** Where each spelling's units start in the pool, and how many. */
let rawAt: Int32Array;
let rawLength: Uint8Array;
let rawPool: Uint16Array;
let rawPoolUsed: number;
const MAX_RAW = 200_000;
clearRaw();

function clearRaw(): void {
  rawSlots = new Int32Array(1 << 16).fill(-1);
  rawCount = 0;
  rawHashes = new Int32Array(1 << 15);
  rawIds = new Int32Array(1 << 15);
  rawAt = new Int32Array(1 << 15);
  rawLength = new Uint8Array(1 << 15);
  rawPool = new Uint16Array(1 << 18);
  rawPoolUsed = 0;
}

/** The key id of text[s, e) (a word of MAX_WORD units at most). */
function rawKeyId(text: string, s: number, e: number): number {
  const len = e - s;
  let h = 0x811c9dc5 ^ len;
  for (let k = s; k < e; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
  const slots = rawSlots;
  const mask = slots.length - 1;
  let slot = (h ^ (h >>> 15)) & mask;
  for (;;) {
    const entry = slots[slot];
    if (entry < 0) break;
    if (rawHashes[entry] === h && rawLength[entry] === len) {
      const pool = rawPool;
      const at = rawAt[entry] - s;
      let k = s;
      while (k < e && pool[at + k] === text.charCodeAt(k)) k++;
      if (k === e) return rawIds[entry];
    }
    slot = (slot + 1) & mask;
  }
  const id = intern(foldWord(text.slice(s, e)));
  const entry = rawCount++;
  if (entry === rawIds.length) {
    const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    rawIds = grow(rawIds, new Int32Array(entry * 2));
    rawHashes = grow(rawHashes, new Int32Array(entry * 2));
    rawAt = grow(rawAt, new Int32Array(entry * 2));
    rawLength = grow(rawLength, new Uint8Array(entry * 2));
  }
  if (rawPoolUsed + len > rawPool.length) {
    const pool = new Uint16Array(Math.max(rawPool.length * 2, rawPoolUsed + len));
    pool.set(rawPool);
    rawPool = pool;
  }
  for (let k = 0; k < len; k++) rawPool[rawPoolUsed + k] = text.charCodeAt(s + k);
  rawAt[entry] = rawPoolUsed;
  rawLength[entry] = len;
  rawPoolUsed += len;
  rawHashes[entry] = h;
  rawIds[entry] = id;
  slots[slot] = entry;
  // at most half full: probes stay short
  if (rawCount * 2 > slots.length) rehashRaw();
  return id;
}

function rehashRaw(): void {
  const slots = new Int32Array(rawSlots.length * 2).fill(-1);
  const mask = slots.length - 1;
  for (let entry = 0; entry < rawCount; entry++) {
    const h = rawHashes[entry];
    let slot = (h ^ (h >>> 15)) & mask;
    while (slots[slot] >= 0) slot = (slot + 1) & mask;
    slots[slot] = entry;
  }
  rawSlots = slots;
}

/** The folded key of an interned id. */
export function keyOfId(id: number): string {
  return keyStrings[id];
}

export class TokenTable {
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Some UTF-16 unit of the text is a surrogate. */
  readonly hasSurrogates: boolean;
  /** Interned id of the folded key per word, -1 until asked for. */
  private keys: Int32Array | null = null;
  private generation = generation;

  constructor(readonly text: string) {
    const capacity = Math.max(16, text.length >> 3);
    let start = new Int32Array(capacity);
    let end = new Int32Array(capacity);
    let n = 0;
    let surrogates = false;
    const len = text.length;
    // the class table read in place (charClassOf only for units not seen yet): every unit of the text passes here
    const classes = charClasses();
    let i = 0;
    while (i < len) {
      const c = text.charCodeAt(i);
      // a surrogate is a word unit (charClassOf), never a separator
      const k = classes[c];
      if (k === CharClass.SEPARATOR || (k === 0 && charClassOf(c) === CharClass.SEPARATOR)) {
        i++;
        continue;
      }
      const s = i;
      if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
      i++;
      for (; i < len; i++) {
        const d = text.charCodeAt(i);
        const kd = classes[d];
        if (kd === CharClass.SEPARATOR || (kd === 0 && charClassOf(d) === CharClass.SEPARATOR)) break;
        if (d >= 0xd800 && d <= 0xdfff) surrogates = true;
      }
      if (n === start.length) {
        const grownStart = new Int32Array(n * 2);
        grownStart.set(start);
        start = grownStart;
        const grownEnd = new Int32Array(n * 2);
        grownEnd.set(end);
        end = grownEnd;
      }
      start[n] = s;
      end[n] = i;
      n++;
    }
    this.length = n;
    this.start = start;
    this.end = end;
    this.hasSurrogates = surrogates;
  }

  /** Index of the first token starting at or after `pos` (the length when none): a bisection of the table's own words. */
  firstFrom(pos: number): number {
    return lowerBound(this.start, pos, this.length);
  }

  /** The word, or "" for runs too long to be one. */
  word(i: number): string {
    return this.end[i] - this.start[i] > MAX_WORD ? '' : this.text.slice(this.start[i], this.end[i]);
  }

  /** The folded word: "États" → "etats" ("" for runs too long to be a word). */
  folded(i: number): string {
    // read back through the interner: one Int32 per word instead of one string reference each
    // (the interner is only reset between documents, so an id stays valid for this one)
    return keyStrings[this.keyId(i)];
  }

  /** Interned id of the folded word: equal keys, equal ids, across documents (until the interner is reset). */
  keyId(i: number): number {
    // allocated on first use: the gazetteer makes a table of every name only to read capitals
    if (!this.keys || this.generation !== generation) {
      this.keys = new Int32Array(this.length).fill(-1);
      this.generation = generation;
    }
    let id = this.keys[i];
    if (id < 0) {
      const s = this.start[i];
      const e = this.end[i];
      this.keys[i] = id = e - s > MAX_WORD ? intern('') : rawKeyId(this.text, s, e);
    }
    return id;
  }

  /** First letter upper case: "Bamako", "BAMAKO", "Ébola". */
  capitalized(i: number): boolean {
    return charClassOf(this.text.charCodeAt(this.start[i])) === CharClass.UPPER && this.end[i] - this.start[i] <= MAX_WORD;
  }

  /** Two letters or more, none lower case: "BAMAKO", "GOÏTA". */
  allCaps(i: number): boolean {
    const s = this.start[i];
    const e = this.end[i];
    if (e - s < 2 || e - s > MAX_WORD) return false;
    let upper = 0;
    for (let k = s; k < e; k++) {
      const c = this.text.charCodeAt(k);
      const cls = charClassOf(c);
      if (cls === CharClass.UPPER) upper++;
      else if (cls === CharClass.WORD && !(c >= 48 && c <= 57) && !(c >= 0x300 && c <= 0x36f)) return false;
    }
    return upper > 0;
  }

  /** The characters between token i and token i + 1. */
  gap(i: number): string {
    return this.text.slice(this.end[i], this.start[i + 1]);
  }

  /** Token i starts with a lower-case letter (not a digit, not a capital). */
  private lowerCaseWord(i: number): boolean {
    const c = this.text.charCodeAt(this.start[i]);
    return charClassOf(c) === CharClass.WORD && !(c >= 48 && c <= 57);
  }

  /** Tokens i and i + 1 can belong to one name: one space, hyphen or apostrophe between them. */
  joined(i: number): boolean {
    if (i < 0 || i + 1 >= this.length) return false;
    const a = this.end[i];
    if (this.start[i + 1] - a !== 1) return false;
    const c = this.text.charCodeAt(a);
    return c === 32 || c === 0xa0 || c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019;
  }

  /**
   * Tokens i and i + 1 are in one phrase: a few spaces, apostrophes or hyphens, on one line, or
   * over one line break after a lower-case word (a printed column wrapped "à⏎Morges"; a heading
   * or a signature ends in capitals).
   */
  near(i: number, maxGap = 3): boolean {
    if (i < 0 || i + 1 >= this.length) return false;
    const a = this.end[i];
    const b = this.start[i + 1];
    if (b - a > maxGap) return false;
    let newline = false;
    for (let k = a; k < b; k++) {
      const c = this.text.charCodeAt(k);
      if (!(c === 32 || c === 0xa0 || c === 9 || c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011)) {
        if (c !== 10 || newline || !this.lowerCaseWord(i)) return false;
        newline = true;
      }
    }
    return true;
  }
}

// The document being processed: the pipeline runs one document at a time, and recognizers
// that receive only its text find its table here instead of building another.
let current: TokenTable | null = null;

/** The table of `text`: the current document's when it is that text, else a new one (kept as current). */
export function tokenTableOf(text: string): TokenTable {
  if (current && current.text === text) return current;
  current = new TokenTable(text);
  return current;
}

/** The current document's table when it is that of `text`, else null (never builds one). */
export function currentTokenTable(text: string): TokenTable | null {
  return current && current.text === text ? current : null;
}

/** Drops the current document's table (its record is built); bounds the key interner. */
export function releaseTokenTable(): void {
  current = null;
  if (keyStrings.length > MAX_KEYS) {
    keyIds.clear();
    keyStrings.length = 0;
    generation++;
    clearRaw();
  } else if (rawCount > MAX_RAW) {
    // spellings only: the ids they point to stay valid
    clearRaw();
  }
}

/** Bumped each time the key interner is cleared: per-id tables built before are stale then. */
export function keyGeneration(): number {
  return generation;
}
