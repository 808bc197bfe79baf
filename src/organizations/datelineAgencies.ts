/**
 * The news agency a dateline credits: "JERUSALEM, 24 (Reuter). —", "Berne, 15 septembre (ag.)",
 * "Liestal, 7 (ATS).-". Between the date of a dateline and its dash, what stands in parentheses
 * is the agency, however OCR spelled it ("(Eeuter)", "(ag .)"): an organization.
 */
import type { OrganizationMention } from '../mentions.js';

const MONTH = '(?:janv(?:ier)?|f[ée]vr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[ûu]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?)\\.?';
// a place opening the line or the sentence, a day (and month), then the agency in parentheses
const CREDIT = new RegExp(
  `(?<=(?:^|\\n|[.!?;:—–-])[ \\u00a0]*\\p{Lu}[\\p{L}\\p{M}'’-]+(?:[ \\u00a0-]\\p{Lu}[\\p{L}\\p{M}'’-]+){0,2}[ \\u00a0]*,?[ \\u00a0]+(?:[12]?\\d|3[01])(?:er)?(?:[ \\u00a0]+${MONTH})?[ \\u00a0]*,?[ \\u00a0]*\\([ \\u00a0]*)(\\p{L}[\\p{L}.]*(?:[ \\u00a0]\\.)?)(?=[ \\u00a0]*[),])`,
  'gu',
);

/** Agencies credited by datelines in `text`, UTF-16 offsets. */
export function datelineAgencies(text: string): OrganizationMention[] {
  if (!text.includes('(')) return [];
  const out: OrganizationMention[] = [];
  CREDIT.lastIndex = 0;
  for (let m = CREDIT.exec(text); m; m = CREDIT.exec(text)) {
    const written = m[1];
    if (written.replace(/[^\p{L}]/gu, '').length < 2) continue;
    out.push({ start: m.index, end: m.index + written.length, normalized: written.replace(/[ \u00a0]+/g, ''), acronym: null });
  }
  return out;
}
