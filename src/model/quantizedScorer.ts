/**
 * Emission scores for int16 weights from the word table: per token, its own score group (in
 * its sentence-context variant), the neighbour groups of the two words on each side, the
 * gazetteer-run rows, and the six word-pair rows, each finished from the words' halves with
 * one hash mix. The features are exactly those FeatureSpace.sequence lists for training.
 */
import { Cap, FeatureSpace, NTAGS, PAIR_FLFLP1, PAIR_SHSHP1, PAIR_WM1SH, PAIR_WM1W, PAIR_WM2WM1, PAIR_WWP1, ROW_SHIFT, pairRow } from './features.js';
import type { SequenceScorer } from './tagger.js';
import { gazetteerRuns, type RunWords } from './nameRuns.js';
import type { TokenSpans } from './tokenize.js';
import { integerTransitions } from './viterbi.js';
import { BOS, EOS, GROUP, G_LEX0, G_N1, G_N2, G_P1, G_P2, R_BREAKS, R_CAP, R_FLAGS, R_HALVES, R_SH, R_W, STRIDE, WordTable, ZERO_GROUP } from './wordTable.js';

// the sums below are written out for the 7 tags (O, B-/I- of three types), as in viterbiIntegers
if (NTAGS !== 7) throw new Error('the tagger scorer is written for 7 tags');

/** Run codes are type * 4 + 1..3 with type the NameType bits (1 | 2 | 4): below 32. */
const CODES = 32;

export class QuantizedScorer implements SequenceScorer, RunWords {
  private ids = new Int32Array(128);
  private runs = new Int32Array(128);
  /** The weight rows of each token's six word-pair features. */
  private pairs = new Int32Array(128 * 6);
  /** Summed LEX/LEXM1/LEXP1 rows per (prev + 1, code, next + 1) triple, filled on first use. */
  private lexSums = new Int32Array(((CODES + 1) * CODES * (CODES + 1) + 1) * NTAGS);
  private lexDone = new Uint8Array((CODES + 1) * CODES * (CODES + 1));
  private lexBuf = new Int32Array(3);
  private readonly lexShapeHalves = new Int32Array(CODES);
  /** names.get of joined keys: the same few multi-word candidates ("Jean Pierre", "La Haye") recur. */
  private nameCache = new Map<string, number>();
  private readonly mask: number;

  readonly integers: boolean;

  constructor(
    private readonly table: WordTable,
    private readonly nonzero: Uint8Array,
    trans: Float32Array,
  ) {
    this.integers = integerTransitions(trans);
    this.mask = table.space.mask;
    for (let c = 0; c < CODES; c++) this.lexShapeHalves[c] = FeatureSpace.lexShapeHalf(c);
  }

  /** Still valid for this feature space and these weights (a model's caches may be reset). */
  serves(space: FeatureSpace, weights: Int16Array): boolean {
    return this.table.space === space && this.table.weights === weights;
  }

