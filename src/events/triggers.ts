/**
 * Finds event triggers: the data file lists them by type and voice as regular expressions
 * (data/events/triggers.json); here they are compiled once, with ' matching both apostrophes
 * and a space matching any run of spaces.
 */
import { loadJson } from '../data.js';
import type { Span } from '../mentions.js';
import { containingSpan } from '../text/spans.js';
import type { EventType, Trigger, Voice } from './types.js';

type TriggerData = Record<string, Partial<Record<Voice, string[]>> | Record<string, string> | string>;

interface Compiled { type: EventType; voice: Voice; re: RegExp }

let compiled: Compiled[] | null = null;

function compile(source: string): string {
  // \b is ASCII-only in JavaScript ("à\b" never matches): a word end is "no letter follows"
  // "nommé (?=chef)": the space belongs to the look-ahead, so the trigger ends on its last word
  return source.replace(/ \(\?=/g, '(?= ').replace(/\\b/g, '(?![\\p{L}\\p{N}])').replace(/'/g, "['’]").replace(/ /g, '[\\s\\u00a0]+');
}

function patterns(): Compiled[] {
  if (compiled) return compiled;
  const data = loadJson<TriggerData>('events/triggers.json');
  const macros = (data._macros ?? {}) as Record<string, string>;
  // "{BEEN} nommé": the shared auxiliaries are written once in "_macros"
  const expand = (s: string) => s.replace(/\{([A-Z]+)\}/g, (m, name: string) => macros[name] ?? m);
  compiled = [];
  for (const [type, voices] of Object.entries(data)) {
    if (typeof voices === 'string' || type.startsWith('_')) continue;
    for (const [voice, list] of Object.entries(voices as Partial<Record<Voice, string[]>>)) {
      if (!list?.length) continue;
      const body = list.map((s) => `(?:${compile(expand(s))})`).join('|');
      compiled.push({ type: type as EventType, voice: voice as Voice, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu') });
    }
  }
  return compiled;
}

/** Triggers inside the sentences and outside `excluded` spans, sorted by start; overlapping triggers keep the longest. */
/**
 * The text the patterns read: each sentence's first letter in lower case ("Réunis à Bamako",
 * "Cette audience"), everything else as written. The patterns are case-sensitive so that "\p{Lu}"
 * in them means a capital (a name follows), which a case-insensitive regex cannot express.
 */
function matchingText(text: string, sentences: Span[]): string {
  const chars = text.split('');
  for (const s of sentences) {
    let i = s.start;
    while (i < s.end && /[\s«"“(\-–—]/u.test(chars[i])) i++;
    if (i < s.end) {
      const lower = chars[i].toLowerCase();
      if (lower.length === 1) chars[i] = lower;
    }
  }
  return chars.join('');
}

export function findTriggers(source: string, sentences: Span[], excluded: Span[]): Trigger[] {
  const found: Trigger[] = [];
  if (!sentences.length) return found;
  const text = matchingText(source, sentences);
  const from = sentences[0].start;
  const to = sentences[sentences.length - 1].end;
  for (const p of patterns()) {
    p.re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text)) !== null && m.index < to) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) { p.re.lastIndex++; continue; }
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
