/**
 * The news agency a dateline credits: "JERUSALEM, 24 (Reuter). —", "Berne, 15 septembre (ag.)",
 * "Liestal, 7 (ATS).-". Between the date of a dateline and its dash, what stands in parentheses
 * is the agency, however OCR spelled it ("(Eeuter)", "(ag .)"): an organization.
 */
import type { OrganizationMention } from '../mentions.js';
import { DATELINE_MONTH } from '../places/datelines.js';

const MONTH = `${DATELINE_MONTH}\\.?`;
// a place opening the line or the sentence, a day (and month), then the agency in parentheses
const CREDIT = new RegExp(
  `(?<=(?:^|\\n|[.!?;:—–-])[ \\u00a0]*\\p{Lu}[\\p{L}\\p{M}'’-]+(?:[ \\u00a0-]\\p{Lu}[\\p{L}\\p{M}'’-]+){0,2}[ \\u00a0]*,?[ \\u00a0]+(?:[12]?\\d|3[01])(?:er)?(?:[ \\u00a0]+${MONTH})?[ \\u00a0]*,?[ \\u00a0]*\\([ \\u00a0]*)(\\p{L}[\\p{L}.]*(?:[ \\u00a0]\\.)?)(?=[ \\u00a0]*[),])`,
  'gu',
);

/**
 * Whether some "(" of `text` may close a dateline's date: between the day's last digit and the
 * bracket CREDIT allows only "er", a month in lower case, blanks, a period and a comma, so going
 * back from the bracket over such characters must reach a digit. Most texts have none: the
 * pattern (Unicode classes, a long lookbehind) is then neither run nor compiled (cold start).
 */
function mayCredit(text: string): boolean {
  for (let k = text.indexOf('('); k >= 0; k = text.indexOf('(', k + 1)) {
    let j = k - 1;
    for (; j >= 0; j--) {
      const c = text.charCodeAt(j);
      if (!((c >= 97 && c <= 122) || c === 32 || c === 0xa0 || c === 44 || c === 46 || c === 0xe9 || c === 0xfb)) break;
    }
    if (j >= 0 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) return true;
  }
  return false;
}

/** Agencies credited by datelines in `text`, UTF-16 offsets. */
export function datelineAgencies(text: string): OrganizationMention[] {
  if (!mayCredit(text)) return [];
  const out: OrganizationMention[] = [];
  CREDIT.lastIndex = 0;
  for (let m = CREDIT.exec(text); m; m = CREDIT.exec(text)) {
    const written = m[1];
    if (written.replace(/[^\p{L}]/gu, '').length < 2) continue;
    out.push({ start: m.index, end: m.index + written.length, normalized: written.replace(/[ \u00a0]+/g, ''), acronym: null });
  }
  return out;
}
