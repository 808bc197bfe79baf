/**
 * The tagger: a first-order structured perceptron (averaged) over BIO tags, decoded with
 * Viterbi under BIO constraints (I-X only after B-X or I-X). Weights live in a hashed table
 * of rows, one weight per tag; the shipped form is int16 quantized, pruned, gzip'd.
 * Tagging (tagger.ts) scores int16 weights from a per-word cache (wordTable.ts,
 * quantizedScorer.ts) and float weights, while training, as training sums them (floatScorer.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { FeatureSpace, NF, NTAGS, ROW, ROW_SHIFT, TAGS, tokenWords, type WordInfo } from './features.js';
import { FloatScorer, ReferenceScorer, emissions } from './floatScorer.js';
import { QuantizedScorer } from './quantizedScorer.js';
import { tagSequences, type SequenceScorer, type TaggedSpan } from './tagger.js';
import { IS_INSIDE, START, TAG_INDEX, viterbi } from './viterbi.js';
import { WordTable, type SharedWordMemory } from './wordTable.js';
import { emptyLexicons, parseLexicons, serializeLexicons, type Lexicons } from './lexicon.js';
import { MAGIC, readModelFile } from './fileHeader.js';
import { segment } from './segment.js';
import { TokenSpans, tokenize, tokenizeInto, type Token } from './tokenize.js';
import { refineTokens, type TrainingDocument } from './trainingData.js';

export type { TaggedSpan } from './tagger.js';

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

export function spaceOf(model: Model): FeatureSpace {
  if (!model.space) model.space = new FeatureSpace(model.bits, model.lex);
  return model.space;
}

const quantizedScorers = new WeakMap<Model, QuantizedScorer>();

/** Memory for the word table of the next scorer made (a worker's: see shareWordTable). */
let sharedWords: SharedWordMemory | null = null;

/**
 * The next word-cache scorer made (the model every document of this worker is tagged with:
 * each worker of a run loads the same model file) keeps its word table in `memory`, shared
 * with the other workers of the run, so that a word met by one is not computed again by another.
 */
export function shareWordTable(memory: SharedWordMemory): void {
  sharedWords = memory;
}

/** The word-cache scorer of a model with int16 weights (made on first use, kept with the model). */
function quantizedScorer(model: Model, weights: Int16Array): QuantizedScorer {
  const space = spaceOf(model);
  let scorer = quantizedScorers.get(model);
  if (!scorer || !scorer.serves(space, weights)) {
    scorer = new QuantizedScorer(new WordTable(space, weights, sharedWords ?? undefined), nonzeroRows(model), model.trans);
    sharedWords = null;
    quantizedScorers.set(model, scorer);
    // one pass over a text that takes every branch of the tokenizer, the segmenter and the
    // scorer before they are hot: optimized on complete type feedback, they are not thrown away
    // and compiled again on the first rare character of the input (a few ms once; the word
    // table is a cache, so what this adds to it changes no result)
    tagSequences(model, scorer, WARM_UP_TEXT);
  }
  return scorer;
}

const WARM_UP_TEXT = [
  'PARIS (AFP) — Le président Emmanuel Macron a reçu l’émir du Qatar et M. Jean-Pierre N’Diaye à l\'Élysée, aujourd’hui.',
  'Selon l\'ONU, 3,5 % des 1.200 habitants de Bobo-Dioulasso (Burkina Faso) et de la Côte d’Ivoire… « Non ! » Vraiment ? Oui ; bien.',
  'LE CONSEIL DE SÉCURITÉ DES NATIONS UNIES SE RÉUNIT À NEW YORK',
  'J. Dupont, Mme Œuvre et O’Neil à Saint-Étienne\u00a0: Ζεύς, Москва, 𝐀𝐁𝐂 😀 e\u0301te\u0301 -- ... ‐ “ ”',
  'Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz et Organisation mondiale de la Santé.',
  Array.from({ length: 130 }, (_, i) => (i % 40 === 39 ? 'et,' : i % 7 === 0 ? 'Kofi' : 'mot')).join(' '),
].join('\n');

/** Tag a text; `tokens` (UTF-16 spans) default to the model's tokenizer. */
export function tagWithModel(model: Model, text: string, tokens?: Token[], rawMargins?: number[]): TaggedSpan[] {
  return tagSequences(model, scorerOf(model), text, tokens, rawMargins);
}

function scorerOf(model: Model): SequenceScorer {
  const w = model.weights;
  // int16 weights (every loaded model) sum exactly in any order: the per-word cache applies;
  // float weights (while training) keep the float path whose sums the training loop matches
  return w instanceof Int16Array ? quantizedScorer(model, w) : new FloatScorer(spaceOf(model), w, nonzeroRows(model));
}

/**
 * Emissions of the whole text read as one sequence: `fast` from the scorer tagWithModel uses,
 * `slow` from every token's full feature rows summed as training sums them (checks the cache).
 */
export function sequenceEmissions(model: Model, text: string): { fast: Float64Array; slow: Float64Array } {
  const tokens = new TokenSpans();
  tokenizeInto(text, tokens);
  const n = tokens.length;
  const fast = new Float64Array(n * NTAGS);
  scorerOf(model).score(text, tokens, 0, n, fast);
  const slow = new Float64Array(n * NTAGS);
  new ReferenceScorer(spaceOf(model), model.weights).score(text, tokens, 0, n, slow);
  return { fast, slow };
}

/** Tag a text summing every token's full feature rows, as training does: no cache (checks the cached paths). */
export function tagUncached(model: Model, text: string): TaggedSpan[] {
  return tagSequences(model, new ReferenceScorer(spaceOf(model), model.weights), text);
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
  // node:zlib loaded here only: a start that reads the model never needs it
  return compress ? process.getBuiltinModule('node:zlib').gzipSync(raw, { level: 9 }) : raw;
}

/**
 * `length` elements at byte `off` of `raw`, read while loading only: a view when aligned (a file
 * read whole starts aligned, and the format pads its header to 4 bytes), which spares copying
 * 3 MB at every start; else a copy (a gunzip output offset is not guaranteed to be aligned).
 */
function arrayAt<T extends Uint32Array | Int16Array>(
  Kind: { new (buffer: ArrayBufferLike, byteOffset?: number, length?: number): T; BYTES_PER_ELEMENT: number },
  raw: Buffer,
  off: number,
  length: number,
): T {
  const at = raw.byteOffset + off;
  if (at % Kind.BYTES_PER_ELEMENT === 0) return new Kind(raw.buffer, at, length);
  return new Kind(raw.buffer.slice(at, at + length * Kind.BYTES_PER_ELEMENT));
}

export function deserializeModel(data: Buffer): Model {
  const { raw, header, offset } = readModelFile(data);
  let off = offset;
  if (JSON.stringify(header.tags) !== JSON.stringify(TAGS)) throw new Error('model tag set does not match this version of extrait');
  // trans is kept with the model: a copy, so the file's buffer can be freed.
  const ntrans = (NTAGS + 1) * NTAGS;
  const trans = new Float32Array(raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + ntrans * 4));
  off += ntrans * 4;
  const rows: number = header.rows;
  const idx = arrayAt(Uint32Array, raw, off, rows);
  off += rows * 4;
  const vals = arrayAt(Int16Array, raw, off, rows * NTAGS);
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
