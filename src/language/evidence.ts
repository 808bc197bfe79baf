/**
 * Word-level evidence for or against French in a short text (headline, caption, rubric label).
 * Character statistics of a few words mostly echo the names in them ("Tiani reçoit les chefs
 * d'état-major de l'AES" is three names and an acronym around five French words), so the call
 * rests on the words themselves: French forms no other language in scope uses, forms another
 * language uses and French does not, letters French never writes, and endings only French has.
 * Names (capitalized words no table knows) and acronyms give no evidence at all.
 */
import { lexicons, type Lexicons } from './lexicons.js';
import { inFrenchDictionary, inFrenchDictionaryUnaccented, inFrenchHomographs } from './dictionary.js';
import { accentedFrenchForm, camelElision, frenchSpelling, gluedElision, restoreElisions, variants } from './variants.js';

export interface Evidence {
  /** Weighted French-only words (a function word counts 2, a content word 1, an ending 0.5). */
  french: number;
  /** The part of `french` read from web spellings: accents or an apostrophe missing ("eleveur", "lecole"). */
  frenchWeb: number;
  /** French function words read, shared ones included ("les", "de", "il"). */
  frenchFunction: number;
  /** Function words of each other language read, shared ones included. */
  otherFunction: Map<string, number>;
  /** Weighted words of other languages, by language code (a function word counts 2). */
  other: Map<string, number>;
  /** Their total, each word counted once whatever the number of languages using it. */
  otherTotal: number;
  /** Words both French and another language use ("de", "culture"). */
  shared: number;
  /** Words no table knows and nothing marks. */
  unknown: number;
  /** Those of them the French dictionary was asked about and does not hold. */
  notInDictionary: number;
  /**
   * Unknown words that are French forms the dictionary leaves out as homographs ("surfaces") or
   * have a French ending or inflection ("importuner"), Romance endings aside ("rejoindra").
   */
  frenchShapedUnknown: number;
  /**
   * Words the French table alone writes, as edited French writes them ("remporté", "leurs",
   * "au Sénégal"): evidence the dictionary, a web spelling or an ending only guess at.
   */
  frenchStrong: number;
  /** Words that were read (names and acronyms left out). */
  read: number;
  /**
   * Shared words French writes beyond what the other language writing most of them does: in
   * "Il a vu 19 cas de" every word is French, but Italian writes "il", "a", "de" and not "vu",
   * "cas"; no single other language writes them all.
   */
  sharedLead: number;
}

/**
 * Letters French never writes (outside names), scripts other than Latin, a final circumflex
 * vowel (Friulian "libertât", Portuguese "você"), "à" inside a word (French writes it last:
 * "déjà", "voilà"; Catalan "gràcies", "estàs") and a final "è" (Catalan "perquè", Italian "è").
 */
const NOT_FRENCH_LETTER = /[ñãõßäöåøășşțţìòáíóúãẽĩũỹɛɔɖƒŋʋɣẹọṣɓɗƙƴ]|[^\p{Script=Latin}\p{M}'\p{N}]|[âêîô]$|à(?=\p{L})|è$/u;
const WORD = /\p{L}[\p{L}\p{M}]*'?/gu;
/** A stem shorter than this matches too many words of too many languages. */
const MIN_STEM = 4;
/** One-letter endings (-e, -s, -u) turn too many foreign words into French ones ("mondu"). */
const MIN_INFLECTION = 2;
/** Web spellings (no accents, no apostrophe) weigh less than forms of edited French. */
const WEB_SPELLING = 0.75;
/** An elided word followed by a French word no language sharing the elision writes ("l'aide", "n'est"). */
const ELISION_PAIR = 1;
/**
 * A shared function word before a name, where only French writes it so ("au Mozambique", "à
 * Guangzhou"): as much as one French word, enough for an unreliable French call on a pair.
 */
const BEFORE_NAME = 1;
/** French subject pronouns other languages in scope do not put before a verb ("il joua"; not "tu", "qui", "ne"). */
const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'on']);
/** The rest of a glued elision this long is French letters beyond chance ("lhopital"; not "laura"). */
const GLUED_REST_STRONG = 6;
/**
 * Two shared function words only French joins ("il a", "et les"; french-function-words.json
 * pairs), in a text of a few words: as much as one French word, enough for an unreliable French
 * call on a pair. Longer text has the function-word profile (FUNCTION_WORDS_FROM) instead.
 */
