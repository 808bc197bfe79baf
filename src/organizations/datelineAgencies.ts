/**
 * The news agency a dateline credits: "JERUSALEM, 24 (Reuter). —", "Berne, 15 septembre (ag.)",
 * "Liestal, 7 (ATS).-". Between the date of a dateline and its dash, what stands in parentheses
 * is the agency, however OCR spelled it ("(Eeuter)", "(ag .)"): an organization.
 */
import type { OrganizationMention } from '../mentions.js';
import { DATELINE_MONTH } from '../places/datelines.js';
import { lazyRegExp } from '../text/lazyRegExp.js';

const MONTH = `${DATELINE_MONTH}\\.?`;
// a place opening the line or the sentence, a day (and month), then the agency in parentheses
const CREDIT = lazyRegExp(
  `(?<=(?:^|\\n|[.!?;:—–-])[ \\u00a0]*\\p{Lu}[\\p{L}\\p{M}'’-]+(?:[ \\u00a0-]\\p{Lu}[\\p{L}\\p{M}'’-]+){0,2}[ \\u00a0]*,?[ \\u00a0]+(?:[12]?\\d|3[01])(?:er)?(?:[ \\u00a0]+${MONTH})?[ \\u00a0]*,?[ \\u00a0]*\\([ \\u00a0]*)(\\p{L}[\\p{L}.]*(?:[ \\u00a0]\\.)?)(?=[ \\u00a0]*[),])`,
  'uy',
);

/**
 * Where an agency may stand: after a "(" that may close a dateline's date, and the blanks after
 * it. Between the day's last digit and the bracket CREDIT allows only "er", a month in lower
 * case, blanks, a period and a comma, so going back from the bracket over such characters must
 * reach a digit. CREDIT is tried there only, sticky: scanned over the whole text, its long
 * lookbehind ran at every position. Most texts have no such bracket: the pattern (Unicode
 * classes, a long lookbehind) is then neither made nor run (cold start).
 */
function creditStarts(text: string): number[] {
  const starts: number[] = [];
  for (let k = text.indexOf('('); k >= 0; k = text.indexOf('(', k + 1)) {
    let j = k - 1;
    for (; j >= 0; j--) {
      const c = text.charCodeAt(j);
      if (!((c >= 97 && c <= 122) || c === 32 || c === 0xa0 || c === 44 || c === 46 || c === 0xe9 || c === 0xfb)) break;
    }
    if (!(j >= 0 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57)) continue;
    let p = k + 1;
    while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0)) p++;
    starts.push(p);
  }
  return starts;
}

/** Agencies credited by datelines in `text`, UTF-16 offsets. */
export function datelineAgencies(text: string): OrganizationMention[] {
  const out: OrganizationMention[] = [];
  for (const at of creditStarts(text)) {
    const credit = CREDIT();
    credit.lastIndex = at;
    const m = credit.exec(text);
    if (!m) continue;
    const written = m[1];
    if (written.replace(/[^\p{L}]/gu, '').length < 2) continue;
    out.push({ start: m.index, end: m.index + written.length, normalized: written.replace(/[ \u00a0]+/g, ''), acronym: null });
  }
  return out;
}
