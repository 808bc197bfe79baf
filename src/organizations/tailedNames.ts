/**
 * Names known by their ending: "Columbia Pictures", "American Film Institute".
 */
import { foldKey } from '../text/normalize.js';
import { peopleLexicon } from '../people/lexicon.js';

const TAIL_JOINERS = new Set(['of', 'and', '&', 'the', 'for', 'on', 'in']);

/**
 * "Columbia Pictures", "American Film Institute", "Bank of America": capitalized words (and
 * English joiners) before a name ending; -1 when no capitalized word stands right before it.
 */
export function tailedNameStart(text: string, tailStart: number, limit: number): number {
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
    // "l'ONG Human Rights Watch": what the body is, written in capitals, is not its name
    if (/^(?:[dlDL]['’])?(?:ONG|ASBL)$/u.test(w)) break;
    const el = /^[dlDL]['’](?=\p{Lu})/u.exec(w);
    if (el) {
      s += el[0].length;
      w = w.slice(el[0].length);
      start = s;
      break;
    }
    // "L' American Film Institute" (the article written apart), "L'association Airlines for Europe":
    // an article or an elided common noun opens the phrase, not the name
    if (/^[dlDL]['’]$/u.test(w) || /^[dlDL]['’]\p{Ll}/u.test(w)) break;
    if (/^\p{Lu}/u.test(w) || /^\d/.test(w)) {
      if (notNames.has(foldKey(w)) && w !== 'The') break;
      start = s;
    } else if (!TAIL_JOINERS.has(w.toLowerCase())) break;
    expect = s;
  }
  return start;
}

/** English words that go on after a name ending: "ASCII Media Works", "Disney Publishing Worldwide". */
const TAIL_CONTINUERS = new Set(['International', 'Worldwide', 'Works', 'System', 'Systems', 'Group', 'Limited', 'Inc', 'Corporation', 'Company', 'Holdings', 'America', 'Europe', 'Africa', 'Asia']);
/** " of Film Classification", " for the Protection of Birds", " on Foreign Relations": English complements, capitalized words only. */
const ENGLISH_COMPLEMENT = /^[\s\u00a0]+(?:of|for|on|and)(?:[\s\u00a0]+the)?((?:[\s\u00a0]+\p{Lu}[\p{L}\p{M}'’-]*)+)/u;

/**
 * Where an English name that ends on `tailEnd` ("British Board", "Motion Picture Association")
 * really ends: over English complements ("… of Film Classification", "… for the Advancement of
 * Colored People") and continuing words ("… Works"). English joiners between capitalized words
 * do not occur in French prose, so they mark the name going on; a French word ends it.
 */
export function tailedNameEnd(text: string, tailEnd: number, limit: number): number {
  const { notNames } = peopleLexicon();
  let end = tailEnd;
  for (let n = 0; n < 4; n++) {
    const rest = text.slice(end, Math.min(limit, end + 120));
    const c = ENGLISH_COMPLEMENT.exec(rest);
    if (c) {
      const words = c[1].trim().split(/[\s\u00a0]+/);
      // "… of Paris Jean Dupont": stop at a word that cannot be a name
      if (words.some((w) => notNames.has(foldKey(w)) && w !== 'The')) break;
      end += c[0].length;
      continue;
    }
    const next = /^[\s\u00a0]+(\p{Lu}[\p{L}]*)(?!\p{L}|\p{M}|\p{N}|-)/u.exec(rest);
    if (next && TAIL_CONTINUERS.has(next[1])) {
      end += next[0].length;
      continue;
    }
    break;
  }
  return end;
}
