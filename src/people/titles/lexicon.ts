/**
 * Trigger words of the title shapes (data/people/title-shapes.json), compiled once into
 * patterns that match them as running text writes them (’ or ', hyphen or space).
 */
import { loadJson } from '../../data.js';
import { alternation, phrasePattern } from '../../text/normalize.js';

/** The trigger lists as data/people/title-shapes.json writes them. */
export interface ShapeData {
  complementHeads: string[];
  acronymComplements: string[];
  current: string[];
  former: string[];
  appointVerbs: string[];
  becomeVerbs: string[];
  holdPhrases: string[];
  postIntros: string[];
  replacing: string[];
  succeeding: string[];
  replacedBy: string[];
  qualifiers: string[];
}

export interface ShapeLexicon {
  /** complement heads by their first word, longest first */
  complementHeads: Map<string, string[]>;
  /** unions and parties a complement head takes without "de" ("délégué CGT"), as written */
  acronymComplements: Set<string>;
  /** the lists as written, for the gates that look for their words before running a pattern */
  listed: Readonly<ShapeData>;
  /** alternations (no anchors, no flags) for each trigger list */
  current: string;
  former: string;
  appointVerbs: string;
  becomeVerbs: string;
  holdPhrases: string;
  postIntros: string;
  replacing: string;
  succeeding: string;
  replacedBy: string;
  qualifiers: string;
}

let lex: ShapeLexicon | null = null;

/** A phrase with apostrophes, spaces and hyphens as in running text. */
function runningText(phrase: string): string {
  return phrasePattern(phrase, { hyphens: true });
}

export function shapeLexicon(): ShapeLexicon {
  if (lex) return lex;
  const d = loadJson<ShapeData>('people/title-shapes.json');
  const complementHeads = new Map<string, string[]>();
  for (const h of [...d.complementHeads].sort((a, b) => b.length - a.length)) {
    const first = h.split(/[\s-]/)[0];
    const list = complementHeads.get(first) ?? [];
    list.push(h.toLowerCase().replace(/-/g, ' '));
    complementHeads.set(first, list);
  }
  lex = {
    complementHeads,
    acronymComplements: new Set(d.acronymComplements),
    listed: d,
    current: alternation(d.current, runningText),
    former: alternation(d.former, runningText),
    appointVerbs: alternation(d.appointVerbs, runningText),
    becomeVerbs: alternation(d.becomeVerbs, runningText),
    holdPhrases: alternation(d.holdPhrases, runningText),
    postIntros: alternation(d.postIntros, runningText),
    replacing: alternation(d.replacing, runningText),
    succeeding: alternation(d.succeeding, runningText),
    replacedBy: alternation(d.replacedBy, runningText),
    qualifiers: alternation(d.qualifiers, runningText),
  };
  return lex;
}

/** Before a word: no letter. After a phrase: no letter. */
export const B = '(?<!\\p{L}|\\p{M})';
export const E = '(?!\\p{L}|\\p{M})';
export const SP = '[\\s\\u00a0]+';
