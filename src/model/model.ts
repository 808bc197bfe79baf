/**
 * The tagger: a first-order structured perceptron (averaged) over BIO tags, decoded with
 * Viterbi under BIO constraints (I-X only after B-X or I-X). Weights live in a hashed table
 * of rows, one weight per tag; the shipped form is int16 quantized, pruned, gzip'd.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { CTX_P1, CTX_P2, CTX_N1, CTX_N2, CTX_VARIANT, FeatureSpace, N_WORDPAIR, NF, NTAGS, ROLE_SIZES, ROW, ROW_SHIFT, TAGS, tokenWords, type WordInfo } from './features.js';
import { emptyLexicons, parseLexicons, serializeLexicons, type Lexicons } from './lexicon.js';
import { MAGIC, readModelFile } from './fileHeader.js';
import { segment } from './segment.js';
import { tokenize, type Token } from './tokenize.js';
import { refineTokens, type ModelEntityType, type TrainingDocument } from './trainingData.js';

export interface ModelInfo {
  /** Free text: what the weights were trained on, with licenses. */
  trainedOn?: string[];
  created?: string;
  epochs?: number;
  [key: string]: unknown;
}

export interface Model {
  bits: number;
  /** (1 << bits) rows of ROW (8) slots, NTAGS of them used; real units = value * scale. */
  weights: Float32Array | Int16Array;
  /** (NTAGS + 1) * NTAGS: row NTAGS is the sequence start. */
  trans: Float32Array;
  scale: number;
  lex: Lexicons;
  info: ModelInfo;
  /** Run-time feature cache (not serialized). */
  space?: FeatureSpace;
  /** Run-time bitset of non-zero rows: most hashed pair features hit empty rows, and a
   * 32 KB bitset answers that without touching the multi-megabyte weight table. */
  nonzero?: Uint8Array;
}

function nonzeroRows(model: Model): Uint8Array {
  if (model.nonzero) return model.nonzero;
  const w = model.weights;
  const nz = new Uint8Array(((1 << model.bits) + 7) >> 3);
  for (let r = 0, i = 0; r < w.length; r += ROW, i++) {
    for (let t = 0; t < NTAGS; t++) {
      if (w[r + t] !== 0) {
        nz[i >> 3] |= 1 << (i & 7);
        break;
      }
    }
  }
  model.nonzero = nz;
  return nz;
}

export interface TaggedSpan {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  type: ModelEntityType;
  /** 0..1: how clearly the model preferred this reading (margin-based, not a probability). */
  score: number;
}

const START = NTAGS;
const TYPE_OF_TAG: (ModelEntityType | null)[] = [null, 'person', 'person', 'place', 'place', 'organization', 'organization'];
const IS_INSIDE = [false, false, true, false, true, false, true];
const TAG_INDEX: Record<string, number> = Object.fromEntries(TAGS.map((t, i) => [t, i]));

/** allowed[prev * NTAGS + cur]; prev = START for the first token. */
const ALLOWED = (() => {
  const a = new Uint8Array((NTAGS + 1) * NTAGS);
  for (let p = 0; p <= NTAGS; p++) {
    for (let c = 0; c < NTAGS; c++) {
      a[p * NTAGS + c] = !IS_INSIDE[c] || (p !== START && (p === c || p === c - 1)) ? 1 : 0;
    }
  }
  return a;
})();

/** Allowed predecessors / successors of each tag, as lists (no branch per pair in Viterbi). */
const PREV: number[][] = [];
const NEXT: number[][] = [];
for (let c = 0; c < NTAGS; c++) {
  PREV.push([]);
  NEXT.push([]);
}
for (let p = 0; p < NTAGS; p++) for (let c = 0; c < NTAGS; c++) if (ALLOWED[p * NTAGS + c]) (PREV[c].push(p), NEXT[p].push(c));

export function spaceOf(model: Model): FeatureSpace {
  if (!model.space) model.space = new FeatureSpace(model.bits, model.lex);
  return model.space;
}

