/**
 * Datelines of news in brief, printed in capitals at the start of an item: "PARIS, 15 (Havas). —",
 * "BERLIN 30 octobre.", "VALAIS. — La grève…". The capitals say nothing of the type there (a
 * heading shouts too), the position does: a name in capitals opening a line or a sentence, then
 * a day of the month (with its month or the agency in parentheses), is where the news comes from,
 * even when OCR has garbled it past any list. "X. —" alone, without a date, only for a listed place
 * ("CANTON. —", "SPORTS. —" are section headings).
 */
import type { PlaceMention } from '../mentions.js';
import { lookup } from './gazetteer.js';

/** The datelines found: the pipeline lets them win over a person or an organization of the same words. */
const DATELINES = new WeakSet<PlaceMention>();

/** This place was read as a dateline ("PARIS, 15 (Havas)"): its position types it, not a tagger or a lexicon. */
export function isDateline(p: PlaceMention): boolean {
  return DATELINES.has(p);
}

/** The places of `places` that a dateline of `datelines` covers become datelines too (the gazetteer read "PARIS" first). */
export function markDatelines(places: PlaceMention[], datelines: PlaceMention[]): void {
  for (const p of places) if (!DATELINES.has(p) && datelines.some((d) => d.start === p.start && d.end === p.end)) DATELINES.add(p);
}

const MONTH = '(?:janv(?:ier)?|f[ée]vr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[ûu]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?)';
const WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’-]*\\p{Lu}";
const NAME = `${WORD}(?:[ \\u00a0]${WORD}){0,2}`;
// opening a line or the text, or after the end of a sentence or a dash
const OPENS = '(?<=(?:^|\\n|[.!?;:—–-])[ \\u00a0]*)';
const DATED = new RegExp(`${OPENS}(${NAME})(?=[ \\u00a0]*[,.]?[ \\u00a0]+(?:le[ \\u00a0]+)?(?:[12]?\\d|3[01])(?:er)?[ \\u00a0]*[,.]?[ \\u00a0]*(?:\\(|${MONTH}(?![\\p{L}])))`, 'gu');
const SECTION = new RegExp(`${OPENS}(${NAME})(?=\\.[ \\u00a0]*[—–])`, 'gu');

/** The datelines' places of `text`, UTF-16 offsets, in text order. */
export function recognizeDatelines(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const [re, listedOnly] of [[DATED, false], [SECTION, true]] as const) {
    // SECTION needs a dash: most texts have none, and then it is not run (nor compiled: a few ms of a cold start)
    if (re === SECTION && !text.includes('—') && !text.includes('–')) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const written = m[1];
      if (written.replace(/[^\p{L}]/gu, '').length < 4) continue; // "AFP", "ATS": agencies, not places
      const entry = lookup(written)?.[0];
      if (listedOnly && !entry) continue;
      const start = m.index;
      const end = start + written.length;
      if (out.some((p) => p.start < end && start < p.end)) continue;
      const p: PlaceMention = entry
        ? { start, end, normalized: entry.normalized, country: entry.country, kind: entry.kind, latitude: entry.latitude, longitude: entry.longitude, known: true }
        : { start, end, normalized: titleCase(written), country: null, kind: 'unknown', latitude: null, longitude: null, known: false };
      DATELINES.add(p);
      out.push(p);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
