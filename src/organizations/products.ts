/**
 * Products named after their maker ("Nintendo DS", "Google Drive", data/organizations/products.txt)
 * and competitions named like a body ("la Ligue des champions", "la Bundesliga",
 * data/organizations/competitions.txt): the maker's or the league's name inside one is no mention
 * of an organization, and a product or a competition is none of our types.
 */
import { loadList } from '../data.js';
import { LexiconMatcher } from '../text/lexiconMatcher.js';

let matcher: LexiconMatcher | null = null;

function productMatcher(): LexiconMatcher {
  if (matcher) return matcher;
  return (matcher = new LexiconMatcher([...loadList('organizations/products.txt'), ...loadList('organizations/competitions.txt')]));
}

// the last answer: the organizations stage asks for each region, the record stage for the whole
// text, which is the one region of most articles (callers only read the list)
let lastText: string | null = null;
let lastStart = -1;
let lastEnd = -1;
let lastSpans: { start: number; end: number }[] = [];

/** The product names in [start, end) of `text`, left to right. */
export function productSpans(text: string, start = 0, end = text.length): { start: number; end: number }[] {
  if (text === lastText && start === lastStart && end === lastEnd) return lastSpans;
  const m = productMatcher();
  const spans = m.mayMatchIn(text, start, end) ? m.matches(text, start, end).map((p) => ({ start: p.index, end: p.index + p.text.length })) : [];
  lastText = text;
  lastStart = start;
  lastEnd = end;
  lastSpans = spans;
  return spans;
}

/** Whether [start, end) overlaps one of the sorted product spans. */
export function overlapsProduct(products: { start: number; end: number }[], start: number, end: number): boolean {
  for (const p of products) {
    if (p.start >= end) return false;
    if (p.end > start) return true;
  }
  return false;
}
