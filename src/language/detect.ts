/**
 * Language identification. Three readers, cheapest first:
 * 1. Long text whose function words are French beyond doubt is French
 *    (data/language/french-markers.json): no table is loaded, nothing else runs.
 * 2. Word evidence (./evidence.ts): French-only forms against forms, letters and function words
 *    of the other languages in scope; names and acronyms ignored. It decides French or not on
 *    headlines and single words, where character statistics echo the names; a short text with
 *    no evidence either way is "und".
 * 3. franc (trigram profiles) names the language when it is not French, among the languages the
 *    words point to, and settles long text the words leave open.
 *
 * franc's scores are relative (the winner scores 1) and the runner-up's lead shrinks as text
 * grows even when the call is certain (0.02 on a French article against Catalan), so its
 * confidence weighs the lead by the amount of evidence: lead × √letters.
 */
import { createRequire } from 'node:module';
import type { francAll as FrancAll } from 'franc';
import { loadJson } from '../data.js';
// FUNCTION_WORDS_FROM: from this many words read, French needs at least as many French function words as any other language
import { FUNCTION_WORDS_FROM, bestOther, frenchFunctionLead, frenchProseTie, wordEvidence, type Evidence } from './evidence.js';
import { frenchMarkers, markerShare, type MarkerShare } from './markers.js';
import type { LanguageInfo } from '../types.js';

/** The function-word fast path reads no more than this: enough words to tell. */
export const MARKER_CHARS = 2000;
/** franc needs no more than this to settle on news text, and its cost grows with length. */
const SAMPLE_CHARS = 1000;
/** Fewer letters than this and franc is guessing. */
const MIN_RELIABLE_LETTERS = 40;
/** Fewer letters than this and "not French" is never reliable: the text is processed as French. */
const MIN_NOT_FRENCH_LETTERS = 120;
/** lead × √letters at which franc's call is taken as sure (seeds: ≈0.9; one short sentence: ≈0.45). */
const SURE_EVIDENCE = 1;

/**
 * Languages franc may answer: those of our users' sources (French, the languages of West and
 * Central Africa and of the Maghreb franc knows) and the major world languages. A narrower set
 * is faster and keeps short French text from being taken for Sardinian or Haitian Creole.
 */
const CANDIDATES = [
  'fra', 'eng', 'spa', 'por', 'ita', 'deu', 'nld', 'cat', 'ron', 'glg', 'arb', 'swh', 'yor', 'som', 'hau', 'bam', 'wol', 'fuv', 'lin', 'ewe', 'fon', 'mos', 'kin', 'ibo', 'zul', 'amh', 'mlg', 'sot', 'tsn', 'afr',
  'tur', 'rus', 'pol', 'ukr', 'ces', 'hun', 'swe', 'dan', 'nob', 'fin', 'ell', 'heb', 'pes', 'hin', 'ind', 'vie', 'cmn', 'jpn', 'kor',
];

let francAllFn: typeof FrancAll | null = null;

/**
 * franc's trigram tables take ~45 ms to load: a French article never needs them, so they load
 * on first use, synchronously (Node ≥ 20.19 can require an ES module). Environments whose
 * loader cannot (jest's VM modules) call this first.
 */
export async function preloadLanguageDetector(): Promise<void> {
  francAllFn ??= (await import('franc')).francAll;
}

function francAll(...args: Parameters<typeof FrancAll>): ReturnType<typeof FrancAll> {
  if (!francAllFn) {
    try {
      francAllFn = (createRequire(import.meta.url)('franc') as { francAll: typeof FrancAll }).francAll;
    } catch (err) {
      throw new Error(`cannot load the language detector synchronously (${(err as Error).message}); call preloadLanguageDetector() first`);
    }
  }
  return francAllFn(...args);
}

let iso1: Record<string, string> | null = null;