  score(text: string, tokens: TokenSpans, from: number, n: number, em: Float64Array): void {
    const table = this.table;
    if (this.ids.length < n) {
      this.ids = new Int32Array(n);
      this.runs = new Int32Array(n);
      this.pairs = new Int32Array(n * 6);
    }
    const ids = this.ids;
    table.makeRoom(n);
    if (!this.findIds(text, tokens, from, n)) {
      // a shared table whose lock could not be had: again, in a table of this thread's own
      table.detach();
      table.makeRoom(n);
      this.findIds(text, tokens, from, n);
    }
    const G = table.records;
    let caps = 0;
    let lettered = 0;
    for (let i = 0; i < n; i++) {
      const c = G[ids[i] * STRIDE + R_CAP];
      if (c !== Cap.NONE) lettered++;
      if (c === Cap.ALLCAPS) caps++;
    }
    // Headlines and OCR'd mastheads in capitals: case then says little.
    const capSent = lettered >= 3 && caps * 2 > lettered ? 1 : 0;
    this.nameRuns(n);
    const runs = this.runs;
    const weights = table.weights;
    const mask = this.mask;
    const w = weights;
    const pairs = this.pairs;
    for (let i = 0; i < n; i++) {
      const self = ids[i];
      const p1 = i > 0 ? ids[i - 1] : BOS;
      const p2 = i > 1 ? ids[i - 2] : BOS;
      const n1 = i + 1 < n ? ids[i + 1] : EOS;
      const n2 = i + 2 < n ? ids[i + 2] : EOS;
      const rs = self * STRIDE;
      const rp1 = p1 * STRIDE;
      const rp2 = p2 * STRIDE;
      const rn1 = n1 * STRIDE;
      const initial = i === 0 ? 1 : G[rp1 + R_BREAKS];
      const gs = rs + (initial | (capSent << 1)) * GROUP;
      const g1 = rp1 + G_P1;
      const g2 = rp2 + G_P2;
      const g3 = rn1 + G_N1;
      const g4 = n2 * STRIDE + G_N2;
      const code = runs[i];
      const lx = this.lexSum(i > 0 ? runs[i - 1] : -1, code, i + 1 < n ? runs[i + 1] : -1);
      const L = this.lexSums;
      // the word's own groups, its neighbours' groups, the gazetteer-run rows, and the
      // gazetteer-shape row: in the word's groups when outside any run, else added below
      const gl = code === 0 ? rs + G_LEX0 : ZERO_GROUP;
      const o = i * NTAGS;
      em[o] = G[gs] + G[g1] + G[g2] + G[g3] + G[g4] + G[gl] + L[lx];
      em[o + 1] = G[gs + 1] + G[g1 + 1] + G[g2 + 1] + G[g3 + 1] + G[g4 + 1] + G[gl + 1] + L[lx + 1];
      em[o + 2] = G[gs + 2] + G[g1 + 2] + G[g2 + 2] + G[g3 + 2] + G[g4 + 2] + G[gl + 2] + L[lx + 2];
      em[o + 3] = G[gs + 3] + G[g1 + 3] + G[g2 + 3] + G[g3 + 3] + G[g4 + 3] + G[gl + 3] + L[lx + 3];
      em[o + 4] = G[gs + 4] + G[g1 + 4] + G[g2 + 4] + G[g3 + 4] + G[g4 + 4] + G[gl + 4] + L[lx + 4];
      em[o + 5] = G[gs + 5] + G[g1 + 5] + G[g2 + 5] + G[g3 + 5] + G[g4 + 5] + G[gl + 5] + L[lx + 5];
      em[o + 6] = G[gs + 6] + G[g1 + 6] + G[g2 + 6] + G[g3 + 6] + G[g4 + 6] + G[gl + 6] + L[lx + 6];
      if (code !== 0) {
        const r = code > 0 && code < CODES ? pairRow(this.lexShapeHalves[code], G[rs + R_SH], mask) : table.space.lexShapeRow(code, G[rs + R_SH]);
        for (let t = 0; t < NTAGS; t++) em[o + t] += w[r + t];
      }
      // the word-pair rows, finished from the words' halves: summed in a second pass
      const hs = rs + R_HALVES;
      const h1 = rp1 + R_HALVES;
      const q = i * 6;
      pairs[q] = pairRow(G[h1 + PAIR_WM1W], G[rs + R_W], mask);
      pairs[q + 1] = pairRow(G[hs + PAIR_WWP1], G[rn1 + R_W], mask);
      pairs[q + 2] = pairRow(G[h1 + PAIR_WM1SH], G[rs + R_SH], mask);
      pairs[q + 3] = pairRow(G[hs + PAIR_SHSHP1], G[rn1 + R_SH], mask);
      pairs[q + 4] = pairRow(G[hs + PAIR_FLFLP1], G[rn1 + R_FLAGS], mask);
      pairs[q + 5] = pairRow(G[rp2 + R_HALVES + PAIR_WM2WM1], G[rp1 + R_W], mask);
    }
    // The pair rows: most are non-empty (4.3 of 6 a token on news), and with neither a branch
    // to mispredict nor other work between them, the reads from the large weight table overlap
    // instead of waiting one after another. Empty rows are read too (their weights are 0): a
    // bitset of the empty ones would save those reads only while it stays in cache, and between
    // two documents the other stages evict it, so that each test cost a miss of its own (model
    // stage on the distinct corpus with 24 MB touched between documents: 1,480 -> 1,320 CPU ms).
    for (let i = 0; i < n; i++) {
      const q = i * 6;
      const r0 = pairs[q];
      const r1 = pairs[q + 1];
      const r2 = pairs[q + 2];
      const r3 = pairs[q + 3];
      const r4 = pairs[q + 4];
      const r5 = pairs[q + 5];
      const o = i * NTAGS;
      em[o] += w[r0] + w[r1] + w[r2] + w[r3] + w[r4] + w[r5];
      em[o + 1] += w[r0 + 1] + w[r1 + 1] + w[r2 + 1] + w[r3 + 1] + w[r4 + 1] + w[r5 + 1];
      em[o + 2] += w[r0 + 2] + w[r1 + 2] + w[r2 + 2] + w[r3 + 2] + w[r4 + 2] + w[r5 + 2];
      em[o + 3] += w[r0 + 3] + w[r1 + 3] + w[r2 + 3] + w[r3 + 3] + w[r4 + 3] + w[r5 + 3];
      em[o + 4] += w[r0 + 4] + w[r1 + 4] + w[r2 + 4] + w[r3 + 4] + w[r4 + 4] + w[r5 + 4];
      em[o + 5] += w[r0 + 5] + w[r1 + 5] + w[r2 + 5] + w[r3 + 5] + w[r4 + 5] + w[r5 + 5];
      em[o + 6] += w[r0 + 6] + w[r1 + 6] + w[r2 + 6] + w[r3 + 6] + w[r4 + 6] + w[r5 + 6];
    }
  }

