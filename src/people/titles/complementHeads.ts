/**
 * Function nouns that are a title only with their complement: "chef de la diplomatie
 * française", "commandant de la zone de défense", "responsable des opérations". Alone ("le
 * chef", "un responsable") they name nobody's post. A union or a party may follow without "de":
 * "délégué CGT à Poissy", "responsable LFI" (the listed acronyms only: "le chef GOÏTA" names no post).
 */
import type { Span } from '../../mentions.js';
import { shapeLexicon } from './lexicon.js';

const COMPLEMENT = /^[\s\u00a0]+(?:de|du|des|d['’])(?![\p{L}])/iu;
const NEXT_WORD = /^[\s\u00a0]+([\p{L}-]+)(?![\p{L}\p{M}])/u;

/** The complement head starting at `start` (whose first word, lower-cased, is `lower`), when "de …" follows it. */
export function complementHeadAt(text: string, start: number, lower: string): Span | null {
  const list = shapeLexicon().complementHeads.get(lower);
  if (!list) return null;
  for (const h of list) {
    const end = start + h.length;
    if (text.slice(start, end).toLowerCase().replace(/[-\u00a0]/g, ' ') !== h) continue;
    if (end < text.length && /[\p{L}\p{M}]/u.test(text[end])) continue;
    if (COMPLEMENT.test(text.slice(end, end + 6))) return { start, end };
    const next = NEXT_WORD.exec(text.slice(end, end + 12));
    if (next && shapeLexicon().acronymComplements.has(next[1])) return { start, end };
  }
  return null;
}
