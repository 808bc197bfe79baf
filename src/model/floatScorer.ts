/**
 * Emission scores for float weights (a model being trained, before quantization): per-word
 * score groups cached on the WordInfo in float32, summed in the order the training-time dev
 * scoring always used. And the reference scorer: every token's full feature rows summed as the
 * training loop sums them, without any cache, against which the cached paths are checked.
 */
import { CTX_N1, CTX_N2, CTX_P1, CTX_P2, CTX_VARIANT, FeatureSpace, N_WORDPAIR, NF, NTAGS, ROLE_SIZES, ROW_SHIFT, type WordInfo } from './features.js';
import type { SequenceScorer } from './tagger.js';
import type { TokenSpans } from './tokenize.js';

/** Emission scores (unscaled) for n tokens from their feature rows. */
export function emissions(weights: ArrayLike<number>, feats: Int32Array, n: number, out: Float64Array): void {
  out.fill(0, 0, n * NTAGS);
  for (let i = 0; i < n; i++) {
    const o = i * NTAGS;
    const fb = i * NF;
    for (let f = 0; f < NF; f++) {
      const r = feats[fb + f];
      if (r < 0) continue;
      for (let t = 0; t < NTAGS; t++) out[o + t] += weights[r + t];
    }
  }
}

function wordsOf(space: FeatureSpace, text: string, tokens: TokenSpans, from: number, n: number): WordInfo[] {
  const words: WordInfo[] = new Array(n);
  for (let i = 0; i < n; i++) words[i] = space.word(text.slice(tokens.start[from + i], tokens.end[from + i]));
  return words;
}

export class FloatScorer implements SequenceScorer {
  readonly integers = false;
  constructor(
    private readonly space: FeatureSpace,
    private readonly weights: ArrayLike<number>,
    private readonly nonzero: Uint8Array,
  ) {}

  score(text: string, tokens: TokenSpans, from: number, n: number, em: Float64Array): void {
    scoreSequence(this.space, this.weights, this.nonzero, wordsOf(this.space, text, tokens, from, n), n, em);
  }
}

export class ReferenceScorer implements SequenceScorer {
  readonly integers = false;
  constructor(
    private readonly space: FeatureSpace,
    private readonly weights: ArrayLike<number>,
  ) {}

  score(text: string, tokens: TokenSpans, from: number, n: number, em: Float64Array): void {
    const feats = new Int32Array(n * NF);
    this.space.sequence(wordsOf(this.space, text, tokens, from, n), feats);
    emissions(this.weights, feats, n, em);
  }
}

const E_P1 = 4 * NTAGS;
const E_P2 = 5 * NTAGS;
const E_N1 = 6 * NTAGS;
const E_N2 = 7 * NTAGS;
const E_LEX0 = 8 * NTAGS;

function addRows(w: ArrayLike<number>, nz: Uint8Array, rows: Int32Array, from: number, to: number, out: Float32Array, at: number): void {
  for (let f = from; f < to; f++) {
    const r = rows[f];
    if (r < 0) continue;
    const i = r >>> ROW_SHIFT;
    if ((nz[i >> 3] & (1 << (i & 7))) === 0) continue;
    for (let t = 0; t < NTAGS; t++) out[at + t] += w[r + t];
  }
}

/**
 * A word's cached score groups: its own features in the 4 sentence-context variants, then
 * its contribution as previous, previous-but-one, next and next-but-one neighbour. Sums of
 * exactly the rows FeatureSpace.sequence lists, so scores equal the training-time ones.
 */
function emitOf(space: FeatureSpace, wi: WordInfo, w: ArrayLike<number>, nz: Uint8Array): Float32Array {
  if (wi.emit) return wi.emit;
  const e = new Float32Array(9 * NTAGS);
  const R = ROLE_SIZES;
  // the word's own rows are summed once and copied to the 4 variants: the same float32 sums,
  // added in the same order, as summing them in each variant
  addRows(w, nz, wi.rows, 0, wi.rows.length, e, 0);
  for (let v = 1; v < 4; v++) e.copyWithin(v * NTAGS, 0, NTAGS);
  for (let v = 0; v < 4; v++) {
    addRows(w, nz, wi.ctxRows, CTX_VARIANT + v * R.variant, CTX_VARIANT + (v + 1) * R.variant, e, v * NTAGS);
  }
  addRows(w, nz, wi.ctxRows, CTX_P1, CTX_P1 + R.p1, e, E_P1);
  addRows(w, nz, wi.ctxRows, CTX_P2, CTX_P2 + R.p2, e, E_P2);
  addRows(w, nz, wi.ctxRows, CTX_N1, CTX_N1 + R.n1, e, E_N1);
  addRows(w, nz, wi.ctxRows, CTX_N2, CTX_N2 + R.n2, e, E_N2);
  const lexSh = space.lexShapeRow(0, wi.sh);
  if (lexSh >= 0) for (let t = 0; t < NTAGS; t++) e[E_LEX0 + t] = w[lexSh + t];
  wi.emit = e;
  return e;
}

