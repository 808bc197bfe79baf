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

const NAME_TOKEN = /[\p{Lu}][\p{L}\p{M}'’]*(?:-[\p{L}\p{M}][\p{L}\p{M}'’]*)*\.?/uy;
const PARTICLE = /(?:de|du|des|ben|bin|ibn|ould|ag|dit|van|von|el|al|da|dos|le|la)(?=[\s\u00a0])/uy;
const SPACE = /[\s\u00a0]+/uy;
const HONORIFIC_BEFORE = /(?<![\p{L}])(?:M\.|MM\.|Mme\.?|Mmes|Mlle|Me|Dr\.?|Pr\.?|Mgr|Monsieur|Madame|Mademoiselle|Maître|El[- ]?Hadj|Hadja|Feu|Docteur|Professeur)[\s\u00a0]+$/u;

interface Run extends Span { tokens: Span[] }

/** Capitalized runs within [start, end): "Moussa Saloua BARMOU", "Alioune Blondin Bèye". */
function nameRuns(text: string, start: number, end: number, blocked: (s: number, e: number) => boolean): Run[] {
  const runs: Run[] = [];
  const { notNames } = peopleLexicon();
  let i = start;
  let cur: Span[] = [];
  const flush = () => {
    if (cur.length) runs.push({ start: cur[0].start, end: cur[cur.length - 1].end, tokens: cur });
    cur = [];
  };
  while (i < end) {
    const c = text.charCodeAt(i);
    // only look at word starts
    if (i > start && /[\p{L}\p{M}\p{N}'’-]/u.test(text[i - 1])) { i++; continue; }
    if (!(c >= 65 && c <= 90) && !(c >= 0xc0 && /\p{Lu}/u.test(text[i]))) {
      if (/[\s\u00a0]/.test(text[i])) { i++; continue; }
      // a particle may sit between two name tokens
      PARTICLE.lastIndex = i;
      const p = cur.length ? PARTICLE.exec(text) : null;
      if (p && p.index === i) {
        SPACE.lastIndex = i + p[0].length;
        const sp = SPACE.exec(text);
        const next = sp ? i + p[0].length + sp[0].length : -1;
        NAME_TOKEN.lastIndex = next;
        const nt = next > 0 ? NAME_TOKEN.exec(text) : null;
        if (nt && nt.index === next && !notNames.has(foldKey(nt[0]))) { i = next; continue; }
      }
      flush();
      i++;
      continue;
    }
    NAME_TOKEN.lastIndex = i;
    const m = NAME_TOKEN.exec(text);
    if (!m || m.index !== i) { flush(); i++; continue; }
    let tokEnd = i + m[0].length;
    let tok = m[0];
    if (tok.endsWith('.') && tok.length > 2) { tok = tok.slice(0, -1); tokEnd--; }
    if (tokEnd > end) tokEnd = end;
    const key = foldKey(tok.replace(/['’].*$/u, ''));
    const elided = /['’]/.test(tok);
    // a lone capital is an initial only inside a name ("Fatoumata Bintou Y", "A. Diallo")
    const initialOk = tok.length === 1 && (cur.length > 0 || text[tokEnd] === '.');
    if (notNames.has(key) || elided || blocked(i, tokEnd) || (tok.length < 2 && !initialOk)) {
      flush();
      i = tokEnd;
      continue;
    }
    // the gap since the previous token must be plain spaces (a particle was allowed above)
    if (cur.length && /[^\s\u00a0\p{L}]/u.test(text.slice(cur[cur.length - 1].end, i))) flush();
    cur.push({ start: i, end: tokEnd });
    i = tokEnd;
  }
  flush();
  return runs.map(trimHeadline).filter((r): r is Run => r !== null);
}

/** "Assimi GOÏTA Accueille": in title-case headlines the name stops after the ALL-CAPS surname. */
function trimHeadline(run: Run): Run | null {
  return run;
}

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
  const blockedSorted = [...ctx.blocked].sort((a, b) => a.start - b.start);
  const isBlocked = (s: number, e: number) => overlapsAny(blockedSorted, s, e) || overlapsAny(ctx.ranks, s, e);
  const modelPeople = ctx.modelPeople ?? [];
  const out: PersonCandidate[] = [];
  const pending: { run: Run; sentence: number }[] = [];
  sentences.forEach((sent, si) => {
    const sentText = text.slice(sent.start, sent.end);
    const capsRatio = capsShare(sentText);
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

function overlapsAny(spans: Span[], s: number, e: number): boolean {
  for (const b of spans) if (b.start < e && b.end > s) return true;
  return false;
}

function capsShare(s: string): number {
  const words = s.match(/\p{L}{3,}/gu) ?? [];
  if (words.length < 4) return 0;
  return words.filter((w) => isAllCaps(w)).length / words.length;
}
