/**
 * The organization lexicon: known bodies with their acronyms and variants
 * (data/organizations/known.json), names matched as written (data/organizations/names.txt), head
 * words that open a name ("Conseil", "Forces"), English endings ("Pictures") and ALL-CAPS words
 * that are no acronyms. Loaded once, on first use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, loadJson, loadList } from '../data.js';
import { escapeRegExp, foldKey, foldLines } from '../text/normalize.js';
import { LexiconMatcher } from '../text/lexiconMatcher.js';
import { foldWord } from '../text/fold.js';
import { stickyOf } from '../text/anchorGate.js';
import { FoldedWordFilter } from '../text/foldedWordFilter.js';

export interface KnownOrg { name: string; acronyms: string[]; variants: string[] }
interface OrgData { organizations: KnownOrg[]; heads: string[]; notAcronyms: string[]; tails: string[] }

export interface OrgLexicon {
  /** folded name/variant → canonical */
  byName: Map<string, KnownOrg>;
  byAcronym: Map<string, KnownOrg>;
  names: LexiconMatcher;
  /** head words by first word (exact case), each phrase with its length, longest first */
  heads: Map<string, string[]>;
  notAcronyms: Set<string>;
  /** folded forms from data/organizations/names.txt → the form as written: matched in its case */
  exactCase: Map<string, string>;
  /** names of the "Seats of power" section of names.txt (Kremlin, Koulouba): the government only by metonymy */
  seats: Set<string>;
  tails: Set<string>;
  /** capitalized words (Latin letters) or a lower-case head word; no 'u' flag: much faster */
  wordPattern: RegExp;
  wordPatternSticky: RegExp;
  /** heads' first words and tails, folded: a capitalized word of wordPattern may begin with one */
  upperHeadOrTail: FoldedWordFilter;
  /** the lower-case heads of wordPattern, folded */
  lowerHead: FoldedWordFilter;
  /** the lower-case heads are letters and digits: a match of wordPattern stays in one token */
  wordsInTokens: boolean;
}

let lexicon: OrgLexicon | null = null;

/** Folded words joined by one space: the key the lexicon matcher sees ("Warner Bros." → "warner bros"). */
export function wordsKey(s: string): string {
  return wordsOfFolded(foldKey(s));
}

/** wordsKey of a name already folded by foldKey. */
function wordsOfFolded(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}


export function orgLexicon(): OrgLexicon {
  if (lexicon) return lexicon;
  const d = loadJson<OrgData>('organizations/known.json');
  const byName = new Map<string, KnownOrg>();
  const byAcronym = new Map<string, KnownOrg>();
  const names: string[] = [];
  for (const o of d.organizations) {
    for (const n of [o.name, ...o.variants]) {
      byName.set(foldKey(n), o);
      names.push(n);
    }
    for (const a of o.acronyms) if (!byAcronym.has(a)) byAcronym.set(a, o);
  }
  const exactCase = new Map<string, string>();
  const seats = new Set<string>();
  let inSeats = false;
  const text = readFileSync(join(DATA_DIR, 'organizations', 'names.txt'), 'utf8');
  // folded once, in one pass: the first-document cost of the lexicon is mostly these 1,400 names
  const foldedLines = foldLines(text);
  for (const [i, line] of text.split('\n').entries()) {
    const n = line.trim();
    if (n.startsWith('#')) inSeats = /seats of power/i.test(n);
    if (!n || n.startsWith('#')) continue;
    const folded = foldedLines[i];
    if (byName.has(folded)) continue;
    const words = wordsOfFolded(folded);
    if (inSeats) seats.add(words);
    exactCase.set(words, n);
    names.push(n);
  }
  const heads = new Map<string, string[]>();
  for (const h of [...d.heads].sort((a, b) => b.length - a.length)) {
    const first = h.split(/[\s'’-]/)[0];
    const list = heads.get(first) ?? [];
    if (!list.includes(h)) list.push(h);
    heads.set(first, list);
  }
  const lowerHeads = [...heads.keys()].filter((h) => /^[a-zà-ÿ]/.test(h));
  const wordPattern = new RegExp(
    `[A-ZÀ-ÖØ-Þ][a-zA-Zà-öø-ÿÀ-ÖØ-ÞœŒ0-9]*|(?<![a-zà-öø-ÿ])(?:${lowerHeads.map(escapeRegExp).join('|')})(?![a-zà-öø-ÿ])`,
    'g',
  );
  const headsAndTails = [...heads.keys(), ...d.tails];
  lexicon = {
    byName,
    byAcronym,
    seats,
    names: new LexiconMatcher(names),
    heads,
    // news flags ("URGENT -", "EXCLUSIF.") are no acronyms either
    notAcronyms: new Set([...d.notAcronyms, ...loadList('organizations/news-flags.txt')]),
    exactCase,
    tails: new Set(d.tails),
    wordPattern,
    wordPatternSticky: stickyOf(wordPattern),
    upperHeadOrTail: new FoldedWordFilter(headsAndTails.map(foldWord)),
    lowerHead: new FoldedWordFilter(lowerHeads.map(foldWord)),
    // capitalized runs are letters and digits; so must the lower-case heads be, to stay in one token of the table
    wordsInTokens: lowerHeads.every((w) => /^[\p{L}\p{N}]+$/u.test(w)),
  };
  return lexicon;
}

/** Whether a name is a listed body (known.json or names.txt), as written or folded. */
export function isListedOrganization(name: string): boolean {
  const lex = orgLexicon();
  return lex.byName.has(foldKey(name)) || lex.exactCase.has(wordsKey(name));
}

/** ALL-CAPS words that name no organization (PIB, VIH, FCFA…): other recognizers ask too. */
export function isNotAcronym(word: string): boolean {
  return orgLexicon().notAcronyms.has(word);
}
