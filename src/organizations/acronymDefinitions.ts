/**
 * Acronyms defined in the text: "Forces de Défense et de Sécurité (FDS)", "Ligue nationale de
 * hockey (LNH)": the expansion and the acronym are both mentions, linked.
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { lookupPlace } from '../places/index.js';
import { isNotAcronym } from './lexicon.js';

const FUNCTION_WORDS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'et', 'pour', 'à', 'au', 'aux', 'en', 'sur', 'contre', 'sans', 'of', 'the', 'and', 'for']);

/** A word's first letter in capitals, without its accent: "études" and "Économie" give E ("Insee"). */
function initial(word: string): string {
  return word[0].normalize('NFD')[0].toUpperCase();
}

/** The first letter as written, in capitals: for the abbreviations that name no organization. */
function initialAsWritten(word: string): string {
  return word[0].toUpperCase();
}

/**
 * "Ligue nationale de hockey (LNH)": the words before the parenthesis whose initials spell the
 * acronym form its expansion, function words skipped (or counted, "Pays de la Loire (PDL)").
 */
function expansionBefore(text: string, parenStart: number, acr: string, limitStart: number): number {
  // "Brevet d'Étude du Premier Cycle (BEPC)": a diploma, a tax, a currency (known.json "notAcronyms")
  // is read as before accents were folded, which spelled none of them
  const first = isNotAcronym(acr) ? initialAsWritten : initial;
  const letters = [...acr.replace(/[^\p{L}]/gu, '')].map(first).join('');
  if (letters.length < 2) return -1;
  const before = text.slice(Math.max(limitStart, parenStart - 200), parenStart);
  const base = parenStart - before.length;
  const words: { s: number; w: string }[] = [];
  const re = /[\p{L}\p{M}][\p{L}\p{M}\p{N}-]*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(before)) !== null) {
    let w = m[0];
    let s = base + m.index;
    const el = /^[dlDL]['’]/.exec(w);
    if (el) {
      words.push({ s, w: w[0] });
      s += 2;
      w = w.slice(2);
    }
    // "Médecins Sans-Frontières": each part of a hyphenated word may give a letter
    words.push({ s, w });
  }
  // stop at punctuation: the expansion is the words right before the parenthesis
  const tail = /[,;:.!?«»"“”()]/u;
  let firstOk = words.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const gap = text.slice(words[i].s + words[i].w.length, i + 1 < words.length ? words[i + 1].s : parenStart);
    if (tail.test(gap)) break;
    firstOk = i;
  }
  for (let i = Math.max(firstOk, words.length - 14); i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i].w) || FUNCTION_WORDS.has(words[i].w.toLowerCase())) continue;
    const content = words.slice(i).filter((x) => !FUNCTION_WORDS.has(x.w.toLowerCase()));
    const initials = content.map((x) => first(x.w)).join('');
    const hyphenInitials = content.map((x) => x.w.split('-').map((p) => (p ? first(p) : '')).join('')).join('');
    if (initials === letters || hyphenInitials === letters) return words[i].s;
    const all = words.slice(i).map((x) => first(x.w)).join('');
    if (all === letters) return words[i].s;
  }
  return -1;
}

/**
 * "Comanav" in "Compagnie malienne de navigation", "Ofast" in "Office anti-stupéfiants": an
 * acronym written as a word takes syllables of the name. Its letters are the name's, in order,
 * the first the name's first and the last in the name's last word.
 */
function spelledBy(acr: string, name: string): boolean {
  const fold = (x: string) => x.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  const a = fold(acr);
  const n = fold(name);
  if (a[0] !== n[0] || !/\s/.test(n)) return false;
  const lastWord = n.search(/\S+$/);
  let k = 1;
  let at = 0;
  for (; k < a.length; k++) {
    at = n.indexOf(a[k], at + 1);
    if (at < 0) return false;
  }
  return at >= lastWord;
}

/** "Forces de Défense et de Sécurité (FDS)" and "FDS (Forces de …)": both mentions, linked. */
export function definedAcronyms(text: string, r: Span, out: OrganizationMention[]): void {
  const slice = text.slice(r.start, r.end);
  // every definition is in brackets
  if (slice.indexOf('(') < 0) return;
  // mentions by end offset: the expansion is looked up right before each parenthesis
  const byEnd = new Map<number, OrganizationMention>();
  for (const o of out) if (!byEnd.has(o.end) || byEnd.get(o.end)!.start > o.start) byEnd.set(o.end, o);
  const re = /\((\p{Lu}[\p{Lu}\p{Ll}0-9&-]{1,11})\)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const acr = m[1];
    // "(Ofast)", "(Comanav)": an acronym written as a word, a capital then lower case
    const asWord = !/\p{Lu}.*\p{Lu}/u.test(acr);
    if (asWord && !/^\p{Lu}\p{Ll}{3,7}$/u.test(acr)) continue;
    const parenStart = r.start + m.index;
    const acrStart = parenStart + 1;
    // the expansion is an organization mention ending right before the parenthesis…
    let exp = byEnd.get(parenStart) ?? byEnd.get(parenStart - 1) ?? byEnd.get(parenStart - 2);
    if (exp && !/^[\s\u00a0]*$/.test(text.slice(exp.end, parenStart))) exp = undefined;
    // one written as a word must be spelled by the name's letters, in order, from its first to its last word
    if (asWord && exp && !spelledBy(acr, exp.normalized)) exp = undefined;
    // …or words whose initials spell the acronym ("Agence internationale de l’énergie (AIE)")
    const wsEnd = parenStart - (/[\s\u00a0]*$/.exec(text.slice(Math.max(r.start, parenStart - 3), parenStart))?.[0].length ?? 0);
    const expStart = expansionBefore(text, wsEnd, acr, r.start);
    if (expStart >= 0 && (!exp || exp.start > expStart)) {
      // a place spelled out before its code is no organization: "République démocratique du Congo (RDC)"
      const expText = text.slice(expStart, wsEnd);
      if (!lookupPlace(expText) && !lookupPlace(acr)) {
        exp = { start: expStart, end: wsEnd, normalized: expText.replace(/[\s\u00a0]+/g, ' '), acronym: acr };
        out.push(exp);
        byEnd.set(exp.end, exp);
      }
    }
    if (exp) {
      exp.acronym = acr;
      out.push({ start: acrStart, end: acrStart + acr.length, normalized: exp.normalized, acronym: acr });
    }
  }
}