/** Emission scores (unscaled) for n tokens from their feature rows. */
function emissions(weights: ArrayLike<number>, feats: Int32Array, n: number, out: Float64Array): void {
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

let vScore = new Float64Array(256 * NTAGS);
let vBack = new Uint8Array(256 * NTAGS);
let vBeta = new Float64Array(256 * NTAGS);

/**
 * Viterbi over emissions `em` (n * NTAGS) with transitions `trans` (same units); writes the
 * best tags into `tags`. With `margins`, also runs the backward pass and gives per token how
 * much worse the best path forced through any other tag is (max-marginal gap, >= 0).
 */
function viterbi(em: Float64Array, trans: ArrayLike<number>, n: number, tags: Uint8Array, margins?: Float64Array): void {
  if (vScore.length < n * NTAGS) {
    vScore = new Float64Array(n * NTAGS);
    vBack = new Uint8Array(n * NTAGS);
    vBeta = new Float64Array(n * NTAGS);
  }
  const score = vScore;
  const back = vBack;
  for (let c = 0; c < NTAGS; c++) {
    score[c] = ALLOWED[START * NTAGS + c] ? em[c] + trans[START * NTAGS + c] : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const o = i * NTAGS;
    const po = o - NTAGS;
    for (let c = 0; c < NTAGS; c++) {
      let best = -Infinity;
      let arg = 0;
      const prev = PREV[c];
      for (let k = 0; k < prev.length; k++) {
        const p = prev[k];
        const s = score[po + p] + trans[p * NTAGS + c];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[o + c] = best + em[o + c];
      back[o + c] = arg;
    }
  }
  const last = (n - 1) * NTAGS;
  let arg = 0;
  for (let c = 1; c < NTAGS; c++) if (score[last + c] > score[last + arg]) arg = c;
  const total = score[last + arg];
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    if (i > 0) arg = back[i * NTAGS + arg];
  }
  if (!margins) return;
  let any = false;
  for (let i = 0; i < n && !any; i++) any = tags[i] !== 0;
  if (!any) return; // no span: nothing needs a confidence
  // beta[i][c]: best score of tokens after i given tag c at i.
  const beta = vBeta;
  for (let c = 0; c < NTAGS; c++) beta[last + c] = 0;
  for (let i = n - 2; i >= 0; i--) {
    const o = i * NTAGS;
    const no = o + NTAGS;
    for (let c = 0; c < NTAGS; c++) {
      let best = -Infinity;
      const next = NEXT[c];
      for (let k = 0; k < next.length; k++) {
        const x = next[k];
        const s = trans[c * NTAGS + x] + em[no + x] + beta[no + x];
        if (s > best) best = s;
      }
      beta[o + c] = best;
    }
  }
  for (let i = 0; i < n; i++) {
    const o = i * NTAGS;
    let other = -Infinity;
    for (let c = 0; c < NTAGS; c++) if (c !== tags[i] && score[o + c] + beta[o + c] > other) other = score[o + c] + beta[o + c];
    margins[i] = total - other;
  }
}

/** BIO tags of one sequence → spans over tokens. */
function spansOfTags(tags: Uint8Array, n: number): { from: number; to: number; tag: number }[] {
  const out: { from: number; to: number; tag: number }[] = [];
  let i = 0;
  while (i < n) {
    const t = tags[i];
    if (t === 0) {
      i++;
      continue;
    }
    const b = IS_INSIDE[t] ? t - 1 : t;
    let j = i + 1;
    while (j < n && tags[j] === b + 1) j++;
    out.push({ from: i, to: j, tag: b });
    i = j;
  }
  return out;
}

/** Tag a text; `tokens` (UTF-16 spans) default to the model's tokenizer. */
export function tagWithModel(model: Model, text: string, tokens?: Token[], rawMargins?: number[]): TaggedSpan[] {
  // Margins (how much worse the best other reading is) become 0.5..1 scores; the temperature
  // is set at training time so that the median span margin on held-out text gives 0.9.
  const temperature = typeof model.info.temperature === 'number' && model.info.temperature > 0 ? model.info.temperature : 1;
  const toks = tokens ?? tokenize(text);
  const space = spaceOf(model);
  const out: TaggedSpan[] = [];
  const w = model.weights;
  const nz = nonzeroRows(model);
  const transScaled = model.trans;
  let em = new Float64Array(128 * NTAGS);
  let tags = new Uint8Array(128);
  let margins = new Float64Array(128);
  for (const [from, to] of segment(text, toks)) {
    // names are capitalized: a sequence with no capital after its first word has nothing for
    // the tagger to find that the rules have not (about a third of news sentences; the
    // sentence-initial word alone is the rules' and the gazetteer's call)
    if (!hasInnerCapital(text, toks, from, to)) continue;
    const n = to - from;
    if (tags.length < n) {
      em = new Float64Array(n * NTAGS);
      tags = new Uint8Array(n);
      margins = new Float64Array(n);
    }
    const words = tokenWords(space, text, toks, from, to);
    scoreSequence(space, w, nz, words, n, em);
    viterbi(em, transScaled, n, tags, margins);
    for (const s of spansOfTags(tags, n)) {
      let m = Infinity;
      for (let i = s.from; i < s.to; i++) m = Math.min(m, margins[i]);
      const margin = m * model.scale;
      if (rawMargins) rawMargins.push(margin);
      const score = 1 / (1 + Math.exp(-margin / temperature));
      out.push({ start: toks[from + s.from].start, end: toks[from + s.to - 1].end, type: TYPE_OF_TAG[s.tag]!, score: Math.round(score * 1000) / 1000 });
    }
  }
  return out;
}

function hasInnerCapital(text: string, toks: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(toks[i].start);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c <= 0xde) || (c > 0xff && /\p{Lu}/u.test(text[toks[i].start]))) return true;
  }
  return false;
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
function scoreSequence(space: FeatureSpace, w: ArrayLike<number>, nz: Uint8Array, words: WordInfo[], n: number, em: Float64Array): void {
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

/** Emissions (slow path, from the full feature rows): used to check the fast path. */
export function sequenceEmissions(model: Model, text: string): { fast: Float64Array; slow: Float64Array } {
  const space = spaceOf(model);
  const toks = tokenize(text);
  const words = tokenWords(space, text, toks, 0, toks.length);
  const n = words.length;
  const feats = new Int32Array(n * NF);
  space.sequence(words, feats);
  const slow = new Float64Array(n * NTAGS);
  emissions(model.weights, feats, n, slow);
  const fast = new Float64Array(n * NTAGS);
  scoreSequence(space, model.weights, nonzeroRows(model), words, n, fast);
  return { fast, slow };
}

// ---------------------------------------------------------------- training

export interface TrainOptions {
  epochs?: number;
  /** log2 of the hashed feature table size (default 20). */
  bits?: number;
  lexicons?: Lexicons;
  /** Documents to pick the best epoch on (never trained on). */
  dev?: TrainingDocument[];
  /** Shuffling seed, for reproducible weights. */
  seed?: number;
  info?: ModelInfo;
  log?: (message: string) => void;
  /** Weights whose magnitude is below this fraction of the largest are dropped (default 0.002). */
  prune?: number;
}

interface Sequence {
  words: WordInfo[];
  feats: Int32Array;
  gold: Uint8Array;
  n: number;
}

function goldTags(doc: TrainingDocument, toks: Token[]): Uint8Array {
  const tags = new Uint8Array(toks.length);
  const ents = [...doc.entities].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const e of ents) {
    while (k < toks.length && toks[k].end <= e.start) k++;
    let first = true;
    for (let j = k; j < toks.length && toks[j].start < e.end; j++) {
      const t = toks[j];
      // A token mostly outside the span ("l’" before "Union" when the corpus split them) stays O.
      const inside = Math.min(t.end, e.end) - Math.max(t.start, e.start);
      if (inside * 2 < t.end - t.start) continue;
      if (tags[j] !== 0) continue;
      const base = e.type === 'person' ? 1 : e.type === 'place' ? 3 : 5;
      tags[j] = first ? base : base + 1;
      first = false;
    }
  }
  return tags;
}

