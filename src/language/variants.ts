/**
 * French as web text writes it: without accents ("eleveur", "Ecole", "deja") and without the
 * apostrophe of an elision ("lecole", "lEcole", "dun"). Such a spelling is weaker evidence than a
 * form seen in edited French, and it counts only when no language in scope writes the same
 * letters: accents are folded on both sides, so a Spanish or Portuguese word typed without its
 * accents ("energia", "nacao") never becomes French.
 */
import type { Lexicons } from './lexicons.js';

/** Elided articles, prepositions and pronouns that web text glues to the next word. */
const GLUED = /^(qu|l|d|n|s|j|c|m)([aeiouyhâàäéèêëîïôöûùüœ].*)$/u;
/** A camel-case elision: "lEcole", "dAfrique", "quIl". */
const CAMEL = /^(qu|l|d|n|s|j|c|m|Qu|L|D|N|S|J|C|M)(\p{Lu}[\p{Ll}\p{M}]+)$/u;
/** The rest of a glued word must be this long: "lac" is not "l'ac". */
const MIN_GLUED_REST = 4;

export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

export interface Variants {
  /** Accent-less spellings of French forms that are neither French forms nor, folded, a word of another language (built with the tables). */
  frenchFolded: Set<string>;
  /** French inflectional endings written without accents ("ees" for "-ées"), longest first. */
  foldedInflections: string[];
}

let cached: Variants | null = null;

export function variants(lx: Lexicons): Variants {
  cached ??= {
    frenchFolded: lx.frenchUnaccented,
    foldedInflections: [...new Set(lx.frenchInflections.map(fold))].sort((a, b) => b.length - a.length),
  };
  return cached;
}

/** Whether `word` (lower case) is a French form or its accent-less spelling, and no other language's word. */
export function frenchSpelling(lx: Lexicons, word: string): boolean {
  if (lx.french.has(word)) return !lx.other.has(word);
  return lx.frenchUnaccented.has(word);
}

/** "lecole" → ["l'", "ecole"] when the rest is French (the caller knows no table holds the whole word). */
export function gluedElision(lx: Lexicons, lower: string): [string, string] | null {
  const m = GLUED.exec(lower);
  if (!m || m[2].length < MIN_GLUED_REST) return null;
  return frenchSpelling(lx, m[2]) ? [`${m[1]}'`, m[2]] : null;
}

const LONE_ELISION = /^(qu|l|d|n|s|j|c|m|t)$/i;
const VOWEL_START = /^[aeiouyhâàéèêîôûœ]/i;

/**
 * "l ecole": an elided word whose apostrophe became a space gets it back. Not a letter joined to
 * the next word by a hyphen (`hyphenAfter[i]`): Romanian clitics ("s-a dus", "l-a văzut", "n-a
 * fost") and French "a-t-il" are no elision.
 */
export function restoreElisions(tokens: string[], hyphenAfter?: boolean[]): string[] {
  return tokens.map((t, i) => (LONE_ELISION.test(t) && !hyphenAfter?.[i] && i + 1 < tokens.length && VOWEL_START.test(tokens[i + 1]) ? `${t}'` : t));
}

/** "lEcole" → ["l'", "Ecole"]; the token is otherwise read as a name. */
export function camelElision(token: string): [string, string] | null {
  const m = CAMEL.exec(token);
  // A one-letter elision needs a word after it: "MHz", "MPa", "LTd" are units and names.
  if (!m || (m[1].length === 1 && m[2].length < MIN_GLUED_REST)) return null;
  return [`${m[1].toLowerCase()}'`, m[2]];
}

/** The accented letters French writes for each plain one. */
const ACCENTED: Record<string, string[]> = { e: ['é', 'è', 'ê'], a: ['à', 'â'], i: ['î', 'ï'], o: ['ô'], u: ['û', 'ù'], c: ['ç'] };
/** Accents a plain spelling may have lost: "deputes" (députés), "proces" (procès). */
const MAX_LOST_ACCENTS = 2;

/**
 * Whether `word` (lower case, no accents) is a form only the French table writes, with one or two
 * accents put back ("cholera" → "choléra", "deputes" → "députés"). Tried letter by letter, not
 * from a folded copy of the table, which would cost every start the time to build it.
 */
export function accentedFrenchForm(lx: Lexicons, word: string): boolean {
  const chars = [...word];
  const positions = chars.flatMap((c, i) => (ACCENTED[c] ? [i] : []));
  const tryFrom = (first: number, left: number): boolean => {
    for (let k = first; k < positions.length; k++) {
      const i = positions[k];
      const plain = chars[i];
      for (const accented of ACCENTED[plain]) {
        chars[i] = accented;
        const form = chars.join('');
        const found = (lx.french.has(form) && !lx.other.has(form)) || (left > 1 && tryFrom(k + 1, left - 1));
        chars[i] = plain;
        if (found) return true;
      }
    }
    return false;
  };
  return tryFrom(0, MAX_LOST_ACCENTS);
}
