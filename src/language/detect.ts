/**
 * Language identification with franc. franc's scores are relative (the winner scores 1) and
 * the runner-up's lead shrinks as text grows even when the call is certain (0.02 on a French
 * article, against Catalan), so confidence weighs the lead by the amount of evidence:
 * lead × √letters. Short text is unreliable by nature and is then processed as French.
 */
import { francAll } from 'franc';
import { loadJson } from '../data.js';
import type { LanguageInfo } from '../types.js';

/** Only this much text is scored: trigram statistics settle long before, and franc is O(n). */
const SAMPLE_CHARS = 3000;
/** Fewer letters than this and franc is guessing. */
const MIN_RELIABLE_LETTERS = 40;
/** lead × √letters at which franc's call is taken as sure (seeds: ≈0.9; one short sentence: ≈0.45). */
const SURE_EVIDENCE = 1;

let iso1: Record<string, string> | null = null;

export function detectLanguage(sample: string): LanguageInfo {
  const text = sample.length > SAMPLE_CHARS ? sample.slice(0, SAMPLE_CHARS) : sample;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const ranked = francAll(text, { minLength: 3 });
  const [top, second] = ranked;
  if (!top || top[0] === 'und') return { code: 'und', confidence: 0, reliable: false };
  const lead = second ? top[1] - second[1] : 1;
  const confidence = Math.round(Math.min(1, (lead * Math.sqrt(letters)) / SURE_EVIDENCE) * 100) / 100;
  iso1 ??= loadJson<Record<string, string>>('language/iso639-3to1.json');
  return {
    code: iso1[top[0]] ?? top[0],
    confidence,
    reliable: letters >= MIN_RELIABLE_LETTERS && confidence >= 0.5,
  };
}
