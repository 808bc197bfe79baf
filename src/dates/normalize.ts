/**
 * Typographic normalization for matching. Every replacement is one UTF-16 unit for one, so
 * offsets found in the normalized string are offsets into the original text.
 * (chrono.fr finds nothing in "aujourd’hui" written with a typographic apostrophe.)
 */
const MAP: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u02BC': "'", '\u00B4': "'", '\u0060': "'",
  '\u00A0': ' ', '\u202F': ' ', '\u2007': ' ', '\u2009': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-',
};
const RE = /[\u2019\u2018\u02BC\u00B4\u0060\u00A0\u202F\u2007\u2009\u2002\u2003\u2010-\u2014]/g;

export function normalizeForMatching(text: string): string {
  return text.replace(RE, (c) => MAP[c] ?? c);
}
