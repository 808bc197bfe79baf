/**
 * Where a date parser can match: its anchor words. Every match of a parser touches one word
 * of its anchor set (a month name, a weekday, a word with digits, "siècle"…) and at most
 * `lead` words before it, so the parser's regex need only be tried near those words
 * (gated.ts), not at every position of every chunk. A word here is a run of letters, digits
 * and "_" (the parsers' own word boundary, parsers/base.ts); "jusqu'au" is two words,
 * "week-end" two, "mi-" one.
 *
 * A gate must be a necessary condition: if it misses a word, a date is lost. Each parser
 * declares its gate next to its pattern, built from the same lexicon entries, and
 * tests/dates/gated.test.ts checks on real text that gated and ungated parsing agree.
 */
import { detached } from '../text/detach.js';

/** What picks a gate's anchor words. */
export type Anchors = Pick<Gate, 'anchor' | 'keys' | 'bounds'>;

/**
 * Where a match of the raw pattern can begin, besides where the previous match left off:
 * - word: at a word start (our parsers: extract() rejects a match glued to a letter before);
 * - boundary: at a character outside [A-Za-z0-9_] (chrono's patterns begin with `(\W|^)`);
 * - beforeDigit: at a character that is no digit, right before a digit (chrono's `([^\d]|^)\d`).
 */
export type StartRule = 'word' | 'boundary' | 'beforeDigit';

export interface Gate {
  /** Whether a word (lower case) can be the anchor of a match. Called once per distinct word. */
  anchor(word: string): boolean;
  /** Every anchor word contains one of these (lower case; a digit stands for any digit). */
  keys: readonly string[];
  /**
   * Where a key sits in its anchor word, for the prefilter: anywhere (the default), the whole
   * word, its start, or its end (before anything but an ASCII letter or "_": chrono's names
   * end at its `\W` or a digit).
   */
  bounds?: 'whole' | 'start' | 'end';
  /**
   * Words of which every match also touches one ("le premier mai" needs a month): a parser
   * whose chunk has none is not run. Any number of words may stand between them.
   */
  needs?: Anchors;
  /** How many words a match can touch before its anchor word. */
  lead: number;
  starts: StartRule;
  /** Other characters a match can begin with under the "word" rule (",": "les 12, 13 juin"). */
  also?: string;
  /**
   * Under the "word" rule, the letters or digits a match can begin with (its pattern's first
   * words, any case); the others' word starts are not tried. Undefined: any.
   */
  firsts?: string;
  /**
   * What every match holds at its anchor word's start and at its end (regex sources tested
   * there, sticky, case-insensitive, "u" flag; `atStart` mostly a lookbehind): an anchor word
   * without it is not tried (gated.ts). Most anchor words of a parser are ordinary words
   * ("il", "dans", a number) that its pattern needs next to a given token ("il" followed by
   * "y a", "12" by "/" and a digit, "premier" after "le"). A match may begin mid-word (where
   * the previous one left off), so neither may ask for a word boundary the pattern does not.
   * They may also ask for what the parser's extract() needs to give a result (a season's lead
   * word or year): a match it rejects gives nothing, and chrono only looks for the next match
   * one position further, which finds what the gated search finds as long as the pattern does
   * not look before the position it is tried at (no lookbehind, no `^`).
   */
  atStart?: string;
  atEnd?: string;
}

/** Per UTF-16 unit, whether a pattern matching case-insensitively can begin there (0: not known yet). */
export class FirstChars {
  private readonly known = new Uint8Array(65536);
  private readonly re: RegExp;

  constructor(firsts: string) {
    // the regex engine's own case folding ("K" for "k"), as the parsers' patterns use it
    this.re = new RegExp(`^[${firsts.replace(/[\]\\^-]/g, '\\$&')}]$`, 'iu');
  }

  has(c: number): boolean {
    let k = this.known[c];
    if (k === 0) this.known[c] = k = this.re.test(String.fromCharCode(c)) ? 2 : 1;
    return k === 2;
  }
}

/** The first characters of these words (for `firsts`). */
export function firstCharsOf(words: Iterable<string>): string {
  return [...new Set([...words].map((w) => w[0].toLowerCase()))].join('');
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Per UTF-16 unit: 0 not known yet, 1 not a word character, 2 a word character. */
const wordClass = new Uint8Array(65536);

/** The parsers' word character test (base.ts isWordChar) on one UTF-16 unit. */
export function isWordCode(c: number): boolean {
  let k = wordClass[c];
  if (k === 0) wordClass[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}

/** chrono's `\W` (no `u` flag): anything but ASCII letters, digits and "_". */
export function isAsciiNonWord(c: number): boolean {
  return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);
}

/**
 * A run for counting words: a surrogate joins the run (an astral letter splits no word), so
 * a run is never shorter than the word a pattern sees, and `lead` words back stay enough.
 */
function inRun(c: number): boolean {
  return (c >= 0xd800 && c <= 0xdfff) || isWordCode(c);
}

const escape = (k: string): string => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ASCII_WORD = /[A-Za-z0-9_]/;

/**
 * Keys (lower case, each with the assertion that must follow it) as one alternation shaped as a
 * tree of their common beginnings: it matches where one of the keys matches.
 */
function tree(entries: readonly { key: string; after: string }[]): string {
  const ends = new Set<string>();
  const byFirst = new Map<string, { key: string; after: string }[]>();
  for (const e of entries) {
    if (e.key === '') {
      ends.add(e.after);
      continue;
    }
    const c = e.key[0];
    let list = byFirst.get(c);
    if (!list) byFirst.set(c, (list = []));
    list.push({ key: e.key.slice(1), after: e.after });
  }
  // a key ending here with nothing to check after it matches whatever follows
  if (ends.has('')) return '';
  const alternatives = [...byFirst].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([c, rest]) => escape(c) + tree(rest));
  alternatives.push(...ends);
  return alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
}