const UND: LanguageInfo = { code: 'und', confidence: 0, reliable: false };
const round2 = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
/** French evidence at which a French call's confidence is half its words' purity (2: a headline's two French words). */
const FRENCH_HALF = 2;
/** Weighted French words needed for a reliable French call on text the fast path leaves. */
const RELIABLE_FRENCH = 2;
/** Weighted words of one other language, and none French, for a reliable call on short text. */
const RELIABLE_OTHER = 4;
/** Weight of each shared word beyond what the best other language writes (evidence.ts sharedLead). */
const SHARED_LEAD = 0.5;
/** Evidence of one accent-less French spelling (evidence.ts WEB_SPELLING). */
const WEB_WORD = 0.75;
/** Extra weight of a word the French dictionary lacks, in text of fewer than FUNCTION_WORDS_FROM words. */
const UNLISTED_EXTRA = 1;
/**
 * Weight of an unknown word of French shape (evidence.ts frenchShapedUnknown) beside a French
 * function word: the other languages sharing the function word would write that word their own way.
 */
const FRENCH_SHAPED = 0.5;

let iso3: Record<string, string> | null = null;
function toIso3(code: string): string | undefined {
  iso1 ??= loadJson<Record<string, string>>('language/iso639-3to1.json');
  if (!iso3) {
    iso3 = {};
    for (const [three, one] of Object.entries(iso1)) iso3[one] ??= three;
  }
  return iso3[code] ?? (code.length === 3 ? code : undefined);
}

function toIso1(code: string): string {
  iso1 ??= loadJson<Record<string, string>>('language/iso639-3to1.json');
  return iso1[code] ?? code;
}

/** franc's call among `only` (ISO 639-3), with its evidence-weighted confidence. */
function francCall(text: string, letters: number, only: string[]): { code: string; confidence: number } | null {
  const ranked = francAll(text, { minLength: 3, only });
  const [top, second] = ranked;
  if (!top || top[0] === 'und') return null;
  const lead = second ? top[1] - second[1] : 1;
  return { code: toIso1(top[0]), confidence: round2((lead * Math.sqrt(letters)) / SURE_EVIDENCE) };
}

/**
 * Confidence of a French call on its words: their purity (French against the others' and the
 * open words) times their amount, which saturates (F / (F + FRENCH_HALF)) so that a few words stay
 * uncertain and a paragraph of French words is sure. Shared words ("de", "la") count as open only
 * beyond the French words: French prose writes as many of them as French-only words, and counting
 * them all held every text the fast path leaves at ~0.75, a clearly French 50-word text included.
 */
function frenchConfidence(F: number, O: number, ev: Evidence): number {
  const open = ev.unknown + Math.max(0, ev.shared - F);
  return round2(((F - O) / (F + O + 0.5 * open)) * (F / (F + FRENCH_HALF)));
}

/** The other language whose words weigh RELIABLE_OTHER or more and twice any other's, or null. */
function clearOther(ev: Evidence): string | null {
  const ranked = [...ev.other].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < RELIABLE_OTHER || (second && second[1] * 2 > first[1])) return null;
  return first[0];
}

/**
 * The language of `sample`. `fr` is the marker share of its first MARKER_CHARS units when the
 * caller has read it already (from the document's token table: markerShareOfRegions).
 */
