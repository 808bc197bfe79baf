/**
 * Language identification. franc (trigram profiles of 160+ languages) decides, except for text
 * whose function words are French beyond doubt: franc costs ~10 ms on a 3,000-character
 * sample, more than the whole rest of the pipeline on a typical article, and on long French
 * text its answer is never in question (data/language/french-markers.json gives the margin).
 *
 * franc's scores are relative (the winner scores 1) and the runner-up's lead shrinks as text
 * grows even when the call is certain (0.02 on a French article against Catalan), so the
 * confidence weighs the lead by the amount of evidence: lead × √letters.
 */
import { createRequire } from 'node:module';
import type { francAll as FrancAll } from 'franc';
import { loadJson } from '../data.js';
import type { LanguageInfo } from '../types.js';

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

interface Markers { words: string[]; minWords: number; minShare: number }

let iso1: Record<string, string> | null = null;
let markers: { words: Set<string>; minWords: number; minShare: number } | null = null;

function frenchShare(text: string): { words: number; share: number } {
  markers ??= (() => {
    const m = loadJson<Markers>('language/french-markers.json');
    return { words: new Set(m.words), minWords: m.minWords, minShare: m.minShare };
  })();
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let hits = 0;
  for (const w of words) if (markers.words.has(w)) hits++;
  return { words: words.length, share: words.length ? hits / words.length : 0 };
}

export function detectLanguage(sample: string): LanguageInfo {
  const fr = frenchShare(sample.length > 2000 ? sample.slice(0, 2000) : sample);
  if (fr.words >= markers!.minWords && fr.share >= markers!.minShare) {
    return { code: 'fr', confidence: 1, reliable: true };
  }
  const text = sample.length > SAMPLE_CHARS ? sample.slice(0, SAMPLE_CHARS) : sample;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const ranked = francAll(text, { minLength: 3, only: CANDIDATES });
  const [top, second] = ranked;
  if (!top || top[0] === 'und') return { code: 'und', confidence: 0, reliable: false };
  const lead = second ? top[1] - second[1] : 1;
  const confidence = Math.round(Math.min(1, (lead * Math.sqrt(letters)) / SURE_EVIDENCE) * 100) / 100;
  iso1 ??= loadJson<Record<string, string>>('language/iso639-3to1.json');
  const code = iso1[top[0]] ?? top[0];
  // Calling a text "not French" costs the user its entities, so that call needs more: a
  // sentence ("Hier, Moussa Diallo était à Bamako avec Assimi Goïta.") is taken for Lingala
  // by its names alone; French function words among its words veto the call.
  const notFrenchVetoed = code !== 'fr' && (letters < MIN_NOT_FRENCH_LETTERS || (fr.words >= 5 && fr.share >= 0.08));
  return {
    code,
    confidence,
    reliable: letters >= MIN_RELIABLE_LETTERS && confidence >= 0.5 && !notFrenchVetoed,
  };
}