const FUNCTION_PAIR = 1;
/** A plural ending, after a function word only French writes before plurals ("des mesures"). */
const PLURAL = /[sx]$/u;
/**
 * A rare form only the French dictionary holds ("désherbage", "photovoltaïques"): as weak as an
 * ending, since the dictionary holds rare homographs of words the other tables miss.
 */
const DICTIONARY = 0.5;
/**
 * Past this many words the text has evidence enough without the dictionary, and an article the
 * fast path left (a long quote, a list of names) does not pay for reading it.
 */
const DICTIONARY_MAX_WORDS = 40;

/**
 * Endings of French forms Spanish, Portuguese, Italian, Catalan or Galician words share
 * ("rejoindra" / "calquera", "japonés"; futures and preterites "parlaré", "busqué"): such a form
 * the dictionary lacks is no sign of French.
 */
const ROMANCE_SHAPE = /(?:a|o|as|os|és|ré|qué|gué)$/u;

/**
 * A French accent inside the word and a French suffix at its end ("délocalisation",
 * "décarbonisation", "réhabilitées", "pêcheurs"): a French form the dictionary lacks, a
 * derivation or a coinage, as much evidence as a dictionary form. No other language in scope
 * writes both: "è", "ï", "ù" and "ç" are left out (Catalan "tècniques", "increïblement",
 * "començament"; Sardinian "iscravitùdine") and so is "-és" (Spanish, Portuguese, Catalan
 * "francés", "através", "procés"). Checked on the subtitle word lists of scripts/dev-langid.mjs
 * (50,000 words each): no word of it, es, pt, ca, ro, de, en matches; Dutch "gênant" does.
 */
const FRENCH_ACCENTED_SUFFIX = /^[^\s]*[éêëîôû][^\s]*(?:ations?|ements?|ismes?|istes?|iques?|eurs?|euses?|ages?|omes?|ités?|oires?|aires?|iers?|ières?|ais|ait|aient|ants?|ents?|ées?|ifs?|ives?|aux|elles?|ions?|ères?|ettes?|eaux?|ences?|ances?|ures?|ines?)$/u;

/**
 * Latin letters without a vowel: units, abbreviations and OCR fragments the French corpora
 * wrote in lower case ("km", "kg", "ndlr", "lll", "txt"); the other languages' tables have a few
 * words of that shape ("ng", "mw"), which stay their evidence.
 */
const CONSONANTS_ONLY = /^[bcdfghjklmnpqrstvwxzç]+$/u;

/** Letters, or words, in capitals from which a text is a title in capitals rather than acronyms. */
const SHOUTING_LETTERS = 8;
const SHOUTING_WORDS = 3;

/** Words read from which a text's function words are a profile of its language. */
export const FUNCTION_WORDS_FROM = 6;
/** French function words (shared ones included) that make a text prose. */
const PROSE_FUNCTION_WORDS = 3;

/**
 * Whether the text is prose whose function words are French beyond any other language's: past
 * a few words, at least three French function words and more than any other language has.
 */
export function frenchFunctionLead(ev: Evidence): boolean {
  return ev.read >= FUNCTION_WORDS_FROM && ev.frenchFunction >= PROSE_FUNCTION_WORDS
    && ev.frenchFunction > Math.max(0, ...ev.otherFunction.values());
}

/** The same with another language's function words as many as French's (a tie: "les", "un", "de" are Catalan too). */
export function frenchProseTie(ev: Evidence): boolean {
  return ev.read >= FUNCTION_WORDS_FROM && ev.frenchFunction >= PROSE_FUNCTION_WORDS
    && ev.frenchFunction >= Math.max(0, ...ev.otherFunction.values());
}

/** A final unaccented -a or -o, on a word without French accents: Spanish, Italian, Portuguese, Catalan shape. */
const ROMANCE_ALONE = /^[^àâçéèêëîïôûùüœ]+[ao]$/u;
/** French futures ("-era", "-ira", "-dra", "-rra", "-vra", "-ura"): no other language in scope writes them unaccented. */
const FRENCH_FUTURE = /[eidrvu]ra$/u;
/** Endings of the future and the conditional after the infinitive ("financer-a", "prendr-ont"), longest first. */
const FUTURE_ENDINGS = ['aient', 'ions', 'iez', 'ont', 'ons', 'ait', 'ais', 'ez', 'ai', 'a'];