function prepare(space: FeatureSpace, docs: TrainingDocument[]): Sequence[] {
  const seqs: Sequence[] = [];
  for (const doc of docs) {
    const toks = doc.tokens ? refineTokens(doc.text, tokenize(doc.text), doc.tokens) : tokenize(doc.text);
    const gold = goldTags(doc, toks);
    for (const [from, to] of segment(doc.text, toks)) {
      const n = to - from;
      const words = tokenWords(space, doc.text, toks, from, to);
      const feats = new Int32Array(n * NF);
      space.sequence(words, feats);
      const g = gold.slice(from, to);
      // Repair I- without B- left by token boundaries that differ from the corpus's.
      for (let i = 0; i < n; i++) if (IS_INSIDE[g[i]] && (i === 0 || (g[i - 1] !== g[i] && g[i - 1] !== g[i] - 1))) g[i] -= 1;
      seqs.push({ words, feats, gold: g, n });
    }
  }
  return seqs;
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export interface SpanScores {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Exact-span micro scores of a model over documents (used to pick the epoch). */
export function scoreModel(model: Model, docs: TrainingDocument[]): SpanScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const doc of docs) {
    const gold = new Set(doc.entities.map((e) => `${e.start}:${e.end}:${e.type}`));
    const pred = tagWithModel(model, doc.text);
    for (const p of pred) {
      if (gold.delete(`${p.start}:${p.end}:${p.type}`)) tp++;
      else fp++;
    }
    fn += gold.size;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), tp, fp, fn };
}

