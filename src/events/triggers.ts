/**
 * Finds event triggers: the data file lists them by type and voice as regular expressions
 * (data/events/triggers.json); here they are compiled once, with ' matching both apostrophes
 * and a space matching any run of spaces.
 */
import { loadJson } from '../data.js';
import type { Span } from '../mentions.js';
import { containingSpan } from '../text/spans.js';
import { escapeRegExp } from '../text/normalize.js';
import { warmedUp } from '../text/warmRegExp.js';
import type { EventType, Trigger, Voice } from './types.js';

type TriggerData = Record<string, Partial<Record<Voice, string[]>> | Record<string, string> | string>;

/**
 * One type and voice: its source is built with the others, its regex on the first search that
 * needs it. A document holding no stem of a type never compiles that type's patterns, which
 * is most of them for one article (compiling them all cost ~8% of a one-document start).
 */
interface Compiled { type: EventType; voice: Voice; source: string; re: RegExp | null }

function regexOf(p: Compiled): RegExp {
  return (p.re ??= warmedUp(new RegExp(p.source, 'gu')));
}

let compiled: Compiled[] | null = null;
/** One literal scan for the stems of every type; the matched stem tells the types. */
let stemScan: { re: RegExp; types: Map<string, EventType[]> } | null = null;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Candidate sentences this close are searched together. */
const ADJACENT = 3;
/** Characters before a searched span that look-behinds may read ("se ", "X, "). */
const LEFT_CONTEXT = 12;

function compile(source: string): string {
  // \b is ASCII-only in JavaScript ("à\b" never matches): a word end is "no letter follows"
  // (an alternation, not the class [\p{L}\p{N}], which V8 makes and compiles ~1.7 times slower:
  // tests/core/lookaroundClasses.test.ts)
  // "nommé (?=chef)": the space belongs to the look-ahead, so the trigger ends on its last word
  return elidedSpaces(source.replace(/ \(\?=/g, '(?= ').replace(/\\b/g, '(?!\\p{L}|\\p{N})'))
    .replace(/'/g, "['’]").replace(/ /g, '[\\s\\u00a0]+').replace(/\u0000/g, ELIDED_SPACE);
}

/** After an elided article the next word follows with no space ("l'attaque"), after any other, spaces. */
const ELIDED_SPACE = "(?:(?<=['’])|[\\s\\u00a0]+)";

/**
 * "(?:une|l'|cette) attaque": the space after a group one of whose alternatives ends in an
 * apostrophe becomes optional after that apostrophe (marked \u0000 until the other spaces are
 * compiled). Without this the pattern read "l' attaque" only, and "l'attaque" never matched.
 */
function elidedSpaces(source: string): string {
  const opens: number[] = [];
  const marks: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (c === '(') opens.push(i);
    else if (c === ')') {
      const open = opens.pop()!;
      if (source[i + 1] === ' ' && source.startsWith('(?:', open) && topLevelAlternatives(source.slice(open + 3, i)).some((a) => a.endsWith("'"))) marks.push(i + 1);
    }
  }
  let out = source;
  for (const m of marks.reverse()) out = `${out.slice(0, m)}\u0000${out.slice(m + 1)}`;
  return out;
}

/** The alternatives of a group's body, split at its own "|" (not those of nested groups). */
function topLevelAlternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') { i++; continue; }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(body.slice(from, i)); from = i + 1; }
  }
  out.push(body.slice(from));
  return out;
}

function patterns(): Compiled[] {
  if (compiled) return compiled;
  const data = loadJson<TriggerData>('events/triggers.json');
  const macros = (data._macros ?? {}) as Record<string, string>;
  const stems = (data._stems ?? {}) as Record<string, string[] | string>;
  const types = new Map<string, EventType[]>();
  for (const [type, list] of Object.entries(stems)) {
    if (typeof list === 'string') continue;
    for (const stem of list) types.set(stem.toLowerCase(), [...(types.get(stem.toLowerCase()) ?? []), type as EventType]);
  }
  const alternation = trieSource([...types.keys()]);
  // case-sensitive like the patterns: they read the text with each sentence's first letter lowered
  stemScan = { re: warmedUp(new RegExp(alternation, 'gu')), types };
  // "{BEEN} nommé": the shared auxiliaries are written once in "_macros"
  const expand = (s: string) => s.replace(/\{([A-Z]+)\}/g, (m, name: string) => macros[name] ?? m);
  compiled = [];
  for (const [type, voices] of Object.entries(data)) {
    if (typeof voices === 'string' || type.startsWith('_')) continue;
    for (const [voice, list] of Object.entries(voices as Partial<Record<Voice, string[]>>)) {
      if (!list?.length) continue;
      const body = factorPrefixes(list).map((s) => `(?:${compile(expand(s))})`).join('|');
      compiled.push({ type: type as EventType, voice: voice as Voice, source: `(?:${body})(?!\\p{L}|\\p{N})`, re: null });
    }
  }
  return compiled;
}

interface TrieNode { end: boolean; next: Map<string, TrieNode> }

/** One character of a stem as the scan reads it: ' matches both apostrophes, a space any run of spaces. */
function charSource(c: string): string {
  return c === "'" ? "['’]" : c === ' ' ? '[\\s\\u00a0]+' : escapeRegExp(c);
}

/**
 * The stems as a prefix tree ("limog|limoge…" → "limog(?:e…)?"): a flat alternation of some two
 * hundred words makes the engine try each in turn at every position, a tree reads each character
 * once. Longer stems are tried first, as a sorted alternation would.
 */
