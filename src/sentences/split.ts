/**
 * French sentence splitter. Written here rather than with Intl.Segmenter because the latter
 * knows no French abbreviations (M., Gén., J.-P.), splits inside « … » quotes, and on Node 20
 * slows quadratically on long strings. One linear pass per line block.
 */
import type { Span } from '../mentions.js';
import { loadJson } from '../data.js';
import { foldWordKey, isGivenKey } from '../people/lexicon.js';

interface AbbrevData {
  abbreviations: string[];
  sentenceFinal: string[];
  sentenceFinalInLowerCase: string[];
  sentenceFinalPhrases: string[];
}

interface Abbreviations {
  all: Set<string>;
  final: Set<string>;
  finalInLowerCase: Set<string>;
  finalPhrases: string[];
  /** The last word of each phrase ("j.-c"): the phrases are tried only after one. */
  finalPhraseEnds: Set<string>;
}

let abbrevs: Abbreviations | null = null;
function abbreviations(): Abbreviations {
  if (!abbrevs) {
    const d = loadJson<AbbrevData>('sentences/abbreviations.json');
    abbrevs = {
      all: new Set(d.abbreviations),
      final: new Set(d.sentenceFinal),
      finalInLowerCase: new Set(d.sentenceFinalInLowerCase),
      finalPhrases: d.sentenceFinalPhrases,
      finalPhraseEnds: new Set(d.sentenceFinalPhrases.map((p) => p.slice(p.lastIndexOf(' ') + 1))),
    };
  }
  return abbrevs;
}

/**
 * Whether `word` (the word before a period, as written) is an abbreviation that keeps the
 * sentence going before a capitalized word: "M.", "Lt-Col." ("Col.-Maj." too), but not "etc."
 * nor a noun the list shares ("pendant le vol.", "en jeu."). Null when it is no abbreviation.
 */
function abbreviationContinues(word: string): boolean | null {
  let key = word.toLowerCase();
  if (key.endsWith('.')) key = key.slice(0, -1);
  if (key.includes('.-')) key = key.replace(/\.-/g, '-');
  const a = abbreviations();
  if (!a.all.has(key)) return null;
  if (a.final.has(key)) return false;
  return !(a.finalInLowerCase.has(key) && word[0] === key[0]);
}

/** "av. J.-C.", "apr. J.-C.": initials that end a sentence as often as not. */
function endsWithFinalPhrase(text: string, word: string, punct: number): boolean {
  if (!abbreviations().finalPhraseEnds.has(word.toLowerCase())) return false;
  const before = text.slice(Math.max(0, punct - 16), punct).toLowerCase().replace(/\s+/g, ' ');
  return abbreviations().finalPhrases.some((p) => before.endsWith(p) && !/[\p{L}\p{N}]/u.test(before[before.length - p.length - 1] ?? ''));
}

