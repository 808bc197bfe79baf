/**
 * The two ends of a range mention, each with its own words and value: "du 3 au 5 mai" →
 * "3" (…-05-03) and "5 mai" (…-05-05); "entre le 15 juillet et le 15 août" → "le 15 juillet"
 * and "le 15 août". The record keeps a range as one mention (its schema has no place for
 * more); the ends are for callers that follow TimeML, which marks them as two dates (the
 * FR-TimeBank "ranges as two" scoring). Spans come from the tags refiners/rangeMerge.ts wrote
 * before the merge; a range read by one parser ("1998-99") has none.
 */
import type { ParsingComponents } from 'chrono-node';
import type { DateEnd } from '../mentions.js';
import type { Candidate } from './resolve.js';
import { TAG, ownTags } from './tags.js';

const ARTICLE_BEFORE = /(?:^|[^\p{L}'])(le\s+)$/iu;
/** A range read by one parser ("du 3 au 5 mai", "1998-99"): its words split at the connector. */
const SPLIT = /^((?:du|de|d'|entre)\s*)?(.+?)(\s+(?:au|à|a|et)\s+(?:le\s+)?|\s*[-–]\s*)(.+)$/iu;

function spansOf(c: ParsingComponents): { index: number; length: number }[] {
  const out: { index: number; length: number }[] = [];
  for (const t of ownTags(c)) {
    if (!t.startsWith(TAG.span)) continue;
    const [index, length] = t.slice(TAG.span.length).split(':').map(Number);
    out.push({ index, length });
  }
  return out;
}

/** UTF-16 spans in `text` (the folded text the candidates index), or null when not a range with known ends. */
export function rangeEnds(c: Candidate, text: string, value: string | null): DateEnd[] | null {
  const r = c.result;
  if (!r.end) return null;
  const chunkStart = c.start - r.index;
  let first = spansOf(r.start)[0];
  // the merged range may have copied the first end's tag onto the second: take the other one
  let second = spansOf(r.end).find((s) => !first || s.index !== first.index);
  if (!first || !second) {
    const words = text.slice(c.start, c.end);
    const m = SPLIT.exec(words);
    if (!m) return null;
    const at = r.index + (m[1]?.length ?? 0);
    first = { index: at, length: m[2].length };
    second = { index: at + m[2].length + m[3].length, length: m[4].length };
  }
  const values = value?.split('/') ?? [];
  const ends: DateEnd[] = [];
  for (const [i, s, comp] of [[0, first, r.start], [1, second, r.end]] as const) {
    let start = chunkStart + s.index;
    const end = start + s.length;
    // TimeML's article rule for a day, as for any day mention ("le 15 août")
    const lead = comp.isCertain('day') ? ARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 6), start)) : null;
    if (lead) start -= lead[1].length;
    if (start < c.start || end > c.end) return null;
    ends.push({ start, end, value: values.length === 2 ? values[i] : null });
  }
  return ends[0].end <= ends[1].start ? ends : null;
}
