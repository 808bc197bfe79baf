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

