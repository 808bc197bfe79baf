/**
 * Organizations: a lexicon of known bodies with their acronyms (data/organizations/known.json),
 * names built on an organization head word ("Forces de Défense et de Sécurité", "Conseil
 * fédéral", "Ligue nationale de hockey"), "Expansion (ACRONYM)" definitions found in the text,
 * and unknown acronyms standing alone ("le MNLA", "la FECAFOOT").
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { foldKey } from '../text/normalize.js';
import { isGivenName } from '../people/lexicon.js';
import { lookupPlace } from '../places/index.js';
import { orgLexicon, wordsKey, type OrgLexicon } from './lexicon.js';
import { overlapsProduct, productSpans } from './products.js';
import { firstTokenEndingAfter, wordGates } from '../text/anchorGate.js';
import { tokenTableOf } from '../text/tokenTable.js';
import { PAIR_UNKNOWN, tokenPairs } from '../text/tokenPairs.js';
import { POSTED_HEAD, headedName } from './headedName.js';
import { tailedNameEnd, tailedNameStart } from './tailedNames.js';
import { teamNames } from './teamNames.js';
import { previousWord, sameCase, sameHead } from './nameWords.js';
import { definedAcronyms } from './acronymDefinitions.js';
import { unknownAcronyms } from './unknownAcronyms.js';
import { stateBodies } from './stateBodies.js';
import { namedByDescriptor } from './namedByDescriptor.js';
import { nationalTeams } from './nationalTeams.js';
import { ampersandFirms } from './ampersandFirms.js';
import { clubAffixes } from './clubAffixes.js';
import { listedAcronyms } from './listedAcronyms.js';
import { contextParties } from './contextParties.js';
import { subsidiaryEnd } from './subsidiaries.js';

export { isListedOrganization, isNotAcronym } from './lexicon.js';
export { termAbbreviation } from './unknownAcronyms.js';

/** What before a seat of power makes it the place: a building or hill "de", or a bare "à". */
const SEAT_AS_PLACE = /(?:(?<![\p{L}])(?:palais|résidence|colline|enceinte|jardins?|grilles|portes?)(?:[\s\u00a0]+\p{L}+)?[\s\u00a0]+(?:de|du|d['’])[\s\u00a0]*|(?<![\p{L}])à[\s\u00a0]+)$/iu;
/**
 * The words of the word pattern in region r that may be a head or a tail. Only a match at a word
 * start is ever used (the caller skips the others), and its folded form begins the word's key:
 * the pattern is tried, sticky, at the start of the words whose key begins with a head's first
 * word or a tail; in full where the table reads words otherwise (characters outside the BMP).
 */
function headOrTailWords(text: string, r: Span, lex: OrgLexicon): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  const table = tokenTableOf(text);
  if (table.hasSurrogates || !lex.wordsInTokens || !wordGates()) {
    const words = lex.wordPattern;
    words.lastIndex = r.start;
    while ((m = words.exec(text)) !== null && m.index < r.end) found.push(m);
    return found;
  }
  const sticky = lex.wordPatternSticky;
  const codes = tokenPairs(table);
  const upperPairs = lex.upperHeadOrTail.pairTable(true);
  const lowerPairs = lex.lowerHead.pairTable(true);
  let prevEnd = r.start;
  for (let i = firstTokenEndingAfter(table, r.start); i < table.length && table.start[i] < r.end; i++) {
    if (table.start[i] < prevEnd) continue;
    // a capital opens a capitalized word, a lower-case Latin letter may open a lower-case head; nothing else matches here
    const c = text.charCodeAt(table.start[i]);
    const upper = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
    const filter = upper ? lex.upperHeadOrTail : (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xff) ? lex.lowerHead : null;
    if (filter === null || (codes[i] !== PAIR_UNKNOWN && (upper ? upperPairs : lowerPairs)[codes[i]] === 0)) continue;
    if (!filter.mayStartWith(text, table.start[i], table.end[i])) continue;
    sticky.lastIndex = table.start[i];
    if ((m = sticky.exec(text)) !== null) {
      found.push(m);
      prevEnd = m.index + m[0].length;
    }
  }
  return found;
}

/** `blocked`: spans already read as something else (ranks: "Général d’Armée" holds no organization). */
export function recognizeOrganizations(text: string, regions: Span[], blocked: Span[] = []): OrganizationMention[] {
  const sortedBlocked = [...blocked].sort((a, b) => a.start - b.start);
  const isBlocked = (s: number) => {
    // binary search: the last blocked span starting at or before s
    let lo = 0;
    let hi = sortedBlocked.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedBlocked[mid].start <= s) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (s < sortedBlocked[i].end) return true;
    return false;
  };
  const lex = orgLexicon();
  const out: OrganizationMention[] = [];
  for (const r of regions) {
    for (const n of lex.names.matches(text, r.start, r.end)) {
      // "Richard Wagner" is no Wagner group: a one-word name right after a given name is a surname
      if (!/\s/.test(n.text) && isGivenName(previousWord(text, n.index))) continue;
      // "Parti libéral-démocrate", "Siemens-Gamesa": the listed name is only the start of a longer one
      if (/^[-‑][\p{L}]/u.test(text.slice(n.index + n.text.length, n.index + n.text.length + 2))) continue;
      // "au Palais présidentiel de Koulouba", "à Koulouba": the building or the hill, a place, not the government
      const words = wordsKey(n.text);
      if (lex.seats.has(words) && SEAT_AS_PLACE.test(text.slice(Math.max(0, n.index - 40), n.index))) continue;
      const key = foldKey(n.text);
      const exact = lex.exactCase.get(words);
      if (exact !== undefined && !sameCase(exact, n.text)) continue;
      const org = lex.byName.get(key);
      const end = n.index + n.text.length;
      const sub = org === undefined ? subsidiaryEnd(text, end, r.end) : end;
      if (sub > end) {
        out.push({ start: n.index, end: sub, normalized: text.slice(n.index, sub).replace(/[\s\u00a0]+/g, ' '), acronym: null });
        continue;
      }
      out.push({ start: n.index, end, normalized: org?.name ?? exact ?? n.text.replace(/[\s\u00a0]+/g, ' '), acronym: org?.acronyms[0] ?? null });
    }
    listedAcronyms(text, r, lex.byAcronym, out);
    // the capitalized words (and the few lower-case heads) for head words ("Conseil fédéral") and
    // English endings ("Columbia Pictures"): only words whose key begins with one are tried
    for (const w of headOrTailWords(text, r, lex)) {
      const s = w.index;
      const candidates = lex.heads.get(w[0]);
      const tail = lex.tails.has(w[0]);
      if (!candidates && !tail) continue;
      // inside a word ("Haut-Commissariat" is looked up at "Haut"), but "l’Union" is fine
      const pc = s > 0 ? text.charCodeAt(s - 1) : 32;
      if (pc !== 32 && pc !== 10 && pc !== 0xa0 && /[\p{L}\p{M}\p{N}-]/u.test(text[s - 1])) continue;
      // "les Chefs d’État-Major Général": the staff inside a function title is no mention of it
      const inChiefTitle = /^[EÉ]tat/.test(w[0]) && /chef(?:fe)?s?[\s\u00a0]+d['’][\s\u00a0]*$/iu.test(text.slice(Math.max(0, s - 12), s));
      if (candidates && !isBlocked(s) && !inChiefTitle) {
        const h = candidates.find((c) => c.length === w[0].length || sameHead(text, s, c));
        if (h !== undefined && !/[\p{L}\p{N}-]/u.test(text[s + h.length] ?? '')) {
          const headEnd = s + h.length;
          const e = headedName(text, headEnd, Math.min(r.end, headEnd + 160), /^\p{Ll}/u.test(h), POSTED_HEAD.test(h));
          // "le département de Balleyara" is the division, not a ministry: a known place after "de"
          const division = h === 'département' && lookupPlace(text.slice(headEnd, e).replace(/^[\s\u00a0]*(?:de|du|des|d['’])[\s\u00a0]*(?:la[\s\u00a0]+|l['’][\s\u00a0]*)?/u, '')) !== null;
          if (e > headEnd && !division) out.push({ start: s, end: e, normalized: text.slice(s, e).replace(/[\s\u00a0]+/g, ' '), acronym: null });
        }
      }
      if (tail && s > r.start) {
        const start = tailedNameStart(text, s, r.start);
        const e = start >= 0 ? tailedNameEnd(text, s + w[0].length, r.end) : s + w[0].length;
        if (start >= 0 && !/[\p{L}\p{N}]/u.test(text[e] ?? '')) out.push({ start, end: e, normalized: text.slice(start, e).replace(/[\s\u00a0]+/g, ' '), acronym: null });
      }
    }
    teamNames(text, r, out);
    nationalTeams(text, r, out);
    ampersandFirms(text, r, out);
    clubAffixes(text, r, out);
    stateBodies(text, r, out);
    namedByDescriptor(text, r, out);
    definedAcronyms(text, r, out);
  }
  contextParties(text, regions, out);
  // a name never ends on an elided pronoun and its verb ("… du Sahel s’est inscrit")
  for (const o of out) {
    const m = /[\s\u00a0]+(?:s|n|c|j|m|t|qu)['’]\p{Ll}+$/u.exec(text.slice(o.start, o.end));
    if (m) {
      o.end -= m[0].length;
      o.normalized = text.slice(o.start, o.end).replace(/[\s\u00a0]+/g, ' ');
    }
  }
  unknownAcronyms(text, regions, out, lex);
  // "sorti sur Nintendo DS": the maker's name inside a product's is no mention of the maker
  const products = regions.flatMap((r) => productSpans(text, r.start, r.end));
  const seen = new Set<string>();
  return out.filter((o) => {
    const k = `${o.start}:${o.end}`;
    if (seen.has(k)) return false;
    if (products.length && overlapsProduct(products, o.start, o.end)) return false;
    seen.add(k);
    return true;
  });
}
