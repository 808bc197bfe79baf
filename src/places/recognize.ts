/**
 * Place recognition in three passes over the word tokens, each linear in the text:
 *   1. gazetteer: leftmost-longest match of capitalized token sequences against the folded
 *      gazetteer keys (extended while the folded words are a key prefix);
 *   2. evidence: drop matches glued to another proper name ("Paris Hilton", "Sadio Camara")
 *      and names that are also words or personal names without a preposition or cue before;
 *   3. context: unlisted names after a cue ("le village de X", "les localités de X et Y",
 *      "entre Sévaré et X", "une attaque à X, dans la région de…"), given the country of the
 *      listed places of their sentence when those agree on one.
 */
import { firstStartingFrom } from '../text/spans.js';
import type { PlaceMention } from '../mentions.js';
import { gazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.js';
import { KeyBits } from '../text/keyBits.js';
import { keyOfId } from '../text/tokenTable.js';
import { foldedUnit } from '../text/foldedWordFilter.js';
import { resolveHomonyms } from './homonyms.js';
import { placeLexicon, type PlaceLexicon } from './lexicon.js';
import { tokenTableOf, type Tokens } from './tokens.js';
import { NAME_GOES_ON } from './featureHeads.js';

interface Match {
  first: number; // token indices, inclusive
  last: number;
  entry: GazetteerEntry | null; // null: an unlisted name found from context
  kind: string;
  known: boolean;
  /** Every reading of a listed name, the most prominent first. */
  options?: GazetteerEntry[];
}

interface Cue {
  /** Folded cue word ("village", "region", "entre", "a"). */
  word: string;
  /** Kind an unlisted name after it gets: "city", "region" or "unknown"; null for a bare preposition. */
  kind: string | null;
  plural: boolean;
}

export function recognize(text: string): PlaceMention[] {
  const gaz = gazetteer();
  const lex = placeLexicon();
  const tk = tokenTableOf(text);
  const n = tk.length;

  // Pass 1: gazetteer candidates.
  const candidates: Match[] = [];
  const inCandidate = new Uint8Array(n); // 1 for tokens of a gazetteer candidate
  const flags = gazetteerFlags(gaz);
  const lower = flags.lower;
  for (let i = 0; i < n; i++) {
    const cap = tk.capitalized(i);
    // a lower-case word starts a name only when written as a listed lower-case start ("lac"): told
    // by its first and last letters and length before the word is sliced (never folded or interned)
    if (!cap && (tk.end[i] - tk.start[i] > 12 || lower[lowerHash(text, tk.start[i], tk.end[i])] === 0 || !gaz.lowerStarts.has(tk.word(i)))) continue;
    // what the gazetteer says of the folded word, remembered by its id across documents
    const id = tk.keyId(i);
    const f = flags.names.of(id);
    // "au Caire", "du Havre": the article of "Le Caire" fused with "à" or "de" (only a capitalized word after "au", "du", "aux", "des")
    const fused = cap && f & AFTER_ARTICLE ? fusedArticleMatch(tk, i, gaz, inCandidate) : null;
    if ((f & (NAME | PREFIX)) === 0 && !fused) continue;
    let key = keyOfId(id);
    let best = -1;
    let bestEntries: GazetteerEntry[] | undefined;
    if (cap && key.length > 1 && f & NAME) {
      const names = gaz.get(key)!;
      // "de l'Eau et de l'Assainissement" is no "EAU" (the Emirates): an acronym is written in capitals
      if (!names.shouted || tk.allCaps(i)) {
        best = i;
        bestEntries = names.entries;
      }
    }
    // a word no key holds after its first cannot extend one (no string made for it)
    for (let j = i; (j === i ? (f & PREFIX) !== 0 : gaz.isPrefix(key)) && tk.joined(j) && flags.names.of(tk.keyId(j + 1)) & INNER; j++) {
      key = key + ' ' + tk.folded(j + 1);
      const names = gaz.has(key) ? gaz.get(key) : undefined;
      if (names && capitalsAgree(tk, i, j + 1, names.capitals)) {
        best = j + 1;
        bestEntries = names.entries;
      }
    }
    if (fused && fused.last > best) {
      best = fused.last;
      bestEntries = fused.entries;
    }
    if (best < 0 || !bestEntries) continue;
    const m: Match = { first: i, last: best, entry: bestEntries[0], kind: bestEntries[0].kind, known: true, options: bestEntries };
    const cue = cueBefore(tk, i, lex);
    if (cue && cue.kind === 'region' && lex.regionCues.has(cue.word)) {
      const region = bestEntries.find((e) => e.kind === 'region');
      if (region) {
        m.entry = region;
        m.kind = 'region';
      }
    }
    inCandidate.fill(1, i, best + 1);
    candidates.push(m);
    i = best;
  }

  // Pass 2: evidence.
  const accepted: Match[] = [];
  const acceptedEnd = new Set<number>(); // last token of each accepted match
  const firstOf = new Map<number, number>(); // last token -> first token of an accepted match
  for (const m of candidates) {
    if (gluedToName(tk, m.first - 1, m, inCandidate, lex) || gluedToName(tk, m.last + 1, m, inCandidate, lex)) continue;
    if (afterPersonTitle(tk, m.first, lex) || compoundPrefix(tk, m.first, lex)) continue;
    const flag = m.entry!.ambiguous;
    if (flag !== '' && !hasEvidence(tk, m.first, flag, lex, acceptedEnd)) continue;
    accepted.push(m);
    acceptedEnd.add(m.last);
    firstOf.set(m.last, m.first);
  }

  resolveHomonyms(accepted);

  // Pass 3: unlisted names from context.
  const taken = new Uint8Array(n);
  for (const m of accepted) taken.fill(1, m.first, m.last + 1);
  const unlisted: Match[] = [];
  for (let i = 0; i < n; i++) {
    if (taken[i] || inCandidate[i] || !tk.capitalized(i)) continue;
    const cue = cueBefore(tk, i, lex) ?? entreKnownAnd(tk, i, firstOf);
    if (!cue) continue;
    let ok = false;
    let kind = cue.kind ?? 'unknown';
    if (cue.kind !== null) ok = true;
    else if (cue.word === 'entre-et') ok = true;
    else if (cue.word === 'entre') ok = entreHasKnownPlace(tk, i, taken, lex);
    else if (cue.word === 'a') ok = aPlaceFollows(tk, i, lex);
    if (!ok) continue;
    const last = unlistedName(tk, i, lex, inCandidate);
    if (last < 0 || afterPersonTitle(tk, i, lex) || compoundPrefix(tk, i, lex)) continue;
    if (tk.joined(last) && tk.capitalized(last + 1)) continue; // "l'Inter Milan": part of a longer name
    if (cue.word === 'a' && last !== i) continue; // "à Assimi Goïta": two names after "à" are a person
    // the neighbourhood in apposition is named with its noun ("quartier Boukoki"), as the tagger's are
    unlisted.push({ first: cue.word === APPOSED ? i - 1 : i, last, entry: null, kind, known: false });
    taken.fill(1, i, last + 1);
    i = last;
    // "les localités de Priwé et Daboura", "entre Sévaré et San": the names coordinated after it.
    if (cue.plural || cue.word === 'entre') {
      while (true) {
        const next = coordinated(tk, i);
        if (next < 0 || taken[next] || inCandidate[next] || !tk.capitalized(next)) break;
        const end = unlistedName(tk, next, lex, inCandidate);
        if (end < 0) break;
        unlisted.push({ first: next, last: end, entry: null, kind, known: false });
        taken.fill(1, next, end + 1);
        i = end;
        if (cue.word === 'entre') break;
      }
    }
    kind = 'unknown';
  }

  const all = accepted.concat(unlisted).sort((a, b) => a.first - b.first);
  return all.map((m) => toMention(tk, m, all));
}

/**
 * "au Caire", "du Havre", "aux Sables-d'Olonne": a name listed with its article ("Le Caire", "Les
 * Sables-d'Olonne") after "au", "du", "aux" or "des", which hold that article. Read from token i
 * (the word after the article) to the longest listed name, or null. Names that are also ordinary
 * words ("Le Port", "Le Blanc") are left alone: "du Port autonome" is no town of La Réunion.
 */
function fusedArticleMatch(tk: Tokens, i: number, gaz: Gazetteer, inCandidate: Uint8Array): { last: number; entries: GazetteerEntry[] } | null {
  const p = i - 1;
  if (p < 0 || tk.end[p] - tk.start[p] > 3 || tk.end[p] - tk.start[p] < 2 || !tk.joined(p) || tk.gap(p) !== ' ') return null;
  const w = tk.folded(p);
  const article = w === 'au' || w === 'du' ? 'le' : w === 'aux' || w === 'des' ? 'les' : null;
  if (article === null) return null;
  // "la Porte des Lilas", "l'Université du Caire": the article is inside a longer name ("la Caf au
  // Caire" is a body and where it sits)
  if ((w === 'du' || w === 'des') && p > 0 && tk.capitalized(p - 1) && tk.joined(p - 1) && !tk.allCaps(p - 1) && !inCandidate[p - 1]) return null;
  let key = article;
  let found: { last: number; entries: GazetteerEntry[] } | null = null;
  for (let j = i; j < tk.length; j++) {
    key = key + ' ' + tk.folded(j);
    const names = gaz.has(key) ? gaz.get(key) : undefined;
    // the article's capital is not in the text: the name's other capitals are ("Le Grand-Quevilly")
    if (names && names.entries[0].ambiguous === '' && capitalsAgree(tk, i - 1, j, names.capitals & ~1) && !(tk.joined(j) && /^[-‐‑]$/.test(tk.gap(j)))) {
      found = { last: j, entries: names.entries };
    }
    if (!tk.joined(j) || !gaz.isPrefix(key)) break;
  }
  // "du Passage Victoria", "du Havre de Grâce": the name goes on after the listed one
  if (found && ((tk.joined(found.last) && tk.capitalized(found.last + 1)) || NAME_GOES_ON.test(tk.text.slice(tk.end[found.last], tk.end[found.last] + 8)))) return null;
  return found;
}

/** A folded word is a gazetteer key. */
const NAME = 1;
/** A folded word is the first word of a longer key. */
const PREFIX = 2;
/** A folded word may be a key's second word or a later one (always, before the keys are indexed). */
const INNER = 4;
/** A folded word begins a name after its article: "caire" ("le caire"), "sables" ("les sables d olonne"). */
const AFTER_ARTICLE = 8;

interface GazetteerFlags {
  /** NAME, PREFIX and INNER. */
  names: KeyBits;
  /** 1 at the lowerHash of each lower-case start as written ("lac", "océan"). */
  lower: Uint8Array;
}

let flagsOf: { gaz: Gazetteer; flags: GazetteerFlags } | null = null;

const LOWER_BITS = 1023;

/** A hash of the word text[s, e) as written: its first and last UTF-16 units and its length. */
function lowerHash(text: string, s: number, e: number): number {
  return (Math.imul(text.charCodeAt(s), 961) + Math.imul(text.charCodeAt(e - 1), 31) + (e - s)) & LOWER_BITS;
}

function gazetteerFlags(gaz: Gazetteer): GazetteerFlags {
  if (flagsOf?.gaz === gaz) return flagsOf.flags;
  const lower = new Uint8Array(LOWER_BITS + 1);
  for (const w of gaz.lowerStarts) if (w !== '') lower[lowerHash(w, 0, w.length)] = 1;
  const flags = {
    names: new KeyBits((key) => (gaz.has(key) ? NAME : 0) | (gaz.isPrefix(key) ? PREFIX : 0) | (gaz.mayFollow(key) ? INNER : 0) | (gaz.articleWords.has(key) ? AFTER_ARTICLE : 0)),
    lower,
  };
  flagsOf = { gaz, flags };
  return flags;
}

/** The words capitalized in the listed name are capitalized in the text (or the text shouts). */
function capitalsAgree(tk: Tokens, first: number, last: number, mask: number): boolean {
  for (let k = first; k <= last; k++) {
    if (mask & (1 << (k - first)) && !tk.capitalized(k)) return false;
  }
  return true;
}

/**
 * Token t (just before or after match m) is a capitalized word that makes m part of a longer
 * proper name: "Paris Hilton", "Air France", "Sadio Camara". Function words ("Selon", "Le")
 * and other places ("Burkina Faso Mali") do not; neither do neighbours in an ALL-CAPS line.
 */
function gluedToName(tk: Tokens, t: number, m: Match, inCandidate: Uint8Array, lex: PlaceLexicon): boolean {
  if (t < 0 || t >= tk.length) return false;
  if (!(t < m.first ? tk.joined(t) : tk.joined(m.last))) return false;
  if (!tk.capitalized(t)) return false;
  if (lex.functionWords.has(tk.folded(t))) return false;
  if (inCandidate[t]) return false;
  if (tk.allCaps(t) && tk.allCaps(m.first) && shouting(tk, t)) return false;
  return true;
}

/** Token t sits in a run of ALL-CAPS words (a headline), where capitals say nothing. */
function shouting(tk: Tokens, t: number): boolean {
  let caps = 0;
  for (let k = Math.max(0, t - 3); k <= Math.min(tk.length - 1, t + 3); k++) if (tk.allCaps(k)) caps++;
  return caps >= 4;
}

/** "M. Dokolo", "le président Mao", "la famille Touré": a person, whatever the gazetteer says. */
function afterPersonTitle(tk: Tokens, first: number, lex: PlaceLexicon): boolean {
  const p = first - 1;
  if (p < 0) return false;
  const gap = tk.gap(p);
  if (!(gap === ' ' || gap === '. ' || gap === '\u00a0' || gap === '.\u00a0')) return false;
  const w = tk.folded(p);
  if (gap.startsWith('.') && !(w === 'm' || w === 'mme' || w === 'dr' || w === 'mgr' || w === 'pr' || w === 'me')) return false;
  return lex.personTitles.has(w);
}

/** "anti-Balaka", "pro-Moscou": the name is part of a compound word ("nord-Mali" is not). */
function compoundPrefix(tk: Tokens, first: number, lex: PlaceLexicon): boolean {
  const p = first - 1;
  if (p < 0 || tk.gap(p) !== '-' || tk.capitalized(p)) return false;
  return !lex.directions.has(tk.folded(p));
}

function hasEvidence(tk: Tokens, first: number, flag: string, lex: PlaceLexicon, acceptedEnd: Set<number>): boolean {
  const p = first - 1;
  if (p < 0) return false;
  const cue = cueBefore(tk, first, lex);
  if (cue && cue.kind !== null) return true;
  if (flag === 'c') return false;
  // A list of places: "à Gao, Kidal et Ménaka", "entre Sévaré et San".
  if (listContinues(tk, first, acceptedEnd)) return true;
  if (!tk.near(p)) return false;
  const before = tk.folded(p);
  if (before === 'a' && tk.word(p) === 'a') return false; // "il a", not "à"
  return flag === 'p' ? lex.locativePrepositions.has(before) : lex.prepositions.has(before);
}

function listContinues(tk: Tokens, first: number, acceptedEnd: Set<number>): boolean {
  const p = first - 1;
  if (p < 0) return false;
  const gap = tk.gap(p);
  if (/^\s*,\s*$/.test(gap) && acceptedEnd.has(p)) return true;
  const w = tk.folded(p);
  return (w === 'et' || w === 'ou') && tk.near(p) && p > 0 && /^\s*,?\s*$/.test(tk.gap(p - 1)) && acceptedEnd.has(p - 1);
}

/** The cue word of "quartier" right before a name, without "de" ("le quartier Boukoki"). */
const APPOSED = 'quartier apposé';

/**
 * What introduces the name starting at token i: a cue noun ("village de", "province des",
 * "commune rurale de l'"), "entre", or a bare "à". Looks back at most six tokens, within a phrase.
 */
function cueBefore(tk: Tokens, i: number, lex: PlaceLexicon): Cue | null {
  let t = i - 1;
  if (t < 0 || !tk.near(t) || !mayOpenCue(tk, t)) return null;
  let w = tk.folded(t);
  if (w === 'entre') return { word: 'entre', kind: null, plural: true };
  if (w === 'a' && tk.word(t) !== 'a') return { word: 'a', kind: null, plural: false };
  // "dans le quartier Pissevin", "au quartier Boukoki": a neighbourhood named in apposition (not "les quartiers Nord")
  if (w === 'quartier' && !tk.capitalized(t) && !lex.directions.has(tk.folded(i))) return { word: APPOSED, kind: lex.cueNouns.get(w) ?? 'unknown', plural: false };
  if (w === 'l' || w === 'la' || w === 'le' || w === 'les') {
    t--;
    if (t < 0 || !tk.near(t)) return null;
    w = tk.folded(t);
  }
  if (w !== 'de' && w !== 'd' && w !== 'du' && w !== 'des') return null;
  for (let back = 0; back < 3; back++) {
    t--;
    if (t < 0 || !tk.near(t)) return null;
    w = tk.folded(t);
    if (w === 'est' || w === 'ouest') {
      const p = tk.folded(t - 1);
      if (t > 0 && tk.near(t - 1) && (p === 'l' || p === 'nord' || p === 'sud')) return { word: w, kind: 'unknown', plural: false };
      return null;
    }
    const kind = lex.cueNouns.get(w);
    if (kind) {
      // Cue nouns are written in lower case: "l'Afrique du Nord de X" is no "nord de X".
      if (tk.capitalized(t)) return null;
      const needs = lex.cueNeedsBefore.get(w);
      if (needs && !(t > 0 && tk.near(t - 1) && needs.has(tk.folded(t - 1)))) return null;
      return { word: w, kind, plural: w.endsWith('s') && w !== 'environs' };
    }
    if (!lex.cueAdjectives.has(w) && !/^\d+$/.test(w)) return null;
  }
  return null;
}

/**
 * Whether token t may be the word next to the name in cueBefore ("entre", "à", "l'", "la", "le",
 * "les", "de", "d'", "du", "des", "quartier"): its first unit folds to e, a, l, d or q, or to no one ASCII letter.
 * Read from the text, so that the word before each capitalized word is not folded and interned.
 */
function mayOpenCue(tk: Tokens, t: number): boolean {
  const f = foldedUnit(tk.text.charCodeAt(tk.start[t]));
  return f < 0 || f === 97 || f === 100 || f === 101 || f === 108 || f === 113;
}

/** The token after "X et" / "X, " / "X ou": the next name of a list, or -1. */
function coordinated(tk: Tokens, last: number): number {
  if (last + 1 >= tk.length) return -1;
  const gap = tk.gap(last);
  if (/^\s*,\s*$/.test(gap) && !/\n/.test(gap)) return last + 1;
  if (!tk.near(last)) return -1;
  const w = tk.folded(last + 1);
  if ((w === 'et' || w === 'ou') && tk.near(last + 1)) return last + 2 < tk.length ? last + 2 : -1;
  return -1;
}

/** Last token of an unlisted name starting at i (capitalized words, hyphens, "N'Guigmi"), or -1. */
function unlistedName(tk: Tokens, i: number, lex: PlaceLexicon, inCandidate: Uint8Array): number {
  const w = tk.word(i);
  if (w === '' || /^\d/.test(w)) return -1;
  const f = tk.folded(i);
  if (lex.functionWords.has(f) || lex.notPlaces.has(f)) return -1;
  if (tk.allCaps(i) && w.length <= 5) return -1; // an acronym ("la région de l'AES")
  let last = i;
  while (last - i < 3 && tk.joined(last) && tk.capitalized(last + 1) && !inCandidate[last + 1]) {
    const next = tk.folded(last + 1);
    if (lex.functionWords.has(next) || lex.notPlaces.has(next)) break;
    last++;
  }
  return last;
}

/** "entre Douentza et X": the listed place before "et" vouches for X. */
function entreKnownAnd(tk: Tokens, i: number, firstOf: Map<number, number>): Cue | null {
  const et = i - 1;
  if (et < 1 || !tk.near(et) || tk.folded(et) !== 'et' || !tk.near(et - 1)) return null;
  const first = firstOf.get(et - 1);
  if (first === undefined || first < 1 || !tk.near(first - 1) || tk.folded(first - 1) !== 'entre') return null;
  return { word: 'entre-et', kind: null, plural: false };
}

/** "entre X et Y" where the other name is a listed place. */
function entreHasKnownPlace(tk: Tokens, i: number, taken: Uint8Array, lex: PlaceLexicon): boolean {
  const last = unlistedName(tk, i, lex, taken);
  if (last < 0) return false;
  const next = coordinated(tk, last);
  return next >= 0 && taken[next] === 1;
}

const PLACE_AFTER =
  /^\s*(?:,\s*)?(?:où\b|\((?:\s*(?:région|province|cercle|commune|département|préfecture|wilaya)\b|\s*\p{Lu})|dans\s+(?:la|le|les|l['’])\s*(?:région|province|commune|localité|zone|cercle|département|secteur|préfecture|wilaya|nord|sud|est|ouest|centre)\b|(?:au|en)\s+(?:\p{Lu})|(?:une\s+|la\s+|le\s+)?(?:localité|village|ville|commune|chef-lieu|bourgade|hameau)\b|à\s+(?:une\s+)?(?:\d+|quelques|une\s+centaine|une\s+dizaine)\s+(?:km|kilomètres)\b|situé|près\s+de|non\s+loin)/u;

/** "… à X" is a place when a place-like phrase follows X or a place trigger precedes "à". */
function aPlaceFollows(tk: Tokens, i: number, lex: PlaceLexicon): boolean {
  if (tk.joined(i) && tk.capitalized(i + 1)) return false;
  const after = tk.text.slice(tk.end[i], tk.end[i] + 60);
  if (PLACE_AFTER.test(after)) return true;
  // The word right before "à": "une attaque à X", "réunis à X" (not "rendu hommage à X").
  const t = i - 2;
  return t >= 0 && tk.near(t) && lex.placeTriggers.has(tk.folded(t));
}

function toMention(tk: Tokens, m: Match, all: Match[]): PlaceMention {
  const start = tk.start[m.first];
  const end = tk.end[m.last];
  if (m.entry) {
    return {
      start, end, normalized: m.entry.normalized, country: m.entry.country, kind: m.kind,
      latitude: m.entry.latitude, longitude: m.entry.longitude, known: true,
    };
  }
  const written = tk.text.slice(start, end).replace(/’/g, "'");
  const normalized = written === written.toUpperCase() ? titleCase(written) : written;
  return {
    start, end, normalized, country: sentenceCountry(tk, start, all), kind: m.kind,
    latitude: null, longitude: null, known: false,
  };
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * The country of an unlisted place: the one country that the listed places (and countries)
 * named in the same sentence agree on, else null. "dans la province des Banwa … les localités
 * de Priwé et Daboura" gives BF; a sentence naming Mali and Niger gives nothing.
 */
function sentenceCountry(tk: Tokens, pos: number, all: Match[]): string | null {
  const text = tk.text;
  let from = pos;
  while (from > 0 && pos - from < 600 && !sentenceEnd(text.charCodeAt(from - 1))) from--;
  let to = pos;
  while (to < text.length && to - pos < 600 && !sentenceEnd(text.charCodeAt(to))) to++;
  let country: string | null = null;
  // matches are in text order: find the first one in the sentence window by binary search
  // (a scan of all of them per unlisted place went quadratic on long documents)
  for (let i = firstStartingFrom(all, from, (m) => tk.start[m.first]); i < all.length; i++) {
    const m = all[i];
    const s = tk.start[m.first];
    if (s >= to) break;
    if (!m.entry || !m.entry.country) continue;
    if (NEIGHBOUR_BEFORE.test(text.slice(Math.max(from, s - 40), s))) continue;
    if (country !== null && country !== m.entry.country) return null;
    country = m.entry.country;
  }
  return country;
}

/** "la ville frontalière de Bunagana, près de l'Ouganda": a place named as a neighbour does not contain the others. */
const NEIGHBOUR_BEFORE = /(?<!\p{L})(?:près|proche|non\s+loin|voisin|voisine|limitrophe|frontière|frontières|frontalier|frontalière|frontaliers|frontalières|direction|vers|depuis|venus?|venues?|originaires?)(?:\s+(?:de|du|des|d['’]|avec|à|au|aux))?(?:\s+(?:la|le|les|l['’]))?\s*$/iu;

function sentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10;
}