/**
 * One case-insensitive regex finding every place where some key occurs. Whole-word keys get
 * `\b` on their ASCII ends: `\b` is ASCII, and a letter such as "é" is no word character to it,
 * but a word (letters, digits) that is exactly the key has a non-word character (or the text's
 * end) past each end, which is a non-word character to `\b` too.
 */
export function keysRegex(all: readonly Anchors[]): RegExp {
  const parts = new Set<string>();
  /** Bounded keys as regex sources (a key under two bounds gets both), with or without a `\b` before. */
  const bounded: { key: string; source: string; after: string; left: boolean }[] = [];
  let digits = false;
  for (const g of all) {
    for (const raw of g.keys) {
      const k = raw.toLowerCase();
      if (/^\d$/.test(k)) digits = true;
      else if (!g.bounds) parts.add(k);
      else {
        const left = g.bounds !== 'end' && ASCII_WORD.test(k[0]);
        const right = g.bounds === 'start' ? '' : g.bounds === 'end' ? '(?![a-z_])' : ASCII_WORD.test(k[k.length - 1]) ? '\\b' : '';
        bounded.push({ key: k, source: escape(k) + right, after: right, left });
      }
    }
  }
  const longestFirst = <T>(items: Iterable<T>, key: (t: T) => string): T[] => [...items].sort((a, b) => key(b).length - key(a).length);
  // a bounded key holding a part is found by the part
  const seen = new Set<string>();
  const keys = longestFirst(bounded, (b) => b.key).filter((b) => {
    const id = (b.left ? '\\b' : '') + b.source;
    if (seen.has(id) || [...parts].some((p) => b.key.includes(p))) return false;
    seen.add(id);
    return true;
  });
  const leftBound = keys.filter((k) => k.left);
  // one `\b` before a group scans about twice as fast as one per alternative, a class of the
  // first characters in front lets the scan skip most positions at once, and the keys as a
  // tree of their common beginnings ("m(?:a(?:i|r|tin)|…)") try each character once where a
  // flat list tried every key: the same places match, found about three times faster
  const free = [...parts].map((p) => ({ key: p, after: '' }));
  for (const k of keys) if (!k.left) free.push({ key: k.key, after: k.after });
  const alternatives = [
    ...(digits ? ['\\d'] : []),
    ...(free.length ? [tree(free)] : []),
    ...(leftBound.length ? [`\\b${tree(leftBound)}`] : []),
  ];
  const firsts = new Set([...parts, ...keys.map((k) => k.key)].map((k) => k[0]));
  const firstClass = `[${digits ? '0-9' : ''}${[...firsts].map(escape).join('')}]`;
  return new RegExp(`(?=${firstClass})(?:${alternatives.join('|')})`, 'gi');
}

/**
 * The anchor words of one chunk: the words holding some gate's key (found with one regex
 * scan), each with a bit per gate whose anchor it is.
 */
export class ChunkWords {
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly flags: number[] = [];
  /** Bits of every gate with an anchor in the chunk. */
  readonly present: number;
  /** Bits of every `needs` set with a word in the chunk. */
  readonly presentNeeds: number;
  /**
   * Some word found passes the prefilter of AnchorFlags on its own, and then the chunk does:
   * the characters around a word are no letters, digits or "_", so a match inside it (its
   * `\b`s included) is a match in the chunk.
   */
  readonly passes: boolean;

  constructor(readonly text: string, anchors: AnchorFlags) {
    const re = anchors.keys;
    re.lastIndex = 0;
    let present = 0;
    let needs = 0;
    let passes = false;
    // test(), not exec(): no match array per key found. A key is letters and digits (checked
    // when the keys are built), so its match lies inside one run: the run's ends found from
    // the match's end are those found from its start.
    while (re.test(text)) {
      let e = re.lastIndex;
      let s = e - 1;
      while (s > 0 && inRun(text.charCodeAt(s - 1))) s--;
      while (e < text.length && inRun(text.charCodeAt(e))) e++;
      re.lastIndex = e;
      const packed = anchors.of(text.slice(s, e));
      if (packed === 0) continue;
      const pass = packed % 2;
      if (pass === 1) passes = true;
      const v = (packed - pass) / 2;
      const f = v % NEEDS_SHIFT;
      needs |= (v - f) / NEEDS_SHIFT;
      if (f === 0) continue;
      this.start.push(s);
      this.end.push(e);
      this.flags.push(f);
      present |= f;
    }
    this.present = present;
    this.presentNeeds = needs;
    this.passes = passes;
  }

