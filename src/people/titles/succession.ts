/**
 * Who held the post before: "X … en remplacement du colonel-major Y" and "Il succède à Y" (Y
 * held the post X now holds), "Y est remplacé par X à la tête de …" (the same, in the passive).
 * Y gets X's title, marked as former.
 */
import type { FoundTitle } from './extent.js';
import { shapeLexicon, SP } from './lexicon.js';

export interface Holder {
  /** Where the mention starts, its rank included ("colonel-major Y"). */
  start: number;
  end: number;
  sentence: number;
  title: FoundTitle | null;
  /** A post the person is given after the name when the mention's own title is another one. */
  taken?: FoundTitle | null;
}

let forwardRe: RegExp | null = null;
let passiveRe: RegExp | null = null;

/** Sets the title of each replaced person that has none; `holders` sorted by start. */
export function successionTitles(text: string, holders: Holder[]): void {
  const { replacing, succeeding, replacedBy } = shapeLexicon();
  // the trigger ends right before the predecessor (and its rank, an article)
  forwardRe ??= new RegExp(`(?:${replacing}|${succeeding})(?:${SP}(?:l['’]|le|la|feu))?[\\s\\u00a0]*$`, 'iu');
  passiveRe ??= new RegExp(`^[\\s\\u00a0,]*(?:${replacedBy})${SP}(?:l['’]|le|la)?[\\s\\u00a0]*$`, 'iu');
  for (let i = 0; i < holders.length; i++) {
    const y = holders[i];
    if (y.title) continue;
    const before = text.slice(Math.max(0, y.start - 40), y.start);
    if (forwardRe.test(before)) {
      // the successor: the person before in this sentence, or, for "Il succède à Y", the last
      // titled person of the sentence before
      const prev = holders[i - 1];
      let t: FoundTitle | null = null;
      if (prev && prev.sentence === y.sentence) t = prev.taken ?? prev.title;
      else if (/(?:^|[.!?»\n][\s\u00a0]*)(?:il|elle)[\s\u00a0]+(?:\S+[\s\u00a0]+){0,3}$/iu.test(text.slice(Math.max(0, y.start - 80), y.start))) {
        // (skipping a predecessor named there: "… en remplacement du colonel-major Y. Il succède à Z")
        for (let j = i - 1; j >= 0 && y.sentence - holders[j].sentence <= 1 && (!t || t.former); j--) t = holders[j].taken ?? holders[j].title;
      }
      if (t && !t.former) y.title = { ...t, former: true, shape: 'succession' };
      continue;
    }
    // "Y est remplacé par X": the successor follows
    const x = holders[i + 1];
    // only a post given after X ("… remplacé par X à la tête de …") is the one Y left: a title
    // before X's name is what X was ("remplacé par le chef du parti de Shanghai, Ying Yong")
    const post = x ? x.taken ?? x.title : null;
    const after = post && (post.shape === 'decree' || post.shape === 'predicate');
    if (x && post && after && x.sentence === y.sentence && !post.former && passiveRe.test(text.slice(y.end, x.start))) {
      y.title = { ...post, former: true, shape: 'succession' };
    }
  }
}
