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

function ensureBuffers(n: number): void {
  if (vScore.length < n * NTAGS) {
    vScore = new Float64Array(n * NTAGS);
    vBack = new Uint8Array(n * NTAGS);
    vBeta = new Float64Array(n * NTAGS);
  }
}

/**
 * Viterbi over emissions `em` (n * NTAGS) with transitions `trans` (same units); writes the
 * best tags into `tags`. With `margins`, also runs the backward pass and gives per token how
 * much worse the best path forced through any other tag is (max-marginal gap, >= 0).
 */
export function viterbi(em: Float64Array, trans: ArrayLike<number>, n: number, tags: Uint8Array, margins?: Float64Array): void {
  ensureBuffers(n);
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

/** Argument of the last fromAny / fromBegin: the predecessor tag. */
let bestArg = 0;

/**
 * The best predecessor score plus transition over all seven tags (p = 0…6, the first best
 * kept, as viterbi() keeps it; O is always reachable, so its sum is finite and starts).
 */
function fromAny(a0: number, a1: number, a2: number, a3: number, a4: number, a5: number, a6: number, t0: number, t1: number, t2: number, t3: number, t4: number, t5: number, t6: number): number {
  let best = a0 + t0;
  let arg = 0;
  let s: number;
  if ((s = a1 + t1) > best) (best = s), (arg = 1);
  if ((s = a2 + t2) > best) (best = s), (arg = 2);
  if ((s = a3 + t3) > best) (best = s), (arg = 3);
  if ((s = a4 + t4) > best) (best = s), (arg = 4);
  if ((s = a5 + t5) > best) (best = s), (arg = 5);
  if ((s = a6 + t6) > best) (best = s), (arg = 6);
  bestArg = arg;
  return best;
}

/** The same for I-X: from B-X (tag b, always reachable) or I-X (tag b + 1). */
function fromBegin(aB: number, aI: number, tB: number, tI: number, b: number): number {
  const s = aI + tI;
  const fromB = aB + tB;
  bestArg = s > fromB ? b + 1 : b;
  return s > fromB ? s : fromB;
}

/**
 * viterbi() for integer emissions and transitions (int16 weights, rounded transitions), where
 * sums are exact in any order: the BIO structure unrolled (O and B-X follow any tag, I-X only
 * B-X or I-X), the same ties broken the same way (the first best predecessor, the first best
 * last tag), and margins computed only for tokens inside a span, the only ones read.
 */
export function viterbiIntegers(em: Float64Array, T: Float32Array, n: number, tags: Uint8Array, margins: Float64Array): void {
  ensureBuffers(n);
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
  // the transitions the passes read, as locals: t{p}{c} = trans[p * NTAGS + c]
  const t00 = T[0], t01 = T[1], t03 = T[3], t05 = T[5];
  const t10 = T[7], t11 = T[8], t12 = T[9], t13 = T[10], t15 = T[12];
  const t20 = T[14], t21 = T[15], t22 = T[16], t23 = T[17], t25 = T[19];
  const t30 = T[21], t31 = T[22], t33 = T[24], t34 = T[25], t35 = T[26];
  const t40 = T[28], t41 = T[29], t43 = T[31], t44 = T[32], t45 = T[33];
  const t50 = T[35], t51 = T[36], t53 = T[38], t55 = T[40], t56 = T[41];
  const t60 = T[42], t61 = T[43], t63 = T[45], t65 = T[47], t66 = T[48];
  let a0 = score[0];
  let a1 = score[1];
  let a2 = score[2];
  let a3 = score[3];
  let a4 = score[4];
  let a5 = score[5];
  let a6 = score[6];
  for (let i = 1; i < n; i++) {
    const o = i * NTAGS;
    // O, B-PER, B-LOC, B-ORG follow any tag; I-X follows B-X or I-X
    const b0 = fromAny(a0, a1, a2, a3, a4, a5, a6, t00, t10, t20, t30, t40, t50, t60) + em[o];
    back[o] = bestArg;
    const b1 = fromAny(a0, a1, a2, a3, a4, a5, a6, t01, t11, t21, t31, t41, t51, t61) + em[o + 1];
    back[o + 1] = bestArg;
    const b2 = fromBegin(a1, a2, t12, t22, 1) + em[o + 2];
    back[o + 2] = bestArg;
    const b3 = fromAny(a0, a1, a2, a3, a4, a5, a6, t03, t13, t23, t33, t43, t53, t63) + em[o + 3];
    back[o + 3] = bestArg;
    const b4 = fromBegin(a3, a4, t34, t44, 3) + em[o + 4];
    back[o + 4] = bestArg;
    const b5 = fromAny(a0, a1, a2, a3, a4, a5, a6, t05, t15, t25, t35, t45, t55, t65) + em[o + 5];
    back[o + 5] = bestArg;
    const b6 = fromBegin(a5, a6, t56, t66, 5) + em[o + 6];
    back[o + 6] = bestArg;
    score[o] = a0 = b0;
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
    // from tag c: to O or any B-X, or to the I-X that may follow c (none after O)
    beta[o] = max(t00 + u0, t01 + u1, t03 + u3, t05 + u5);
    beta[o + 1] = max(t10 + u0, t11 + u1, t13 + u3, t15 + u5, t12 + u2);
    beta[o + 2] = max(t20 + u0, t21 + u1, t23 + u3, t25 + u5, t22 + u2);
    beta[o + 3] = max(t30 + u0, t31 + u1, t33 + u3, t35 + u5, t34 + u4);
    beta[o + 4] = max(t40 + u0, t41 + u1, t43 + u3, t45 + u5, t44 + u4);
    beta[o + 5] = max(t50 + u0, t51 + u1, t53 + u3, t55 + u5, t56 + u6);
    beta[o + 6] = max(t60 + u0, t61 + u1, t63 + u3, t65 + u5, t66 + u6);
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
