/**
 * Sparse hashed features for the tagger. Each token gets a fixed number of feature slots,
 * each slot a row offset into the weight table (row = NTAGS weights), -1 when unused.
 * Word-intrinsic features are computed once per distinct word and cached; only the
 * contextual ones (neighbours, gazetteer runs) are computed per token.
 */
import { hashString, mix2, mix3 } from './hash.js';
import { fold, type Lexicons } from './lexicon.js';
import type { Token } from './tokenize.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export const NTAGS = TAGS.length;

export const N_INTRINSIC = 15;
export const N_CONTEXT = 24;
export const NF = N_INTRINSIC + N_CONTEXT;

// Template ids: hashed into every feature so that equal values of different templates differ.
const enum T {
  BIAS = 1, W, SH, SHLEN, P2, P3, P4, S1, S2, S3, S4, FL, FLCAP, WSH, CAP,
  WM1, WM2, WP1, WP2, SHM1, SHP1, SHM2, SHP2, WM1W, WWP1, SH3, FLM1, FLP1, INITSH, INITFL,
  LEX, LEXM1, LEXP1, LEXSH, CAPSENT, WM1SH, SHSHP1, FLFLP1, WM2WM1, CAPW,
}

export const Cap = { LOWER: 0, INITIAL: 1, ALLCAPS: 2, MIXED: 3, NONE: 4 } as const;
export type Cap = (typeof Cap)[keyof typeof Cap];

export interface WordInfo {
  key: string;
  w: number;
  sh: number;
  flags: number;
  cap: Cap;
  punct: boolean;
  /** Row offsets of the intrinsic features (model-specific: depends on the table size). */
  rows: Int32Array;
  /** Summed intrinsic scores, filled lazily at inference. */
  emit: Float64Array | null;
}

function shapeOf(word: string): string {
  let out = '';
  let last = '';
  const n = Math.min(word.length, 24);
  for (let i = 0; i < n; i++) {
    const ch = word[i];
    let c: string;
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (lo !== up) c = ch === up ? 'X' : 'x';
    else if (ch === '’' || ch === "'") c = "'";
    else if (/[\p{L}\p{M}]/u.test(ch)) c = 'x';
    else c = ch;
    if (c !== last) {
      out += c;
      last = c;
      if (out.length >= 6) break;
    }
  }
  return out;
}

function capOf(word: string): Cap {
  let upper = 0;
  let lower = 0;
  const n = Math.min(word.length, 32);
  for (let i = 0; i < n; i++) {
    const ch = word[i];
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo === up) continue;
    if (ch === up) upper++;
    else lower++;
  }
  if (upper === 0 && lower === 0) return Cap.NONE;
  if (upper === 0) return Cap.LOWER;
  const first = word[0];
  if (lower === 0) return Cap.ALLCAPS;
  if (first === first.toUpperCase() && first !== first.toLowerCase() && upper === 1) return Cap.INITIAL;
  return first === first.toUpperCase() ? Cap.INITIAL : Cap.MIXED;
}

function lenBucket(n: number): number {
  return n <= 3 ? n : n <= 6 ? 4 : n <= 10 ? 5 : 6;
}

export class FeatureSpace {
  readonly mask: number;
  private cache = new Map<string, WordInfo>();

  constructor(readonly bits: number, readonly lex: Lexicons) {
    this.mask = (1 << bits) - 1;
  }

  row(h: number): number {
    return (h & this.mask) * NTAGS;
  }

  word(raw: string): WordInfo {
    let info = this.cache.get(raw);
    if (info) return info;
    // Bounded: a stream of unique garbage tokens must not grow memory without limit.
    if (this.cache.size > 300_000) this.cache.clear();
    const word = raw.length > 64 ? raw.slice(0, 64) : raw;
    const key = fold(word);
    const sh = hashString(shapeOf(word));
    const cap = capOf(word);
    const w = hashString(key);
    const flags = this.lex.words.get(key) ?? 0;
    const punct = !/[\p{L}\p{N}]/u.test(word[0] ?? '');
    const rows = new Int32Array(N_INTRINSIC);
    const L = key.length;
    let k = 0;
    rows[k++] = this.row(mix2(T.BIAS, 0));
    rows[k++] = this.row(mix2(T.W, w));
    rows[k++] = this.row(mix2(T.SH, sh));
    rows[k++] = this.row(mix3(T.SHLEN, sh, lenBucket(L)));
    rows[k++] = L > 2 ? this.row(mix2(T.P2, hashString(key.slice(0, 2)))) : -1;
    rows[k++] = L > 3 ? this.row(mix2(T.P3, hashString(key.slice(0, 3)))) : -1;
    rows[k++] = L > 4 ? this.row(mix2(T.P4, hashString(key.slice(0, 4)))) : -1;
    rows[k++] = L > 1 ? this.row(mix2(T.S1, hashString(key.slice(L - 1)))) : -1;
    rows[k++] = L > 2 ? this.row(mix2(T.S2, hashString(key.slice(L - 2)))) : -1;
    rows[k++] = L > 3 ? this.row(mix2(T.S3, hashString(key.slice(L - 3)))) : -1;
    rows[k++] = L > 4 ? this.row(mix2(T.S4, hashString(key.slice(L - 4)))) : -1;
    rows[k++] = flags ? this.row(mix2(T.FL, flags)) : -1;
    rows[k++] = flags ? this.row(mix3(T.FLCAP, flags, cap)) : -1;
    rows[k++] = this.row(mix3(T.WSH, w, sh));
    rows[k++] = this.row(mix2(T.CAP, cap));
    info = { key, w, sh, flags, cap, punct, rows, emit: null };
    this.cache.set(raw, info);
    return info;
  }

  clearCache(): void {
    this.cache.clear();
  }

