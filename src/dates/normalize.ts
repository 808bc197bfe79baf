/**
 * Typographic normalization for matching. Every replacement is one UTF-16 unit for one, so
 * offsets found in the normalized string are offsets into the original text.
 * (chrono.fr finds nothing in "aujourd’hui" written with a typographic apostrophe.)
 */
const APOSTROPHES = /[\u2019\u2018\u02BC\u00B4\u0060]/g;
const SPACES = /[\u00A0\u202F\u2007\u2009\u2002\u2003]/g;
const DASHES = /[\u2010-\u2014]/g;
/** Any of the three: most texts have none of some, and a test is cheaper than a replace. */
const ANY = /[\u2019\u2018\u02BC\u00B4\u0060\u00A0\u202F\u2007\u2009\u2002\u2003\u2010-\u2014]/;

// Three replaces by a constant instead of one with a function: a news text has hundreds of
// apostrophes and non-breaking spaces, and a call per character cost more than the scans.
export function normalizeForMatching(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(APOSTROPHES, "'").replace(SPACES, ' ').replace(DASHES, '-');
}
