/**
 * Where a title starts and ends once a shape has found where it should be: a function head
 * (data/people/titles.json, or a complement head), its complement up to the end of the noun
 * phrase ("ministre de la Défense et des Anciens combattants", not the rest of the sentence), and
 * a word before it saying the post is past ("ancien", "ex-") or new ("nouveau").
 */
import { complementEnd, firstHeadFrom, headsOf } from '../titles.js';
import { E, shapeLexicon, SP } from './lexicon.js';
import { formerStart } from './former.js';
import { wordGates } from '../../text/anchorGate.js';

export interface FoundTitle {
  start: number;
  end: number;
  /** "ancien chef d’état-major", "ex-président", or a post someone else now holds. */
  former: boolean;
  /** Which shape found it (for tests and debugging; not in the record). */
  shape: string;
}

let modifierRe: RegExp | null = null;
let stopRe: RegExp | null = null;

/** "nouveau ", "l’ancien ", "ex-", "le célèbre " at the start of a title. */
function modifier(): RegExp {
  const { current, former, qualifiers } = shapeLexicon();
  modifierRe ??= new RegExp(`^(?<det>(?:le|la|un|une|son|sa|notre|votre|leur)${SP}|l['’])?(?:(?<former>${former})(?:[-\\s\\u00a0]+)|(?<current>${current})${SP}|(?<qual>${qualifiers})${SP})`, 'iu');
  return modifierRe;
}

/**
 * Phrases that end the noun phrase of a title even where the complement rules would go on. A post
 * intro ends at a word's end ("comme", not "directrice commerciale") or at its apostrophe ("au poste d’").
 */
function stops(): RegExp {
  const { replacing, postIntros } = shapeLexicon();
  stopRe ??= new RegExp(`[\\s\\u00a0]+(?:${replacing}|(?:${postIntros})(?:(?<=['’])|${E})|lors${E}|depuis${E}|par${SP}(?:décret|un${SP}décret|arrêté)|à${SP}compter${E}|en${SP}(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\\d{4})${E}|en${SP}(?:conseil|marge|présence|visite|fin|début)${E}|pour${SP}(?:un|une|deux|trois|la${SP}période)${E}|dans${SP}(?:le|la|les|un|une)${SP}(?:cadre|gouvernement)${E})`, 'iu');
  return stopRe;
}

/**
 * The first word of every alternative of stops(), lower case. The stop pattern is a long
 * alternation compiled at its first run (several ms, once per string width); most spans it is
 * asked about hold none of these words, and then it is not run (nor compiled).
 */
const STOP_FIRST_WORDS = ['en', 'remplace', 'remplaçant', 'qui', 'au', 'aux', 'à', 'comme', 'lors', 'depuis', 'par', 'pour', 'dans'];
let stopFirstWords: string[] | null = null;

/**
 * Whether stops() may match in `span`: a necessary condition, never a sufficient one. A match
 * starts after a blank with one of STOP_FIRST_WORDS (any case, maybe as a word's beginning:
 * "remplace" also reads "remplacement"); here the word is looked for, lower-cased, after any
 * character that is no Latin letter nor digit (blanks among them).
 */
function mayStop(span: string): boolean {
  if (!wordGates()) return true;
  if (stopFirstWords === null) {
    // checked against the data: an alternative that opens otherwise turns the gate off
    const { replacing, postIntros } = shapeLexicon();
    const alts = `${replacing}|${postIntros}`.split('|').map((a) => a.replace(/^\(\?:/, ''));
    stopFirstWords = alts.every((a) => STOP_FIRST_WORDS.some((w) => a.toLowerCase().startsWith(w))) ? STOP_FIRST_WORDS : [];
  }
  if (stopFirstWords.length === 0) return true;
  // under the i and u flags these fold to ASCII or Latin-1 letters; toLowerCase keeps them apart
  if (/[\u017f\u1e9e\u212a\u212b]/.test(span)) return true;
  const lower = span.toLowerCase();
  for (let k = 1; k < lower.length; k++) {
    const c = lower.charCodeAt(k - 1);
    const letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
    if (letter) continue;
    for (const w of stopFirstWords) if (lower.startsWith(w, k)) return true;
  }
  return false;
}

/** A title starting at `pos` (after blanks), ending before `limit`, or null. */
export function titleAt(text: string, pos: number, limit: number, shape: string): FoundTitle | null {
  while (pos < limit && /[\s\u00a0]/.test(text[pos])) pos++;
  let start = pos;
  let former = false;
  const mod = modifier().exec(text.slice(pos, Math.min(limit, pos + 40)));
  if (mod) {
    const lead = mod.groups!.det?.length ?? 0;
    former = !!mod.groups!.former;
    // "ancien ministre", "célèbre correspondant": the word belongs to the title as written; "nouveau" does not
    start = mod.groups!.current ? pos + mod[0].length : pos + lead;
    pos += mod[0].length;
  }
  const heads = headsOf(text);
  let k = firstHeadFrom(heads, pos);
  if (!mod && (k >= heads.length || heads[k].start !== pos)) {
    // "Antonio Guterres, le secrétaire général des Nations unies", "Lucie Martin, une infirmière de 28 ans": an article before the head
    const det = /^(?:le|la|les|l['’]|une?(?=[\s\u00a0]))[\s\u00a0]*/iu.exec(text.slice(pos, pos + 4));
    if (det) {
      pos += det[0].length;
      start = pos;
      k = firstHeadFrom(heads, pos);
    }
  }
  if (k >= heads.length || heads[k].start !== pos || heads[k].end > limit) return null;
  const end = titleEnd(text, heads[k].end, limit);
  if (!former) {
    const f = formerStart(text, start);
    if (f !== null) {
      former = true;
      start = f;
    }
  }
  return { start, end, former, shape };
}

/** End of a title whose head ends at `headEnd`. */
export function titleEnd(text: string, headEnd: number, limit: number): number {
  let end = Math.max(headEnd, complementEnd(text, headEnd, Math.min(limit, headEnd + 160)));
  const span = text.slice(headEnd, end);
  const stop = mayStop(span) ? stops().exec(span) : null;
  if (stop) end = Math.max(headEnd, complementEnd(text, headEnd, headEnd + stop.index));
  return end;
}

/** A noun phrase introduced by "à la tête de": "à la tête de la gendarmerie nationale". */
export function headedPhraseAt(text: string, pos: number, phraseEnd: number, limit: number, shape: string): FoundTitle | null {
  const end = titleEnd(text, phraseEnd, limit);
  if (end <= phraseEnd) return null;
  return { start: pos, end, former: false, shape };
}

/**
 * Whether a title found before a name runs over a phrase no title holds: "gouverneur de la
 * région en remplacement du colonel X" is X's predecessor's new post, not X's.
 */
export function crossesStop(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  return mayStop(span) && stops().test(span);
}
