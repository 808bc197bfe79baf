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
  // the transitions the forward pass reads, as locals: t{p}{c} = trans[p * NTAGS + c]
  const t00 = T[0], t10 = T[7], t20 = T[14], t30 = T[21], t40 = T[28], t50 = T[35], t60 = T[42];
  const t01 = T[1], t11 = T[8], t21 = T[15], t31 = T[22], t41 = T[29], t51 = T[36], t61 = T[43];
  const t03 = T[3], t13 = T[10], t23 = T[17], t33 = T[24], t43 = T[31], t53 = T[38], t63 = T[45];
  const t05 = T[5], t15 = T[12], t25 = T[19], t35 = T[26], t45 = T[33], t55 = T[40], t65 = T[47];
  const t12 = T[9], t22 = T[16], t34 = T[25], t44 = T[32], t56 = T[41], t66 = T[48];
  let a0 = score[0];
  let a1 = score[1];
  let a2 = score[2];
  let a3 = score[3];
  let a4 = score[4];
  let a5 = score[5];
  let a6 = score[6];
  for (let i = 1; i < n; i++) {
    const o = i * NTAGS;
    let best: number;
    let arg: number;
    let s: number;
    // O, B-PER, B-LOC, B-ORG: after any tag (O, always reachable, is the first candidate);
    // the first best predecessor is kept, as viterbi() keeps it
    (best = a0 + t00), (arg = 0);
    if ((s = a1 + t10) > best) (best = s), (arg = 1);
    if ((s = a2 + t20) > best) (best = s), (arg = 2);
    if ((s = a3 + t30) > best) (best = s), (arg = 3);
    if ((s = a4 + t40) > best) (best = s), (arg = 4);
    if ((s = a5 + t50) > best) (best = s), (arg = 5);
    if ((s = a6 + t60) > best) (best = s), (arg = 6);
    const b0 = best + em[o + 0];
    back[o + 0] = arg;
    (best = a0 + t01), (arg = 0);
    if ((s = a1 + t11) > best) (best = s), (arg = 1);
    if ((s = a2 + t21) > best) (best = s), (arg = 2);
    if ((s = a3 + t31) > best) (best = s), (arg = 3);
    if ((s = a4 + t41) > best) (best = s), (arg = 4);
    if ((s = a5 + t51) > best) (best = s), (arg = 5);
    if ((s = a6 + t61) > best) (best = s), (arg = 6);
    const b1 = best + em[o + 1];
    back[o + 1] = arg;
    (best = a0 + t03), (arg = 0);
    if ((s = a1 + t13) > best) (best = s), (arg = 1);
    if ((s = a2 + t23) > best) (best = s), (arg = 2);
    if ((s = a3 + t33) > best) (best = s), (arg = 3);
    if ((s = a4 + t43) > best) (best = s), (arg = 4);
    if ((s = a5 + t53) > best) (best = s), (arg = 5);
    if ((s = a6 + t63) > best) (best = s), (arg = 6);
    const b3 = best + em[o + 3];
    back[o + 3] = arg;
    (best = a0 + t05), (arg = 0);
    if ((s = a1 + t15) > best) (best = s), (arg = 1);
    if ((s = a2 + t25) > best) (best = s), (arg = 2);
    if ((s = a3 + t35) > best) (best = s), (arg = 3);
    if ((s = a4 + t45) > best) (best = s), (arg = 4);
    if ((s = a5 + t55) > best) (best = s), (arg = 5);
    if ((s = a6 + t65) > best) (best = s), (arg = 6);
    const b5 = best + em[o + 5];
    back[o + 5] = arg;
    // I-X: after B-X (always reachable) or I-X
    (best = a1 + t12), (arg = 1);
    if ((s = a2 + t22) > best) (best = s), (arg = 2);
    const b2 = best + em[o + 2];
    back[o + 2] = arg;
    (best = a3 + t34), (arg = 3);
    if ((s = a4 + t44) > best) (best = s), (arg = 4);
    const b4 = best + em[o + 4];
    back[o + 4] = arg;
    (best = a5 + t56), (arg = 5);
    if ((s = a6 + t66) > best) (best = s), (arg = 6);
    const b6 = best + em[o + 6];
    back[o + 6] = arg;
    score[o + 0] = a0 = b0;
    score[o + 1] = a1 = b1;
    score[o + 2] = a2 = b2;
    score[o + 3] = a3 = b3;
    score[o + 4] = a4 = b4;
    score[o + 5] = a5 = b5;
    score[o + 6] = a6 = b6;
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
