/**
 * HIPE person components against our rank/title attachment. HIPE marks, inside person
 * mentions, the title ("M.", "sieur", "général") and the function ("ministre de la guerre") of
 * the person (NE-FINE-COMP comp.title / comp.function). Our person records carry `rank`,
 * `title` and `honorific` as strings; to compare spans we find each string in the text next to
 * its person mention (the nearest occurrence within a window), then match those spans to the
 * gold components by overlap, one-to-one.
 *
 * Only persons that overlap a gold person mention are looked at: this measures whether we
 * attach the right qualifier to a person we found, not person recognition again.
 */
import type { Entity, PersonEntity } from '../types.js';
import { fuzzyPairs, prf, type PRF, type Span } from './score.js';
import type { GoldEntity } from './types.js';

const WINDOW = 120;
const SCORED = ['comp.title', 'comp.function'];

export interface ComponentScore extends PRF {
  goldTitles: number;
  goldFunctions: number;
  /** Gold title components overlapped by one of our rank/title spans. */
  titleRecall: number;
  functionRecall: number;
  /** Our rank/title strings located next to their person (the predicted side). */
  predicted: number;
  /** Our rank/title strings not found near their person (counted as false positives). */
  unlocated: number;
  /** comp.name, comp.qualifier, comp.demonym…: read but not compared (we have no such field). */
  notScored: Record<string, number>;
}

export class ComponentScorer {
  private tp = 0;
  private fp = 0;
  private fn = 0;
  private goldTitles = 0;
  private goldFunctions = 0;
  private titleHits = 0;
  private functionHits = 0;
  private predicted = 0;
  private unlocated = 0;
  private notScored: Record<string, number> = {};

  add(text: string, gold: readonly GoldEntity[], predicted: readonly Entity[]): void {
    const comps = gold.filter((g) => SCORED.includes(g.type));
    for (const g of gold) {
      if (g.type.startsWith('comp.') && !SCORED.includes(g.type)) this.notScored[g.type] = (this.notScored[g.type] ?? 0) + 1;
    }
    const goldPersons = gold.filter((g) => g.type === 'person');
    const persons = predicted.filter(
      (e): e is PersonEntity => e.type === 'person' && goldPersons.some((g) => g.start < e.end && e.start < g.end),
    );
    const cps = persons.some((p) => p.rank || p.title || p.honorific) ? [...text] : [];
    const quals: Span[] = [];
    const seen = new Set<string>();
    for (const p of persons) {
      for (const [kind, q] of [['rank', p.rank], ['title', p.title], ['honorific', p.honorific]] as const) {
        if (!q) continue;
        const span = locate(cps, q, p);
        if (!span) {
          this.unlocated++;
          this.fp++;
          continue;
        }
        const key = `${span.start}:${span.end}`;
        if (seen.has(key)) continue; // rank and title found on the same words count once
        seen.add(key);
        quals.push({ type: kind, ...span });
      }
    }
    const pairs = fuzzyPairs(comps, quals);
    this.predicted += quals.length;
    this.tp += pairs.length;
    this.fp += quals.length - pairs.length;
    this.fn += comps.length - pairs.length;
    for (const c of comps) {
      if (c.type === 'comp.title') this.goldTitles++;
      else this.goldFunctions++;
    }
    for (const [gi] of pairs) {
      if (comps[gi].type === 'comp.title') this.titleHits++;
      else this.functionHits++;
    }
  }

  result(): ComponentScore {
    return {
      ...prf({ tp: this.tp, fp: this.fp, fn: this.fn }),
      goldTitles: this.goldTitles,
      goldFunctions: this.goldFunctions,
      titleRecall: this.goldTitles ? this.titleHits / this.goldTitles : 0,
      functionRecall: this.goldFunctions ? this.functionHits / this.goldFunctions : 0,
      predicted: this.predicted,
      unlocated: this.unlocated,
      notScored: this.notScored,
    };
  }
}

/**
 * The occurrence of `q` (case-insensitive) nearest to the person mention, within a window. Any
 * run of white space matches any other: a record's title is written on one line ("ancien
 * ministre") where the page broke it ("ancien\nministre").
 */
function locate(cps: string[], q: string, p: { start: number; end: number }): { start: number; end: number } | null {
  const from = Math.max(0, p.start - WINDOW);
  const to = Math.min(cps.length, p.end + WINDOW);
  // the window with white space runs collapsed, and the code point offset of each kept character
  let hay = '';
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = cps[i];
    const space = /\s/u.test(ch);
    if (space && hay.endsWith(' ')) continue;
    const c = space ? ' ' : ch.toLowerCase().replace(/[’ʼ]/g, "'");
    // one code point may lower-case to several units ("İ"): each unit maps to the same offset
    for (let k = 0; k < c.length; k++) at.push(i);
    hay += c;
  }
  at.push(to);
  const needle = q.toLowerCase().replace(/[’ʼ]/g, "'").replace(/\s+/gu, ' ');
  let best: { start: number; end: number } | null = null;
  let bestDistance = Infinity;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const start = at[i];
    const end = at[i + needle.length - 1] + 1;
    const distance = end <= p.start ? p.start - end : start >= p.end ? start - p.end : 0;
    if (distance < bestDistance) {
      best = { start, end };
      bestDistance = distance;
    }
  }
  return best;
}