/** Lower-case words from which a text is prose, where capitals mark names. */
const PROSE_MIN_LOWER = 4;

/**
 * A French future or conditional the dictionary lacks ("financera", "renforceront"): an
 * infinitive of the French table alone (-er, -ir; -dre without its "e": not -re, whose nouns give
 * Romance words, "guerre" / "guerra") and a future ending. The
 * other Romance languages accent their futures ("financerà", "financiará"), and their unaccented
 * look-alikes come from no French infinitive (Spanish "tuviera", Portuguese "vendera").
 */
function frenchFuture(word: string): boolean {
  const lx = lexicons();
  for (const ending of FUTURE_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (stem.length < MIN_STEM + 1 || !stem.endsWith('r')) continue;
    for (const infinitive of [stem, `${stem}e`]) {
      if (/(?:er|ir|dre)$/u.test(infinitive) && frenchTableOnly(lx, infinitive)) return true;
    }
  }
  return false;
}

/** A French accent Italian, Catalan and Portuguese verbs in -a do not write before their ending. */
const PAST_HISTORIC_ACCENT = /[éê]/u;
/** A vowel before the final "a": Portuguese writes "séria", "perpétua" (French "sérier", "perpétuer"). */
const VOWEL_BEFORE_A = /[aeiouy]a$/u;

/**
 * A passé simple of an -er verb the dictionary lacks, written with a French accent ("présida",
 * "régla", "assiégea", "développa"): the other Romance languages' 3rd persons in -a do not come
 * from a French -er infinitive with "é" or "ê" (without them, "entra", "parla", "tomba" are
 * Italian or Catalan as much as French).
 */
function frenchPastHistoric(word: string): boolean {
  if (!word.endsWith('a') || !PAST_HISTORIC_ACCENT.test(word) || (VOWEL_BEFORE_A.test(word) && !word.endsWith('gea'))) return false;
  const stem = word.endsWith('gea') ? word.slice(0, -2) : word.endsWith('ça') ? `${word.slice(0, -2)}c` : word.slice(0, -1);
  if (stem.length < MIN_STEM) return false;
  // The infinitive of the French table alone or of the dictionary (no word of the English or Spanish lists).
  const lx = lexicons();
  const infinitive = `${stem}er`;
  return frenchTableOnly(lx, infinitive) || inFrenchDictionary(infinitive);
}

/**
 * A French adverb or noun in "-ement" the dictionary lacks, on a form only French writes
 * ("structurellement" on "structurelle", "technologiquement"): Catalan puts "-ment" on a
 * feminine in -a ("clarament"), Spanish, Italian and Portuguese write "-mente", and English words
 * in "-ement" are in its table (the build adds the English lists' words with French endings).
 */
function frenchMentForm(word: string): boolean {
  if (!word.endsWith('ement')) return false;
  const stem = word.slice(0, -4);
  if (stem.length < MIN_STEM + 1) return false;
  const lx = lexicons();
  return frenchTableOnly(lx, stem) || inFrenchDictionary(stem);
}

/** A form of the French table that no other language's table holds. */
function frenchTableOnly(lx: Lexicons, form: string): boolean {
  return lx.french.has(form) && !lx.other.has(form);
}

/** Whether the word ends as only French words do, on a stem long enough to tell ("remporté", "nombreux"). */
function hasFrenchEnding(endings: readonly string[], word: string): boolean {
  return endings.some((e) => word.length - e.length >= MIN_STEM && word.endsWith(e));
}