export function trainModel(docs: TrainingDocument[], opts: TrainOptions = {}): Model {
  const bits = opts.bits ?? 20;
  const epochs = opts.epochs ?? 10;
  const lex = opts.lexicons ?? emptyLexicons();
  const log = opts.log ?? (() => {});
  const space = new FeatureSpace(bits, lex);
  const seqs = prepare(space, docs);
  log(`training on ${seqs.length} sequences, ${seqs.reduce((a, s) => a + s.n, 0)} tokens`);
  const size = (1 << bits) * ROW;
  const w = new Float32Array(size);
  const u = new Float64Array(size); // c-weighted sums for averaging: avg = w - u / c
  const tw = new Float64Array((NTAGS + 1) * NTAGS);
  const tu = new Float64Array((NTAGS + 1) * NTAGS);
  let c = 1;
  const random = rng(opts.seed ?? 1);
  const order = seqs.map((_, i) => i);
  let em = new Float64Array(256 * NTAGS);
  let pred = new Uint8Array(256);
  let best: { f1: number; model: Model; epoch: number } | null = null;

  const snapshot = (): Model => {
    const avg = new Float32Array(size);
    for (let i = 0; i < size; i++) avg[i] = w[i] - u[i] / c;
    const trans = new Float32Array(tw.length);
    for (let i = 0; i < tw.length; i++) trans[i] = tw[i] - tu[i] / c;
    return { bits, weights: avg, trans, scale: 1, lex, info: { ...opts.info } };
  };

  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const idx of order) {
      const s = seqs[idx];
      if (em.length < s.n * NTAGS) {
        em = new Float64Array(s.n * NTAGS);
        pred = new Uint8Array(s.n);
      }
      emissions(w, s.feats, s.n, em);
      viterbi(em, tw, s.n, pred);
      let wrong = false;
      for (let i = 0; i < s.n; i++) {
        const g = s.gold[i];
        const p = pred[i];
        const gp = i > 0 ? s.gold[i - 1] : START;
        const pp = i > 0 ? pred[i - 1] : START;
        if (g !== p) {
          wrong = true;
          const fb = i * NF;
          for (let f = 0; f < NF; f++) {
            const r = s.feats[fb + f];
            if (r < 0) continue;
            w[r + g] += 1;
            u[r + g] += c;
            w[r + p] -= 1;
            u[r + p] -= c;
          }
        }
        if (g !== p || gp !== pp) {
          tw[gp * NTAGS + g] += 1;
          tu[gp * NTAGS + g] += c;
          tw[pp * NTAGS + p] -= 1;
          tu[pp * NTAGS + p] -= c;
        }
      }
      if (wrong) errors++;
      c++;
    }
    let msg = `epoch ${epoch}: ${errors}/${seqs.length} sequences wrong`;
    if (opts.dev && opts.dev.length) {
      const m = snapshot();
      const sc = scoreModel(m, opts.dev);
      msg += `; dev P ${sc.precision.toFixed(3)} R ${sc.recall.toFixed(3)} F1 ${sc.f1.toFixed(3)}`;
      if (!best || sc.f1 > best.f1) best = { f1: sc.f1, model: m, epoch };
    }
    log(msg);
  }
  const model = best ? best.model : snapshot();
  model.info = { ...opts.info, epochs: best ? best.epoch : epochs };
  model.space = undefined;
  const q = quantize(model, opts.prune ?? 0.002);
  q.info.temperature = calibrate(q, opts.dev && opts.dev.length ? opts.dev : docs.slice(0, 500));
  return q;
}

function calibrate(model: Model, docs: TrainingDocument[]): number {
  const margins: number[] = [];
  for (const d of docs) {
    tagWithModel(model, d.text, undefined, margins);
    if (margins.length > 20000) break;
  }
  model.space = undefined;
  if (margins.length === 0) return 1;
  margins.sort((a, b) => a - b);
  const median = margins[margins.length >> 1];
  return Math.max(1e-6, median / Math.log(9));
}

