/**
 * Functions attached to a person: "le président de la Transition malienne, Assimi GOÏTA",
 * "Assimi GOÏTA, Président en exercice de la Confédération des Etats du Sahel". A title is a
 * head word (data/people/titles.json) followed by its complement: prepositional phrases,
 * capitalized words and adjectives, up to a comma, a verb or the name itself.
 */
import type { Span } from '../mentions.js';
import { firstStartingFrom } from '../text/spans.js';
import { scanHeads } from './titles/headScan.js';
import { isBlank } from '../text/blank.js';
import { connectorBefore } from './titles/connector.js';
import { kinshipBefore, relationalComplement } from './titles/relatives.js';
import { foldWordKey, isGivenKey } from './lexicon.js';
import { loadJson } from '../data.js';

const PREP = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'un', 'une', 'en', 'et', 'aux', 'au', 'à', 'pour', 'chargé', 'chargée', 'sur']);
/** Adjective endings, plurals too, that may follow a noun inside a title ("défense nationale", "général adjoint", "ressources humaines"). */
const ADJECTIVE = /(?:al|ale|aux|ales|ien|ienne|iens|iennes|éen|éenne|éens|éennes|ais|aise|aises|ain|aine|ains|aines|é|ée|és|ées|if|ive|ifs|ives|ique|iques|aire|aires|ant|ante|ants|antes|ois|oise|oises|and|ande|ands|andes|el|elle|els|elles|nel|nelle|ier|ière|iers|ères|ère|ieur|ieure|ieurs|ieures|unis|unies|è|adjoint|adjointe|général|générale|suprême|exécutif|exécutive|délégué|déléguée|spécial|spéciale|intérimaire|sortant|sortante)$/u;
let listedAdjectives: Set<string> | null = null;

/** Adjectives no ending of ADJECTIVE reads (data/people/title-shapes.json): "russe", "écologiste", and the parties' words. */
function isListedAdjective(lower: string): boolean {
  if (!listedAdjectives) {
    const d = loadJson<{ adjectives: string[]; parties: string[] }>('people/title-shapes.json');
    // the parties' abbreviations ("rad.", "PS") are no adjective of a running title
    listedAdjectives = new Set([...d.adjectives, ...d.parties.filter((w) => /^\p{Ll}[\p{Ll}-]{4,}$/u.test(w))]);
  }
  return listedAdjectives.has(lower) || (lower.endsWith('s') && listedAdjectives.has(lower.slice(0, -1)));
}

/** Last characters of the connector words (titles/connector.ts), lower case: "le", "la", "l’", "du", "de", "monsieur", "m.", "s. e.", "mgr" … */
const CONNECTOR_LAST = "eau'’.r";

/** Last two characters of the connector words, lower case ("s. e." ends in "e.", "son excellence" in "ce", "maître" in "re", "mgr" in "gr"). */
const CONNECTOR_PAIRS = new Set(['le', 'la', "l'", 'l’', 'du', 'de', 'ce', 'e.', 'm.', 'me', 'ur', 're', 'gr', 'dr', 'pr']);

/** An acronym in brackets at the end of a window: " (FFF)", " (BCE)". */
const BRACKETED_ACRONYM = /[\s\u00a0]*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,11}\)$/u;

