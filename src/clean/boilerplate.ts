/**
 * Marks scraped-page noise (share buttons, comment forms, sidebars of other headlines) so
 * later stages skip it. Nothing is removed from the text: offsets stay into the original.
 */
import type { Span } from '../mentions.js';
import { loadJson } from '../data.js';
import { straightenApostrophes } from '../text/normalize.js';

interface BoilerplateData {
  lines: string[];
  tailMarkers: string[];
  prefixes: string[];
  header: string[];
}

interface Compiled {
  lines: RegExp[];
  tail: RegExp[];
  prefixes: RegExp[];
  header: RegExp[];
}

let compiled: Compiled | null = null;

function rules(): Compiled {
  if (compiled) return compiled;
  const d = loadJson<BoilerplateData>('clean/boilerplate.json');
  const re = (s: string) => new RegExp(s, 'iu');
  compiled = { lines: d.lines.map(re), tail: d.tailMarkers.map(re), prefixes: d.prefixes.map(re), header: d.header.map(re) };
  return compiled;
}

/** Characters of article text that must precede a tail marker for it to count (menus come first). */
const MIN_TEXT_BEFORE_TAIL = 300;
/** Lines longer than this are prose, never a menu item (and keep regex work bounded). */
const MAX_BOILERPLATE_LINE = 400;

export function markBoilerplate(text: string): Span[] {
  const r = rules();
  const spans: Span[] = [];
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
      const key = straightenApostrophes(trimmed);
      const s = lineStart + lead;
      const e = s + trimmed.length;
      if (trimmed.length <= MAX_BOILERPLATE_LINE && contentSeen >= MIN_TEXT_BEFORE_TAIL && r.tail.some((t) => t.test(key))) {
        spans.push({ start: s, end: text.length });
        break;
      }
      if (trimmed.length <= MAX_BOILERPLATE_LINE && r.lines.some((t) => t.test(key))) {
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
  return spans;
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
