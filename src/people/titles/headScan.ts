/**
 * Where the function heads of a text are ("président", "ministre de la Défense", "chef de la
 * diplomatie"): read from the document's token table. A head phrase starts at a run of Latin
 * letters whose lower-cased form is the first word of a listed head; a word of Latin letters
 * only is one such run, so only words whose folded key is the folded first word of some head
 * (a per-key flag, asked once per distinct word) are compared. Words holding anything else
 * (digits, marks, other scripts) may hold several runs and are read run by run, as before.
 */
import type { Span } from '../../mentions.js';
import { foldWord } from '../../text/fold.js';
import { FoldedWordFilter } from '../../text/foldedWordFilter.js';
import { KeyBits } from '../../text/keyBits.js';
import { PAIR_UNKNOWN, tokenPairs } from '../../text/tokenPairs.js';
import { MAX_WORD, tokenTableOf } from '../../text/tokenTable.js';
import { peopleLexicon, phraseKey } from '../lexicon.js';
import { complementHeadAt } from './complementHeads.js';
import { shapeLexicon } from './lexicon.js';

// Latin letters without the 'u' flag: the heads are French words
const LATIN_RUN = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+/g;

/**
 * Every character a word may hold that is no Latin letter (digits, "ª", "µ", marks, other
 * scripts), and some separators besides (punctuation from U+2070 on): a word holding none of
 * these is one run of Latin letters. Found by one native scan instead of a look at each character.
 */
const NOT_LATIN = /[0-9\u00AA\u00B2\u00B3\u00B5\u00B9\u00BA\u00BC-\u00BE\u0250-\u1FFF\u2070-\uFFFF]/g;

let firstWords: { bits: KeyBits; filter: FoldedWordFilter; pairs: Uint8Array } | null = null;

/**
 * Folded keys that can start a head: the folded first words of the heads and complement heads,
 * as a per-key flag and as a filter that rejects most other words from their characters (a
 * word's key is then never made: the people stage was the first to ask for every word's key).
 */
function startsHead(): { bits: KeyBits; filter: FoldedWordFilter; pairs: Uint8Array } {
  if (firstWords) return firstWords;
  const keys = new Set<string>();
  for (const k of peopleLexicon().titleHeadsByFirst.keys()) keys.add(foldWord(k));
  for (const k of shapeLexicon().complementHeads.keys()) keys.add(foldWord(k));
  const filter = new FoldedWordFilter(keys);
  firstWords = { bits: new KeyBits((key) => (keys.has(key) ? 1 : 0)), filter, pairs: filter.pairTable(false) };
  return firstWords;
}

/** The head starting at the Latin run [s, e), pushed to `heads`; its end, or -1. */
function headAt(text: string, s: number, e: number, heads: Span[]): number {
  const lower = text.slice(s, e).toLowerCase();
  const list = peopleLexicon().titleHeadsByFirst.get(lower);
  if (list) {
    for (const p of list) {
      const end = s + p.length;
      if (end > text.length || (end < text.length && /[\p{L}\p{M}]/u.test(text[end]))) continue;
      if (p.length === e - s ? p === lower : phraseKey(text.slice(s, end)) === p) {
        heads.push({ start: s, end });
        return end;
      }
    }
  }
  // "chef de la diplomatie", "commandant de la zone": a title only with its complement
  const c = complementHeadAt(text, s, lower);
  if (c) {
    heads.push(c);
    return c.end;
  }
  return -1;
}

/** Heads among the Latin runs starting in [from, to); the position scanning resumes at. */
function scanRuns(text: string, from: number, to: number, heads: Span[]): number {
  LATIN_RUN.lastIndex = from;
  let resume = from;
  let m: RegExpExecArray | null;
  while ((m = LATIN_RUN.exec(text)) !== null && m.index < to) {
    // only a non-Latin letter or a mark can stand right before a run that is no word start
    if (m.index > 0 && text.charCodeAt(m.index - 1) >= 0x250 && /[\p{L}\p{M}]/u.test(text[m.index - 1])) continue;
    const end = headAt(text, m.index, m.index + m[0].length, heads);
    if (end >= 0) LATIN_RUN.lastIndex = end;
    resume = LATIN_RUN.lastIndex;
  }
  return resume;
}

/** Every head of `text`, in order, none overlapping (a head found is skipped over whole). */
export function scanHeads(text: string): Span[] {
  const heads: Span[] = [];
  const table = tokenTableOf(text);
  // the table and the run scan read UTF-16 surrogates differently: keep the run scan there
  if (table.hasSurrogates) {
    scanRuns(text, 0, text.length, heads);
    return heads;
  }
  const { bits, filter, pairs } = startsHead();
  const codes = tokenPairs(table);
  const { start, end } = table;
  let resume = 0;
  // the first character of NOT_LATIN at or after the current word
  let notLatin = -1;
  for (let i = 0; i < table.length; i++) {
    const s = start[i];
    const e = end[i];
    if (e <= resume) continue;
    if (notLatin < s) {
      NOT_LATIN.lastIndex = s;
      const m = NOT_LATIN.exec(text);
      notLatin = m ? m.index : text.length;
    }
    const pure = s >= resume && e - s <= MAX_WORD && notLatin >= e;
    if (!pure) {
      resume = Math.max(resume, scanRuns(text, Math.max(s, resume), e, heads));
      continue;
    }
    // "no" from the pair table or the filter is exact: the key is none of the first words
    if (codes[i] !== PAIR_UNKNOWN && pairs[codes[i]] === 0) continue;
    if (!filter.mayBe(text, s, e) || (bits.of(table.keyId(i)) & 1) === 0) continue;
    const he = headAt(text, s, e, heads);
    if (he >= 0) resume = he;
  }
  return heads;
}
