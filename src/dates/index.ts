/**
 * French date recognition: chrono.fr plus our parsers and refiners (see configuration.ts),
 * run chunk by chunk on text with typographic characters normalized (offsets unchanged), then
 * resolved at document level (resolve.ts).
 *
 * Conventions: values are ISO 8601 as precise as the text ("2025", "2025-04", "2025-06-20",
 * "2025-06-20T15:30", "2025-05-03/2025-05-05", "2024-Q1", "2024-H2", "2024-W45", decades in
 * TimeML style "199", seasons "2024-SU" with granularity "quarter"); "fin octobre" is the month
 * ("2024-10"), as TimeML values are (its mod="END" has no place in our record). A time of day is
 * kept only when attached to a date of the same phrase ("mercredi à 15h30") or to the document
 * day ("ce matin à 10h"); a bare "à 15h30" is skipped. Relative expressions get value null when
 * the document date is unknown or not precise enough.
 */
import type { Chrono, ParsingResult } from 'chrono-node';
import type { DocumentDate } from '../types.js';
import type { DateMention } from '../mentions.js';
import { createDateChrono } from './configuration.js';
import { normalizeForMatching } from './normalize.js';
import { chunksOf } from './chunks.js';
import { anchorOf, referenceDate, DocumentResolver, type Candidate } from './resolve.js';

let engine: Chrono | null = null;

export function recognizeDates(text: string, documentDate: DocumentDate | null): DateMention[] {
  if (!engine) engine = createDateChrono();
  const normalized = normalizeForMatching(text);
  const anchor = anchorOf(documentDate);
  const ref = referenceDate(anchor);
  const candidates: Candidate[] = [];
  for (const chunk of chunksOf(normalized)) {
    const piece = normalized.slice(chunk.start, chunk.end);
    for (const result of engine.parse(piece, ref) as ParsingResult[]) {
      const start = chunk.start + result.index;
      candidates.push({ start, end: start + result.text.length, result });
    }
  }
  const resolver = new DocumentResolver(anchor, candidates);
  const mentions: DateMention[] = [];
  for (const c of candidates) {
    const m = resolver.resolve(c);
    if (m) mentions.push(m);
  }
  return mentions;
}

export { resolveDocumentDate } from './documentDate.js';