const pairBuf = new Int32Array(NF);
const lexBuf = new Int32Array(3);
const lexCaches = new WeakMap<FeatureSpace, Map<number, Float32Array>>();
let emitBuf: Float32Array[] = [];

/** The (prev, code, next) → summed rows cache of a feature space. */
function lexCacheOf(space: FeatureSpace): Map<number, Float32Array> {
  let cache = lexCaches.get(space);
  if (!cache) lexCaches.set(space, (cache = new Map()));
  return cache;
}

/** Summed LEX/LEXM1/LEXP1 rows for a (prev, code, next) triple of run codes: few distinct triples. */
function lexVector(space: FeatureSpace, cache: Map<number, Float32Array>, w: ArrayLike<number>, nz: Uint8Array, prev: number, code: number, next: number): Float32Array {
  const key = ((prev + 1) * 1024 + code) * 1024 + next + 1;
  let v = cache.get(key);
  if (!v) {
    v = new Float32Array(NTAGS);
    space.lexRows(prev, code, next, lexBuf, 0);
    addRows(w, nz, lexBuf, 0, 3, v, 0);
    cache.set(key, v);
  }
  return v;
}

/** Emissions from cached per-word groups plus the few truly pairwise features. */
export function scoreSequence(space: FeatureSpace, w: ArrayLike<number>, nz: Uint8Array, words: WordInfo[], n: number, em: Float64Array): void {
  const runs = space.nameRuns(words);
  const capSent = FeatureSpace.capSentence(words);
  const bos = emitOf(space, space.BOS, w, nz);
  const eos = emitOf(space, space.EOS, w, nz);
  const lexCache = lexCacheOf(space);
  // each word's cached groups looked up once, not once per neighbour role
  if (emitBuf.length < n) emitBuf = new Array<Float32Array>(n * 2);
  const E = emitBuf;
  for (let i = 0; i < n; i++) E[i] = emitOf(space, words[i], w, nz);
  for (let i = 0; i < n; i++) {
    const self = E[i];
    const p1 = i > 0 ? E[i - 1] : bos;
    const p2 = i > 1 ? E[i - 2] : bos;
    const n1 = i + 1 < n ? E[i + 1] : eos;
    const n2 = i + 2 < n ? E[i + 2] : eos;
    const v = (FeatureSpace.isInitial(words, i) | (capSent << 1)) * NTAGS;
    const code = runs[i];
    const lex = lexVector(space, lexCache, w, nz, i > 0 ? runs[i - 1] : -1, code, i + 1 < n ? runs[i + 1] : -1);
    const o = i * NTAGS;
    for (let t = 0; t < NTAGS; t++) em[o + t] = self[v + t] + p1[E_P1 + t] + p2[E_P2 + t] + n1[E_N1 + t] + n2[E_N2 + t] + lex[t];
    if (code === 0) for (let t = 0; t < NTAGS; t++) em[o + t] += self[E_LEX0 + t];
    else {
      const r = space.lexShapeRow(code, words[i].sh);
      if (r >= 0) for (let t = 0; t < NTAGS; t++) em[o + t] += w[r + t];
    }
    space.pairRows(words, i, pairBuf, 0);
    for (let f = 0; f < N_WORDPAIR; f++) {
      const r = pairBuf[f];
      if (r < 0) continue;
      const ri = r >>> ROW_SHIFT;
      if ((nz[ri >> 3] & (1 << (ri & 7))) === 0) continue;
      for (let t = 0; t < NTAGS; t++) em[o + t] += w[r + t];
    }
  }
}