/** int16 weights with one global scale; tiny weights pruned (they are mostly hash noise). */
export function quantize(model: Model, prune: number): Model {
  const w = model.weights;
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]));
  for (let i = 0; i < model.trans.length; i++) max = Math.max(max, Math.abs(model.trans[i]));
  const scale = max > 0 ? max / 32000 : 1;
  const q = new Int16Array(w.length);
  const cut = max * prune;
  for (let i = 0; i < w.length; i++) if (Math.abs(w[i]) >= cut) q[i] = Math.round(w[i] / scale);
  const trans = new Float32Array(model.trans.length);
  for (let i = 0; i < trans.length; i++) trans[i] = Math.round(model.trans[i] / scale);
  return { bits: model.bits, weights: q, trans, scale, lex: model.lex, info: model.info };
}

// ---------------------------------------------------------------- file format

/**
 * Layout (gzip'd): MAGIC, u32 header length, JSON header {bits, scale, tags, info, rows,
 * lexBytes}, then trans (f32), row indices (u32, ascending), row weights (i16 × NTAGS),
 * lexicons (utf8 text). Only rows with a non-zero weight are stored.
 */
export function serializeModel(model: Model, compress = false): Buffer {
  if (!(model.weights instanceof Int16Array)) model = quantize(model, 0);
  const w = model.weights as Int16Array;
  const rows: number[] = [];
  for (let r = 0; r < w.length; r += ROW) {
    for (let t = 0; t < NTAGS; t++) {
      if (w[r + t] !== 0) {
        rows.push(r >>> ROW_SHIFT);
        break;
      }
    }
  }
  const idx = new Uint32Array(rows);
  const vals = new Int16Array(rows.length * NTAGS);
  rows.forEach((r, i) => vals.set(w.subarray(r << ROW_SHIFT, (r << ROW_SHIFT) + NTAGS), i * NTAGS));
  const lexText = Buffer.from(serializeLexicons(model.lex), 'utf8');
  const header = Buffer.from(
    JSON.stringify({ bits: model.bits, scale: model.scale, tags: TAGS, info: model.info, rows: rows.length, lexBytes: lexText.length }),
    'utf8',
  );
  const pad = (4 - ((MAGIC.length + 4 + header.length) % 4)) % 4;
  const head = Buffer.alloc(MAGIC.length + 4 + header.length + pad, 0x20);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(header.length + pad, MAGIC.length);
  header.copy(head, MAGIC.length + 4);
  const trans = Buffer.from(new Float32Array(model.trans).buffer);
  const raw = Buffer.concat([head, trans, Buffer.from(idx.buffer), Buffer.from(vals.buffer), lexText]);
  // Uncompressed by default: gunzip would cost more load time than reading the extra bytes.
  return compress ? gzipSync(raw, { level: 9 }) : raw;
}

export function deserializeModel(data: Buffer): Model {
  const { raw, header, offset } = readModelFile(data);
  let off = offset;
  if (JSON.stringify(header.tags) !== JSON.stringify(TAGS)) throw new Error('model tag set does not match this version of extrait');
  // Copy into aligned buffers: the gunzip output offset is not guaranteed to be aligned.
  const ntrans = (NTAGS + 1) * NTAGS;
  const trans = new Float32Array(raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + ntrans * 4));
  off += ntrans * 4;
  const rows: number = header.rows;
  const idx = new Uint32Array(raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + rows * 4));
  off += rows * 4;
  const vals = new Int16Array(raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + rows * NTAGS * 2));
  off += rows * NTAGS * 2;
  const lex = parseLexicons(raw.toString('utf8', off, off + header.lexBytes));
  const weights = new Int16Array((1 << header.bits) * ROW);
  const nonzero = new Uint8Array(((1 << header.bits) + 7) >> 3);
  for (let i = 0; i < rows; i++) {
    const r = idx[i];
    const o = r << ROW_SHIFT;
    const v = i * NTAGS;
    for (let t = 0; t < NTAGS; t++) weights[o + t] = vals[v + t];
    nonzero[r >> 3] |= 1 << (r & 7);
  }
  return { bits: header.bits, weights, trans, scale: header.scale, lex, info: header.info ?? {}, nonzero };
}

export function saveModel(model: Model, path: string): void {
  writeFileSync(path, serializeModel(model));
}

export function loadModel(path: string): Model {
  return deserializeModel(readFileSync(path));
}

export { TAG_INDEX };
