/**
 * Sparse hashed features for the tagger. Each token gets a fixed number of feature slots,
 * each slot a row offset into the weight table (row = NTAGS weights), -1 when unused.
 * Word-intrinsic features are computed once per distinct word and cached; only the
 * contextual ones (neighbours, gazetteer runs) are computed per token.
 */
import { detached } from '../text/detach.js';
import { hashRange, hashString, mix2, mixRow2, mixRow3 } from './hash.js';
import { fold, type Lexicons } from './lexicon.js';
import { Cap, capOf, shapeHash } from './wordShape.js';
import { gazetteerRuns, type RunWords } from './nameRuns.js';
import type { Token } from './tokenize.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export const NTAGS = TAGS.length;
/** Weight rows are padded to 8 so that a row never straddles a cache line. */
export const ROW = 8;
export const ROW_SHIFT = 3;

/** Features of the word itself (cached per distinct word). */
export const N_INTRINSIC = 15;
/** Per-token layout: intrinsic, then the 3 sentence-context variants of the word, then the
 * neighbours' role features (as previous, previous-but-one, next, next-but-one word), then
 * the pairwise features that really depend on two tokens together. */
const N_VARIANT = 3;
const N_P1 = 3;
const N_P2 = 2;
const N_N1 = 3;
const N_N2 = 2;
export const N_WORDPAIR = 6;
const N_PAIR = N_WORDPAIR + 4;
export const NF = N_INTRINSIC + N_VARIANT + N_P1 + N_P2 + N_N1 + N_N2 + N_PAIR;
const O_VARIANT = N_INTRINSIC;
const O_P1 = O_VARIANT + N_VARIANT;
const O_P2 = O_P1 + N_P1;
const O_N1 = O_P2 + N_P2;
const O_N2 = O_N1 + N_N1;
export const O_PAIR = O_N2 + N_N2;

// Template ids: hashed into every feature so that equal values of different templates differ.
const enum T {
  BIAS = 1, W, SH, SHLEN, P2, P3, P4, S1, S2, S3, S4, FL, FLCAP, WSH, CAP,
  WM1, WM2, WP1, WP2, SHM1, SHP1, SHM2, SHP2, WM1W, WWP1, SH3, FLM1, FLP1, INITSH, INITFL,
  LEX, LEXM1, LEXP1, LEXSH, CAPSENT, WM1SH, SHSHP1, FLFLP1, WM2WM1,
}

/** Slots of FeatureSpace.pairHalves: the pair (previous, this) WM1W and WM1SH take the previous
 * word's half, WWP1, SHSHP1, FLFLP1 this word's (with the next word), WM2WM1 the word two back. */
export const PAIR_WM1W = 0;
export const PAIR_WWP1 = 1;
export const PAIR_WM1SH = 2;
export const PAIR_SHSHP1 = 3;
export const PAIR_FLFLP1 = 4;
export const PAIR_WM2WM1 = 5;

/** The row of mix3(template, a, b) given half = mix2(template, a); equals FeatureSpace.row of it. */
export function pairRow(half: number, b: number, mask: number): number {
  return mixRow2(half, b, mask);
}

export { Cap };

/** The scalars of a word's features (FeatureSpace.factsOf). */
export interface WordFacts {
  key: string;
  w: number;
  sh: number;
  flags: number;
  cap: Cap;
  punct: boolean;
  nameBits: number;
  nameStart: number;
}

export interface WordInfo extends WordFacts {
  /** Row offsets of the intrinsic features (model-specific: depends on the table size). */
  rows: Int32Array;
  /** Rows of the word's features in context: 4 variants (sentence-initial × headline-caps) of
   * N_VARIANT rows, then its features as a neighbour: P1, P2, N1, N2 rows. */
  ctxRows: Int32Array;
  /** Summed scores per cached group, filled lazily at inference (see scoreSequence). */
  emit: Float32Array | null;
}

/** A longer token is looked at through its first characters (a page without spaces is one token). */
export const MAX_WORD_CHARS = 64;

/** Offsets into WordInfo.ctxRows. */
export const CTX_VARIANT = 0;
export const CTX_P1 = 4 * N_VARIANT;
export const CTX_P2 = CTX_P1 + N_P1;
export const CTX_N1 = CTX_P2 + N_P2;
export const CTX_N2 = CTX_N1 + N_N1;
const CTX_LEN = CTX_N2 + N_N2;
export const CTX_LENGTH = CTX_LEN;
export const ROLE_SIZES = { variant: N_VARIANT, p1: N_P1, p2: N_P2, n1: N_N1, n2: N_N2 } as const;

