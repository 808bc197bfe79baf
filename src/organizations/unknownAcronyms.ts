/**
 * ALL-CAPS words nobody listed, read as organizations when nothing says they are a surname,
 * a headline word, a place code or a term's abbreviation.
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { foldKey, isAllCaps } from '../text/normalize.js';
import { SpanIndex } from '../text/spans.js';
import { isGivenName, peopleLexicon } from '../people/lexicon.js';
import { lookupPlace } from '../places/index.js';
import { anchorRanges, scanMatches, stickyOf, wordGates } from '../text/anchorGate.js';
import type { TokenTable } from '../text/tokenTable.js';
import type { OrgLexicon } from './lexicon.js';
import { previousWord } from './nameWords.js';
import { LETTER, LOWER, UPPER, unitClass } from './unitClasses.js';

const ACRONYM = /(?<!\p{L}|\p{N}|[&.'’-])[A-Z]{2,8}(?![\p{L}\p{N}&'’]|-\p{L}|\.\p{L})/gu;
const ACRONYM_STICKY = stickyOf(ACRONYM);

/** ACRONYM is a whole word (no letter or digit on either side; anchorRanges gives no gate to text with combining marks). */
function capitalsOnly(table: TokenTable, i: number): boolean {
  const s = table.start[i];
  const e = table.end[i];
  if (e - s < 2 || e - s > 8) return false;
  for (let k = s; k < e; k++) {
    const c = table.text.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * An ALL-CAPS word of 2–8 unaccented letters that nobody listed is most often an organization
 * ("le MNLA", "la FECAFOOT"), unless it is a surname (next to a given or capitalized name:
 * "Moussa BARMOU", "DIALLO Mamadou"), part of a headline in capitals, a place code or a common
 * abbreviation (data/organizations/known.json "notAcronyms": TV, PIB, FCFA…).
 */
export function unknownAcronyms(text: string, regions: Span[], out: OrganizationMention[], lex: OrgLexicon): void {
  const { notNames } = peopleLexicon();
  const surnames = new Set<string>();
  /** abbreviations of common nouns ("érythropoïétine (EPO)"): no organization anywhere in the text */
  const terms = new Set<string>();
  const defined = new Set(out.map((o) => o.acronym).filter((a): a is string => a !== null));
  const hits: { s: number; w: string }[] = [];
  // overlap test against the mentions found so far
  const found = new SpanIndex(out);
  const taken = (s: number, e: number) => found.overlaps(s, e);
  const capitalWord = (w: string) => w !== '' && /^\p{Lu}/u.test(w) && !notNames.has(foldKey(w));
  for (const r of regions) {
    const ranges = anchorRanges(text, r.start, r.end, capitalsOnly);
    if (ranges !== null && ranges.length === 0) continue;
    scanMatches(ACRONYM, ACRONYM_STICKY, text.slice(r.start, r.end), ranges, (m) => {
      const w = m[0];
      const s = r.start + m.index;
      const e = s + w.length;
      if (lex.notAcronyms.has(w) || lex.byAcronym.has(w) || defined.has(w)) return;
      if (termAbbreviation(text, s, w)) {
        terms.add(w);
        return;
      }
      const prev = previousWord(text, s);
      const next = /^[\s\u00a0]+([\p{L}\p{M}][\p{L}\p{M}'’-]*)/u.exec(text.slice(e, e + 40))?.[1] ?? '';
      if (isGivenName(prev) || (isGivenName(next) && !isAllCaps(next))) {
        surnames.add(w);
        return;
      }
      if (capitalWord(prev) || (capitalWord(next) && !isAllCaps(next))) return;
      // a word of a line in capitals ("LE FAIT DU JOUR", "CHEMINS DE FER"), or a function word
      if (notNames.has(w.toLowerCase()) || capsNeighbour(text, s, e) || capsContext(text, s, e)) return;
      hits.push({ s, w });
    });
  }
  const places = new Map<string, boolean>();
  for (const { s, w } of hits) {
    if (surnames.has(w) || terms.has(w)) continue;
    let place = places.get(w);
    if (place === undefined) places.set(w, (place = lookupPlace(w) !== null));
    if (place || taken(s, s + w.length)) continue;
    out.push({ start: s, end: s + w.length, normalized: w, acronym: w });
  }
}

/**
 * "l'érythropoïétine (EPO)", "first person shooter (FPS)": an abbreviation in brackets after words
 * in lower case that spell its first letter is a term's, not a body's (a body's expansion is
 * capitalized and is read as a definition before this).
 */
export function termAbbreviation(text: string, s: number, acr: string): boolean {
  // the abbreviation opens a bracket: without one (nearly always) the pattern below cannot match
  const from = Math.max(0, s - 90);
  let k = s - 1;
  while (k >= from && /[\s\u00a0]/.test(text[k])) k--;
  if ((k < from || text.charCodeAt(k) !== 40) && wordGates()) return false;
  const before = /([\p{L}\p{M}'’ "«»“”-]{1,80})[\s\u00a0]*\([\s\u00a0]*$/u.exec(text.slice(Math.max(0, s - 90), s));
  if (!before) return false;
  const all = before[1].split(/[\s'’"«»“”-]+/).filter(Boolean);
  const words: string[] = [];
  while (all.length && words.length < 6 && /^\p{Ll}/u.test(all[all.length - 1])) words.unshift(all.pop()!);
  // the run of lower-case words ends at a capitalized name word: "… Agence de sécurité (ASN)" is a body's
  const stop = all[all.length - 1];
  if (!words.length || (words.length < 6 && stop && !peopleLexicon().notNames.has(foldKey(stop)))) return false;
  const first = acr[0].toLowerCase();
  return words.some((w) => foldKey(w).startsWith(first));
}

/** Whether the word right before or after [s, e) (across spaces and light punctuation) is in capitals too. */
function capsNeighbour(text: string, s: number, e: number): boolean {
  const before = /(\p{L}[\p{L}'’-]*)[\s\u00a0,.:;'’-]*$/u.exec(text.slice(Math.max(0, s - 30), s));
  if (before && isAllCaps(before[1])) return true;
  const after = /^[\s\u00a0,.:;'’-]*(\p{L}[\p{L}'’-]*)/u.exec(text.slice(e, e + 30));
  return !!after && isAllCaps(after[1]) && !/^[\s\u00a0]*\(/u.test(text.slice(e, e + 3));
}

/** Whether the words around [s, e) are mostly in capitals (a headline, a shouted line). */
export function capsContext(text: string, s: number, e: number): boolean {
  const counts = { words: 0, caps: 0 };
  if (!countCapsWords(text, Math.max(0, s - 60), s, counts) || !countCapsWords(text, e, Math.min(text.length, e + 60), counts)) return capsContextOfWords(text, s, e);
  if (counts.words < 3) return false;
  return counts.caps / counts.words >= 0.5;
}

/** The reading capsContext stands for: the words of 3 letters or more around, in capitals or not. */
function capsContextOfWords(text: string, s: number, e: number): boolean {
  const around = text.slice(Math.max(0, s - 60), s) + ' ' + text.slice(e, e + 60);
  const words = around.match(/\p{L}{3,}/gu) ?? [];
  if (words.length < 3) return false;
  return words.filter((w) => isAllCaps(w)).length / words.length >= 0.5;
}

/**
 * The words of 3 letters or more in [from, to) and those in capitals (isAllCaps: two capitals,
 * no lower-case letter), read unit by unit, added to `counts`; false (nothing counted) when a
 * surrogate is there, where a letter is two units to the regex.
 */
function countCapsWords(text: string, from: number, to: number, counts: { words: number; caps: number }): boolean {
  let words = 0;
  let caps = 0;
  let length = 0;
  let upper = 0;
  let lower = 0;
  for (let k = from; k <= to; k++) {
    const c = k < to ? text.charCodeAt(k) : 32;
    if (c >= 0xd800 && c <= 0xdfff) return false;
    const kind = unitClass(c);
    if (kind & LETTER) {
      length++;
      if (kind & UPPER) upper++;
      else if (kind & LOWER) lower++;
      continue;
    }
    if (length >= 3) {
      words++;
      if (upper >= 2 && lower === 0) caps++;
    }
    length = upper = lower = 0;
  }
  counts.words += words;
  counts.caps += caps;
  return true;
}
