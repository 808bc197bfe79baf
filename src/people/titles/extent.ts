/**
 * Where a title starts and ends once a shape has found where it should be: a function head
 * (data/people/titles.json, or a complement head), its complement up to the end of the noun
 * phrase ("ministre de la Défense et des Anciens combattants", not the rest of the sentence), and
 * a word before it saying the post is past ("ancien", "ex-") or new ("nouveau").
 */
import { complementEnd, firstHeadFrom, headsOf } from '../titles.js';
import { E, shapeLexicon, SP } from './lexicon.js';
import { formerStart } from './former.js';

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

/** Phrases that end the noun phrase of a title even where the complement rules would go on. */
function stops(): RegExp {
  const { replacing, postIntros } = shapeLexicon();
  stopRe ??= new RegExp(`[\\s\\u00a0]+(?:${replacing}|${postIntros}|lors${E}|depuis${E}|par${SP}(?:décret|un${SP}décret|arrêté|intérim)|à${SP}compter${E}|en${SP}(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\\d{4})${E}|en${SP}(?:conseil|marge|présence|visite|fin|début)${E}|pour${SP}(?:un|une|deux|trois|la${SP}période)${E}|dans${SP}(?:le|la|les|un|une)${SP}(?:cadre|gouvernement)${E})`, 'iu');
  return stopRe;
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
    // "Antonio Guterres, le secrétaire général des Nations unies": an article before the head
    const det = /^(?:le|la|les|l['’])[\s\u00a0]*/iu.exec(text.slice(pos, pos + 4));
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
  const stop = stops().exec(text.slice(headEnd, end));
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
  return stops().test(text.slice(start, end));
}