function lenBucket(n: number): number {
  return n <= 3 ? n : n <= 6 ? 4 : n <= 10 ? 5 : 6;
}

export class FeatureSpace {
  readonly mask: number;
  private readonly biasRow: number;
  private cache = new Map<string, WordInfo>();
  readonly bits: number;
  readonly lex: Lexicons;

  constructor(bits: number, lex: Lexicons) {
    this.bits = bits;
    this.lex = lex;
    this.mask = (1 << bits) - 1;
    this.biasRow = mixRow2(T.BIAS, 0, this.mask);
    this.BOS = this.boundaryInfo(0x5bd1e995);
    this.EOS = this.boundaryInfo(0x1b873593);
  }

  row(h: number): number {
    return (h & this.mask) << ROW_SHIFT;
  }

  word(raw: string): WordInfo {
    // A 10 MB "token" (a page without spaces) is looked at through its first 64 characters.
    const word = raw.length > MAX_WORD_CHARS ? raw.slice(0, MAX_WORD_CHARS) : raw;
    let info = this.cache.get(word);
    if (info) return info;
    // Bounded: a stream of unique garbage tokens must not grow memory without limit.
    // bounded: ~700 bytes a word, so 50,000 words hold ~35 MB at most whatever the input
    if (this.cache.size > 50_000) this.cache.clear();
    info = this.describe(word);
    // detached: a token of the text would keep its document alive (text/detach.ts)
    this.cache.set(detached(word), info);
    return info;
  }

  /** The features of a word (at most MAX_WORD_CHARS long), not cached. */
  describe(word: string): WordInfo {
    const f: WordFacts = { key: '', w: 0, sh: 0, flags: 0, cap: Cap.NONE, punct: false, nameBits: 0, nameStart: 0 };
    this.factsOf(word, f);
    const rows = new Int32Array(N_INTRINSIC);
    this.intrinsicRowsInto(f, rows, 0);
    const ctxRows = new Int32Array(CTX_LEN);
    this.contextRowsInto(f.w, f.sh, f.flags, true, true, ctxRows, 0);
    return { ...f, rows, ctxRows, emit: null };
  }

  /** What a word is, apart from its rows: written into `f` (no allocation but the folded key). */
  factsOf(word: string, f: WordFacts): void {
    const key = fold(word);
    f.key = key;
    f.sh = shapeHash(word);
    const cap = (f.cap = capOf(word));
    f.w = hashString(key);
    f.flags = this.lex.words.get(key) ?? 0;
    const c0 = word.charCodeAt(0);
    f.punct = c0 < 0x80 ? !((c0 >= 0x30 && c0 <= 0x39) || ((c0 | 0x20) >= 0x61 && (c0 | 0x20) <= 0x7a)) : !/[\p{L}\p{N}]/u.test(word[0] ?? '');
    const capitalized = cap === Cap.INITIAL || cap === Cap.ALLCAPS;
    f.nameBits = capitalized ? this.lex.names.get(key) ?? 0 : 0;
    f.nameStart = capitalized ? this.lex.nameStarts.get(key) ?? 0 : 0;
  }

  /** The N_INTRINSIC rows of the word's own features (-1 where a feature does not apply). */
  intrinsicRowsInto(f: WordFacts, rows: Int32Array, at: number): void {
    const { key, w, sh, flags, cap } = f;
    const L = key.length;
    let k = at;
    rows[k++] = this.biasRow;
    rows[k++] = mixRow2(T.W, w, this.mask);
    rows[k++] = mixRow2(T.SH, sh, this.mask);
    rows[k++] = mixRow3(T.SHLEN, sh, lenBucket(L), this.mask);
    rows[k++] = L > 2 ? mixRow2(T.P2, hashRange(key, 0, 2), this.mask) : -1;
    rows[k++] = L > 3 ? mixRow2(T.P3, hashRange(key, 0, 3), this.mask) : -1;
    rows[k++] = L > 4 ? mixRow2(T.P4, hashRange(key, 0, 4), this.mask) : -1;
    rows[k++] = L > 1 ? mixRow2(T.S1, hashRange(key, L - 1, L), this.mask) : -1;
    rows[k++] = L > 2 ? mixRow2(T.S2, hashRange(key, L - 2, L), this.mask) : -1;
    rows[k++] = L > 3 ? mixRow2(T.S3, hashRange(key, L - 3, L), this.mask) : -1;
    rows[k++] = L > 4 ? mixRow2(T.S4, hashRange(key, L - 4, L), this.mask) : -1;
    rows[k++] = flags ? mixRow2(T.FL, flags, this.mask) : -1;
    rows[k++] = flags ? mixRow3(T.FLCAP, flags, cap, this.mask) : -1;
    rows[k++] = mixRow3(T.WSH, w, sh, this.mask);
    rows[k++] = mixRow2(T.CAP, cap, this.mask);
  }

