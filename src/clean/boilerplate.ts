/**
 * Marks scraped-page noise (share buttons, comment forms, sidebars of other headlines) so
 * later stages skip it. Nothing is removed from the text: offsets stay into the original.
 */
import type { Span } from '../mentions.js';
import { loadJson } from '../data.js';
import { straightenApostrophes } from '../text/normalize.js';
import { warmedUp } from '../text/warmRegExp.js';

interface BoilerplateData {
  lines: string[];
  tailMarkers: string[];
  prefixes: string[];
  header: string[];
}

interface Matcher {
  test(s: string): boolean;
}

interface Compiled {
  /** Whether one of the line patterns matches. */
  lines: Matcher;
  /** Whether one of the tail markers matches. */
  tail: Matcher;
  prefixes: RegExp[];
  header: RegExp[];
}

let compiled: Compiled | null = null;

const NEVER = /(?!)/;

/**
 * One pattern that matches where one of `sources` does: a line is read once instead of once per
 * pattern. Patterns whose groups are referred to by number or name keep their own numbering:
 * those are left as they are, tried one after the other.
 */
function anyOf(sources: string[]): Matcher {
  if (!sources.length) return NEVER;
  if (sources.some((s) => /\\[1-9k]|\(\?<[^=!]/.test(s))) {
    const each = sources.map((s) => new RegExp(s, 'iu'));
    return { test: (line: string) => each.some((t) => t.test(line)) };
  }
  return warmedUp(new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'iu'));
}

function rules(): Compiled {
  if (compiled) return compiled;
  const d = loadJson<BoilerplateData>('clean/boilerplate.json');
  const re = (s: string) => new RegExp(s, 'iu');
  compiled = { lines: anyOf(d.lines), tail: anyOf(d.tailMarkers), prefixes: d.prefixes.map(re), header: d.header.map(re) };
  return compiled;
}

/** Characters of article text that must precede a tail marker for it to count (menus come first). */
const MIN_TEXT_BEFORE_TAIL = 300;
/** Lines longer than this are prose, never a menu item (and keep regex work bounded). */
const MAX_BOILERPLATE_LINE = 400;

/** A line this long, or a sentence-shaped line of ten words or more, is article prose, not a headline or link. */
const PROSE_LINE = 160;
/** Prose after a tail marker, in characters, that makes it article text rather than a footer. */
const MIN_PROSE_AFTER_TAIL = 300;

function isProseLine(trimmed: string): boolean {
  if (trimmed.length >= PROSE_LINE) return true;
  return trimmed.length >= 60 && /[.!?…][»"”)]?$/u.test(trimmed) && trimmed.split(/\s+/).length >= 10;
}

/**
 * After a tail marker at `from`: the offset where article prose starts again, or -1 when only
 * page noise follows (short lines: headlines, links, buttons). Reads no further than the
 * prose it needs to decide, so a file of thousands of articles stays linear.
 */
function proseAfter(text: string, from: number): number {
  let lineStart = from;
  let firstProse = -1;
  let prose = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const trimmed = text.slice(lineStart, lineEnd).trim();
    if (trimmed && isProseLine(trimmed)) {
      if (firstProse < 0) firstProse = lineStart;
      prose += trimmed.length;
      if (prose >= MIN_PROSE_AFTER_TAIL) return firstProse;
    }
    lineStart = lineEnd + 1;
  }
  return -1;
}

/** Page noise from a tail marker to the end of the text: left out, and reported. */
export interface TailCut extends Span {
  marker: string;
}

export function markBoilerplate(text: string): Span[] {
  return findBoilerplate(text).spans;
}

export function findBoilerplate(text: string): { spans: Span[]; tail: TailCut | null } {
  const r = rules();
  const spans: Span[] = [];
  let tail: TailCut | null = null;
  let contentSeen = 0;
  let lineStart = 0;
  let first = true;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) {
      // only lines short enough to be page noise are matched against the patterns
      const key = trimmed.length <= MAX_BOILERPLATE_LINE ? straightenApostrophes(trimmed) : '';
      const s = lineStart + lead;
      const e = s + trimmed.length;
      if (trimmed.length <= MAX_BOILERPLATE_LINE && contentSeen >= MIN_TEXT_BEFORE_TAIL && r.tail.test(key)) {
        const resume = proseAfter(text, lineEnd + 1);
        if (resume < 0) {
          spans.push({ start: s, end: text.length });
          tail = { start: s, end: text.length, marker: trimmed };
          break;
        }
        // another article follows (a page of several, a concatenated file): only the marker
        // and the headlines or links between are noise
        spans.push({ start: s, end: resume });
        lineStart = resume;
        first = false;
        continue;
      }
      if (trimmed.length <= MAX_BOILERPLATE_LINE && r.lines.test(key)) {
        spans.push({ start: s, end: e });
      } else {
        let cut = 0;
        if (first) {
          for (const h of r.header) {
            const m = h.exec(raw);
            if (m) cut = Math.max(cut, m[0].length - lead);
          }
        }
        for (const p of r.prefixes) {
          const m = p.exec(raw.slice(lead + cut, lead + cut + 80));
          if (m) cut += m[0].length;
        }
        if (cut > 0) spans.push({ start: s, end: s + cut });
        contentSeen += trimmed.length - cut;
      }
      first = false;
    }
    lineStart = lineEnd + 1;
  }
  return { spans, tail };
}

/** The complement of `spans` within [0, length): the regions later stages read. */
export function contentRegions(length: number, spans: Span[]): Span[] {
  const out: Span[] = [];
  let pos = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start > pos) out.push({ start: pos, end: s.start });
    pos = Math.max(pos, s.end);
  }
  if (pos < length) out.push({ start: pos, end: length });
  return out;
}
