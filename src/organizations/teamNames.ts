/**
 * Sports teams named "Xs de <city>": "les Bruins de Boston", "le Stade de Reims", "les Aigles du Mali".
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { foldKey } from '../text/normalize.js';
import { isGivenName, peopleLexicon } from '../people/lexicon.js';
import { lookupPlace } from '../places/index.js';
import { isNotAcronym } from './lexicon.js';
import { firstTokenEndingAfter, hasCombiningMarks, pushStarts, scanMatches, stickyOf, wordGates } from '../text/anchorGate.js';
import { tokenTableOf } from '../text/tokenTable.js';
import { articleStarts, teamReader } from './teamReader.js';
import { isBlank } from '../text/blank.js';
import { LETTER, MARK, UPPER, unitClass } from './unitClasses.js';

/** Adjectives of peoples and faiths: "les Peuls du Mali" are no team, unlike "les Aigles du Mali". */
const PEOPLES = new Set([
  'Peul', 'Peulh', 'Peuls', 'Peulhs', 'Touareg', 'Touaregs', 'Dogon', 'Dogons', 'Bambara', 'Bambaras', 'Songhaï',
  'Songhaïs', 'Songhay', 'Songhays', 'Arabe', 'Arabes', 'Maure', 'Maures', 'Haoussa', 'Haoussas', 'Mossi', 'Mossis',
  'Sénoufo', 'Sénoufos', 'Bozo', 'Bozos', 'Djerma', 'Djermas', 'Zarma', 'Zarmas', 'Kanouri', 'Kanouris', 'Toubou',
  'Toubous', 'Zaghawa', 'Zaghawas', 'Berbère', 'Berbères', 'Kabyle', 'Kabyles', 'Juif', 'Juifs', 'Chrétien',
  'Chrétiens', 'Musulman', 'Musulmans', 'Catholique', 'Catholiques', 'Protestant', 'Protestants', 'Chiite',
  'Chiites', 'Sunnite', 'Sunnites', 'Kurde', 'Kurdes', 'Pachtoune', 'Pachtounes', 'Rohingya', 'Rohingyas',
  'Ouïghour', 'Ouïghours', 'Tutsi', 'Tutsis', 'Hutu', 'Hutus', 'Bamiléké', 'Bamilékés', 'Wolof', 'Wolofs', 'Sérère',
  'Sérères', 'Malinké', 'Malinkés', 'Soussou', 'Soussous', 'Dioula', 'Dioulas', 'Bobo', 'Bobos', 'Gourmantché',
  'Gourmantchés', 'Fulani', 'Fulanis', 'Igbo', 'Igbos', 'Yoruba', 'Yorubas', 'Amazigh', 'Amazighs', 'Sahraoui',
  'Sahraouis',
]);

/** Nouns of places and buildings: "le Canal de Suez", "le Palais de Koulouba", "le Lac de Guiers" are no teams. */
const TOPO = new Set([
  'Canal', 'Lac', 'Mont', 'Monts', 'Golfe', 'Cap', 'Port', 'Palais', 'Musée', 'Place', 'Pont', 'Gare', 'Fleuve',
  'Île', 'Îles', 'Ile', 'Iles', 'Baie', 'Détroit', 'Mer', 'Océan', 'Col', 'Massif', 'Plateau', 'Désert', 'Vallée',
  'Bois', 'Forêt', 'Parc', 'Château', 'Tour', 'Porte', 'Boulevard', 'Avenue', 'Rue', 'Marché', 'Aéroport', 'Hôtel',
  'Cathédrale', 'Église', 'Eglise', 'Mosquée', 'Temple', 'Prison', 'Camp', 'Quartier', 'Région', 'Province',
  'Cercle', 'Commune', 'Département', 'État', 'Etat', 'Etats', 'États', 'République', 'Royaume', 'Empire',
  'Président', 'Premier', 'Grand', 'Grande', 'Petit', 'Petite', 'Nord', 'Sud', 'Est', 'Ouest', 'Centre', 'Haut',
  'Haute', 'Bas', 'Basse', 'Lycée', 'Collège', 'Hôpital', 'Barrage', 'Route', 'Zone', 'Ville', 'Village', 'Cité',
  'Capitale', 'Maire', 'Gouverneur', 'Préfet', 'Roi', 'Reine', 'Prince', 'Princesse', 'Duc', 'Comte', 'Sultan',
  'Émir', 'Emir', 'Peuple', 'Peuples', 'Habitants', 'Populations', 'Autorités', 'Forces', 'Jeux', 'Coupe',
  'Championnat', 'Tournoi', 'Festival', 'Salon', 'Sommet', 'Forum', 'Conférence', 'Journée', 'Journées', 'Semaine',
  'Mois', 'Nations',
]);

