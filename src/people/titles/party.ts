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

let res: RegExp[] | null = null;

function patterns(): RegExp[] {
  if (res) return res;
  const { parties } = loadJson<{ parties: string[] }>('people/title-shapes.json');
  // acronyms ("PS", "UDC") only as written; the words in any case
  const acronyms = parties.filter((p) => p === p.toUpperCase() && !p.includes('.'));
  const words = parties.filter((p) => !acronyms.includes(p));
  const alt = (list: string[]) => alternation(list, (w) => escapeRegExp(w).replace(/-/g, '[-\\s]'));
  const head = '^[\\s\\u00a0]*(?:,|\\()[\\s\\u00a0]*';
  // the word stands alone: a comma, a bracket, a period that ends the sentence, or "et" follows
  const tail = '(?<=[.\\p{L}])(?![\\p{L}\\p{M}])(?=[\\s\\u00a0]*(?:[,;:)]|\\.(?![\\p{L}]))|[\\s\\u00a0]+et[\\s\\u00a0])';
  res = [new RegExp(`${head}(${alt(words)})${tail}`, 'iu'), new RegExp(`${head}(${alt(acronyms)})${tail}`, 'u')];
  return res;
}

/** The party written right after the name ending at `after`, before `limit`. */
export function partyTitle(text: string, after: number, limit: number): FoundTitle | null {
  // the patterns' head, read first without a slice: blanks, then a comma or a bracket
  const to = Math.min(limit, after + 40);
  const p = skipBlanks(text, after, to);
  if (p >= to || (text.charCodeAt(p) !== 44 && text.charCodeAt(p) !== 40)) return null;
  const window = text.slice(after, Math.min(limit, after + 40));
  const m = patterns()[0].exec(window) ?? patterns()[1].exec(window);
  if (!m) return null;
  const word = m[1];
  const end = after + m[0].length;
  return { start: end - word.length, end, former: false, shape: 'party' };
}