function trieSource(stems: string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const stem of stems) {
    let node = root;
    for (const c of stem) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const source = (node: TrieNode): string => {
    const branches = [...node.next].map(([c, child]) => charSource(c) + source(child));
    if (!branches.length) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return source(root);
}

/** Auxiliary macros many entries open with: factored out so the engine matches them once per position. */
const SHARED_PREFIXES = ['{NOTREFLEXIVE}{BEEN} ', '{BEEN} '];

/** ["{BEEN} nommé", "{BEEN} porté (?=à la tête)"] → ["{BEEN} (?:(?:nommé)|(?:porté (?=à la tête)))"]: the same matches, tried far faster. */
function factorPrefixes(list: string[]): string[] {
  const out: string[] = [];
  const groups = new Map<string, string[]>();
  for (const s of list) {
    const prefix = SHARED_PREFIXES.find((p) => s.startsWith(p));
    if (!prefix) { out.push(s); continue; }
    groups.set(prefix, [...(groups.get(prefix) ?? []), s.slice(prefix.length)]);
  }
  for (const [prefix, rests] of groups) out.push(`${prefix}(?:${rests.map((r) => `(?:${r})`).join('|')})`);
  return out;
}

/** Triggers inside the sentences and outside `excluded` spans, sorted by start; overlapping triggers keep the longest. */
/**
 * The text the patterns read: each sentence's first letter in lower case ("Réunis à Bamako",
 * "Cette audience"), everything else as written. The patterns are case-sensitive so that "\p{Lu}"
 * in them means a capital (a name follows), which a case-insensitive regex cannot express.
 */
function matchingText(text: string, sentences: Span[]): string {
  const parts: string[] = [];
  let done = 0;
  for (const s of sentences) {
    let i = s.start;
    while (i < s.end && OPENING_PUNCTUATION.test(text[i])) i++;
    if (i >= s.end) continue;
    const lower = text[i].toLowerCase();
    if (lower === text[i] || lower.length !== 1) continue;
    parts.push(text.slice(done, i), lower);
    done = i + 1;
  }
  parts.push(text.slice(done));
  return parts.join('');
}

const OPENING_PUNCTUATION = /[\s«"“(\-–—]/u;

/** The types of a stem as written ("tué", "rendu  l’"): the same few forms recur, each normalized once. */
const typesByForm = new Map<string, EventType[]>();
const NO_TYPES: EventType[] = [];

function typesOf(types: Map<string, EventType[]>, written: string): EventType[] {
  let found = typesByForm.get(written);
  if (found === undefined) {
    found = types.get(written.replace(/’/g, "'").replace(/[\s\u00a0]+/g, ' ')) ?? NO_TYPES;
    if (typesByForm.size > 10_000) typesByForm.clear();
    typesByForm.set(written, found);
  }
  return found;
}

/** For each type, the sentences holding one of its stems (data/events/triggers.json "_stems"). */
function candidateSentences(text: string, sentences: Span[]): Map<EventType, Span[]> {
  const scan = stemScan!;
  const out = new Map<EventType, Span[]>();
  scan.re.lastIndex = sentences[0].start;
  const to = sentences[sentences.length - 1].end;
  let m: RegExpExecArray | null;
  while ((m = scan.re.exec(text)) !== null && m.index < to) {
    const k = containingSpan(sentences, m.index);
    if (k < 0) continue;
    for (const type of typesOf(scan.types, m[0])) {
      const list = out.get(type) ?? [];
      const last = list[list.length - 1];
      const s = sentences[k];
      // neighbouring candidate sentences are searched as one stretch (a match must still lie in one sentence)
      if (last && last.end >= s.start - ADJACENT) last.end = Math.max(last.end, s.end);
      else list.push({ start: s.start, end: s.end });
      out.set(type, list);
    }
  }
  return out;
}

/** `prefilter: false` searches every sentence (tests compare both). */
export function findTriggers(source: string, sentences: Span[], excluded: Span[], options: { prefilter?: boolean } = {}): Trigger[] {
  const found: Trigger[] = [];
  if (!sentences.length) return found;
  const text = matchingText(source, sentences);
  const all = patterns();
  const candidates = options.prefilter === false ? null : candidateSentences(text, sentences);
  for (const p of all) {
    const spans = candidates ? candidates.get(p.type) ?? [] : [{ start: sentences[0].start, end: sentences[sentences.length - 1].end }];
    for (const span of spans) search(p, span);
  }
  function search(p: Compiled, span: Span): void {
    // the span's own text, with a little left context for look-behinds: a search on the whole
    // text would run past the span's end looking for a match
    const base = Math.max(0, span.start - LEFT_CONTEXT);
    const slice = text.slice(base, span.end);
    const re = regexOf(p);
    re.lastIndex = span.start - base;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      const start = base + m.index;
      const end = start + m[0].length;
      if (end === start) { re.lastIndex++; continue; }
      // a word start: checked here rather than by a look-behind, which keeps the regex's fast first-character scan
      if (start > 0 && WORD_CHAR.test(text[start - 1])) { re.lastIndex = m.index + 1; continue; }
      const sentence = containingSpan(sentences, start);
      if (sentence < 0 || end > sentences[sentence].end) continue;
      if (excluded.some((x) => start < x.end && end > x.start)) continue;
      found.push({ type: p.type, voice: p.voice, start, end, sentence });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Trigger[] = [];
  for (const t of found) {
    const last = out[out.length - 1];
    // the same words read by two types ("ont été tués": attack and death) stay two readings
    if (last && t.start < last.end && t.type === last.type) continue;
    out.push(t);
  }
  return out;
}

/** The types whose patterns have been compiled in this thread (what a document made the stage build). */
export function compiledTriggerTypes(): EventType[] {
  return [...new Set((compiled ?? []).filter((p) => p.re !== null).map((p) => p.type))].sort();
}
