/**
 * Decoding for the tagger: Viterbi under BIO constraints (I-X only after B-X or I-X), with the
 * max-marginal gaps that become span confidences, and BIO tags read back as spans.
 */
import { NTAGS, TAGS } from './features.js';
import type { ModelEntityType } from './trainingData.js';

export const START = NTAGS;
export const TYPE_OF_TAG: (ModelEntityType | null)[] = [null, 'person', 'person', 'place', 'place', 'organization', 'organization'];
export const IS_INSIDE = [false, false, true, false, true, false, true];
export const TAG_INDEX: Record<string, number> = Object.fromEntries(TAGS.map((t, i) => [t, i]));

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

let vScore = new Float64Array(256 * NTAGS);
let vBack = new Uint8Array(256 * NTAGS);
let vBeta = new Float64Array(256 * NTAGS);

/**
 * Viterbi over emissions `em` (n * NTAGS) with transitions `trans` (same units); writes the
 * best tags into `tags`. With `margins`, also runs the backward pass and gives per token how
 * much worse the best path forced through any other tag is (max-marginal gap, >= 0).
 */
export function viterbi(em: Float64Array, trans: ArrayLike<number>, n: number, tags: Uint8Array, margins?: Float64Array): void {
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
export function spansOfTags(tags: Uint8Array, n: number): { from: number; to: number; tag: number }[] {
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


const { max } = Math;

/** The transitions can be summed in any order without changing a score: all integers. */
export function integerTransitions(trans: ArrayLike<number>): boolean {
  for (let i = 0; i < trans.length; i++) if (!Number.isInteger(trans[i])) return false;
  return true;
}

/**
 * viterbi() for integer emissions and transitions (int16 weights, rounded transitions), where
 * sums are exact in any order: the BIO structure unrolled (O and B-X follow any tag, I-X only
 * B-X or I-X), the same ties broken the same way (the first best predecessor, the first best
 * last tag), and margins computed only for tokens inside a span, the only ones read.
 */
export function viterbiIntegers(em: Float64Array, T: Float32Array, n: number, tags: Uint8Array, margins: Float64Array): void {
  if (vScore.length < n * NTAGS) {
    vScore = new Float64Array(n * NTAGS);
    vBack = new Uint8Array(n * NTAGS);
    vBeta = new Float64Array(n * NTAGS);
  }
  const score = vScore;
  const back = vBack;
  const S = START * NTAGS;
  score[0] = em[0] + T[S];
  score[1] = em[1] + T[S + 1];
  score[2] = -Infinity;
  score[3] = em[3] + T[S + 3];
  score[4] = -Infinity;
  score[5] = em[5] + T[S + 5];
  score[6] = -Infinity;
  let a0 = score[0];
  let a1 = score[1];
  let a2 = score[2];
  let a3 = score[3];
  let a4 = score[4];
  let a5 = score[5];
  let a6 = score[6];
  for (let i = 1; i < n; i++) {
    const o = i * NTAGS;
    // O, B-PER, B-LOC, B-ORG: any predecessor
    for (let c = 0; c < NTAGS; c = c === 0 ? 1 : c + 2) {
      let best = -Infinity;
      let arg = 0;
      let s = a0 + T[c];
      if (s > best) (best = s), (arg = 0);
      s = a1 + T[7 + c];
      if (s > best) (best = s), (arg = 1);
      s = a2 + T[14 + c];
      if (s > best) (best = s), (arg = 2);
      s = a3 + T[21 + c];
      if (s > best) (best = s), (arg = 3);
      s = a4 + T[28 + c];
      if (s > best) (best = s), (arg = 4);
      s = a5 + T[35 + c];
      if (s > best) (best = s), (arg = 5);
      s = a6 + T[42 + c];
      if (s > best) (best = s), (arg = 6);
      score[o + c] = best + em[o + c];
      back[o + c] = arg;
    }
    // I-X: after B-X (c - 1) or I-X (c)
    for (let c = 2; c < NTAGS; c += 2) {
      const bPrev = c === 2 ? a1 : c === 4 ? a3 : a5;
      const iPrev = c === 2 ? a2 : c === 4 ? a4 : a6;
      let best = -Infinity;
      let arg = 0;
      let s = bPrev + T[(c - 1) * NTAGS + c];
      if (s > best) (best = s), (arg = c - 1);
      s = iPrev + T[c * NTAGS + c];
      if (s > best) (best = s), (arg = c);
      score[o + c] = best + em[o + c];
      back[o + c] = arg;
    }
    a0 = score[o];
    a1 = score[o + 1];
    a2 = score[o + 2];
    a3 = score[o + 3];
    a4 = score[o + 4];
    a5 = score[o + 5];
    a6 = score[o + 6];
  }
  const last = (n - 1) * NTAGS;
  let arg = 0;
  for (let c = 1; c < NTAGS; c++) if (score[last + c] > score[last + arg]) arg = c;
  const total = score[last + arg];
  let first = -1;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    if (arg !== 0) first = i;
    if (i > 0) arg = back[i * NTAGS + arg];
  }
  if (first < 0) return; // no span: nothing needs a confidence
  const beta = vBeta;
  for (let c = 0; c < NTAGS; c++) beta[last + c] = 0;
  for (let i = n - 2; i >= first; i--) {
    const o = i * NTAGS;
    const no = o + NTAGS;
    const u0 = em[no] + beta[no];
    const u1 = em[no + 1] + beta[no + 1];
    const u2 = em[no + 2] + beta[no + 2];
    const u3 = em[no + 3] + beta[no + 3];
    const u4 = em[no + 4] + beta[no + 4];
    const u5 = em[no + 5] + beta[no + 5];
    const u6 = em[no + 6] + beta[no + 6];
    for (let c = 0; c < NTAGS; c++) {
      const t = c * NTAGS;
      // I-X can follow only B-X or I-X
      const inside = c === 0 ? -Infinity : c <= 2 ? T[t + 2] + u2 : c <= 4 ? T[t + 4] + u4 : T[t + 6] + u6;
      beta[o + c] = max(T[t] + u0, T[t + 1] + u1, T[t + 3] + u3, T[t + 5] + u5, inside);
    }
  }
  for (let i = first; i < n; i++) {
    const tag = tags[i];
    if (tag === 0) continue;
    const o = i * NTAGS;
    let other = -Infinity;
    for (let c = 0; c < NTAGS; c++) if (c !== tag && score[o + c] + beta[o + c] > other) other = score[o + c] + beta[o + c];
    margins[i] = total - other;
  }
}