/** Words that make a sentence about a sport: a team named after a place is then a club. */
const SPORT = /(?<![\p{L}])(?:match(?:s|é)?|saison|joueu(?:r|se|rs|ses)|équipe|entra[îi]neur|victoire|défaite|buts?|score|championnat|ligue|coupe|finale|play-offs|séries éliminatoires|LNH|NHL|NBA|NFL|MLB|repêch\w*|transf[ée]r\w*|attaquant|défenseur|gardien|ailier|hockey|football|basket(?:-ball)?|baseball|rugby)(?![\p{L}])/iu;

/**
 * Sports teams named "Xs de <city>": "les Bruins de Boston", "le Stade de Reims", "les Aigles du
 * Mali". An article, one or two capitalized words that are no given name, then de/du and a known place.
 */
export const TEAM = /(?<![\p{L}])(?:(?:les|des|aux|le|du|au|Les|Le)[\s\u00a0]+|[lLdD]['’][\s\u00a0]*)(\p{Lu}[\p{L}\p{M}'’-]+(?:[\s\u00a0]\p{Lu}[\p{L}\p{M}'’-]+)?)[\s\u00a0]+(?:de|du|d['’])[\s\u00a0]*(?:l['’][\s\u00a0]*|la[\s\u00a0]+)?(\p{Lu}[\p{L}\p{M}'’-]+(?:[\s\u00a0]\p{Lu}[\p{L}\p{M}'’-]+){0,2})/dgu;
const TEAM_READER = teamReader(stickyOf(TEAM));

/**
 * The article opening TEAM ends the word before the team's first word ("les", "l’", "3les"): its
 * last letter is one of les|des|aux|le|du|au|l|d, in either case.
 */
function articleEnd(text: string, e: number): boolean {
  const c = text.charCodeAt(e - 1) | 32;
  return c === 115 || c === 120 || c === 101 || c === 117 || c === 108 || c === 100;
}

/** An upper-case letter (\p{Lu}, as TEAM reads it). */
function isUpper(c: number): boolean {
  return (unitClass(c) & UPPER) !== 0;
}

/** A unit of TEAM's word class, [\p{L}\p{M}'’-]. */
function isWordUnit(c: number): boolean {
  return (unitClass(c) & (LETTER | MARK)) !== 0 || c === 39 || c === 0x2019 || c === 45;
}

/**
 * The answers of deMayFollow in one scan of a region. A chain such as "l’Aa-l’Aa-…" holds an
 * article and a capital at every link, and every link's first word runs to the chain's end:
 * reading that run again at each link was quadratic. Every position of a run has the same run
 * end, and the answer depends only on that end: both are kept for the run last read.
 */
interface RunMemo { from: number; end: number; answer: boolean }

function wordRunEnd(text: string, p: number): number {
  while (p < text.length && isWordUnit(text.charCodeAt(p))) p++;
  return p;
}

function blankRunEnd(text: string, p: number): number {
  while (p < text.length && isBlank(text.charCodeAt(p))) p++;
  return p;
}

/** "de", "du", "d'" or "d’" at p, in lower case as TEAM writes them. */
function deAt(text: string, p: number): boolean {
  if (text.charCodeAt(p) !== 100) return false;
  const c = text.charCodeAt(p + 1);
  return c === 101 || c === 117 || c === 39 || c === 0x2019;
}

/** Whether "de" follows the blanks after a first word ending at `first`, or one blank, a second capitalized word and blanks. */
function deAfterFirstWord(text: string, first: number): boolean {
  const b1 = blankRunEnd(text, first);
  if (b1 === first) return false;
  if (deAt(text, b1)) return true;
  if (b1 !== first + 1 || !isUpper(text.charCodeAt(b1))) return false;
  const second = wordRunEnd(text, b1 + 1);
  if (second === b1 + 1) return false;
  const b2 = blankRunEnd(text, second);
  return b2 > second && deAt(text, b2);
}

/**
 * Whether TEAM's "de" may follow a team word starting at w (the capital after the article): its
 * words run to the end of their characters and blanks must follow each, so "de" stands after
 * the first word's blanks, or after one blank, a second capitalized word and blanks. Most
 * capitals after an article ("la France a", "le Mali et") are told here, without the regex.
 */
function deMayFollow(text: string, w: number, memo: RunMemo): boolean {
  const p = w + 1;
  if (p < memo.from || p > memo.end) {
    const end = wordRunEnd(text, p);
    memo.from = p;
    memo.end = end;
    memo.answer = deAfterFirstWord(text, end);
  }
  // the first word has a character after its capital
  return memo.end > p && memo.answer;
}

/**
 * Where in [r.start, r.end) TEAM may start (relative to r.start): in a word ending with an article
 * and followed by a word in capitals. Null: scan in full (a word cut by the region, combining marks, characters
 * outside the BMP).
 */
function teamRanges(text: string, r: Span): number[] | null {
  if (!wordGates()) return null;
  const table = tokenTableOf(text);
  if (table.hasSurrogates || hasCombiningMarks(text)) return null;
  let i = firstTokenEndingAfter(table, r.start);
  if (i < table.length && table.start[i] < r.start) return null;
  const ranges: number[] = [];
  const memo: RunMemo = { from: -1, end: -2, answer: false };
  for (; i < table.length && table.start[i] < r.end; i++) {
    if (table.end[i] > r.end) return null;
    if (i + 1 >= table.length || table.start[i + 1] >= r.end || !isUpper(text.charCodeAt(table.start[i + 1]))) continue;
    if (!deMayFollow(text, table.start[i + 1], memo)) continue;
    // the article starts the word, or follows a digit in it ("3les": the lookbehind refuses a letter only)
    if (articleEnd(text, table.end[i])) pushStarts(ranges, text, table, i, i, r.start, true);
  }
  return ranges;
}

/** A plural article before the nickname: "les", "des", "aux" (not "le Stade de Reims", read only with a listed town). */
const PLURAL_ARTICLE = /^(?:les|des|aux)[\s\u00a0]/iu;

/**
 * "les Titans de Trenton" with Trenton in no gazetteer: the team is read when the article is plural,
 * the nickname ends in -s, the sentence around is about sport, and no town word is a given name
 * ("les Lions de Jean" is no team) or a word of the language lexicon that cannot be a name.
 */
function unlistedTown(text: string, r: Span, m: RegExpExecArray, first: string, townWords: string[]): boolean {
  if (!PLURAL_ARTICLE.test(m[0]) || !/\p{Ll}s$/u.test(m[1]) || first.length < 3) return false;
  // "les Égyptiens d'Al Ahly": people of a country in a club, not the club's nickname
  if (/(?:ais|ois|iens|ains|éens|ens)$/u.test(first)) return false;
  // a town takes "de" or "d'" bare: "les Maîtres du Mal", "les Wolverines de l'Université" are none
  const idx = m.indices!;
  if (!/^[\s\u00a0]+(?:de[\s\u00a0]+|d['’][\s\u00a0]*)$/u.test(m[0].slice(idx[1]![1] - idx[0]![0], idx[2]![0] - idx[0]![0]))) return false;
  // « Les Garennes de Watership Down »: a quoted title
  if (/["«“][\s\u00a0]*$/u.test(text.slice(Math.max(r.start, r.start + m.index - 3), r.start + m.index))) return false;
  const { notNames } = peopleLexicon();
  if (townWords.some((w) => TOPO.has(w) || isGivenName(w) || notNames.has(foldKey(w)))) return false;
  return SPORT.test(text.slice(Math.max(r.start, r.start + m.index - 150), Math.min(r.end, r.start + m.index + 200)));
}

export function teamNames(text: string, r: Span, out: OrganizationMention[]): void {
  const ranges = teamRanges(text, r);
  if (ranges !== null && ranges.length === 0) return;
  const slice = text.slice(r.start, r.end);
  const { notNames } = peopleLexicon();
  // with no gate, the reader is tried where an article is: a global scan of TEAM would be quadratic on chains of elided articles
  scanMatches(null, TEAM_READER, slice, ranges ?? articleStarts(slice), (m) => {
    const team = m[1];
    const first = team.split(/[\s\u00a0]/)[0];
    // "le PIB du Mali" is no team: an abbreviation in capitals is no nickname
    if (PEOPLES.has(first) || TOPO.has(first) || isGivenName(first) || notNames.has(foldKey(first)) || lookupPlace(team) || isNotAcronym(first)) return;
    // "les Maliens de France" are people; "les Canadiens de Montréal" a team, when the sentence is about sport
    if (/(?:ais|aises|ois|oises|iens|iennes|ains|aines|éens|éennes)$/u.test(first) && !SPORT.test(text.slice(Math.max(r.start, r.start + m.index - 150), Math.min(r.end, r.start + m.index + 200)))) return;
    // the longest prefix of the capitalized words after "de" that is a known place
    const placeWords = m[2].split(/[\s\u00a0]+/);
    let n = placeWords.length;
    while (n > 0 && !lookupPlace(placeWords.slice(0, n).join(' '))) n--;
    // "les Nailers de Wheeling": a plural nickname in a sentence about sport names a team even when
    // its town is in no gazetteer (minor-league towns are many and small); then all its capitalized words
    if (n === 0 && unlistedTown(text, r, m, first, placeWords)) n = placeWords.length;
    if (n === 0) return;
    const idx = m.indices!;
    const s = r.start + idx[1]![0];
    const placeStart = r.start + idx[2]![0];
    const placeText = placeWords.slice(0, n).join(' ');
    const e = placeStart + placeText.length;
    if (text.slice(placeStart, e).replace(/[\s\u00a0]+/g, ' ') !== placeText) return;
    out.push({ start: s, end: e, normalized: text.slice(s, e).replace(/[\s\u00a0]+/g, ' '), acronym: null });
    // the place may open the next team's name
    return idx[2]![0];
  });
}
