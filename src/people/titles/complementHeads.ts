/**
 * Function nouns that are a title only with their complement: "chef de la diplomatie
 * française", "commandant de la zone de défense", "responsable des opérations". Alone ("le
 * chef", "un responsable") they name nobody's post.
 */
import type { Span } from '../../mentions.js';
import { shapeLexicon } from './lexicon.js';

const COMPLEMENT = /^[\s\u00a0]+(?:de|du|des|d['’])(?![\p{L}])/iu;

/** The complement head starting at `start` (whose first word, lower-cased, is `lower`), when "de …" follows it. */
export function complementHeadAt(text: string, start: number, lower: string): Span | null {
  const list = shapeLexicon().complementHeads.get(lower);
  if (!list) return null;
  for (const h of list) {
    const end = start + h.length;
    if (text.slice(start, end).toLowerCase().replace(/[-\u00a0]/g, ' ') !== h) continue;
    if (end < text.length && /[\p{L}\p{M}]/u.test(text[end])) continue;
    if (COMPLEMENT.test(text.slice(end, end + 6))) return { start, end };
  }
  return null;
}