  /**
   * Gazetteer runs over a sequence: per token 0 (none) or a code for (name type bits, B/I).
   * Longest match first; a run must start on a capitalized token.
   */
  nameRuns(words: WordInfo[]): Int32Array {
    const n = words.length;
    const codes = new Int32Array(n);
    const { names, nameStarts } = this.lex;
    if (names.size === 0) return codes;
    for (let i = 0; i < n; ) {
      const wi = words[i];
      if (wi.cap !== Cap.INITIAL && wi.cap !== Cap.ALLCAPS) {
        i++;
        continue;
      }
      let matched = 0;
      let type = 0;
      const maxLen = Math.min(nameStarts.get(wi.key) ?? 1, n - i);
      if (maxLen > 1) {
        let key = wi.key;
        const keys: string[] = [key];
        for (let j = 1; j < maxLen; j++) keys.push((key = key + ' ' + words[i + j].key));
        for (let len = maxLen; len >= 2; len--) {
          const t = names.get(keys[len - 1]);
          // The run must end on a capitalized token: "Côte d'Ivoire", not "Mali et".
          const last = words[i + len - 1].cap;
          if (t && (last === Cap.INITIAL || last === Cap.ALLCAPS)) {
            matched = len;
            type = t;
            break;
          }
        }
      }
      if (!matched) {
        const t = names.get(wi.key);
        if (t) {
          matched = 1;
          type = t;
        }
      }
      if (!matched) {
        i++;
        continue;
      }
      codes[i] = type * 4 + 1 + (matched > 1 ? 2 : 0);
      for (let j = 1; j < matched; j++) codes[i + j] = type * 4 + 2;
      i += matched;
    }
    return codes;
  }

  /** Fill `out` (length n*NF) with row offsets for tokens [0, n) of one sequence. */
  sequence(words: WordInfo[], out: Int32Array): void {
    const n = words.length;
    const runs = this.nameRuns(words);
    let caps = 0;
    let lettered = 0;
    for (let i = 0; i < n; i++) {
      const c = words[i].cap;
      if (c !== Cap.NONE) lettered++;
      if (c === Cap.ALLCAPS) caps++;
    }
    // Headlines and OCR'd mastheads in capitals: case then says little.
    const capSent = lettered >= 3 && caps * 2 > lettered ? 1 : 0;
    const BOS = 0x5bd1e995;
    const EOS = 0x1b873593;
    for (let i = 0; i < n; i++) {
      const wi = words[i];
      const base = i * NF;
      out.set(wi.rows, base);
      const p1 = i > 0 ? words[i - 1] : null;
      const p2 = i > 1 ? words[i - 2] : null;
      const n1 = i + 1 < n ? words[i + 1] : null;
      const n2 = i + 2 < n ? words[i + 2] : null;
      const wm1 = p1 ? p1.w : BOS;
      const wm2 = p2 ? p2.w : BOS;
      const wp1 = n1 ? n1.w : EOS;
      const wp2 = n2 ? n2.w : EOS;
      const shm1 = p1 ? p1.sh : BOS;
      const shm2 = p2 ? p2.sh : BOS;
      const shp1 = n1 ? n1.sh : EOS;
      const shp2 = n2 ? n2.sh : EOS;
      const initial = i === 0 || (p1 !== null && p1.punct && p1.key !== ',' && p1.key !== "'") ? 1 : 0;
      let k = base + N_INTRINSIC;
      out[k++] = this.row(mix2(T.WM1, wm1));
      out[k++] = this.row(mix2(T.WM2, wm2));
      out[k++] = this.row(mix2(T.WP1, wp1));
      out[k++] = this.row(mix2(T.WP2, wp2));
      out[k++] = this.row(mix2(T.SHM1, shm1));
      out[k++] = this.row(mix2(T.SHP1, shp1));
      out[k++] = this.row(mix2(T.SHM2, shm2));
      out[k++] = this.row(mix2(T.SHP2, shp2));
      out[k++] = this.row(mix3(T.WM1W, wm1, wi.w));
      out[k++] = this.row(mix3(T.WWP1, wi.w, wp1));
      out[k++] = this.row(mix3(T.SH3, mix2(shm1, wi.sh), shp1));
      out[k++] = p1 ? this.row(mix2(T.FLM1, p1.flags)) : -1;
      out[k++] = n1 ? this.row(mix2(T.FLP1, n1.flags)) : -1;
      out[k++] = this.row(mix3(T.INITSH, initial, wi.sh));
      out[k++] = this.row(mix3(T.INITFL, initial, wi.flags));
      out[k++] = this.row(mix2(T.LEX, runs[i]));
      out[k++] = this.row(mix2(T.LEXM1, i > 0 ? runs[i - 1] : -1));
      out[k++] = this.row(mix2(T.LEXP1, i + 1 < n ? runs[i + 1] : -1));
      out[k++] = this.row(mix3(T.LEXSH, runs[i], wi.sh));
      out[k++] = this.row(mix3(T.CAPSENT, capSent, wi.sh));
      out[k++] = this.row(mix3(T.WM1SH, wm1, wi.sh));
      out[k++] = this.row(mix3(T.SHSHP1, wi.sh, shp1));
      out[k++] = this.row(mix3(T.FLFLP1, wi.flags, n1 ? n1.flags : -1));
      out[k++] = this.row(mix3(T.WM2WM1, wm2, wm1));
    }
  }
}

/** Raw strings of tokens, for FeatureSpace.word. */
export function tokenWords(space: FeatureSpace, text: string, tokens: Token[], from: number, to: number): WordInfo[] {
  const words: WordInfo[] = new Array(to - from);
  for (let i = from; i < to; i++) words[i - from] = space.word(text.slice(tokens[i].start, tokens[i].end));
  return words;
}