  /** The ids of the sequence's words into this.ids; false when a new word could not be added. */
  private findIds(text: string, tokens: TokenSpans, from: number, n: number): boolean {
    return this.table.idsOf(text, tokens.start, tokens.end, from, n, this.ids);
  }

  /** Offset into lexSums of the summed rows for a (prev, code, next) triple of run codes. */
  private lexSum(prev: number, code: number, next: number): number {
    const space = this.table.space;
    if (prev < -1 || prev >= CODES || code < 0 || code >= CODES || next < -1 || next >= CODES) {
      // codes from lexicons with other type bits: summed each time, in the spare last slot
      const at = this.lexSums.length - NTAGS;
      this.lexSums.fill(0, at);
      space.lexRows(prev, code, next, this.lexBuf, 0);
      this.addRows(this.lexBuf, this.lexSums, at);
      return at;
    }
    const k = ((prev + 1) * CODES + code) * (CODES + 1) + next + 1;
    if (this.lexDone[k] === 0) {
      space.lexRows(prev, code, next, this.lexBuf, 0);
      this.addRows(this.lexBuf, this.lexSums, k * NTAGS);
      this.lexDone[k] = 1;
    }
    return k * NTAGS;
  }

  private addRows(rows: Int32Array, out: Int32Array, at: number): void {
    const w = this.table.weights;
    const nz = this.nonzero;
    for (let f = 0; f < rows.length; f++) {
      const r = rows[f];
      const i = r >>> ROW_SHIFT;
      if ((nz[i >> 3] & (1 << (i & 7))) === 0) continue;
      for (let t = 0; t < NTAGS; t++) out[at + t] += w[r + t];
    }
  }

  /** FeatureSpace.nameRuns over the ids of the sequence, into this.runs. */
  private nameRuns(n: number): void {
    if (this.table.space.lex.names.size === 0) this.runs.fill(0, 0, n);
    else gazetteerRuns(this, n, this.nameOf, this.runs);
  }

  // RunWords over the ids of the current sequence
  capitalized(i: number): boolean {
    return this.table.capitalized(this.ids[i]);
  }

  key(i: number): string {
    return this.table.keyOf(this.ids[i]);
  }

  nameStart(i: number): number {
    return this.table.nameStart[this.ids[i]];
  }

  nameBits(i: number): number {
    return this.table.nameBits[this.ids[i]];
  }

  private readonly nameOf = (key: string): number => {
    let t = this.nameCache.get(key);
    if (t === undefined) {
      if (this.nameCache.size > 20_000) this.nameCache.clear();
      t = this.table.space.lex.names.get(key) ?? 0;
      this.nameCache.set(key, t);
    }
    return t;
  };
}
