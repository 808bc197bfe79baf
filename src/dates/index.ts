/**
 * French date recognition: chrono.fr plus our parsers and refiners (see configuration.ts),
 * run chunk by chunk on text folded for matching (src/dates/fold: typographic and compatibility
 * characters, letter-spaced and misspelled date words; spans map back to the input), then
 * resolved at document level (resolve.ts). Each parser is tried only near its anchor words
 * (anchors.ts, gated.ts), with the results chrono's own parse would give.
 *
 * Conventions: values are ISO 8601 as precise as the text ("2025", "2025-04", "2025-06-20",
 * "2025-06-20T15:30", "2025-05-03/2025-05-05", "2024-Q1", "2024-H2", "2024-W45", decades in
 * TimeML style "199", seasons "2024-SU" with granularity "quarter"); "fin octobre" is the month
 * ("2024-10"), as TimeML values are (its mod="END" has no place in our record). A time of day is
 * kept only when attached to a date of the same phrase ("mercredi à 15h30") or to the document
 * day ("ce matin à 10h"); a bare "à 15h30" is skipped. An attached clock time goes into `time`
 * and the value ("2024-11-06T15:30") but not into the span, which stays on the date's words
 * ("jeudi 16 septembre, à 18 h" → text "jeudi 16 septembre"): FR-TimeBank and TimeML mark the
 * date and the clock time as two expressions, and the date words are what a reader highlights.
 * Chrono's vaguer parts of day stay in the span ("dimanche matin"). A range ("du 3 au 5 mai
 * 2025") is one mention with a start/end value, where FR-TimeBank writes two DATE timexes;
 * the mention's `ends` (not in the record) give those two, with their own spans and values.
 * Habitual seasons ("en été") get TimeML's "XXXX-SU"; centuries "19" (granularity "decade",
 * the coarsest the record has). Relative expressions get value null when the document date is
 * unknown or not precise enough, and so do days named from an event ("la veille du scrutin").
 */
import type { ParsingResult } from 'chrono-node';
import type { DocumentDate } from '../types.js';
import type { DateMention } from '../mentions.js';
import { createDateChrono, gatedEngineOf } from './configuration.js';
import { parseGated, type GatedEngine } from './gated.js';
import { foldForDates } from './fold/index.js';
import { mayHoldDate, piecesOf } from './chunks.js';
import { ChunkWords } from './anchors.js';
import { anchorOf, referenceDate, DocumentResolver, type Candidate } from './resolve.js';
import { rangeEnds } from './rangeEnds.js';

let engine: GatedEngine | null = null;

export function recognizeDates(text: string, documentDate: DocumentDate | null): DateMention[] {
  if (!engine) engine = gatedEngineOf(createDateChrono());
  // scraped text is read folded (NFKC, split letters, misspellings); spans map back at the end
  const folded = foldForDates(text);
  const normalized = folded.text;
  const anchor = anchorOf(documentDate);
  const ref = referenceDate(anchor);
  const candidates: Candidate[] = [];
  for (const chunk of piecesOf(normalized)) {
    const piece = normalized.slice(chunk.start, chunk.end);
    // one scan for the anchor words, read for the prefilter too: a chunk without anchor words
    // gives no result, one of whose words passes the prefilter passes it (anchors.ts)
    const words = new ChunkWords(piece, engine.anchors);
    if (words.present === 0 || !(words.passes || mayHoldDate(piece))) continue;
    for (const result of parseGated(engine, piece, ref, words) as ParsingResult[]) {
      const start = chunk.start + result.index;
      candidates.push({ start, end: start + result.text.length, result });
    }
  }
  const resolver = new DocumentResolver(anchor, candidates, normalized);
  const mentions: DateMention[] = [];
  for (const c of candidates) {
    const m = resolver.resolve(c);
    if (!m) continue;
    const mention: DateMention = { ...m, start: folded.origStart(m.start), end: folded.origEnd(m.end) };
    const ends = rangeEnds(c, normalized, m.value);
    if (ends) mention.ends = ends.map((e) => ({ start: folded.origStart(e.start), end: folded.origEnd(e.end), value: e.value }));
    mentions.push(mention);
  }
  return mentions;
}

export { resolveDocumentDate } from './documentDate.js';
