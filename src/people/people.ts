/**
 * People: runs of capitalized words (ALL-CAPS surnames included) that a cue marks as a person —
 * a rank, an honorific or a function right before, a known given name, a "Prénom NOM" shape —
 * or that repeat a name already typed as a person in the same document.
 */
import type { RankMention, Span } from '../mentions.js';
import { foldKey, isAllCaps, titleCaseName } from '../text/normalize.js';
import { peopleLexicon } from './lexicon.js';
import { titleAfter, titleBefore } from './titles.js';

export interface PersonCandidate extends Span {
  sentence: number;
  /** Display name (title-cased). */
  name: string;
  /** Folded name parts, for clustering. */
  parts: string[];
  rank: Span | null;
  title: Span | null;
  /** What made it a person: "rank", "honorific", "title", "given-name", "shape", "model", "repeat". */
  cue: string;
}

const PARTICLES = new Set(['de', 'du', 'des', 'ben', 'bin', 'ibn', 'ould', 'ag', 'dit', 'van', 'von', 'el', 'al', 'da', 'dos', 'le', 'la']);
/** Words and single non-space characters; a word may hold inner hyphens and apostrophes. */
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’]*(?:-[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’]*)*\.?|\S/gu;
const HONORIFIC_BEFORE = /(?<![\p{L}])(?:M\.|MM\.|Mme\.?|Mmes|Mlle|Me|Dr\.?|Pr\.?|Mgr|Monsieur|Madame|Mademoiselle|Maître|El[- ]?Hadj|Hadja|Feu|Docteur|Professeur)[\s\u00a0]+$/u;

interface Run extends Span { tokens: Span[] }

/** Capitalized runs within [start, end): "Moussa Saloua BARMOU", "Alioune Blondin Bèye". */
function nameRuns(text: string, start: number, end: number, blocked: (s: number, e: number) => boolean): Run[] {
  const runs: Run[] = [];
  const { notNames } = peopleLexicon();
  let cur: Span[] = [];
  /** a particle seen after the current run, waiting for a name token to confirm it */
  let particle = false;
  const flush = () => {
    if (cur.length) runs.push({ start: cur[0].start, end: cur[cur.length - 1].end, tokens: cur });
    cur = [];
    particle = false;
  };
  WORD.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null && m.index < end) {
    let tok = m[0];
    const s = m.index;
    const c = tok.charCodeAt(0);
    const upper = (c >= 65 && c <= 90) || (c >= 0xc0 && /^\p{Lu}/u.test(tok));
    if (!upper) {
      if (cur.length && !particle && PARTICLES.has(tok)) { particle = true; continue; }
      flush();
      continue;
    }
    if (tok.endsWith('.') && tok.length > 2) tok = tok.slice(0, -1);
    let e = s + tok.length;
    if (e > end) e = end;
    const elided = /['’]/.test(tok);
    const key = foldKey(tok);
    // a lone capital is an initial only inside a name ("Fatoumata Bintou Y", "A. Diallo")
    const initialOk = tok.length === 1 ? cur.length > 0 || text[e] === '.' : true;
    if (elided || notNames.has(key) || !initialOk || blocked(s, e)) {
      flush();
      continue;
    }
    // the gap since the previous token must be spaces (and a particle)
    if (cur.length && /[^\s\u00a0\p{L}]/u.test(text.slice(cur[cur.length - 1].end, s))) flush();
    cur.push({ start: s, end: e });
    particle = false;
  }
  flush();
  return runs;
}

/** "Assimi GOÏTA Accueille": in title-case headlines the name stops after the ALL-CAPS surname. */
function cutAfterCaps(text: string, run: Run): Run {
  let lastCaps = -1;
  for (let k = 0; k < run.tokens.length; k++) {
    const w = text.slice(run.tokens[k].start, run.tokens[k].end);
    if (isAllCaps(w)) lastCaps = k;
    else if (lastCaps >= 0) {
      const tokens = run.tokens.slice(0, lastCaps + 1);
      return { start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens };
    }
  }
  return run;
}

export interface PeopleContext {
  ranks: RankMention[];
  /** Spans already taken by organizations, dates or known places: no name inside them. */
  blocked: Span[];
  /** Model-proposed person spans (optional). */
  modelPeople?: Span[];
}

