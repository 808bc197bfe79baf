/**
 * Place recognition in three passes over the word tokens, each linear in the text:
 *   1. gazetteer: leftmost-longest match of capitalized token sequences against the folded
 *      gazetteer keys (at most maxTokens tokens looked at per start);
 *   2. evidence: drop matches glued to another proper name ("Paris Hilton", "Sadio Camara")
 *      and names that are also words or personal names without a preposition or cue before;
 *   3. context: unlisted names after a cue ("le village de X", "les localités de X et Y",
 *      "entre Sévaré et X", "une attaque à X, dans la région de…"), given the country of the
 *      listed places of their sentence when those agree on one.
 */
import type { PlaceMention } from '../mentions.js';
import { gazetteer, type GazetteerEntry } from './gazetteer.js';
import { isAllCaps } from './fold.js';
import { placeLexicon, type PlaceLexicon } from './lexicon.js';
import { Tokens } from './tokens.js';

interface Match {
  first: number; // token indices, inclusive
  last: number;
  entry: GazetteerEntry | null; // null: an unlisted name found from context
  kind: string;
  known: boolean;
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
  const tk = new Tokens(text);
  const n = tk.length;

  // Pass 1: gazetteer candidates.
  const candidates: Match[] = [];
  const candidateAt = new Map<number, number>(); // token index -> index in candidates
  for (let i = 0; i < n; i++) {
    const w = tk.word[i];
    if (w === '') continue;
    const cap = tk.capitalized(i);
    let key = tk.folded(i);
    if (!cap && !gaz.lowerStarts.has(key)) continue;
    let best = -1;
    let bestEntries: GazetteerEntry[] | undefined;
    let entries = key.length > 1 ? gaz.byKey.get(key) : undefined;
    if (entries && cap) {
      best = i;
      bestEntries = entries;
    }
    for (let j = i; j - i + 1 < gaz.maxTokens && gaz.prefixes.has(key) && tk.joined(j); j++) {
      key = key + ' ' + tk.folded(j + 1);
      entries = gaz.byKey.get(key);
      if (entries && capitalsAgree(tk, i, j + 1, gaz.capitals.get(key) ?? 0)) {
        best = j + 1;
        bestEntries = entries;
      }
    }
    if (best < 0 || !bestEntries) continue;
    const m: Match = { first: i, last: best, entry: bestEntries[0], kind: bestEntries[0].kind, known: true };
    const cue = cueBefore(tk, i, lex);
    if (cue && cue.kind === 'region' && lex.regionCues.has(cue.word)) {
      const region = bestEntries.find((e) => e.kind === 'region');
      if (region) {
        m.entry = region;
        m.kind = 'region';
      }
    }
    for (let k = i; k <= best; k++) candidateAt.set(k, candidates.length);
    candidates.push(m);
    i = best;
  }

  // Pass 2: evidence.
  const accepted: Match[] = [];
  const acceptedEnd = new Set<number>(); // last token of each accepted match
  for (const m of candidates) {
    if (gluedToName(tk, m.first - 1, m, candidateAt, lex) || gluedToName(tk, m.last + 1, m, candidateAt, lex)) continue;
    const flag = m.entry!.ambiguous;
    if (flag !== '' && !hasEvidence(tk, m.first, flag, lex, acceptedEnd)) continue;
    accepted.push(m);
    acceptedEnd.add(m.last);
  }

  // Pass 3: unlisted names from context.
  const taken = new Set<number>();
  for (const m of accepted) for (let k = m.first; k <= m.last; k++) taken.add(k);
  const unlisted: Match[] = [];
  for (let i = 0; i < n; i++) {
    if (taken.has(i) || !tk.capitalized(i) || candidateAt.has(i)) continue;
    const cue = cueBefore(tk, i, lex);
    if (!cue) continue;
    let ok = false;
    let kind = cue.kind ?? 'unknown';
    if (cue.kind !== null) ok = true;
    else if (cue.word === 'entre') ok = entreHasKnownPlace(tk, i, taken, lex);
    else if (cue.word === 'a') ok = aPlaceFollows(tk, i, lex);
    if (!ok) continue;
    const last = unlistedName(tk, i, lex, candidateAt);
    if (last < 0) continue;
    if (cue.word === 'a' && last !== i) continue; // "à Assimi Goïta": two names after "à" are a person
    unlisted.push({ first: i, last, entry: null, kind, known: false });
    for (let k = i; k <= last; k++) taken.add(k);
    i = last;
    // "les localités de Priwé et Daboura", "entre Sévaré et San": the names coordinated after it.
    if (cue.plural || cue.word === 'entre') {
      while (true) {
        const next = coordinated(tk, i);
        if (next < 0 || taken.has(next) || candidateAt.has(next) || !tk.capitalized(next)) break;
        const end = unlistedName(tk, next, lex, candidateAt);
        if (end < 0) break;
        unlisted.push({ first: next, last: end, entry: null, kind, known: false });
        for (let k = next; k <= end; k++) taken.add(k);
        i = end;
        if (cue.word === 'entre') break;
      }
    }
    kind = 'unknown';
  }

