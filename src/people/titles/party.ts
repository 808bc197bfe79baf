/**
 * The party of a person, right after the name: "M. Zévaès, socialiste, défend ce projet",
 * "MM. Charles Sandoz, radical et Henri Montandon, libéral,", "M. Losey (rad.) souligne …".
 * Council reports and election news give it as the person's label, and HIPE marks it as the
 * person's function. Before a name ("le parti socialiste X") the same words are no title, so
 * this shape is tried only after the name, and only when the word stands alone (a comma,
 * a bracket, "et" or the end of the sentence after it).
 */
import { loadJson } from '../../data.js';
import { alternation, escapeRegExp } from '../../text/normalize.js';
import type { FoundTitle } from './extent.js';
import { skipBlanks } from '../../text/blank.js';
import { wordGates } from '../../text/anchorGate.js';
import { foldWord } from '../../text/fold.js';
import { KeyBits } from '../../text/keyBits.js';
import { tokenTableOf } from '../../text/tokenTable.js';

let res: RegExp[] | null = null;
let firstWords: KeyBits | null = null;

/**
 * Whether the word starting at `pos` may open a party: its folded key is the first word of one
 * ("libéral" for "libéral-radical", "rad" for "rad."), a per-key flag on the token table. A party
 * follows few names, and the patterns (compiled at their first run) then never run for most texts.
 */
function mayOpenParty(text: string, pos: number): boolean {
  if (!wordGates()) return true;
  if (!firstWords) {
    const { parties } = loadJson<{ parties: string[] }>('people/title-shapes.json');
    const words = new Set(parties.map((p) => foldWord(p.split(/[^\p{L}]/u)[0])));
    // "ſ" matches "s" case-insensitively and keeps its own form when folded
    firstWords = new KeyBits((key) => (words.has(key) || key.includes('ſ') ? 1 : 0));
  }
  const table = tokenTableOf(text);
  const k = table.firstFrom(pos);
  // a party opens with a letter, so with a word that starts right there
  return k < table.length && table.start[k] === pos && (firstWords.of(table.keyId(k)) & 1) !== 0;
}

function patterns(): RegExp[] {
  if (res) return res;
  const { parties } = loadJson<{ parties: string[] }>('people/title-shapes.json');
  // acronyms ("PS", "UDC") only as written; the words in any case
  const acronyms = parties.filter((p) => p === p.toUpperCase() && !p.includes('.'));
  const words = parties.filter((p) => !acronyms.includes(p));
  const alt = (list: string[]) => alternation(list, (w) => escapeRegExp(w).replace(/-/g, '[-\\s]'));
  const head = '^[\\s\\u00a0]*(?:,|\\()[\\s\\u00a0]*';
  // the word stands alone: a comma, a bracket, a period that ends the sentence, or "et" follows
  const tail = '(?<=[.\\p{L}])(?!\\p{L}|\\p{M})(?=[\\s\\u00a0]*(?:[,;:)]|\\.(?![\\p{L}]))|[\\s\\u00a0]+et[\\s\\u00a0])';
  res = [new RegExp(`${head}(${alt(words)})${tail}`, 'iu'), new RegExp(`${head}(${alt(acronyms)})${tail}`, 'u')];
  return res;
}

/** The party written right after the name ending at `after`, before `limit`. */
export function partyTitle(text: string, after: number, limit: number): FoundTitle | null {
  // the patterns' head, read first without a slice: blanks, then a comma or a bracket
  const to = Math.min(limit, after + 40);
  const p = skipBlanks(text, after, to);
  if (p >= to || (text.charCodeAt(p) !== 44 && text.charCodeAt(p) !== 40)) return null;
  const word = skipBlanks(text, p + 1, to);
  if (word >= to || !mayOpenParty(text, word)) return null;
  const window = text.slice(after, Math.min(limit, after + 40));
  const m = patterns()[0].exec(window) ?? patterns()[1].exec(window);
  if (!m) return null;
  const end = after + m[0].length;
  return { start: end - m[1].length, end, former: false, shape: 'party' };
}
