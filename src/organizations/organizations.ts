/**
 * Organizations: a lexicon of known bodies with their acronyms (data/organizations/known.json),
 * names built on an organization head word ("Forces de Défense et de Sécurité", "Conseil
 * fédéral", "Ligue nationale de hockey"), "Expansion (ACRONYM)" definitions found in the text,
 * and unknown acronyms standing alone ("le MNLA", "la FECAFOOT").
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, loadJson } from '../data.js';
import { escapeRegExp, foldKey, isAllCaps } from '../text/normalize.js';
import { LexiconMatcher } from '../text/lexiconMatcher.js';
import { SpanIndex } from '../text/spans.js';
import { isGivenName, peopleLexicon } from '../people/lexicon.js';
import { lookupPlace } from '../places/index.js';
import { stateBodies } from './stateBodies.js';
import { namedByDescriptor } from './namedByDescriptor.js';
import { nationalTeams } from './nationalTeams.js';
import { ampersandFirms } from './ampersandFirms.js';
import { clubAffixes } from './clubAffixes.js';

interface KnownOrg { name: string; acronyms: string[]; variants: string[] }
interface OrgData { organizations: KnownOrg[]; heads: string[]; notAcronyms: string[]; tails: string[] }

interface OrgLexicon {
  /** folded name/variant → canonical */
  byName: Map<string, KnownOrg>;
  byAcronym: Map<string, KnownOrg>;
  names: LexiconMatcher;
  acronymPattern: RegExp;
  /** head words by first word (exact case), each phrase with its length, longest first */
  heads: Map<string, string[]>;
  notAcronyms: Set<string>;
  /** folded forms from data/organizations/names.txt → the form as written: matched in its case */
  exactCase: Map<string, string>;
  /** names of the "Seats of power" section of names.txt (Kremlin, Koulouba): the government only by metonymy */
  seats: Set<string>;
  tails: Set<string>;
  /** capitalized words (Latin letters) or a lower-case head word; no 'u' flag: much faster */
  wordPattern: RegExp;
}

let lexicon: OrgLexicon | null = null;