  /** Per gate, the indices of its anchor words in text order (empty lists shared). */
  anchorsByGate(gates: number): number[][] {
    const out: number[][] = new Array(gates);
    for (let g = 0; g < gates; g++) out[g] = NONE;
    for (let i = 0; i < this.flags.length; i++) {
      let f = this.flags[i];
      while (f !== 0) {
        const g = 31 - Math.clz32(f);
        f &= ~(1 << g);
        if (g >= gates) continue;
        if (out[g] === NONE) out[g] = [];
        out[g].push(i);
      }
    }
    return out;
  }

  /** Where a match anchored at word i can begin at the earliest: after the word `lead + 1` before it. */
  leftBound(i: number, lead: number): number {
    const text = this.text;
    let p = this.start[i];
    for (let r = 0; ; r++) {
      while (p > 0 && !inRun(text.charCodeAt(p - 1))) p--;
      if (p === 0 || r === lead) return p;
      while (p > 0 && inRun(text.charCodeAt(p - 1))) p--;
    }
  }
}

const MAX_CACHED = 200_000;
/** Gate bits stay below 2^31; needs bits are stored above, as a multiple (bitwise operators stop at 32 bits). */
const NEEDS_SHIFT = 2 ** 31;
const NONE: number[] = [];

/** The anchor bits of each distinct word, computed once and kept across documents. */
export class AnchorFlags {
  private readonly cache = new Map<string, number>();
  /** Finds the keys of every gate (global, case-insensitive). */
  readonly keys: RegExp;

  /** Per gate, the bit of its `needs` set (0 when it has none). */
  readonly needBit: number[];
  private readonly gates: readonly Gate[];
  private readonly needs: Anchors[] = [];

  /** `prefilter`: a test of the chunks' (chunks.ts mayHoldDate), read on each word found too. */
  constructor(gates: readonly Gate[], private readonly prefilter: (word: string) => boolean = () => false) {
    if (gates.length > 31) throw new Error('at most 31 gated date parsers');
    this.gates = gates;
    this.needBit = gates.map((g) => (g.needs ? 1 << (this.needs.push(g.needs) - 1) : 0));
    if (this.needs.length > 21) throw new Error('at most 21 date parsers with needs');
    const all = [...gates, ...this.needs];
    for (const g of all) for (const k of g.keys) if (!/^[\p{L}\p{N}_]+$/u.test(k)) throw new Error(`date anchor key ${JSON.stringify(k)} is not one word: ChunkWords finds a key's word from the end of its match`);
    this.keys = keysRegex(all);
  }

  /**
   * The gates' bits of a word, plus NEEDS_SHIFT times the bits of the needs sets it is in, the
   * whole doubled, plus 1 when the word passes the prefilter (below 2^53: bits below 2^52).
   */
  of(word: string): number {
    let v = this.cache.get(word);
    if (v === undefined) {
      let f = 0;
      let n = 0;
      const lower = word.toLowerCase();
      for (let g = 0; g < this.gates.length; g++) if (this.gates[g].anchor(lower)) f |= 1 << g;
      for (let g = 0; g < this.needs.length; g++) if (this.needs[g].anchor(lower)) n |= 1 << g;
      v = 2 * (f + n * NEEDS_SHIFT) + (this.prefilter(word) ? 1 : 0);
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      // detached: a match of the text would keep its document alive (text/detach.ts)
      this.cache.set(detached(word), v);
    }
    return v;
  }
}

/** The words of a lexicon entry ("jour de l'an" → ["jour", "de", "l", "an"]). */
export function wordsOf(entry: string): string[] {
  return entry.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter((w) => w !== '');
}

/** The first word of each entry, as a set (the anchor of a phrase that opens the match). */
export function firstWords(entries: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const e of entries) {
    const w = wordsOf(e);
    if (w.length) out.add(w[0]);
  }
  return out;
}

/** The most words any entry has. */
export function maxWords(entries: Iterable<string>): number {
  let n = 0;
  for (const e of entries) n = Math.max(n, wordsOf(e).length);
  return n;
}

const DIGITS = ['0'];

/** Anchors: these words exactly. */
export function wordIn(words: Iterable<string>): Anchors {
  const set = new Set([...words].map((w) => w.toLowerCase()));
  return { anchor: (w) => set.has(w), keys: [...set], bounds: 'whole' };
}

/** Anchors: words containing one of these. */
export function wordContaining(parts: readonly string[]): Anchors {
  return { anchor: (w) => parts.some((p) => w.includes(p)), keys: parts };
}

/** Anchors: words with a digit that pass `test`. */
export function digitWord(test: (w: string) => boolean = (w) => /\d/.test(w)): Anchors {
  return { anchor: test, keys: DIGITS };
}