export function recognizePeople(text: string, sentences: Span[], ctx: PeopleContext): PersonCandidate[] {
  const { firstNames } = peopleLexicon();
  const blockedIndex = new SpanIndex([...ctx.blocked, ...ctx.ranks]);
  const isBlocked = (s: number, e: number) => blockedIndex.overlaps(s, e);
  const modelPeople = ctx.modelPeople ?? [];
  const out: PersonCandidate[] = [];
  const pending: { run: Run; sentence: number }[] = [];
  sentences.forEach((sent, si) => {
    let capsRatio = -1;
    for (let run of nameRuns(text, sent.start, sent.end, isBlocked)) {
      run = cutAfterCaps(text, run);
      const words = run.tokens.map((t) => text.slice(t.start, t.end));
      const before = text.slice(Math.max(sent.start, run.start - 80), run.start);
      const rank = rankEndingAt(ctx.ranks, run.start, text);
      let cue = '';
      if (rank) cue = 'rank';
      else if (HONORIFIC_BEFORE.test(before)) cue = 'honorific';
      const title = titleBefore(text, sent.start, rank ? rank.start : run.start);
      if (!cue && title && !/(?<![\p{L}])(?:de|du|des|d['’])(?![\p{L}])/iu.test(title.connector) && (words.length >= 2 || isAllCaps(words[0]) || firstNames.has(foldKey(words[0])))) cue = 'title';
      // a headline in capitals gives no case cue: only explicit cues count there
      if (!cue && capsRatio < 0) capsRatio = capsShare(text.slice(sent.start, sent.end));
      if (!cue && capsRatio < 0.6) {
        if (words.length >= 2 && firstNames.has(foldKey(words[0]))) cue = 'given-name';
        else if (words.length >= 2 && words.length <= 4 && !isAllCaps(words[0]) && isAllCaps(words[words.length - 1]) && words[words.length - 1].length >= 2) cue = 'shape';
        else if (modelPeople.some((p) => p.start <= run.start && p.end >= run.end)) cue = 'model';
      }
      if (!cue) {
        pending.push({ run, sentence: si });
        continue;
      }
      const after = titleAfter(text, run.end, sent.end);
      out.push(candidate(text, run, si, rank, title ?? after, cue));
    }
  });
  // second pass: a name typed once as a person is a person everywhere in the document
  const known = new Set(out.flatMap((p) => p.parts));
  for (const { run, sentence } of pending) {
    const parts = run.tokens.map((t) => foldKey(text.slice(t.start, t.end)));
    if (parts.every((p) => known.has(p))) out.push(candidate(text, run, sentence, null, null, 'repeat'));
  }
  return out.sort((a, b) => a.start - b.start);
}

function candidate(text: string, run: Run, sentence: number, rank: Span | null, title: Span | null, cue: string): PersonCandidate {
  const raw = text.slice(run.start, run.end);
  return {
    start: run.start,
    end: run.end,
    sentence,
    name: titleCaseName(raw.replace(/[\s\u00a0]+/g, ' ')),
    parts: run.tokens.map((t) => foldKey(text.slice(t.start, t.end))),
    rank,
    title,
    cue,
  };
}

function rankEndingAt(ranks: RankMention[], pos: number, text: string): RankMention | null {
  for (const r of ranks) {
    if (r.end <= pos && pos - r.end <= 3 && /^[\s\u00a0,]*$/.test(text.slice(r.end, pos))) return r;
  }
  return null;
}

/** Overlap queries in O(log n): spans sorted by start, with the running maximum of their ends. */
class SpanIndex {
  private readonly starts: number[];
  private readonly maxEnd: number[];
  constructor(spans: Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((x) => x.start);
    this.maxEnd = [];
    let mx = -1;
    for (const x of sorted) this.maxEnd.push((mx = Math.max(mx, x.end)));
  }
  overlaps(s: number, e: number): boolean {
    // last span starting before e
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < e) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnd[lo - 1] > s;
  }
}

function capsShare(s: string): number {
  const words = s.match(/\p{L}{3,}/gu) ?? [];
  if (words.length < 4) return 0;
  return words.filter((w) => isAllCaps(w)).length / words.length;
}