export function detectLanguage(sample: string, fr: MarkerShare = markerShare(sample.length > MARKER_CHARS ? sample.slice(0, MARKER_CHARS) : sample)): LanguageInfo {
  const markers = frenchMarkers();
  if (fr.words >= markers.minWords && fr.share >= markers.minShare) {
    return { code: 'fr', confidence: 1, reliable: true };
  }
  const text = sample.length > SAMPLE_CHARS ? sample.slice(0, SAMPLE_CHARS) : sample;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const ev = wordEvidence(text);
  // Shared words no single other language writes all of count for French, weakly; so do words
  // of French shape no table holds, beside a French function word and no word the dictionary lacks.
  const shaped = ev.frenchFunction > 0 && ev.notInDictionary === 0 ? ev.frenchShapedUnknown : 0;
  const F = ev.french + SHARED_LEAD * ev.sharedLead + FRENCH_SHAPED * shaped;
  const O = ev.otherTotal;
  const considered = F + O + 0.5 * (ev.shared + ev.unknown);

  // French needs French words well ahead of the others' and of words no table knows (a
  // Lingala headline with two French loanwords is not French), and, past a few words, a French
  // function-word profile more French than any other language's: French prose always has
  // one, Latin or Catalan with French-looking words have theirs ("et", "est"; "les", "amb").
  const frenchProse = ev.read < FUNCTION_WORDS_FROM || ev.frenchFunction >= Math.max(1, ...ev.otherFunction.values());
  // Words no table knows weigh against French on a few words (loanwords in a Lingala headline),
  // less in prose whose function words are French beyond the others' (rare French vocabulary).
  const functionLead = frenchFunctionLead(ev);
  // So do they in prose no other language's words appear in, whose function words are French
  // and no fewer than any other language's ("Les cyclines engendrent un effet de
  // photosensibilisation": Catalan writes "les", "un", "de" too, but not "effet").
  const unknownAllowed = functionLead || (O === 0 && frenchProseTie(ev)) ? 2 * F : F;
  // A word written without its accents ("theorie", "creer") is French only if French text lost
  // them: edited French never does, and Dutch, German or Spanish write those letters as words. One
  // such word alone is too little; two, or another French sign beside it, is French.
  const webAlone = ev.read === 1 && ev.french === ev.frenchWeb && ev.frenchWeb < 2 * WEB_WORD;
  // A word the French dictionary (every French form) lacks is a word of another language
  // unless it is a new coinage: on a few words it weighs as much as one of that language's.
  // Beside a word only French writes ("natto remporté", "forme microbiome") it is more likely a
  // loanword or a coinage in French text: each such French word waives the extra weight of one.
  const unlistedAgainst = Math.max(0, ev.notInDictionary - ev.frenchStrong);
  const unknownWeight = ev.unknown - shaped + (ev.read < FUNCTION_WORDS_FROM ? UNLISTED_EXTRA * unlistedAgainst : 0);
  // In such prose a word of another language is a loanword or a title more often than the
  // sign of another language ("Le lichen est doué de sensations"): French words need only
  // match the others'.
  if (F > 0 && F >= (functionLead ? 1 : 2) * O && unknownAllowed >= unknownWeight && frenchProse && !webAlone) {
    return { code: 'fr', confidence: frenchConfidence(F, O, ev), reliable: F >= RELIABLE_FRENCH && O * 4 <= F };
  }
  if (F === 0 && O === 0) {
    // Names, shared words and words no table knows: too little to go on in a short text.
    if (letters < MIN_RELIABLE_LETTERS) return UND;
    const call = francCall(text, letters, CANDIDATES);
    if (!call || call.code === 'fr') return UND;
    return { code: call.code, confidence: call.confidence, reliable: letters >= MIN_NOT_FRENCH_LETTERS && call.confidence >= 0.5 };
  }
  // Not French, or mixed: franc chooses among the languages the words point to (and French when
  // French words are there too); short text with no such language gets the words' own best guess.
  const pointed = [...ev.other.keys()].map(toIso3).filter((c): c is string => !!c);
  const only = F > 0 ? ['fra', ...pointed] : pointed.length ? pointed : CANDIDATES.filter((c) => c !== 'fra');
  // Words that name one language well ahead of any other settle it without franc (whose tables
  // cost more to load than the word tables: a short English item pays for one, not both).
  const clear = F === 0 ? clearOther(ev) : null;
  const call = clear ? { code: clear, confidence: round2(O / considered) }
    : only.length === 1 ? { code: toIso1(only[0]), confidence: round2(O / considered) }
    : francCall(text, letters, only);
  const code = call?.code ?? bestOther(ev) ?? 'und';
  // French is called on its words alone (above): franc preferring it over languages the words
  // point to is not enough.
  if (code === 'fr' || code === 'und') return UND;
  const confidence = round2(Math.min(call?.confidence ?? 1, (O - F) / considered));
  // Calling a text "not French" costs the user its entities: that call needs words of that
  // language and no French one, or a text long enough for franc and French words too few.
  const wordsSure = F === 0 && (ev.other.get(code) ?? 0) >= RELIABLE_OTHER;
  const francSure = letters >= MIN_NOT_FRENCH_LETTERS && (call?.confidence ?? 0) >= 0.5 && !(fr.words >= 5 && fr.share >= 0.08);
  return { code, confidence, reliable: F < O && (wordsSure || francSure) };
}
