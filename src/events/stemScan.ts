/**
 * The stems of the event types ("nomm", "pris la tête", "s'est vu": data/events/triggers.json
 * "_stems") found without compiling them into one large regex (a prefix-tree alternation whose
 * compilation was part of every cold start): a table of the pairs of characters that open a stem
 * rejects most positions with two look-ups, and the others are read through a prefix tree of the
 * stems, children tried in the order the regex alternation tries them. The matches are the
 * regex's, one for one (tests/events/stemScan.test.ts compares both on real articles).
 */
import { isBlank } from '../text/blank.js';
import type { EventType } from './types.js';

/** One stem match: where it starts and ends in the text, and the types of the stem. */
export interface StemMatch { start: number; end: number; types: EventType[] }

const APOSTROPHE = 39;
const SPACE = 32;
/** Distinct characters the stems may hold (their index 0 means "none"). */
const WIDTH = 64;

/**
 * The stems as a prefix tree in flat arrays. The children of a node hold distinct characters, a
 * blank or an apostrophe reading as one character here: at most one child goes on at each
 * character, so the alternation's search (longer stems first, a shorter one when the longer
 * fails) is the deepest stem on that one path.
 */
interface Stems {
  /** Per UTF-16 unit: its index among the stems' characters (0: none); ’ reads as ' (and a blank as a space, in the scan). */
  index: Uint8Array;
  /** Per node and character index: the child (0: none; the root is node 0). */
  next: Int32Array;
  /** Per node: the types of the stem ending there, or null. */
  types: (EventType[] | null)[];
  /** The index of the space (blanks), 0 when no stem holds one. */
  space: number;
}

let stems: Stems | null = null;

/** `types`: each stem (lower case, as listed) with its types. */
function build(types: Map<string, EventType[]>): Stems {
  const index = new Uint8Array(65536);
  let count = 0;
  const nodes: number[][] = [[]];
  const ends: (EventType[] | null)[] = [null];
  for (const [stem, list] of types) {
    let node = 0;
    for (let k = 0; k < stem.length; k++) {
      const c = (index[stem.charCodeAt(k)] ||= ++count);
      if (count >= WIDTH) throw new Error(`event stems: more than ${WIDTH - 1} distinct characters`);
      let child = nodes[node][c];
      if (child === undefined) {
        child = nodes[node][c] = nodes.length;
        nodes.push([]);
        ends.push(null);
      }
      node = child;
    }
    ends[node] = list;
  }
  // a space in a stem matches any run of blanks (the other blanks are read as one by the scan), an apostrophe both apostrophes
  const space = index[SPACE];
  if (index[APOSTROPHE]) index[0x2019] = index[APOSTROPHE];
  const next = new Int32Array(nodes.length * WIDTH);
  nodes.forEach((children, node) => children.forEach((child, c) => (next[node * WIDTH + c] = child)));
  return { index, next, types: ends, space };
}

/**
 * The stem matches in `text` (the text the trigger patterns read: each sentence's first letter
 * lowered) from `from` on, starting before `to`, as the global regex scan finds them.
 */
export function stemMatches(text: string, from: number, to: number, types: Map<string, EventType[]>): StemMatch[] {
  const { index, next, types: ends, space } = (stems ??= build(types));
  const found: StemMatch[] = [];
  const len = text.length;
  const last = Math.min(to, len);
  for (let p = from; p < last; p++) {
    let node = next[index[text.charCodeAt(p)]];
    if (node === 0) continue;
    let q = p + 1;
    let endAt = ends[node] ? q : -1;
    let endNode = node;
    while (q < len) {
      const code = text.charCodeAt(q);
      let c = index[code];
      // the blanks other than the space: looked up here rather than marked in a table of every UTF-16 unit at start-up
      if (c === 0 && space !== 0 && isBlank(code)) c = space;
      const child = c === 0 ? 0 : next[node * WIDTH + c];
      if (child === 0) break;
      q++;
      // no stem holds two blanks in a row: the run is read whole
      if (c === space) while (q < len && isBlank(text.charCodeAt(q))) q++;
      node = child;
      if (ends[node]) {
        endAt = q;
        endNode = node;
      }
    }
    if (endAt < 0) continue;
    found.push({ start: p, end: endAt, types: ends[endNode]! });
    p = endAt - 1;
  }
  return found;
}