/** Whether the word is another inflection of a French form: "dégageant" (dégager), "virale" (viral). */
function inflectsFrench(word: string): boolean {
  const lx = lexicons();
  for (const ending of lx.frenchInflections) {
    if (ending.length < MIN_INFLECTION || !word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (stem.length < MIN_STEM) continue;
    for (const other of lx.frenchInflections) {
      if (other !== ending && frenchTableOnly(lx, stem + other)) return true;
    }
    if (frenchTableOnly(lx, stem)) return true;
  }
  return false;
}

/** The same for a word written without accents ("surmontes", "infectees"): weaker evidence. */
function inflectsFrenchUnaccented(word: string): boolean {
  const lx = lexicons();
  const { frenchFolded, foldedInflections } = variants(lx);
  for (const ending of foldedInflections) {
    if (ending.length < MIN_INFLECTION || !word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (stem.length < MIN_STEM) continue;
    for (const other of foldedInflections) {
      if (other === ending) continue;
      const form = stem + other;
      if (frenchFolded.has(form) || frenchTableOnly(lx, form)) return true;
    }
  }
  return false;
}

const FRENCH_ACCENT = /[àâçéèêëîïôûùüœ]/u;

/** Capital letters in a word: one for a name, more for an acronym ("AES", "ONU"). */
function capitalsIn(token: string): number {
  return [...token].filter((c) => c !== c.toLowerCase()).length;
}

/** A word no table holds, even as French written without accents ("Etat", "Ecole"). */
function unlisted(lx: Lexicons, lower: string): boolean {
  return !lx.french.has(lower) && !lx.other.has(lower) && !variants(lx).frenchFolded.has(lower);
}

/**
 * A form the French dictionary holds written with a French accent ("nécrologie"): without one,
 * a rare French word is as often a surname ("Dalton", a unit in CLDR's German and Somali names).
 */
function accentedDictionaryWord(lx: Lexicons, lower: string): boolean {
  return FRENCH_ACCENT.test(lower) && inFrenchDictionary(lower) && !lx.dictionaryNames.has(lower);
}

/** A capitalized word no table knows, not an acronym: what the reading below skips as a name. */
function isName(token: string, shouting: boolean): boolean {
  if (shouting || token[0] === token[0].toLowerCase() || token.endsWith("'")) return false;
  if (capitalsIn(token) !== 1) return false;
  const lx = lexicons();
  const lower = token.toLowerCase();
  return (unlisted(lx, lower) && !lx.names.has(lower)) || lx.namesFirst.has(lower) || lx.sharedCountries.has(lower);
}

function addWeb(ev: Evidence, weight: number): void {
  ev.french += weight;
  ev.frenchWeb += weight;
}

function addOther(ev: Evidence, langs: string[], weight: number): void {
  for (const l of langs) ev.other.set(l, (ev.other.get(l) ?? 0) + weight);
  ev.otherTotal += weight;
}

/** The words of the text, camel-case elisions split ("lEcole") and elisions restored ("l ecole"). */
function readTokens(text: string): string[] {
  const split = (t: string) => camelElision(t) ?? [t];
  if (!text.includes('-')) return restoreElisions((text.match(WORD) ?? []).flatMap(split));
  const raw: string[] = [];
  const hyphenAfter: boolean[] = [];
  for (const m of text.matchAll(WORD)) {
    const parts = split(m[0]);
    // French "a-t-il", "va-t-elle": the euphonic t between hyphens reads as before, as "t'".
    const euphonic = /^t$/i.test(m[0]) && text[m.index - 1] === '-';
    const hyphen = text[m.index + m[0].length] === '-' && !euphonic;
    parts.forEach((p, k) => { raw.push(p); hyphenAfter.push(hyphen && k === parts.length - 1); });
  }
  return restoreElisions(raw, hyphenAfter);
}

/**
 * `dictionary: false` reads as a long text does, without the dictionary (build-language-lexicons
 * uses it to find the words any reading would take for French).
 */
export function wordEvidence(text: string, options: { dictionary?: boolean } = {}): Evidence {
  const lx = lexicons();
  const ev: Evidence = { french: 0, frenchWeb: 0, notInDictionary: 0, frenchShapedUnknown: 0, frenchStrong: 0, frenchFunction: 0, otherFunction: new Map(), other: new Map(), otherTotal: 0, shared: 0, unknown: 0, read: 0, sharedLead: 0 };
  const sharedBy = new Map<string, number>();
  const normalized = text.normalize('NFC').replace(/[’ʼ`]/g, "'");
  const tokens = readTokens(normalized);
  const letters = tokens.join('');
  // A headline in capitals: case says nothing about names there. Three words in capitals are a
  // title however short ("A LA UNE"); one or two short ones are acronyms ("AES", "RDC, ONU").
  const shouting = (letters.length >= SHOUTING_LETTERS || tokens.length >= SHOUTING_WORDS) && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const useDictionary = options.dictionary !== false && tokens.length <= DICTIONARY_MAX_WORDS;
  // Text typed without a single accent ("Epidemie de cholera", "PROCES DE L'ANCIEN PRESIDENT"):
  // another language's word may be a French form that lost its accents ("cholera", "proces").
  const unaccentedText = useDictionary && !/[^a-z']/iu.test(letters);
  const foldedCandidates: [string, string[]][] = [];
  let frenchNotEnglish = 0; // French function words English does not write ("de", "les", "la")
  let foreignFunctionRead = false; // a function word of another language French does not write ("im", "the", "del")
  const unknownWords: string[] = [];
  // Unknown words with a French ending or inflection: a coinage ("tweeté") if not a French form.
  const frenchShaped = new Set<string>();
  let elided: string[] | null = null; // languages sharing the elision just read, if any
  // Prose (most words in lower case): a capitalized word after a lower-case one is a name or a
  // title, whatever language's word it also is ("la tribu Al Bu Said", "depuis I Have Never Seen").
  const initialLower = tokens.map((t) => t[0] !== t[0].toUpperCase());
  const lowerWords = initialLower.filter(Boolean).length;
  const prose = !shouting && lowerWords >= PROSE_MIN_LOWER && lowerWords * 2 >= tokens.length;
  let inName = false; // the capitalized words just skipped as a name
  let englishFunction = false; // a French function word read is an English word too
  let aloneRomance = false; // a French-table word ending as Romance words do (ROMANCE_ALONE)
  // Shared words that are function words of another language only, in a text of a few words.
  const short = tokens.length < FUNCTION_WORDS_FROM;
  let foreignGrammar = 0;
  let previous: string | null = null; // the word read just before, if it was a French function word
  let glued: [string, string] | null = null; // the elision and the rest of a glued word ("lhopital")
  // Words right after a French subject pronoun: a verb there ending in -a is a French passé simple
  // or future ("il joua", "elle confia", "on verra"), not a Romance word.
  let afterSubject: Set<string> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const lower = token.toLowerCase();
    const after = elided;
    elided = null;
    const before: string | null = previous;
    previous = null;
    if (lx.names.has(lower)) {
      // "au Sénégal", "l'Égypte": a name, but one only French writes so.
      ev.read++;
      ev.french += 1;
      ev.frenchStrong++;
      inName = false;
      continue;
    }
    // "Niger", "Mali" capitalized: a country, not the Hausa or Swahili word.
    if (token[0] !== lower[0] && lx.sharedCountries.has(lower)) { inName = false; continue; }
    // The text's first word is capitalized as a sentence's: the word after it, as a name's.
    if (prose && i > 0 && !initialLower[i] && (initialLower[i - 1] || inName || i === 1) && !tokens[i - 1].endsWith("'")) {
      inName = true;
      continue;
    }
    inName = false;
    // "Jean", "marie": a name in any language's text far more often than the French word.
    if (lx.namesFirst.has(lower)) continue;
    const upperCount = shouting ? 0 : capitalsIn(token);
    if (upperCount >= 2) continue; // acronym or name in capitals: AES, ONU, RDC
    const isFrench = lx.french.has(lower);
    const otherLangs = lx.other.get(lower);
    // A name, unless it is a French word written without accents ("Etat", "Ecole"), or a lone
    // word the French dictionary holds: a rubric label is one capitalized word ("Nécrologie").
    if (upperCount === 1 && unlisted(lx, lower) && !(tokens.length === 1 && useDictionary && accentedDictionaryWord(lx, lower))) continue;
    // A unit, an abbreviation or an OCR fragment in lower case ("km", "kg", "ndlr", "lll"): no
    // language's word. Capitalized, it is a title French writes so ("Le Dr Nair", "St").
    if (token === lower && CONSONANTS_ONLY.test(lower) && !otherLangs && !lx.frenchFunction.has(lower)) continue;
    ev.read++;
    if (before !== null) {
      if (SUBJECT_PRONOUNS.has(before)) (afterSubject ??= new Set()).add(lower);
      if (short && (lx.frenchPairs.get(before)?.has(lower) || (lx.beforePlurals.has(before) && token === lower && isFrench && PLURAL.test(lower)))) ev.french += FUNCTION_PAIR;
    }
    if (lower.endsWith("'") && lx.frenchFunction.has(lower)) elided = otherLangs ?? [];
    if (lx.frenchFunction.has(lower)) {
      ev.frenchFunction++;
      previous = lower;
      if (otherLangs?.includes('en')) englishFunction = true;
      else frenchNotEnglish++;
    }
    for (const l of lx.otherFunction.get(lower) ?? []) ev.otherFunction.set(l, (ev.otherFunction.get(l) ?? 0) + 1);
    if (!lx.frenchFunction.has(lower) && lx.otherFunction.has(lower)) foreignFunctionRead = true;
    if (isFrench && (!otherLangs || lx.dominantFunction.has(lower))) {
      // A function word other languages write only as a content word ("pour") counts as a content word.
      ev.french += otherLangs ? 1 : lx.frenchFunction.has(lower) ? 2 : 1;
      if (!otherLangs && !lx.frenchFunction.has(lower) && ROMANCE_ALONE.test(lower) && !FRENCH_FUTURE.test(lower)) aloneRomance = true;
      // A word missing from the other tables is often a gap there ("grandi", "temps"): strong
      // only as a function word or with an ending only French writes ("remporté", "nombreux").
      if (!otherLangs && hasFrenchEnding(lx.frenchStrongEndings, lower)) ev.frenchStrong++;
    } else if (otherLangs && !isFrench) {
      const fn = lx.otherFunction.get(lower);
      if (!fn && useDictionary && inFrenchHomographs(lower)) {
        // A French form the French tables leave to English or Spanish ("directives", "revues"):
        // shared, so that French writing every word of "les directives" counts (sharedLead).
        ev.shared++;
        for (const l of otherLangs) sharedBy.set(l, (sharedBy.get(l) ?? 0) + 1);
      } else if (!fn && unaccentedText && (token === lower || shouting || i === 0)) foldedCandidates.push([lower, otherLangs]);
      else addOther(ev, otherLangs, fn ? 2 : 1);
    } else if (isFrench && otherLangs) {
      if (after && !otherLangs.some((l) => after.includes(l))) {
        ev.french += ELISION_PAIR;
      } else if (lx.beforeNames.has(lower) && i + 1 < tokens.length && isName(tokens[i + 1], shouting)) {
        ev.french += BEFORE_NAME;
      } else {
        ev.shared++;
        // In a few words, another language's function word French writes only in names or
        // borrowings ("del", "che", "los"), in lower case, is that language's grammar ("taxi los",
        // "concert per"). Any other language's function word that is not French's ("social",
        // "nations" are UDHR's) cannot make French the one language writing every word ("master del").
        if (short && token === lower && lx.foreignFunction.has(lower)) {
          ev.shared--;
          addOther(ev, lx.otherFunction.get(lower) ?? otherLangs, 1);
        } else if (short && !lx.frenchFunction.has(lower) && lx.otherFunction.has(lower)) foreignGrammar++;
        else for (const l of otherLangs) sharedBy.set(l, (sharedBy.get(l) ?? 0) + 1);
      }
    } else if (NOT_FRENCH_LETTER.test(lower)) {
      addOther(ev, [], 1);
    } else if (frenchSpelling(lx, lower)) {
      addWeb(ev, WEB_SPELLING);
    } else if (inflectsFrenchUnaccented(lower)) {
      if (useDictionary) { unknownWords.push(lower); frenchShaped.add(lower); } // the dictionary says whether it is a French form
      else addWeb(ev, WEB_SPELLING / 2);
    } else if ((glued = gluedElision(lx, lower))) {
      // Letters no other language's table holds; with a short rest, as likely a word no table
      // holds that matches by chance ("laura", "dille", "mappa", "sapte"): a web spelling then,
      // which alone makes no French call.
      if (glued[1].length < GLUED_REST_STRONG) addWeb(ev, WEB_SPELLING); else ev.french += WEB_SPELLING;
      ev.frenchFunction++;
    } else if (hasFrenchEnding(lx.frenchEndings, lower) || inflectsFrench(lower)) {
      // A French ending is a guess about a word no table knows: Catalan and Spanish futures
      // ("acabaré", "hablaré"), Romanian participles ("transferat") end the same way. When the
      // dictionary is read, it answers instead: every French form is there.
      if (useDictionary) { unknownWords.push(lower); frenchShaped.add(lower); }
      else ev.french += 0.5;
    } else if (useDictionary) {
      unknownWords.push(lower);
    } else {
      ev.unknown++;
    }
  }
  // One word alone of the French table ending as the other Romance languages' words end
  // ("sembla", "porta", "entra", "tomba": French passés simples news never writes, everyday
  // Catalan, Italian, Portuguese): as likely theirs as French. French futures ("deviendra",
  // "pourra", "trouvera") end so in no other language without an accent. (Not in the build's
  // reading without the dictionary, which asks whether a word is French evidence by any rule.)
  if (options.dictionary !== false && ev.read === 1 && aloneRomance) {
    ev.french -= 1;
    ev.shared++;
  }
  // Beside a French function word English lacks, and no other language's function word ("the",
  // "del"), such a word is French as much as the other's. Only in lower case, in capitals or
  // first: a capitalized word inside is a name or a German noun ("im Norden des Landes").
  for (const [word, langs] of foldedCandidates) {
    if (frenchNotEnglish > 0 && !foreignFunctionRead && accentedFrenchForm(lx, word)) {
      ev.shared++;
      for (const l of langs) sharedBy.set(l, (sharedBy.get(l) ?? 0) + 1);
    } else addOther(ev, langs, 1);
  }
  ev.sharedLead = Math.max(0, ev.shared - foreignGrammar - Math.max(0, ...sharedBy.values()));
  readDictionary(ev, unknownWords, frenchShaped, englishFunction, afterSubject);
  // In capitals, a word the dictionary lacks may be a name ("ATTAQUE À KAYES").
  if (shouting) ev.notInDictionary = 0;
  return ev;
}

/**
 * The words no other table knows, looked up in the dictionary, unless even all of them being
 * French would leave the other languages' evidence more than half the French (the detector's bar
 * for French): an English headline then never reads the dictionary.
 */
function readDictionary(ev: Evidence, words: string[], frenchShaped: Set<string>, englishFunction: boolean, afterSubject: Set<string> | null): void {
  if (!words.length) return;
  const frenchAtBest = ev.french + DICTIONARY * words.length + ev.sharedLead;
  if (frenchAtBest < (frenchFunctionLead(ev) ? 1 : 2) * ev.otherTotal) {
    ev.unknown += words.length;
    return;
  }
  for (const w of words) {
    if (inFrenchDictionary(w)) {
      // A given name the dictionary holds as a rare French word ("robert", "oscar") is a name in
      // lower case, as in the subtitles and word lists of every language: no evidence either way.
      if (!lexicons().dictionaryNames.has(w)) ev.french += DICTIONARY;
    }
    else if (inFrenchDictionaryUnaccented(w)) addWeb(ev, DICTIONARY * WEB_SPELLING);
    else if (FRENCH_ACCENTED_SUFFIX.test(w) || frenchFuture(w) || frenchPastHistoric(w) || frenchMentForm(w)) ev.french += DICTIONARY;
    else {
      ev.unknown++;
      // A French ending or a French accent on a word no dictionary holds may be a coinage
      // ("tweeté", "sympathicomimétique"): unknown, but not a sign of another language.
      // A homograph the dictionary left out for English or Spanish ("rations", "surfaces") is
      // French-shaped only where no function word read is an English word too ("a kits").
      // The homographs are searched only where the dictionary's answer leaves it open, as before.
      // A Romance ending is French after a French subject pronoun when the word is a French form.
      const romance = ROMANCE_SHAPE.test(w) && !(afterSubject?.has(w) && inFrenchHomographs(w));
      if (frenchShaped.has(w)) {
        if (!romance) ev.frenchShapedUnknown++;
      } else if (!/[àâçéèêëîïôûùüÿœæ]/u.test(w)) {
        if (!inFrenchHomographs(w)) ev.notInDictionary++;
        else if (!englishFunction && !romance) ev.frenchShapedUnknown++;
      }
    }
  }
}

/** The other language with the most evidence, or null. */
export function bestOther(ev: Evidence): string | null {
  let best: string | null = null;
  let score = 0;
  for (const [lang, s] of ev.other) if (s > score) { best = lang; score = s; }
  return best;
}
