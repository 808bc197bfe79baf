/**
 * Functions attached to a person: "le président de la Transition malienne, Assimi GOÏTA",
 * "Assimi GOÏTA, Président en exercice de la Confédération des Etats du Sahel". A title is a
 * head word (data/people/titles.json) followed by its complement: prepositional phrases,
 * capitalized words and adjectives, up to a comma, a verb or the name itself.
 */
import type { Span } from '../mentions.js';
import { peopleLexicon } from './lexicon.js';

const PREP = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'en', 'et', 'aux', 'au', 'à', 'pour', 'chargé', 'chargée', 'sur']);
/** Adjective endings that may follow a noun inside a title ("défense nationale", "général adjoint"). */
const ADJECTIVE = /(?:al|ale|aux|ales|ien|ienne|iens|iennes|ais|aise|ain|aine|é|ée|és|ées|if|ive|ique|iques|aire|aires|ant|ante|ants|antes|ois|oise|el|elle|nel|nelle|ier|ière|è|adjoint|adjointe|général|générale|suprême|exécutif|exécutive|délégué|déléguée|spécial|spéciale|intérimaire|sortant|sortante)$/u;
/** Connectors between a title and the name or rank it introduces. */
const CONNECTOR = /(?:[\s\u00a0,]+|(?<![\p{L}])(?:le|la|l['’]|du|de|son excellence|s\.\s?e\.|excellence|monsieur|madame|m\.|mme)(?![\p{L}]))$/iu;

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*|\p{N}+|[^\s\p{L}\p{N}]/gu;

interface Word { text: string; start: number; end: number }

function words(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null && m.index < end) {
    let w = m[0];
    let s = m.index;
    // split elisions: "l’Alliance" → "l’" + "Alliance"
    const el = /^([dlDL]|qu|Qu)['’](?=\p{L})/u.exec(w);
    if (el) {
      out.push({ text: el[1].toLowerCase(), start: s, end: s + el[0].length });
      s += el[0].length;
      w = w.slice(el[0].length);
    }
    out.push({ text: w, start: s, end: Math.min(s + w.length, end) });
  }
  return out;
}

/** How far a title complement starting at `from` extends (exclusive end), trailing prepositions trimmed. */
function complementEnd(text: string, from: number, limit: number): number {
  const ws = words(text, from, limit);
  let end = from;
  let lastContent = from;
  let afterPrep = false;
  for (const w of ws) {
    const lower = w.text.toLowerCase();
    if (PREP.has(lower)) {
      afterPrep = true;
      end = w.end;
      continue;
    }
    if (!/\p{L}/u.test(w.text)) break;
    const capital = /^\p{Lu}/u.test(w.text);
    if (afterPrep || capital || ADJECTIVE.test(lower)) {
      afterPrep = false;
      end = w.end;
      lastContent = w.end;
      continue;
    }
    break;
  }
  void end;
  return lastContent;
}

export interface TitleSpan extends Span {
  /** What stood between the title and the anchor (", le", " du"): a preposition means the
   * capitalized word after the title is its complement ("ministre de la Défense"), not a name. */
  connector: string;
}

/** The title right before `anchor` (a rank or a name), if the text between ends with one. */
export function titleBefore(text: string, from: number, anchor: number): TitleSpan | null {
  let end = anchor;
  for (let guard = 0; guard < 8; guard++) {
    const m = CONNECTOR.exec(text.slice(Math.max(from, end - 20), end));
    if (!m || m[0].length === 0) break;
    end -= m[0].length;
  }
  if (end <= from) return null;
  const windowStart = Math.max(from, end - 160);
  const { titleHead } = peopleLexicon();
  titleHead.lastIndex = 0;
  const region = text.slice(windowStart, end);
  let found: TitleSpan | null = null;
  let m: RegExpExecArray | null;
  while ((m = titleHead.exec(region)) !== null) {
    const s = windowStart + m.index;
    const headEnd = s + m[0].length;
    const ce = complementEnd(text, headEnd, end);
    if (Math.max(ce, headEnd) === end) {
      found = { start: s, end, connector: text.slice(end, anchor) };
      break;
    }
  }
  if (!found) return null;
  // "le ministre d’Etat, ministre de la défense nationale": two functions joined by a comma
  const before = text.slice(Math.max(from, found.start - 60), found.start);
  const comma = /,[\s\u00a0]*$/.exec(before);
  if (comma) {
    const prev = titleBefore(text, from, found.start - comma[0].length);
    if (prev && prev.end === found.start - comma[0].length && prev.start >= found.start - 60) {
      return { start: prev.start, end: found.end, connector: found.connector };
    }
  }
  return found;
}

/** An appositive title right after a name: "Assimi GOÏTA, Président en exercice de …". */
export function titleAfter(text: string, nameEnd: number, limit: number): Span | null {
  const after = text.slice(nameEnd, Math.min(limit, nameEnd + 200));
  const m = /^,[\s\u00a0]*(?:(?:par ailleurs|aussi|également|lui-même|elle-même)[\s\u00a0]*,?[\s\u00a0]*)?/u.exec(after);
  if (!m) return null;
  const s = nameEnd + m[0].length;
  const { titleHead } = peopleLexicon();
  titleHead.lastIndex = 0;
  const head = titleHead.exec(text.slice(s, Math.min(limit, s + 80)));
  if (!head || head.index !== 0) return null;
  const headEnd = s + head[0].length;
  const e = Math.max(headEnd, complementEnd(text, headEnd, Math.min(limit, s + 200)));
  return { start: s, end: e };
}