  // mix2(template, initial or capSent) of the variant features: mix3 finished per word
  private readonly variantHalves = [T.INITSH, T.INITFL, T.CAPSENT].flatMap((t) => [mix2(t, 0), mix2(t, 1)]);

  /** The CTX_LEN rows of the word in context (see WordInfo.ctxRows) into out[at…]. */
  contextRowsInto(w: number, sh: number, flags: number, hasFlagsBefore: boolean, hasFlagsAfter: boolean, r: Int32Array, at: number): void {
    const vh = this.variantHalves;
    let k = at;
    for (let v = 0; v < 4; v++) {
      const initial = v & 1;
      const capSent = v >> 1;
      r[k++] = mixRow2(vh[initial], sh, this.mask); // INITSH
      r[k++] = mixRow2(vh[2 + initial], flags, this.mask); // INITFL
      r[k++] = mixRow2(vh[4 + capSent], sh, this.mask); // CAPSENT
    }
    r[k++] = mixRow2(T.WM1, w, this.mask);
    r[k++] = mixRow2(T.SHM1, sh, this.mask);
    r[k++] = hasFlagsBefore ? mixRow2(T.FLM1, flags, this.mask) : -1;
    r[k++] = mixRow2(T.WM2, w, this.mask);
    r[k++] = mixRow2(T.SHM2, sh, this.mask);
    r[k++] = mixRow2(T.WP1, w, this.mask);
    r[k++] = mixRow2(T.SHP1, sh, this.mask);
    r[k++] = hasFlagsAfter ? mixRow2(T.FLP1, flags, this.mask) : -1;
    r[k++] = mixRow2(T.WP2, w, this.mask);
    r[k++] = mixRow2(T.SHP2, sh, this.mask);
  }

  private contextRows(w: number, sh: number, flags: number, hasFlagsBefore: boolean, hasFlagsAfter: boolean): Int32Array {
    const r = new Int32Array(CTX_LEN);
    this.contextRowsInto(w, sh, flags, hasFlagsBefore, hasFlagsAfter, r, 0);
    return r;
  }

  /** Pseudo-words standing for "before the sequence" and "after the sequence". */
  private boundaryInfo(hash: number): WordInfo {
    return { key: '', w: hash, sh: hash, flags: -1, cap: Cap.NONE, punct: true, rows: new Int32Array(0), ctxRows: this.contextRows(hash, hash, -1, false, false), emit: null, nameBits: 0, nameStart: 0 };
  }
  readonly BOS: WordInfo;
  readonly EOS: WordInfo;

  /** Per token: 0 or 1 sentence-initial, used by the variant features. */
  static isInitial(words: WordInfo[], i: number): number {
    if (i === 0) return 1;
    const p = words[i - 1];
    return p.punct && p.key !== ',' && p.key !== "'" ? 1 : 0;
  }

  static capSentence(words: WordInfo[]): number {
    let caps = 0;
    let lettered = 0;
    for (let i = 0; i < words.length; i++) {
      const c = words[i].cap;
      if (c !== Cap.NONE) lettered++;
      if (c === Cap.ALLCAPS) caps++;
    }
    // Headlines and OCR'd mastheads in capitals: case then says little.
    return lettered >= 3 && caps * 2 > lettered ? 1 : 0;
  }

  /** The word-pair rows of token i, written at out[at..at+N_WORDPAIR). */
  pairRows(words: WordInfo[], i: number, out: Int32Array, at: number): void {
    const n = words.length;
    const wi = words[i];
    const p1 = i > 0 ? words[i - 1] : this.BOS;
    const p2 = i > 1 ? words[i - 2] : this.BOS;
    const n1 = i + 1 < n ? words[i + 1] : this.EOS;
    let k = at;
    out[k++] = mixRow3(T.WM1W, p1.w, wi.w, this.mask);
    out[k++] = mixRow3(T.WWP1, wi.w, n1.w, this.mask);
    out[k++] = mixRow3(T.WM1SH, p1.w, wi.sh, this.mask);
    out[k++] = mixRow3(T.SHSHP1, wi.sh, n1.sh, this.mask);
    out[k++] = mixRow3(T.FLFLP1, wi.flags, n1.flags, this.mask);
    out[k++] = mixRow3(T.WM2WM1, p2.w, p1.w, this.mask);
  }