const TERMINAL = /[.!?…]/;
const CLOSERS = /[»”"’)\]]/;
/** A line ending with one of these words continues on the next line (hard-wrapped text). */
const CONTINUING_WORD = /(?:^|[\s'’])(de|du|des|le|la|les|l|d|à|au|aux|et|en|pour|par|sur|avec|dans|ou|que|qui|un|une|son|sa|ses|ce|cette)$/iu;

/** Splits each region into sentences; returns trimmed spans in UTF-16 offsets. */
export function splitSentences(text: string, regions: Span[]): Span[] {
  const out: Span[] = [];
  const terminals = new TerminalCursor(text);
  const lineEnds = new LineEnds(text);
  for (const r of regions) {
    for (const block of lineBlocks(text, r, lineEnds)) splitBlock(text, block, out, terminals);
  }
  return out;
}

const ANY_TERMINAL = /[.!?…]/g;

/**
 * The next sentence-ending mark at or after a position: one native scan finds it (a test per
 * character in JavaScript costs several times more), and a mark found past a block is kept for
 * the blocks before it, so lines without one cost no rescan (positions asked in text order).
 */
class TerminalCursor {
  /** The first mark at or after `asked` (a position before any asked again finds it anew). */
  private asked = -1;
  private next = -1;
  constructor(private readonly text: string) {}

  from(i: number): number {
    if (i >= this.asked && i <= this.next) return this.next;
    this.asked = i;
    ANY_TERMINAL.lastIndex = i;
    const m = ANY_TERMINAL.exec(this.text);
    this.next = m ? m.index : this.text.length;
    return this.next;
  }
}

/**
 * Line ends: a line feed, or the two characters "\\n" (before no lower-case letter) that a page
 * scraped through a doubly escaped string keeps for one ("Par Leo Sands\\nBBC News L'Ukraine
 * accuse…"). Positions are asked in text order; each kind is searched once and kept until
 * passed, so the text is read once.
 */
class LineEnds {
  private feed = -1;
  private escaped = -1;
  constructor(private readonly text: string) {}

  /** The length of the mark `from` found last: 1 for a line feed, 2 for "\\n". */
  markLength = 1;

  /** The next line end at or after `pos`, or the text's end. */
  from(pos: number): number {
    if (this.feed < pos) this.feed = indexOrEnd(this.text, '\n', pos);
    if (this.escaped < pos) {
      let i = indexOrEnd(this.text, '\\n', pos);
      // "C:\\nouveau": a lower-case letter after it makes it a path or a word, not a line end
      while (/\p{Ll}/u.test(this.text.charAt(i + 2))) i = indexOrEnd(this.text, '\\n', i + 2);
      this.escaped = i;
    }
    this.markLength = this.escaped < this.feed ? 2 : 1;
    return Math.min(this.escaped, this.feed);
  }
}

function indexOrEnd(text: string, mark: string, pos: number): number {
  const i = text.indexOf(mark, pos);
  return i < 0 ? text.length : i;
}

/** Groups lines into blocks: a blank line or a line that ends a thought closes a block. */
function lineBlocks(text: string, r: Span, lineEnds: LineEnds): Span[] {
  const blocks: Span[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  let pos = r.start;
  while (pos < r.end) {
    let nl = lineEnds.from(pos);
    const markLength = lineEnds.markLength;
    if (nl > r.end) nl = r.end;
    let s = pos;
    let e = nl;
    while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
    while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) {
      if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
      blockStart = -1;
    } else if (blockStart >= 0 && continuesOnNextLine(text, blockEnd, s)) {
      blockEnd = e;
    } else {
      if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
      blockStart = s;
      blockEnd = e;
    }
    pos = nl + markLength;
  }
  if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
  return blocks;
}

function continuesOnNextLine(text: string, prevEnd: number, nextStart: number): boolean {
  const last = text[prevEnd - 1];
  // "fournis par M.⏎Hagenbeck": an abbreviation that never ends a sentence (an honorific) at the end of a printed line
  if (last === '.' && /\p{Lu}/u.test(firstChar(text, nextStart))) {
    const word = wordBefore(text, Math.max(0, prevEnd - 24), prevEnd - 1);
    if (word && abbreviationContinues(word)) return true;
  }
  if (TERMINAL.test(last) || CLOSERS.test(last) || last === ':') return false;
  const next = text[nextStart];
  if (/\p{Ll}/u.test(next)) return true;
  if (last === ',' || last === '-') return true;
  const tail = text.slice(Math.max(0, prevEnd - 12), prevEnd);
  return CONTINUING_WORD.test(tail) || givenNameWraps(text, prevEnd, nextStart);
}

const LINE_END_NAME = /(?:^|[^\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)$/u;
const LINE_START_WORDS = /^(\p{Lu}[\p{L}\p{M}]*)(?:[ \t\u00a0]+([\p{L}\p{M}]+))?/u;
let functionWords: Set<string> | null = null;

function isFunctionWord(word: string): boolean {
  functionWords ??= new Set(loadJson<{ words: string[] }>('language/french-function-words.json').words);
  return functionWords.has(word.toLowerCase());
}

/** "Dakar, 3 mars 2025", "Saint-Louis (Sénégal), le 20 juin", "BAMAKO (AMAP) -": a lead's dateline. */
const DATELINE = /^\p{Lu}[\p{L}\p{M}'’ -]{0,40}(?:\([^)\n]{1,40}\)\s*[-–—]|(?:\([^)\n]{1,40}\))?\s*,\s*(?:le\s+)?\d{1,2}(?:er)?\s+(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec))/iu;

/**
 * Newspapers printed in narrow columns break names over lines: "Heureux d'être là, Jacques⏎Chirac",
 * "le ministre Pierre⏎Moscovici accompagnait". A given name ending a line before a capitalized
 * word that is no French function word ("Jacques⏎Il pleut") and no heading in capitals
 * ("Jacques⏎LA VIE DES CHAMPS") is a name the column cut, not the end of a heading. Not when
 * the next line is a lead's dateline or much longer than the line the name ends: a headline
 * ending on a surname the given names share (Diallo, Traoré, Ndiaye) over its article
 * ("… le préfet Amadou Ndiaye⏎Dakar, 3 mars 2025 (APS) - Le ministre…").
 */
function givenNameWraps(text: string, prevEnd: number, nextStart: number): boolean {
  const name = LINE_END_NAME.exec(text.slice(Math.max(0, prevEnd - 30), prevEnd));
  if (!name || !isGivenKey(foldWordKey(name[1]))) return false;
  const next = LINE_START_WORDS.exec(text.slice(nextStart, nextStart + 60));
  if (!next) return false;
  if (isFunctionWord(next[1])) return false;
  const caps = (w: string | undefined) => w !== undefined && w.length > 1 && w === w.toUpperCase();
  if (caps(next[1]) && caps(next[2])) return false;
  if (DATELINE.test(text.slice(nextStart, nextStart + 80))) return false;
  const lineLength = prevEnd - (text.lastIndexOf('\n', prevEnd - 1) + 1);
  const nextEnd = text.indexOf('\n', nextStart);
  return (nextEnd < 0 ? text.length : nextEnd) - nextStart <= lineLength * 1.5 + 20;
}

/** [.!?…] by UTF-16 unit: the splitter reads every character, and a regex test per character costs more than the rest. */
function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** [»”"’)\]] */
function isCloser(c: number): boolean {
  return c === 0xbb || c === 0x201d || c === 34 || c === 0x2019 || c === 41 || c === 93;
}

/** The spaces that may follow a sentence end on its line: [ \t\u00a0\u202f\u2009\r\f\v] */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 13 || c === 12 || c === 11;
}

/** JavaScript's \s: white space and line terminators. */
function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function splitBlock(text: string, block: Span, out: Span[], terminals: TerminalCursor): void {
  let sentStart = block.start;
  let i = block.start;
  const end = block.end;
  while (i < end) {
    if (!isTerminal(text.charCodeAt(i))) {
      i = terminals.from(i);
      continue;
    }
    let j = i;
    while (j < end && isTerminal(text.charCodeAt(j))) j++;
    // closing quotes and brackets belong to the sentence, French spacing before » included
    for (;;) {
      let k = j;
      while (k < end && (text.charCodeAt(k) === 0xa0 || text.charCodeAt(k) === 0x202f || text.charCodeAt(k) === 32) && k - j < 2) k++;
      if (k < end && isCloser(text.charCodeAt(k))) j = k + 1;
      else break;
    }
    if (j < end && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 10) { i = j; continue; }
    let k = j;
    while (k < end && isWhiteSpace(text.charCodeAt(k))) k++;
    if (k >= block.end) break;
    if (isBoundary(text, sentStart, i, j, k)) {
      pushTrimmed(text, sentStart, j, out);
      sentStart = k;
    }
    i = k;
  }
  pushTrimmed(text, sentStart, block.end, out);
}

function isBoundary(text: string, sentStart: number, punct: number, afterPunct: number, next: number): boolean {
  // by code point: "𝐋e bilan" (mathematical bold, outside the BMP) starts with a capital
  const nc = firstChar(text, next);
  if (/\p{Ll}/u.test(nc)) return false;
  const marks = text.slice(punct, afterPunct);
  if (marks.startsWith('.') && !marks.startsWith('...')) {
    const word = wordBefore(text, sentStart, punct);
    if (word === '') return true;
    // a numbered item's marker, alone before its text: "2. Une valeur quotidienne…", "IV. Les sanctions"
    if (punct - sentStart === word.length && LIST_MARKER.test(word)) return false;
    // initials: "J.", "J.-P.", "A.B."
    if (/^(\p{Lu}\.?-?){1,3}$/u.test(word) && !/\p{Lu}{2}/u.test(word)) {
      return /\p{Lu}/u.test(nc) && (endsWithFinalPhrase(text, word, punct) || (word !== 'M' && labelLetterEnds(text, next)));
    }
    const continues = abbreviationContinues(word);
    if (continues !== null) return !continues && /\p{Lu}/u.test(nc);
  }
  // a letter of a script without case, or an emoji opening the next sentence ("… aux familles. 🔴 Le bilan")
  return /[\p{Lu}\d«"“(\[—–-]/u.test(nc) || /[\p{Lo}\p{So}]/u.test(nc);
}

const NEXT_WORDS = /^([\p{L}\p{M}]+)(?:(['’])|[ \t\u00a0]+)(\p{Lu})?/u;
const NAME_PARTICLES = new Set(['le', 'la', 'de', 'du', 'des', "d'"]);

/**
 * A capital letter with a period before a French function word is a label closing its
 * sentence ("carence en vitamine D. Le professeur", "la bombe H. La Corée", "groupe A. Les
 * Lions"), not an initial: no surname reads "Les", "Cependant" or "On". A particle before a
 * capitalized word is a name's ("J.-M. Le Pen", "A. De Gaulle", "J. D’Alembert").
 */
function labelLetterEnds(text: string, next: number): boolean {
  const m = NEXT_WORDS.exec(text.slice(next, next + 40));
  const word = m ? (m[2] ? `${m[1]}'` : m[1]) : '';
  if (!m || !isFunctionWord(word)) return false;
  return !(NAME_PARTICLES.has(word.toLowerCase()) && m[3] !== undefined);
}

const LIST_MARKER = /^(?:\d{1,3}|[IVX]{1,4})$/;

/** The character (code point) at a UTF-16 offset. */
function firstChar(text: string, i: number): string {
  const c = text.codePointAt(i);
  return c === undefined ? '' : String.fromCodePoint(c);
}

function wordBefore(text: string, from: number, end: number): string {
  let s = end;
  while (s > from && s > end - 24 && /[\p{L}\p{N}°.-]/u.test(text[s - 1])) s--;
  return text.slice(s, end);
}

function pushTrimmed(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
  while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}