  const all = accepted.concat(unlisted).sort((a, b) => a.first - b.first);
  return all.map((m) => toMention(tk, m, all));
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
function gluedToName(tk: Tokens, t: number, m: Match, candidateAt: Map<number, number>, lex: PlaceLexicon): boolean {
  if (t < 0 || t >= tk.length) return false;
  if (!(t < m.first ? tk.joined(t) : tk.joined(m.last))) return false;
  if (!tk.capitalized(t)) return false;
  if (lex.functionWords.has(tk.folded(t))) return false;
  if (candidateAt.has(t)) return false;
  if (isAllCaps(tk.word[t]) && isAllCaps(tk.word[m.first]) && shouting(tk, t)) return false;
  return true;
}

/** Token t sits in a run of ALL-CAPS words (a headline), where capitals say nothing. */
function shouting(tk: Tokens, t: number): boolean {
  let caps = 0;
  for (let k = Math.max(0, t - 3); k <= Math.min(tk.length - 1, t + 3); k++) if (isAllCaps(tk.word[k])) caps++;
  return caps >= 4;
}

function hasEvidence(tk: Tokens, first: number, flag: string, lex: PlaceLexicon, acceptedEnd: Set<number>): boolean {
  const p = first - 1;
  if (p < 0) return false;
  const cue = cueBefore(tk, first, lex);
  if (cue && cue.kind !== null) return true;
  // A list of places: "à Gao, Kidal et Ménaka", "entre Sévaré et San".
  if (listContinues(tk, first, acceptedEnd)) return true;
  if (!tk.near(p)) return false;
  const before = tk.folded(p);
  if (before === 'a' && tk.word[p] === 'a') return false; // "il a", not "à"
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

/**
 * What introduces the name starting at token i: a cue noun ("village de", "province des",
 * "commune rurale de l'"), "entre", or a bare "à". Looks back at most six tokens, within a phrase.
 */
function cueBefore(tk: Tokens, i: number, lex: PlaceLexicon): Cue | null {
  let t = i - 1;
  if (t < 0 || !tk.near(t)) return null;
  let w = tk.folded(t);
  if (w === 'entre') return { word: 'entre', kind: null, plural: true };
  if (w === 'a' && tk.word[t] !== 'a') return { word: 'a', kind: null, plural: false };
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
    if (kind) return { word: w, kind, plural: w.endsWith('s') && w !== 'environs' };
    if (!lex.cueAdjectives.has(w) && !/^\d+$/.test(w)) return null;
  }
  return null;
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
function unlistedName(tk: Tokens, i: number, lex: PlaceLexicon, candidateAt: Map<number, number>): number {
  const w = tk.word[i];
  if (w === '' || /^\d/.test(w)) return -1;
  const f = tk.folded(i);
  if (lex.functionWords.has(f) || lex.notPlaces.has(f)) return -1;
  if (isAllCaps(w) && w.length <= 5) return -1; // an acronym ("la région de l'AES")
  let last = i;
  while (last - i < 3 && tk.joined(last) && tk.capitalized(last + 1) && !candidateAt.has(last + 1)) {
    const next = tk.folded(last + 1);
    if (lex.functionWords.has(next) || lex.notPlaces.has(next)) break;
    last++;
  }
  return last;
}

/** "entre X et Y" where the other name is a listed place. */
function entreHasKnownPlace(tk: Tokens, i: number, taken: Set<number>, lex: PlaceLexicon): boolean {
  const last = unlistedName(tk, i, lex, new Map());
  if (last < 0) return false;
  const next = coordinated(tk, last);
  return next >= 0 && taken.has(next);
}

const PLACE_AFTER =
  /^\s*(?:,\s*)?(?:où\b|\((?:\s*(?:région|province|cercle|commune|département|préfecture|wilaya)\b|\s*\p{Lu})|dans\s+(?:la|le|les|l['’])\s*(?:région|province|commune|localité|zone|cercle|département|secteur|préfecture|wilaya|nord|sud|est|ouest|centre)\b|(?:au|en)\s+(?:\p{Lu})|(?:une\s+|la\s+|le\s+)?(?:localité|village|ville|commune|chef-lieu|bourgade|hameau)\b|à\s+(?:une\s+)?(?:\d+|quelques|une\s+centaine|une\s+dizaine)\s+(?:km|kilomètres)\b|situé|près\s+de|non\s+loin)/u;

/** "… à X" is a place when a place-like phrase follows X or a place trigger precedes "à". */
function aPlaceFollows(tk: Tokens, i: number, lex: PlaceLexicon): boolean {
  if (tk.joined(i) && tk.capitalized(i + 1)) return false;
  const after = tk.text.slice(tk.end[i], tk.end[i] + 60);
  if (PLACE_AFTER.test(after)) return true;
  for (let t = i - 2, steps = 0; t >= 0 && steps < 3 && tk.near(t); t--, steps++) {
    if (lex.placeTriggers.has(tk.folded(t))) return true;
  }
  return false;
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
  const normalized = isAllCaps(written.replace(/[^\p{L}]/gu, '')) ? titleCase(written) : written;
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
  while (from > 0 && pos - from < 600 && !/[.!?\n]/.test(text[from - 1])) from--;
  let to = pos;
  while (to < text.length && to - pos < 600 && !/[.!?\n]/.test(text[to])) to++;
  let country: string | null = null;
  for (const m of all) {
    if (!m.entry || !m.entry.country) continue;
    const s = tk.start[m.first];
    if (s < from || s >= to) continue;
    if (country !== null && country !== m.entry.country) return null;
    country = m.entry.country;
  }
  return country;
}
