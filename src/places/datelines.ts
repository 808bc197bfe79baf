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
import { lazyRegExp } from '../text/lazyRegExp.js';

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

/** A month as datelines write it, in full or cut short ("30 oct.": the period is the caller's). */
export const DATELINE_MONTH = '(?:janv(?:ier)?|f[ée]vr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[ûu]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?)';
const WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’-]*\\p{Lu}";
const NAME = `${WORD}(?:[ \\u00a0]${WORD}){0,2}`;
// opening a line or the text, or after the end of a sentence or a dash
const OPENS = '(?<=(?:^|\\n|[.!?;:—–-])[ \\u00a0]*)';
// sticky: tried only where OPENS holds (openings below)
const DATED = lazyRegExp(`${OPENS}(${NAME})(?=[ \\u00a0]*[,.]?[ \\u00a0]+(?:le[ \\u00a0]+)?(?:[12]?\\d|3[01])(?:er)?[ \\u00a0]*[,.]?[ \\u00a0]*(?:\\(|${DATELINE_MONTH}(?![\\p{L}])))`, 'uy');
const SECTION = lazyRegExp(`${OPENS}(${NAME})(?=\\.[ \\u00a0]*[—–])`, 'uy');

const isBlank = (c: number) => c === 32 || c === 0xa0;

/** Index before the run of blanks, commas and periods that ends before `j` (inclusive). */
function backOverSeparators(text: string, j: number): number {
  while (j >= 0 && (isBlank(text.charCodeAt(j)) || text.charCodeAt(j) === 44 || text.charCodeAt(j) === 46)) j--;
  return j;
}

/** A character that may be a capital (\p{Lu}): an ASCII capital or anything beyond ASCII. */
const mayBeCapital = (c: number) => (c >= 65 && c <= 90) || c >= 0xc0;

/** A blank, then a digit: where DATED's day may be (found by the regex engine, not a loop over every unit). */
const BLANK_DIGIT = /[ \u00a0][0-9]/g;

/**
 * Whether DATED may match: its day is a digit after a blank, with before it (over blanks, a comma
 * or a period, maybe "le") the last capital of the name. Running prose writes "mercredi 6",
 * "novembre 2024": then the pattern is neither run nor compiled (a few ms of a cold start).
 */
function mayBeDated(text: string): boolean {
  BLANK_DIGIT.lastIndex = 0;
  for (let m = BLANK_DIGIT.exec(text); m !== null; m = BLANK_DIGIT.exec(text)) {
    const k = m.index + 1;
    const j = backOverSeparators(text, k - 1);
    if (j >= 0 && mayBeCapital(text.charCodeAt(j))) return true;
    // "BAMAKO, le 6": the article, then the name
    if (j >= 1 && text.charCodeAt(j) === 101 && text.charCodeAt(j - 1) === 108) {
      const i = backOverSeparators(text, j - 2);
      if (i >= 0 && mayBeCapital(text.charCodeAt(i))) return true;
    }
  }
  return false;
}

/**
 * A line end, sentence end or dash (OPENS), its blanks, then what may open a NAME: a capital and a
 * second capital, mark, apostrophe or hyphen ("Le", "Il" cannot), each told by a class that holds
 * every such unit (A-Z and anything from U+00C0 on: \p{Lu}, \p{M} and ’ are all there).
 */
const OPENER = /[\n.!?;:\u2014\u2013-][ \u00a0]*(?=[A-Z\u00c0-\uffff][A-Z'\-\u00c0-\uffff])/g;

/**
 * Where a name may open (OPENS, then a capital, which is no blank): the first non-blank after the
 * start of the text and after each line end, sentence end or dash, when the two units there may
 * begin a NAME. Ascending; the patterns are tried, sticky, only there, where a global scan ran
 * their lookbehind at every position of the text (and a loop over every unit found the openers).
 */
function openings(text: string): number[] {
  let first = 0;
  while (isBlank(text.charCodeAt(first))) first++;
  const out = [first];
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m !== null; m = OPENER.exec(text)) out.push(m.index + m[0].length);
  return out;
}

/** The datelines' places of `text`, UTF-16 offsets, in text order. */
export function recognizeDatelines(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  let starts: number[] | undefined;
  for (const [pattern, listedOnly] of [[DATED, false], [SECTION, true]] as const) {
    // SECTION needs a dash: most texts have none, and then it is not run (nor made: a few ms of a cold start)
    if (pattern === SECTION && !text.includes('—') && !text.includes('–')) continue;
    if (pattern === DATED && !mayBeDated(text)) continue;
    const re = pattern();
    let next = 0;
    for (const x of (starts ??= openings(text))) {
      // a match holds no opener but a hyphen: one inside the last match is passed, as the global scan did
      if (x < next || x >= text.length) continue;
      re.lastIndex = x;
      const m = re.exec(text);
      if (m === null) continue;
      next = m.index + m[0].length;
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
