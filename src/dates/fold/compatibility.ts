/**
 * Compatibility characters read as plain ones (Unicode NFKC, applied character by character):
 * text typed in mathematical letters ("𝐥𝐞 𝟑 𝐦𝐚𝐢", U+1D400–U+1D7FF, two UTF-16 units each),
 * superscript ordinals ("1ᵉʳ juin"), fullwidth forms, ligatures; and the typographic apostrophes,
 * spaces and dashes of normalize.ts. Only characters that change are edited.
 */
import type { Edit } from './folded.js';
import { normalizeForMatching } from '../normalize.js';

const COMPAT = /[\u{1D400}-\u{1D7FF}\u1D2C-\u1D6A\u02B0-\u02B8\u2070-\u209C\uFF01-\uFF5E\uFB00-\uFB06\u2460-\u24FF]/gu;

export function compatibilityEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  COMPAT.lastIndex = 0;
  for (const m of text.matchAll(COMPAT)) {
    const start = m.index ?? 0;
    const replacement = normalizeForMatching(m[0].normalize('NFKC'));
    if (replacement !== m[0]) edits.push({ start, end: start + m[0].length, replacement });
  }
  return edits;
}
