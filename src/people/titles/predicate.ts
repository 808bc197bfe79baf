/**
 * A title given by the verb after the name: "X est nommé chef d’état-major de l’armée de terre",
 * "X devient directeur de cabinet", "X a été désigné président du comité de transition",
 * "X occupe désormais le poste de …", "X, qui dirigeait la gendarmerie".
 */
import { headedPhraseAt, titleAt, type FoundTitle } from './extent.js';
import { B, E, shapeLexicon, SP } from './lexicon.js';
import { skipBlanks } from '../../text/blank.js';
import { wordGates } from '../../text/anchorGate.js';

let re: RegExp | null = null;
/** The first word of each auxiliary, adverb, verb and phrase the pattern opens with, lower case. */
let firstWords: Set<string> | null = null;
let wordless = false;

/** The auxiliaries and adverbs before the verb, an alternation with no group inside. */
const AUX = `(?:qui|a|avait|ont|avaient|est|sont|sera|serait|était|vient|venait|d['’]|être|été|s['’]est|se${SP}voit|ainsi|désormais|officiellement|alors|également|aussi|récemment|déjà|hier|aujourd['’]hui|jusqu['’]ici|jusque-là|précédemment|naguère)`;

/** Auxiliaries, adverbs and an apposition between the name and the verb. */
function pattern(): RegExp {
  if (re) return re;
  const { appointVerbs, becomeVerbs, holdPhrases, postIntros } = shapeLexicon();
  re = new RegExp(
    `^(?:[\\s\\u00a0]*,[^,;.]{1,90},)?[\\s\\u00a0]*,?[\\s\\u00a0]*(?:${AUX}(?:${SP}|(?<=['’])))*` +
      `(?:(?<appoint>${appointVerbs})(?:${SP}(?:par${SP}(?:décret|arrêté|le${SP}conseil)[^,;.]{0,60}?))?(?:${SP}(?:${postIntros}))?` +
      `|(?<become>${becomeVerbs})` +
      `|(?<hold>${holdPhrases}))${E}`,
    'iu',
  );
  return re;
}

const FIRST_WORD = /[\p{L}\p{M}]+/uy;

/**
 * Whether the pattern may match after the name: a comma opens it, or its first word (an
 * auxiliary, an adverb, a verb) is the word written after the blanks. A necessary condition only:
 * most names are followed by another word ("et", "de", a verb of saying).
 */
function mayFollow(text: string, after: number, limit: number): boolean {
  if (!wordGates() || wordless) return true;
  const p = skipBlanks(text, after, limit);
  if (p >= limit || text.charCodeAt(p) === 44) return true;
  if (firstWords === null) {
    const { appointVerbs, becomeVerbs, holdPhrases } = shapeLexicon().listed;
    const auxWords = AUX.slice(3, -1).split('|').map((a) => /^\p{L}+/u.exec(a)![0]);
    firstWords = new Set([...auxWords, ...appointVerbs, ...becomeVerbs, ...holdPhrases].map((w) => w.toLowerCase().split(/[\s'’-]/)[0]));
    // a phrase opening with no letter would open with no word: no gate then
    if (firstWords.has('')) return (wordless = true);
  }
  FIRST_WORD.lastIndex = p;
  const m = FIRST_WORD.exec(text);
  if (!m) return false;
  // the pattern reads the text up to the limit only: a word cut there is read cut
  const word = m[0].length > limit - p ? m[0].slice(0, limit - p) : m[0];
  // under the i and u flags "ſ" and the Kelvin sign read "s" and "k", which toLowerCase keeps apart
  return firstWords.has(word.toLowerCase()) || /[\u017f\u212a]/.test(word);
}

export function predicateTitle(text: string, after: number, limit: number): FoundTitle | null {
  if (!mayFollow(text, after, Math.min(limit, after + 260))) return null;
  const m = pattern().exec(text.slice(after, Math.min(limit, after + 260)));
  if (!m || !m.groups) return null;
  const pos = after + m[0].length;
  const title = titleAt(text, pos, limit, 'predicate');
  if (title) return title;
  if (m.groups.hold) {
    // "qui dirigeait la gendarmerie": the verb and its object say the post
    const verbStart = after + m[0].length - m.groups.hold.length;
    const t = headedPhraseAt(text, verbStart, pos, limit, 'predicate');
    if (t && /ait$/iu.test(m.groups.hold.split(/[\s\u00a0]/)[0])) t.former = true;
    return t;
  }
  // "nommé à la tête de la gendarmerie"
  if (m.groups.appoint && new RegExp(`${B}à${SP}la${SP}tête${SP}(?:de|du|des|d['’])$`, 'iu').test(m[0])) {
    const phrase = /à[\s\u00a0]+la[\s\u00a0]+tête/iu.exec(m[0])!;
    return headedPhraseAt(text, after + phrase.index, after + phrase.index + phrase[0].length, limit, 'predicate');
  }
  return null;
}