/** A character of the connectors' run of blanks and commas: the regex class [\s\u00a0,]. */
function isConnectorBlank(c: number): boolean {
  return c === 44 || isBlank(c);
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*|\p{N}+|[^\s\p{L}\p{N}]/gu;
const INTERIM = /^[\s\u00a0]+int[ée]rim(?![\p{L}\p{M}])/iu;
const POSSESSIVE = /^(?:son|sa|ses|leur|leurs)$/u;
/** An article right after a word: "comprenant les", "représentant la". */
const OBJECT_AFTER = /^[\s\u00a0]+(?:(?:les|la|le|des|un|une)(?![\p{L}\p{M}])|l['’])/u;

/**
 * The content words of a complement starting at `from`, read word by word up to the first word
 * that ends it or to words starting at `limit`: for each, where its match starts (the word scan
 * stops at `limit` by that) and where it ends. A complement's end for any limit up to the one
 * scanned is read from this without reading the words again (`endWithin`).
 */
interface ComplementScan {
  index: number[];
  end: number[];
  /** false for the elided article of a word ("qu’" after a preposition): its end is not cut at the limit. */
  clip: boolean[];
  /** Limits up to this are answered (Infinity: the complement ended before). */
  scannedTo: number;
}

/**
 * A number naming a unit inside a post: after its noun ("commandant du secteur 3", "de la zone de
 * défense n°5", "numéro 2") or as an ordinal before a lower-case noun or a capitalized unit ("chef
 * du 3e bataillon", "de la 5ème région militaire", "du 12e Bataillon"). Three digits at most: a year ends the post ("président depuis 2023").
 */
const DESIGNATOR = /(?<sign>n[°º][\s\u00a0]*|num[ée]ro[\s\u00a0]+)?\d{1,3}(?<ordinal>[\s\u00a0]*(?:ème|eme|è|e|er|ère|re)(?![\p{L}\p{N}])(?=[\s\u00a0]+(?<noun>\p{L}+)))?(?![\p{N}]|[.,]\d)/uy;
let numberedUnits: Set<string> | null = null;
/** A bare number follows only a unit noun ("secteur 3", not "Ligue 1", "Messei 2" or "les années 70"). */
function takesNumber(lower: string): boolean {
  numberedUnits ??= new Set(loadJson<{ numberedUnits: string[] }>('people/title-shapes.json').numberedUnits);
  return numberedUnits.has(lower) || (lower.endsWith('s') && numberedUnits.has(lower.slice(0, -1)));
}

/**
 * A comma then "du", "de la", "de l'", "des" or "d'" and a capitalized word that is no given name:
 * the next portfolio of a list ("de l'Énergie, du Pétrole"), not the next person of one ("président
 * de la Communauté d'agglomération, d'Élisabeth Amoros").
 */
const LISTED_PORTFOLIO = /,[\s\u00a0]+(?:du|des|de[\s\u00a0]+la|de[\s\u00a0]+l['’]|d['’])[\s\u00a0]*(\p{Lu}[\p{L}\p{M}]*)/uy;

/**
 * The organizations the organizations stage found in the text last given (start → end): a post's
 * complement takes such a name whole, its lower-case words included ("représentante de Médecins
 * sans frontières", "directeur de Reporters sans frontières"), where the word rules stop at "sans".
 */
let organizationText: string | null = null;
/** Their starts, ascending, and the end of the longest organization at each (two numbers an organization: a long document holds thousands). */
let organizationStarts = new Int32Array(0);
let organizationEnds = new Int32Array(0);

/** Gives the organizations of `text` to the complement scan (the people stage does, before the titles are read). */
export function complementOrganizations(text: string, organizations: readonly Span[]): void {
  organizationText = text;
  const sorted = [...organizations].sort((a, b) => a.start - b.start || b.end - a.end);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const o of sorted) if (starts[starts.length - 1] !== o.start) starts.push(o.start), ends.push(o.end);
  organizationStarts = Int32Array.from(starts);
  organizationEnds = Int32Array.from(ends);
  // the kept scans were read without them
  complements.clear();
  complementText = null;
}

/** An organization read whole ends on a word of its name, not on a preposition or an initial ("Journal de Genève et à M"). */
function endsOnName(text: string, start: number, end: number): boolean {
  const last = /[\p{L}\p{M}]+$/u.exec(text.slice(start, end))?.[0] ?? '';
  return last.length >= 2 && !PREP.has(last.toLowerCase());
}

/** The end of an organization of the text starting at `pos`, or -1. */
function organizationEndAt(text: string, pos: number): number {
  if (text !== organizationText) return -1;
  let lo = 0;
  let hi = organizationStarts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = organizationStarts[mid];
    if (s === pos) return organizationEnds[mid];
    if (s < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function scanComplement(text: string, from: number, limit: number): ComplementScan {
  const scan: ComplementScan = { index: [], end: [], clip: [], scannedTo: limit };
  let afterPrep = false;
  let prep = '';
  /** The last content word is capitalized ("Énergie" of "l'Énergie"). */
  let lastCapital = false;
  /** One word (or elided article) of the match at `index`: false where the complement ends. */
  const step = (w: string, index: number, end: number, clip: boolean): boolean => {
    const lower = w.toLowerCase();
    // "ministre de l’Économie par intérim": the interim is part of the post
    if (lower === 'par' && INTERIM.test(text.slice(end, end + 10))) {
      afterPrep = true;
      prep = lower;
      return true;
    }
    if (PREP.has(lower)) {
      afterPrep = true;
      prep = lower;
      return true;
    }
    if (!/\p{L}/u.test(w)) return false;
    // "la maire de Lille et son premier adjoint, X": a possessive after "et" opens another person's post
    if (prep === 'et' && afterPrep && POSSESSIVE.test(lower)) return false;
    // "le premier dirigeant d'une puissance mondiale à rencontrer M. Xi": an infinitive after a
    // bare "à" or "pour" starts a verb phrase, not the post's complement
    if (afterPrep && (prep === 'à' || prep === 'pour') && /^\p{Ll}+(?:er|ir|re|oir)$/u.test(w)) return false;
    const capital = /^\p{Lu}/u.test(w);
    // "un groupe de bons nageurs comprenant les Français X": a participle with its object is a verb phrase
    // ("général commandant la zone" keeps its grade's function)
    if (!afterPrep && !capital && lower.endsWith('ant') && lower !== 'commandant' && OBJECT_AFTER.test(text.slice(end, end + 6))) return false;
    if (afterPrep || capital || ADJECTIVE.test(lower) || isListedAdjective(lower)) {
      afterPrep = false;
      lastCapital = capital;
      scan.index.push(index);
      scan.end.push(end);
      scan.clip.push(clip);
      return true;
    }
    return false;
  };
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null && m.index < limit) {
    let w = m[0];
    const c = w.charCodeAt(0);
    // "ministre de l'Énergie, du Pétrole et des Mines": a portfolio listed after a comma
    if (c === 44 && !afterPrep && lastCapital) {
      LISTED_PORTFOLIO.lastIndex = m.index;
      const next = LISTED_PORTFOLIO.exec(text);
      if (next && !isGivenKey(foldWordKey(next[1]))) continue;
    }
    if ((c >= 48 && c <= 57) || c === 110 || c === 78) {
      DESIGNATOR.lastIndex = m.index;
      const d = DESIGNATOR.exec(text);
      // an ordinal opens a noun after a preposition ("du 3e bataillon"); a bare number follows a content word ("secteur 3")
      // a capitalized noun after it only when it is a unit ("du 3e Régiment", not "du 1er Mai")
      const noun = d?.groups?.noun;
      const ordinal = noun !== undefined && (!/^\p{Lu}/u.test(noun) || takesNumber(noun.toLowerCase()));
      // (the unit's elided article is read with it: "de l’unité 3")
      const lastWord = scan.index.length > 0 ? text.slice(scan.index[scan.index.length - 1], scan.end[scan.end.length - 1]).toLowerCase().replace(/^[dl]['’]/u, '') : '';
      const follows = !afterPrep && scan.index.length > 0 && (d?.groups?.sign !== undefined || takesNumber(lastWord));
      // (an ordinal not read as one is a bare number, its suffix left out)
      const length = d ? (ordinal ? d[0].length : d[0].length - (d.groups?.ordinal?.length ?? 0)) : 0;
      if (d && (ordinal ? afterPrep : follows) && m.index + length <= limit) {
        scan.index.push(m.index);
        scan.end.push(m.index + length);
        scan.clip.push(true);
        afterPrep = ordinal;
        lastCapital = false;
        WORD.lastIndex = m.index + length;
        continue;
      }
    }
    // split elisions: "l’Alliance" → "l’" + "Alliance"
    const el = /^([dlDL]|qu|Qu)['’](?=\p{L})/u.exec(w);
    if (el) {
      if (!step(el[1].toLowerCase(), m.index, m.index + el[0].length, false)) break;
      w = w.slice(el[0].length);
    }
    const wordStart = m.index + (el ? el[0].length : 0);
    const orgEnd = organizationEndAt(text, wordStart);
    // an organization's name after a preposition is read whole, up to its end ("de Médecins sans frontières")
    if (orgEnd > m.index + m[0].length && orgEnd <= limit && afterPrep && /^\p{Lu}/u.test(w) && endsOnName(text, wordStart, orgEnd)) {
      scan.index.push(wordStart);
      scan.end.push(orgEnd);
      scan.clip.push(true);
      afterPrep = false;
      lastCapital = true;
      WORD.lastIndex = orgEnd;
      continue;
    }
    if (!step(w, m.index, m.index + m[0].length, true)) break;
  }
  if (m !== null && m.index < limit) scan.scannedTo = Infinity;
  return scan;
}

/** The complement's end for `limit` (at most the scanned one): its last content word, cut at the limit. */
function endWithin(scan: ComplementScan, from: number, limit: number): number {
  let last = from;
  for (let k = 0; k < scan.index.length && scan.index[k] < limit; k++) last = scan.clip[k] ? Math.min(scan.end[k], limit) : scan.end[k];
  return last;
}

/** How far a title complement starting at `from` extends (exclusive end), trailing prepositions trimmed. */
export function complementEnd(text: string, from: number, limit: number): number {
  return endWithin(scanComplement(text, from, limit), from, limit);
}

// complements after the heads of the text last asked about: titleBefore asks about each head
// once per capitalized run that follows it, with limits that differ
let complementText: string | null = null;
const complements = new Map<number, ComplementScan>();

/** complementEnd, the scan kept per start for the current text. */
export function headComplementEnd(text: string, from: number, limit: number): number {
  if (text !== complementText) {
    complements.clear();
    complementText = text;
  }
  let scan = complements.get(from);
  if (!scan || scan.scannedTo < limit) {
    scan = scanComplement(text, from, Math.max(limit, from + 400));
    complements.set(from, scan);
  }
  return endWithin(scan, from, limit);
}

export interface TitleSpan extends Span {
  /** End of the head word ("ministre" in "ministre de la Défense"). */
  headEnd: number;
  /** What stood between the title and the anchor (", le", " du"): a preposition means the
   * capitalized word after the title is its complement ("ministre de la Défense"), not a name. */
  connector: string;
}

/**
 * Title head words of the whole text, found in one scan and kept for the text last asked about:
 * the people stage asks about many names in one article, and scanning a window with the large
 * head alternation for each of them cost more than the rest of the stage.
 */
let scannedText: string | null = null;
let scannedHeads: Span[] = [];

export function headsOf(text: string): Span[] {
  if (text !== scannedText) {
    scannedHeads = scanHeads(text);
    scannedText = text;
  }
  return scannedHeads;
}

/** Index of the first head starting at or after `pos`. */
export function firstHeadFrom(heads: Span[], pos: number): number {
  return firstStartingFrom(heads, pos, (h) => h.start);
}

/** The title right before `anchor` (a rank or a name), if the text between ends with one. */
export function titleBefore(text: string, from: number, anchor: number): TitleSpan | null {
  let end = anchor;
  for (let guard = 0; guard < 8; guard++) {
    const lo = Math.max(from, end - 20);
    if (end <= lo) break;
    const last = text.charCodeAt(end - 1);
    if (isConnectorBlank(last)) {
      // blanks and commas: the connector is the whole run of them (no word of it ends in one)
      let k = end - 1;
      while (k > lo && isConnectorBlank(text.charCodeAt(k - 1))) k--;
      end = k;
      continue;
    }
    // "Le président de la Fédération française de football (FFF), X": the body's acronym after the post
    if (last === 41) {
      const acronym = BRACKETED_ACRONYM.exec(text.slice(lo, end));
      if (!acronym || !text.slice(end, anchor).includes(',')) break;
      end -= acronym[0].length;
      continue;
    }
    // the connector words all end in one of these letters (or an apostrophe, a period)
    if (!CONNECTOR_LAST.includes(String.fromCharCode(last).toLowerCase())) break;
    // and with one of these pairs of characters (every word of it has two or more)
    if (end - lo < 2 || !CONNECTOR_PAIRS.has((String.fromCharCode(text.charCodeAt(end - 2)) + String.fromCharCode(last)).toLowerCase())) break;
    const length = connectorBefore(text, lo, end);
    if (length === 0) break;
    end -= length;
  }
  if (end <= from) return null;
  const windowStart = Math.max(from, end - 160);
  const heads = headsOf(text);
  let found: TitleSpan | null = null;
  let foundHeadEnd = 0;
  let k = firstHeadFrom(heads, windowStart);
  for (; k < heads.length && heads[k].end <= end; k++) {
    const { start: s, end: headEnd } = heads[k];
    const ce = headComplementEnd(text, headEnd, end);
    // (a relational post the name completes gives way to a head after it: "Le successeur de … le pape X")
    if (Math.max(ce, headEnd) === end && !relationalComplement(text, s, headEnd, end, text.slice(end, anchor))) {
      found = { start: s, end, headEnd, connector: text.slice(end, anchor) };
      foundHeadEnd = headEnd;
      break;
    }
  }
  if (!found) return null;
  // "l’avocat de la chanteuse malienne Rokia Traoré": the name goes with the innermost function
  // (a name apposed after a comma goes with the outer one, "Le conseiller spécial du président, X",
  // unless that one is left unnamed: "Un avocat de la chanteuse malienne, Rokia Traoré, confirme")
  const apposed = found.connector.includes(',') && !INDEFINITE_BEFORE.test(text.slice(Math.max(from, found.start - 6), found.start));
  for (k++; !apposed && k < heads.length && heads[k].end <= end; k++) {
    const { start: s2, end: e2 } = heads[k];
    // "Le Directeur exécutif adjoint de campagne du président sortant Alassane Ouattara": with no
    // comma before the name, any function the complement governs is the innermost one
    const governed = !found.connector.includes(',') && /(?<![\p{L}])(?:(?:de|du|des|à|au|aux)[\s\u00a0]+(?:la[\s\u00a0]+|le[\s\u00a0]+|les[\s\u00a0]+|l['’][\s\u00a0]*)?|d['’][\s\u00a0]*)$/iu.test(text.slice(foundHeadEnd, s2));
    if (!governed && !/^[\s\u00a0]*(?:(?:de|du|des|à|au|aux)[\s\u00a0]+|d['’]|l['’]|la[\s\u00a0]+|le[\s\u00a0]+|les[\s\u00a0]+)+$/iu.test(text.slice(foundHeadEnd, s2))) continue;
    const ce2 = headComplementEnd(text, e2, end);
    if (Math.max(ce2, e2) === end) return actAuthor(text, from, found.start, found.connector) || relationalComplement(text, s2, e2, end, found.connector) ? null : { start: s2, end, headEnd: e2, connector: found.connector };
  }
  // "le ministre d’Etat, ministre de la défense nationale": two functions joined by a comma
  const before = text.slice(Math.max(from, found.start - 60), found.start);
  const comma = /,[\s\u00a0]*$/.exec(before);
  if (comma) {
    const prev = titleBefore(text, from, found.start - comma[0].length);
    if (prev && prev.end === found.start - comma[0].length && prev.start >= found.start - 60) {
      return actAuthor(text, from, prev.start, found.connector) ? null : { start: prev.start, end: found.end, headEnd: found.headEnd, connector: found.connector };
    }
  }
  return actAuthor(text, from, found.start, found.connector) ? null : found;
}

/** "un ", "une " right before a head. */
const INDEFINITE_BEFORE = /(?<![\p{L}\p{M}])(?:un|une)[\s\u00a0]+$/iu;

const PREPOSITION_CONNECTOR = /(?<![\p{L}])(?:de|du|d['’])(?![\p{L}])/iu;

/**
 * "l’avocat de Jean Dupont", "le porte-parole de Bernard": a "de" between the title and a given name
 * makes the name the complement of the post, not its holder. A surname after it keeps the title:
 * "le président de Gaulle" writes the name's own particle.
 */
export function postAboutName(title: TitleSpan, firstWordKey: string): boolean {
  return PREPOSITION_CONNECTOR.test(title.connector) && isGivenKey(firstWordKey);
}

/** An act and its author: "Par décret du président de la Transition, le général X a été nommé …". */
const ACT_OF = /(?<![\p{L}])(?:décret|arrêté|ordonnance|proposition|instruction|ordre|instigation|initiative)[\s\u00a0]+(?:du|de[\s\u00a0]+la|de[\s\u00a0]+l['’]|des)[\s\u00a0]*$/iu;

/**
 * Whether the title, apposed to the name by a comma, names the author of an act written before it:
 * then the title is the author's, not the name's ("Sur proposition du ministre de la Défense, le
 * colonel X est promu"). "La visite du ministre de la Défense, le général Y" stays Y's. Likewise
 * a relative's post: "Le fils du président, Hunter Biden" (titles/relatives.ts).
 */
function actAuthor(text: string, from: number, titleStart: number, connector: string): boolean {
  return connector.includes(',') && (ACT_OF.test(text.slice(Math.max(from, titleStart - 40), titleStart)) || kinshipBefore(text, from, titleStart));
}

/** An appositive title right after a name: "Assimi GOÏTA, Président en exercice de …". */
export function titleAfter(text: string, nameEnd: number, limit: number): Span | null {
  // the apposition opens with a comma
  if (nameEnd >= limit || text.charCodeAt(nameEnd) !== 44) return null;
  const after = text.slice(nameEnd, Math.min(limit, nameEnd + 200));
  const m = /^,[\s\u00a0]*(?:(?:par ailleurs|aussi|également|lui-même|elle-même)[\s\u00a0]*,?[\s\u00a0]*)?/u.exec(after);
  if (!m) return null;
  const s = nameEnd + m[0].length;
  const heads = headsOf(text);
  const k = firstHeadFrom(heads, s);
  if (k >= heads.length || heads[k].start !== s || heads[k].end > limit) return null;
  const headEnd = heads[k].end;
  const e = Math.max(headEnd, complementEnd(text, headEnd, Math.min(limit, s + 200)));
  return { start: s, end: e };
}