  /**
   * The word's half of its word-pair features, in the order PAIR_* names them: the pair row is
   * then pairRow(half, the other word's value), one hash mix per token instead of two.
   */
  pairHalves(w: number, sh: number, flags: number, out: Int32Array, at: number): void {
    out[at + PAIR_WM1W] = mix2(T.WM1W, w);
    out[at + PAIR_WWP1] = mix2(T.WWP1, w);
    out[at + PAIR_WM1SH] = mix2(T.WM1SH, w);
    out[at + PAIR_SHSHP1] = mix2(T.SHSHP1, sh);
    out[at + PAIR_FLFLP1] = mix2(T.FLFLP1, flags);
    out[at + PAIR_WM2WM1] = mix2(T.WM2WM1, w);
  }

  /** The first half of lexShapeRow(code, sh), to finish with pairRow(half, sh). */
  static lexShapeHalf(code: number): number {
    return mix2(T.LEXSH, code);
  }

  /** Gazetteer-run rows of a token from the run codes around it (LEX, LEXM1, LEXP1). */
  lexRows(prev: number, code: number, next: number, out: Int32Array, at: number): void {
    out[at] = mixRow2(T.LEX, code, this.mask);
    out[at + 1] = mixRow2(T.LEXM1, prev, this.mask);
    out[at + 2] = mixRow2(T.LEXP1, next, this.mask);
  }

  lexShapeRow(code: number, sh: number): number {
    return mixRow3(T.LEXSH, code, sh, this.mask);
  }

  clearCache(): void {
    this.cache.clear();
  }

  /** Gazetteer-run codes of a sequence (see gazetteerRuns). */
  nameRuns(words: WordInfo[]): Int32Array {
    const n = words.length;
    const codes = new Int32Array(n);
    const { names } = this.lex;
    if (names.size === 0) return codes;
    const view: RunWords = {
      capitalized: (i) => words[i].cap === Cap.INITIAL || words[i].cap === Cap.ALLCAPS,
      key: (i) => words[i].key,
      nameStart: (i) => words[i].nameStart,
      nameBits: (i) => words[i].nameBits,
    };
    gazetteerRuns(view, n, (key) => names.get(key) ?? 0, codes);
    return codes;
  }

  /** Fill `out` (length n*NF) with row offsets for tokens [0, n) of one sequence (training path). */
  sequence(words: WordInfo[], out: Int32Array): void {
    const n = words.length;
    const runs = this.nameRuns(words);
    const capSent = FeatureSpace.capSentence(words);
    for (let i = 0; i < n; i++) {
      const wi = words[i];
      const base = i * NF;
      out.set(wi.rows, base);
      const v = FeatureSpace.isInitial(words, i) | (capSent << 1);
      out.set(wi.ctxRows.subarray(CTX_VARIANT + v * N_VARIANT, CTX_VARIANT + (v + 1) * N_VARIANT), base + O_VARIANT);
      const p1 = i > 0 ? words[i - 1] : this.BOS;
      const p2 = i > 1 ? words[i - 2] : this.BOS;
      const n1 = i + 1 < n ? words[i + 1] : this.EOS;
      const n2 = i + 2 < n ? words[i + 2] : this.EOS;
      out.set(p1.ctxRows.subarray(CTX_P1, CTX_P1 + N_P1), base + O_P1);
      out.set(p2.ctxRows.subarray(CTX_P2, CTX_P2 + N_P2), base + O_P2);
      out.set(n1.ctxRows.subarray(CTX_N1, CTX_N1 + N_N1), base + O_N1);
      out.set(n2.ctxRows.subarray(CTX_N2, CTX_N2 + N_N2), base + O_N2);
      this.pairRows(words, i, out, base + O_PAIR);
      this.lexRows(i > 0 ? runs[i - 1] : -1, runs[i], i + 1 < n ? runs[i + 1] : -1, out, base + O_PAIR + N_WORDPAIR);
      out[base + O_PAIR + N_WORDPAIR + 3] = this.lexShapeRow(runs[i], wi.sh);
    }
  }
}

/** Raw strings of tokens, for FeatureSpace.word. */
export function tokenWords(space: FeatureSpace, text: string, tokens: Token[], from: number, to: number): WordInfo[] {
  const words: WordInfo[] = new Array(to - from);
  for (let i = from; i < to; i++) words[i - from] = space.word(text.slice(tokens[i].start, tokens[i].end));
  return words;
}