/** What before a seat of power makes it the place: a building or hill "de", or a bare "à". */
const SEAT_AS_PLACE = /(?:(?<![\p{L}])(?:palais|résidence|colline|enceinte|jardins?|grilles|portes?)(?:[\s\u00a0]+\p{L}+)?[\s\u00a0]+(?:de|du|d['’])[\s\u00a0]*|(?<![\p{L}])à[\s\u00a0]+)$/iu;

/** Folded words joined by one space: the key the lexicon matcher sees ("Warner Bros." → "warner bros"). */
function wordsKey(s: string): string {
  return foldKey(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function load(): OrgLexicon {
  if (lexicon) return lexicon;
  const d = loadJson<OrgData>('organizations/known.json');
  const byName = new Map<string, KnownOrg>();
  const byAcronym = new Map<string, KnownOrg>();
  const names: string[] = [];
  for (const o of d.organizations) {
    for (const n of [o.name, ...o.variants]) {
      byName.set(foldKey(n), o);
      names.push(n);
    }
    for (const a of o.acronyms) if (!byAcronym.has(a)) byAcronym.set(a, o);
  }
  const exactCase = new Map<string, string>();
  const seats = new Set<string>();
  let inSeats = false;
  for (const line of readFileSync(join(DATA_DIR, 'organizations', 'names.txt'), 'utf8').split('\n')) {
    const n = line.trim();
    if (n.startsWith('#')) inSeats = /seats of power/i.test(n);
    if (!n || n.startsWith('#') || byName.has(foldKey(n))) continue;
    if (inSeats) seats.add(wordsKey(n));
    exactCase.set(wordsKey(n), n);
    names.push(n);
  }
  const acronyms = [...byAcronym.keys()].sort((a, b) => b.length - a.length);
  const heads = new Map<string, string[]>();
  for (const h of [...d.heads].sort((a, b) => b.length - a.length)) {
    const first = h.split(/[\s'’-]/)[0];
    const list = heads.get(first) ?? [];
    if (!list.includes(h)) list.push(h);
    heads.set(first, list);
  }
  lexicon = {
    byName,
    byAcronym,
    seats,
    names: new LexiconMatcher(names),
    // acronyms are case-sensitive: "UA" is the African Union, "ua" nothing
    acronymPattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${acronyms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
    heads,
    notAcronyms: new Set(d.notAcronyms),
    exactCase,
    tails: new Set(d.tails),
    wordPattern: new RegExp(
      `[A-ZÀ-ÖØ-Þ][a-zA-Zà-öø-ÿÀ-ÖØ-ÞœŒ0-9]*|(?<![a-zà-öø-ÿ])(?:${[...heads.keys()].filter((h) => /^[a-zà-ÿ]/.test(h)).map(escapeRegExp).join('|')})(?![a-zà-öø-ÿ])`,
      'g',
    ),
  };
  return lexicon;
}

/** Prepositions that continue a name: "Forces de Défense et de Sécurité", "Comité de lutte contre la corruption". */
const PREP = new Set(['de', 'du', 'des', 'd', 'et', 'pour', 'à', 'au', 'aux', 'sur', 'contre', 'sans']);
const DET = new Set(['la', 'le', 'les', 'l']);
/** Lower-case words that never continue a name after a preposition or as its adjective. */
const STOP = new Set([
  'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes',
  'un', 'une', 'plusieurs', 'quelques', 'certains', 'certaines', 'chaque', 'autre', 'autres', 'tout', 'tous', 'toute', 'toutes',
  'qui', 'que', 'dont', 'où', 'manière', 'façon', 'part', 'fois', 'suite', 'cours', 'lors', 'plus', 'moins', 'très', 'même',
  'pendant', 'durant', 'avant', 'maintenant', 'cependant', 'notamment', 'mais', 'jamais', 'désormais', 'ainsi', 'ensuite',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'an', 'ans', 'année', 'années', 'mois', 'semaine', 'jour', 'jours',
  'nombreux', 'nombreuses', 'différents', 'différentes', 'divers', 'diverses', 'présent', 'présente', 'présents', 'présentes',
  'personnes', 'gens', 'membres', 'partie', 'président', 'ministre', 'directeur', 'secrétaire',
  'pays', 'fait', 'afin', 'enfin', 'loin', 'besoin', 'matin', 'soir', 'lui', 'elle', 'eux', 'elles', 'se', 'y', 'nouveau', 'nouvelle', 'ancien', 'ancienne', 'premier', 'première', 'dernier', 'dernière',
]);
/** Capitalized words that open a sentence and never continue a name ("en petit comité Selon M. Fikeni"). */
const SENTENCE_OPENERS = new Set(['selon', 'dans', 'mais', 'depuis', 'après', 'avant', 'alors', 'ainsi', 'cependant', 'toutefois', 'lors', 'puis', 'ensuite', 'quand', 'lorsque', 'pourtant', 'enfin', 'désormais', 'aujourd', 'hier', 'demain', 'il', 'elle', 'ils', 'elles', 'nous', 'on']);
/** Adjectives that complete a name ("Conseil fédéral", "Forces armées maliennes", "Parti québécois"). */
const ADJECTIVE = /(?:al|ale|aux|ales|el|elle|els|elles|ien|ienne|iens|iennes|ain|aine|ains|aines|ais|aise|aises|ois|oise|oises|ique|iques|aire|aires|if|ive|ifs|ives|é|ée|és|ées|ant|ants|ante|antes|iste|istes|ier|ière|iers|ières|éen|éenne|éens|éennes|eur|eure|eurs|eures|unies?|unis|mixtes?|suprême|nord|sud|est|ouest)$/u;
const ORG_WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*|[^\s\p{L}\p{M}]/gu;

/**
 * How far a name that starts with a head word extends; `headEnd` when nothing completes the head.
 * A lower-case head ("agence", "université") needs a capitalized word in its name ("agence
 * Reuter", "université de Princeton"), and the name ends at the last one ("agence de presse" is none).
 */
/** Heads of bodies named for the country they are posted to: "Mission …, au Mali", "Ambassade de France au Niger". */
const POSTED_HEAD = /^(?:mission|chambre|ambassade|consulat|bureau|délégation|représentation|opération|force|forces|contingent|bataillon|état|etat|coordination|section|antenne|filiale|branche|succursale)$/iu;

/** A country name starts at `pos` ("Norvège", "États-Unis", "Burkina Faso"). */
function countryAt(text: string, pos: number): boolean {
  const words = text.slice(pos, pos + 60).split(/[\s\u00a0,.;:()]+/).filter(Boolean);
  for (let n = Math.min(4, words.length); n >= 1; n--) if (lookupPlace(words.slice(0, n).join(' '))?.kind === 'country') return true;
  return false;
}

function headedName(text: string, headEnd: number, limit: number, lowerHead: boolean, postedHead = false): number {
  let lastCapitalEnd = -1;
  ORG_WORD.lastIndex = headEnd;
  let end = headEnd;
  let prevEnd = headEnd;
  let afterPrep = false;
  let det = false;
  /** the previous word was content (the head, a name word): an adjective may follow */
  let prevContent = true;
  let content = 0;
  let lowerNouns = 0;
  let adjectives = 0;
  /** the last preposition seen */
  let prep = '';
  let m: RegExpExecArray | null;
  while ((m = ORG_WORD.exec(text)) !== null && m.index < limit) {
    let w = m[0];
    if (/[^ \t\u00a0]/.test(text.slice(prevEnd, m.index))) break;
    prevEnd = m.index + m[0].length;
    // "d’" or "l’" written apart ("Union d' Afrique du Sud" in tokenized text)
    if (/^[dl]$/i.test(w) && /^['’]/.test(text.slice(prevEnd, prevEnd + 1))) {
      prevEnd++;
      ORG_WORD.lastIndex = prevEnd;
      if (w.toLowerCase() === 'd') afterPrep = true;
      else if (!afterPrep) break;
      det = true;
      continue;
    }
    if (!/^[\p{L}\p{M}]/u.test(w)) break;
    // "de s’être prononcé", "qu’il": an elided pronoun or conjunction starts a clause
    if (/^[snqcjmt]['’]/iu.test(w) && !/^[dl]['’]/iu.test(w)) break;
    // "au Ministère de l’Intérieur Gérard Collomb": a person's name after the name, not part of it
    if (lastCapitalEnd > 0 && !afterPrep && /^\p{Lu}/u.test(w) && isGivenName(w) && /^[\s\u00a0]+\p{Lu}/u.test(text.slice(prevEnd, prevEnd + 3))) break;
    // "… pour la sécurité et la coopération en Europe": "en" only before a capitalized name
    if (w === 'en' && !afterPrep && /^[\s\u00a0]+\p{Lu}/u.test(text.slice(prevEnd, prevEnd + 3))) {
      afterPrep = true;
      det = false;
      prep = 'en';
      prevContent = false;
      continue;
    }
    const el = /^([dlDL])['’](?=\p{L})/u.exec(w);
    if (el) {
      if (el[1].toLowerCase() === 'd') afterPrep = true;
      else if (!afterPrep) break;
      det = true;
      w = w.slice(2);
    }
    const lower = w.toLowerCase();
    const capital = /^\p{Lu}/u.test(w);
    if (!capital && !el) {
      if (PREP.has(lower)) {
        if (afterPrep && lower !== 'et') break;
        afterPrep = true;
        det = false;
        prevContent = false;
        prep = lower;
        continue;
      }
      if (DET.has(lower)) {
        // "et les troupes cubaines" is a new phrase: after "et" comes a preposition or a name
        if (!afterPrep || det || prep === 'et') break;
        det = true;
        continue;
      }
    }
    if (capital) {
      // "la Ligue des champions contre Manchester United": an opponent, not the name
      if (afterPrep && prep === 'contre') break;
      if (!el && SENTENCE_OPENERS.has(lower)) break;
      // "l'université d'Oslo en Norvège", "l'université Simon Fraser au Canada": a named body is
      // located by the country after it; bodies posted to a country keep it ("Ambassade de France au Mali")
      if (afterPrep && !det && (prep === 'en' || prep === 'au' || prep === 'aux') && lastCapitalEnd > 0 && !postedHead && countryAt(text, m.index)) break;
      // "de Gaulle"-like given names do not continue an organization: "… et Sheikh Mujibur Rahman"
      if (afterPrep && !det && isGivenName(w) && /^[\s\u00a0]+\p{Lu}/u.test(text.slice(prevEnd, prevEnd + 3))) break;
      end = prevEnd;
      lastCapitalEnd = prevEnd;
      content++;
      afterPrep = false;
      det = false;
      prevContent = true;
      adjectives = 0;
      continue;
    }
    if (STOP.has(lower) || /\d/.test(lower)) break;
    if (afterPrep) {
      // "de faire": an infinitive after a bare preposition is a verb phrase, not a name
      if (!det && (/(?:er|ir)$/.test(lower) || (/(?:re|oir)$/.test(lower) && (prep === 'pour' || prep === 'sans' || prep === 'à')))) break;
      if (lowerNouns >= 3) break;
      end = prevEnd;
      content++;
      lowerNouns++;
      afterPrep = false;
      det = false;
      prevContent = true;
      adjectives = 0;
      continue;
    }
    if (prevContent && adjectives < 2 && lower.length >= 4 && ADJECTIVE.test(lower)) {
      end = prevEnd;
      content++;
      adjectives++;
      continue;
    }
    break;
  }
  if (lowerHead) return lastCapitalEnd > 0 ? lastCapitalEnd : headEnd;
  return content > 0 ? end : headEnd;
}

/** Whether a name is a listed body (known.json or names.txt), as written or folded. */
export function isListedOrganization(name: string): boolean {
  const lex = load();
  return lex.byName.has(foldKey(name)) || lex.exactCase.has(wordsKey(name));
}

/** ALL-CAPS words that name no organization (PIB, VIH, FCFA…): other recognizers ask too. */
export function isNotAcronym(word: string): boolean {
  return load().notAcronyms.has(word);
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
  const lex = load();
  const out: OrganizationMention[] = [];
  for (const r of regions) {
    const slice = text.slice(r.start, r.end);
    for (const n of lex.names.matches(text, r.start, r.end)) {
      // "Richard Wagner" is no Wagner group: a one-word name right after a given name is a surname
      if (!/\s/.test(n.text) && isGivenName(previousWord(text, n.index))) continue;
      // "Parti libéral-démocrate", "Siemens-Gamesa": the listed name is only the start of a longer one
      if (/^[-‑][\p{L}]/u.test(text.slice(n.index + n.text.length, n.index + n.text.length + 2))) continue;
      // "au Palais présidentiel de Koulouba", "à Koulouba": the building or the hill, a place, not the government
      if (lex.seats.has(wordsKey(n.text)) && SEAT_AS_PLACE.test(text.slice(Math.max(0, n.index - 40), n.index))) continue;
      const key = foldKey(n.text);
      const exact = lex.exactCase.get(wordsKey(n.text));
      if (exact !== undefined && !sameCase(exact, n.text)) continue;
      const org = lex.byName.get(key);
      out.push({ start: n.index, end: n.index + n.text.length, normalized: org?.name ?? exact ?? n.text.replace(/[\s\u00a0]+/g, ' '), acronym: org?.acronyms[0] ?? null });
    }
    let m: RegExpExecArray | null;
    lex.acronymPattern.lastIndex = 0;
    while ((m = lex.acronymPattern.exec(slice)) !== null) {
      const org = lex.byAcronym.get(m[0])!;
      const s = r.start + m.index;
      out.push({ start: s, end: s + m[0].length, normalized: org.name, acronym: m[0] });
    }
    // one pass over the capitalized words (and the few lower-case heads) for head words
    // ("Conseil fédéral") and English endings ("Columbia Pictures"); no 'u' flag: it is much faster
    const words = lex.wordPattern;
    words.lastIndex = r.start;
    while ((m = words.exec(text)) !== null && m.index < r.end) {
      const w = m[0];
      const s = m.index;
      const candidates = lex.heads.get(w);
      const tail = lex.tails.has(w);
      if (!candidates && !tail) continue;
      // inside a word ("Haut-Commissariat" is looked up at "Haut"), but "l’Union" is fine
      const pc = s > 0 ? text.charCodeAt(s - 1) : 32;
      if (pc !== 32 && pc !== 10 && pc !== 0xa0 && /[\p{L}\p{M}\p{N}-]/u.test(text[s - 1])) continue;
      // "les Chefs d’État-Major Général": the staff inside a function title is no mention of it
      const inChiefTitle = /^[EÉ]tat/.test(w) && /chef(?:fe)?s?[\s\u00a0]+d['’][\s\u00a0]*$/iu.test(text.slice(Math.max(0, s - 12), s));
      if (candidates && !isBlocked(s) && !inChiefTitle) {
        const h = candidates.find((c) => c.length === w.length || sameHead(text, s, c));
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
        const e = s + w.length;
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
  // a name never ends on an elided pronoun and its verb ("… du Sahel s’est inscrit")
  for (const o of out) {
    const m = /[\s\u00a0]+(?:s|n|c|j|m|t|qu)['’]\p{Ll}+$/u.exec(text.slice(o.start, o.end));
    if (m) {
      o.end -= m[0].length;
      o.normalized = text.slice(o.start, o.end).replace(/[\s\u00a0]+/g, ' ');
    }
  }
  unknownAcronyms(text, regions, out, lex);
  const seen = new Set<string>();
  return out.filter((o) => {
    const k = `${o.start}:${o.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const TAIL_JOINERS = new Set(['of', 'and', '&', 'the', 'for', 'on', 'in']);

/**
 * "Columbia Pictures", "American Film Institute", "Bank of America": capitalized words (and
 * English joiners) before a name ending; -1 when no capitalized word stands right before it.
 */
function tailedNameStart(text: string, tailStart: number, limit: number): number {
  const { notNames } = peopleLexicon();
  const before = text.slice(Math.max(limit, tailStart - 80), tailStart);
  const base = tailStart - before.length;
  const words = [...before.matchAll(/[\p{L}\p{M}&][\p{L}\p{M}\p{N}'’.&-]*/gu)];
  let start = -1;
  let expect = tailStart;
  for (let i = words.length - 1, n = 0; i >= 0 && n < 6; i--, n++) {
    let w = words[i][0];
    let s = base + words[i].index!;
    if (!/^[\s\u00a0]+$/.test(text.slice(s + w.length, expect))) break;
    // "l’Imperial College": the elided article is not part of the name, and nothing before it is
    const el = /^[dlDL]['’](?=\p{Lu})/u.exec(w);
    if (el) {
      s += el[0].length;
      w = w.slice(el[0].length);
      start = s;
      break;
    }
    if (/^\p{Lu}/u.test(w) || /^\d/.test(w)) {
      if (notNames.has(foldKey(w)) && w !== 'The') break;
      start = s;
    } else if (!TAIL_JOINERS.has(w.toLowerCase())) break;
    expect = s;
  }
  return start;
}

/** Adjectives of peoples and faiths: "les Peuls du Mali" are no team, unlike "les Aigles du Mali". */
const PEOPLES = /^(?:Peul[hs]?|Peulhs|Touaregs?|Dogons?|Bambaras?|Songhaïs?|Songhays?|Arabes?|Maures?|Haoussas?|Mossis?|Sénoufos?|Bozos?|Djermas?|Zarmas?|Kanouris?|Toubous?|Zaghawas?|Berbères?|Kabyles?|Juifs?|Chrétiens?|Musulmans?|Catholiques?|Protestants?|Chiites?|Sunnites?|Kurdes?|Pachtounes?|Rohingyas?|Ouïghours?|Tutsis?|Hutus?|Bamilékés?|Wolofs?|Sérères?|Malinkés?|Soussous?|Dioulas?|Bobos?|Gourmantchés?|Fulanis?|Igbos?|Yorubas?|Amazighs?|Sahraouis?)$/u;

/** Nouns of places and buildings: "le Canal de Suez", "le Palais de Koulouba", "le Lac de Guiers" are no teams. */
const TOPO = /^(?:Canal|Lac|Mont|Monts|Golfe|Cap|Port|Palais|Musée|Place|Pont|Gare|Fleuve|Île|Îles|Ile|Iles|Baie|Détroit|Mer|Océan|Col|Massif|Plateau|Désert|Vallée|Bois|Forêt|Parc|Château|Tour|Porte|Boulevard|Avenue|Rue|Marché|Aéroport|Hôtel|Cathédrale|Église|Eglise|Mosquée|Temple|Prison|Camp|Quartier|Région|Province|Cercle|Commune|Département|État|Etat|Etats|États|République|Royaume|Empire|Président|Premier|Grand|Grande|Petit|Petite|Nord|Sud|Est|Ouest|Centre|Haut|Haute|Bas|Basse|Lycée|Collège|Hôpital|Barrage|Route|Zone|Ville|Village|Cité|Capitale|Maire|Gouverneur|Préfet|Roi|Reine|Prince|Princesse|Duc|Comte|Sultan|Émir|Emir|Peuple|Peuples|Habitants|Populations|Autorités|Forces|Jeux|Coupe|Championnat|Tournoi|Festival|Salon|Sommet|Forum|Conférence|Journée|Journées|Semaine|Mois|Nations)$/u;

/** Words that make a sentence about a sport: a team named after a place is then a club. */
const SPORT = /(?<![\p{L}])(?:match(?:s|é)?|saison|joueu(?:r|se|rs|ses)|équipe|entra[îi]neur|victoire|défaite|buts?|score|championnat|ligue|coupe|finale|play-offs|séries éliminatoires|LNH|NHL|NBA|NFL|MLB|repêch\w*|transf[ée]r\w*|attaquant|défenseur|gardien|ailier|hockey|football|basket(?:-ball)?|baseball|rugby)(?![\p{L}])/iu;

/**
 * Sports teams named "Xs de <city>": "les Bruins de Boston", "le Stade de Reims", "les Aigles du
 * Mali". An article, one or two capitalized words that are no given name, then de/du and a known place.
 */
function teamNames(text: string, r: Span, out: OrganizationMention[]): void {
  const re = /(?<![\p{L}])(?:(?:les|des|aux|le|du|au|Les|Le)[\s\u00a0]+|[lLdD]['’][\s\u00a0]*)(\p{Lu}[\p{L}\p{M}'’-]+(?:[\s\u00a0]\p{Lu}[\p{L}\p{M}'’-]+)?)[\s\u00a0]+(?:de|du|d['’])[\s\u00a0]*(?:l['’][\s\u00a0]*|la[\s\u00a0]+)?(\p{Lu}[\p{L}\p{M}'’-]+(?:[\s\u00a0]\p{Lu}[\p{L}\p{M}'’-]+){0,2})/dgu;
  const slice = text.slice(r.start, r.end);
  const { notNames } = peopleLexicon();
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const team = m[1];
    const first = team.split(/[\s\u00a0]/)[0];
    // "le PIB du Mali" is no team: an abbreviation in capitals is no nickname
    if (PEOPLES.test(first) || TOPO.test(first) || isGivenName(first) || notNames.has(foldKey(first)) || lookupPlace(team) || load().notAcronyms.has(first)) continue;
    // "les Maliens de France" are people; "les Canadiens de Montréal" a team, when the sentence is about sport
    if (/(?:ais|aises|ois|oises|iens|iennes|ains|aines|éens|éennes)$/u.test(first) && !SPORT.test(text.slice(Math.max(r.start, r.start + m.index - 150), Math.min(r.end, r.start + m.index + 200)))) continue;
    // the longest prefix of the capitalized words after "de" that is a known place
    const placeWords = m[2].split(/[\s\u00a0]+/);
    let n = placeWords.length;
    while (n > 0 && !lookupPlace(placeWords.slice(0, n).join(' '))) n--;
    if (n === 0) continue;
    const idx = m.indices!;
    const s = r.start + idx[1]![0];
    const placeStart = r.start + idx[2]![0];
    const placeText = placeWords.slice(0, n).join(' ');
    const e = placeStart + placeText.length;
    if (text.slice(placeStart, e).replace(/[\s\u00a0]+/g, ' ') !== placeText) continue;
    out.push({ start: s, end: e, normalized: text.slice(s, e).replace(/[\s\u00a0]+/g, ' '), acronym: null });
    re.lastIndex = idx[2]![0];
  }
}

/** Whether a multiword head ("Direction générale", "Armée de l'air") is written at `s`. */
function sameHead(text: string, s: number, head: string): boolean {
  return text.slice(s, s + head.length).replace(/’/g, "'").replace(/\u00a0/g, ' ') === head;
}

/** "Orange" the operator only as written: each word of the text begins in the case of the listed form. */
function sameCase(form: string, written: string): boolean {
  const a = form.split(/[\s\u00a0'’-]+/);
  const b = written.split(/[\s\u00a0'’-]+/);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    // an acronym in capitals must be written so: "ABC" the network, not "Abc"
    if (a[i].length > 1 && a[i] === a[i].toUpperCase() && a[i] !== a[i].toLowerCase() && a[i] !== b[i]) return false;
    const fa = a[i][0];
    const fb = b[i][0];
    if (fa && fb && (fa === fa.toUpperCase()) !== (fb === fb.toUpperCase())) return false;
  }
  return true;
}

function previousWord(text: string, pos: number): string {
  const m = /([\p{L}\p{M}][\p{L}\p{M}'’-]*)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, pos - 30), pos));
  return m ? m[1] : '';
}

const FUNCTION_WORDS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'et', 'pour', 'à', 'au', 'aux', 'en', 'sur', 'contre', 'sans', 'of', 'the', 'and', 'for']);

/**
 * "Ligue nationale de hockey (LNH)": the words before the parenthesis whose initials spell the
 * acronym form its expansion, function words skipped (or counted, "Pays de la Loire (PDL)").
 */
function expansionBefore(text: string, parenStart: number, acr: string, limitStart: number): number {
  const letters = acr.replace(/[^\p{L}]/gu, '').toUpperCase();
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
    const initials = content.map((x) => x.w[0].toUpperCase()).join('');
    const hyphenInitials = content.map((x) => x.w.split('-').map((p) => p[0]?.toUpperCase() ?? '').join('')).join('');
    if (initials === letters || hyphenInitials === letters) return words[i].s;
    const all = words.slice(i).map((x) => x.w[0].toUpperCase()).join('');
    if (all === letters) return words[i].s;
  }
  return -1;
}

/** "Forces de Défense et de Sécurité (FDS)" and "FDS (Forces de …)": both mentions, linked. */
function definedAcronyms(text: string, r: Span, out: OrganizationMention[]): void {
  const slice = text.slice(r.start, r.end);
  // mentions by end offset: the expansion is looked up right before each parenthesis
  const byEnd = new Map<number, OrganizationMention>();
  for (const o of out) if (!byEnd.has(o.end) || byEnd.get(o.end)!.start > o.start) byEnd.set(o.end, o);
  const re = /\((\p{Lu}[\p{Lu}\p{Ll}0-9&-]{1,11})\)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const acr = m[1];
    if (!/\p{Lu}.*\p{Lu}/u.test(acr)) continue;
    const parenStart = r.start + m.index;
    const acrStart = parenStart + 1;
    // the expansion is an organization mention ending right before the parenthesis…
    let exp = byEnd.get(parenStart) ?? byEnd.get(parenStart - 1) ?? byEnd.get(parenStart - 2);
    if (exp && !/^[\s\u00a0]*$/.test(text.slice(exp.end, parenStart))) exp = undefined;
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

/**
 * An ALL-CAPS word of 2–8 unaccented letters that nobody listed is most often an organization
 * ("le MNLA", "la FECAFOOT"), unless it is a surname (next to a given or capitalized name:
 * "Moussa BARMOU", "DIALLO Mamadou"), part of a headline in capitals, a place code or a common
 * abbreviation (data/organizations/known.json "notAcronyms": TV, PIB, FCFA…).
 */
function unknownAcronyms(text: string, regions: Span[], out: OrganizationMention[], lex: OrgLexicon): void {
  const { notNames } = peopleLexicon();
  const re = /(?<![\p{L}\p{N}&.'’-])[A-Z]{2,8}(?![\p{L}\p{N}&'’]|-\p{L}|\.\p{L})/gu;
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
    const slice = text.slice(r.start, r.end);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      const w = m[0];
      const s = r.start + m.index;
      const e = s + w.length;
      if (lex.notAcronyms.has(w) || lex.byAcronym.has(w) || defined.has(w)) continue;
      if (termAbbreviation(text, s, w)) {
        terms.add(w);
        continue;
      }
      const prev = previousWord(text, s);
      const next = /^[\s\u00a0]+([\p{L}\p{M}][\p{L}\p{M}'’-]*)/u.exec(text.slice(e, e + 40))?.[1] ?? '';
      if (isGivenName(prev) || (isGivenName(next) && !isAllCaps(next))) {
        surnames.add(w);
        continue;
      }
      if (capitalWord(prev) || (capitalWord(next) && !isAllCaps(next))) continue;
      // a word of a line in capitals ("LE FAIT DU JOUR", "CHEMINS DE FER"), or a function word
      if (notNames.has(w.toLowerCase()) || capsNeighbour(text, s, e) || capsContext(text, s, e)) continue;
      hits.push({ s, w });
    }
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
function capsContext(text: string, s: number, e: number): boolean {
  const around = text.slice(Math.max(0, s - 60), s) + ' ' + text.slice(e, e + 60);
  const words = around.match(/\p{L}{3,}/gu) ?? [];
  if (words.length < 3) return false;
  return words.filter((w) => isAllCaps(w)).length / words.length >= 0.5;
}
