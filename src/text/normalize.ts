/** Folding used for matching only; offsets always stay in the original text. */

/** A literal string as a regex source: lexicon entries become alternations. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A lexicon phrase as a pattern of running text: escaped, its apostrophe either one ("l'", "l’"),
 * its spaces any blanks, no-break ones included; with `hyphens`, a hyphen is a hyphen or a blank
 * ("chef d'état-major", "chef d'état major").
 */
export function phrasePattern(s: string, { hyphens = false }: { hyphens?: boolean } = {}): string {
  const p = escapeRegExp(s).replace(/'/g, "['’]").replace(/ /g, '[\\s\\u00a0]+');
  return hyphens ? p.replace(/-/g, '[-\\s]') : p;
}

/**
 * Lexicon entries as one regex alternation, longest first so that the longest entry wins;
 * `source` turns one entry into its pattern (escaped as written by default; callers that
 * accept running-text spacing or apostrophes pass their own).
 */
export function alternation(entries: Iterable<string>, source: (entry: string) => string = escapeRegExp): string {
  return [...entries].sort((a, b) => b.length - a.length).map(source).join('|');
}

const APOSTROPHES = /[\u2019\u2018\u02BC\u00B4`]/g;

/** Typographic apostrophes to ASCII: the texts mix ’ and ' freely. */
export function straightenApostrophes(s: string): string {
  return s.replace(APOSTROPHES, "'");
}

const SPACES = /\s+/g;
const SPACES_IN_LINE = /[^\S\n]+/g;

/** foldKey's steps before the trim; `spaces`: the runs of white space made one space. */
function foldSteps(s: string, spaces: RegExp): string {
  return straightenApostrophes(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(spaces, ' ');
}

/** Lower-case, accents removed, apostrophes straightened: the key for lexicon look-ups. */
export function foldKey(s: string): string {
  return foldSteps(s, SPACES).trim();
}

/**
 * foldKey of each line of `text` (split at "\n"), each step run once over the whole text: the
 * lexicons fold thousands of lines on the first document, and one normalize() and four regex
 * replacements a line were most of that (~1.5 µs a line). The same keys as
 * `text.split('\n').map(foldKey)`: no step adds or removes a line break, and none reads across
 * one (a line break is no cased letter for the final-sigma rule of toLowerCase, and a starter
 * that NFD's reordering of marks never crosses).
 */
export function foldLines(text: string): string[] {
  // the same steps, line breaks kept
  const folded = foldSteps(text, SPACES_IN_LINE).split('\n');
  for (let i = 0; i < folded.length; i++) folded[i] = folded[i].trim();
  return folded;
}

const LOWER_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'ben', 'bin', 'ould', 'ag', 'van', 'von', 'dit', "d'", 'el', 'al']);

const REGNAL = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3}|XIX|XX)$/;

/** "GOÏTA" → "Goïta", "SALOUA BARMOU" → "Saloua Barmou"; mixed-case words are left alone. */
export function titleCaseName(name: string): string {
  const parts = name.split(/(\s+|-)/);
  return parts
    .map((part, i) => {
      if (/^\s+$|^-$/.test(part) || part === '') return part;
      if (part !== part.toUpperCase() || part.toLowerCase() === part) return part;
      // "Mohammed VI", "Jean-Paul II": a regnal number ends the name and stays in capitals
      if (i > 0 && i === parts.length - 1 && REGNAL.test(part)) return part;
      const lower = part.toLowerCase();
      if (i > 0 && LOWER_PARTICLES.has(lower)) return lower;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join('');
}

/** True for a word written entirely in capitals (at least two letters). */
export function isAllCaps(word: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}
