/**
 * chrono's parse, with each parser's regex tried only near its anchor words (anchors.ts)
 * instead of scanning the whole chunk: 28 parsers each scanning every chunk were a fifth of
 * the pipeline's time. The results, their order and what the refiners see are the same as
 * chrono's `Chrono.parse` on the chunk.
 *
 * chrono looks for a parser's next match with `pattern.exec(text.substring(k))`, k being
 * where the previous match left off; the match it finds is the one at the first position
 * where the pattern matches. We try a sticky copy of the pattern on the same substring, at
 * the positions of the anchor windows in order, which gives that same first match as long as
 * every position where a match can begin is tried: a match touches an anchor word and at most
 * `lead` words before it, so it begins after the end of the word `lead + 1` before the anchor
 * and before the anchor's end. An anchor word next to which the text lacks what every match
 * holds there (the gate's `atStart`, `atEnd`) begins no match, or none the parser accepts: its
 * window is not tried.
 */
import { Chrono, ParsingComponents, ParsingResult } from 'chrono-node/fr';
import type { Parser, ParsingContext, Refiner } from 'chrono-node';
import { lazyRegExp } from '../text/lazyRegExp.js';
import { ownTags } from './tags.js';
import { ChunkWords, isAsciiNonWord, isWordCode, type AnchorFlags, type FirstChars, type Gate } from './anchors.js';

export interface GatedParser {
  parser: Parser;
  gate: Gate;
  /** The gate's `firsts`, as a table. */
  firsts: FirstChars | null;
  /**
   * The parser's pattern with the sticky flag. It and the two below are made at their first use
   * (text/lazyRegExp.ts): a short text has the anchors of a few parsers only.
   */
  sticky: () => RegExp;
  /** The gate's `atStart` and `atEnd`, sticky. */
  atStart: (() => RegExp) | null;
  atEnd: (() => RegExp) | null;
}

export interface GatedEngine {
  parsers: GatedParser[];
  refiners: Refiner[];
  anchors: AnchorFlags;
}

type ContextClass = new (text: string, ref: Date) => ParsingContext;
let contextClass: ContextClass | null = null;

/** chrono.fr's entry point does not export ParsingContext: take the class of one chrono made. */
function newContext(text: string, ref: Date): ParsingContext {
  if (!contextClass) {
    let made: ParsingContext | null = null;
    const spy: Refiner = { refine: (context, results) => ((made = context), results) };
    new Chrono({ parsers: [], refiners: [spy] }).parse('', ref);
    contextClass = (made as unknown as { constructor: ContextClass }).constructor;
  }
  return new contextClass(text, ref);
}

/** tags.ts reads chrono's tag sets in place: make sure this chrono keeps them where it expects. */
export function checkTagStore(): void {
  const c = newContext('', new Date()).createParsingComponents({});
  c.addTag('x/check');
  if (!(ownTags(c) instanceof Set) || !ownTags(c).has('x/check')) throw new Error('chrono ParsingComponents no longer keeps its tags in _tags');
}

/** A gate's `atStart` and `atEnd`, compiled to test at an anchor word's start and end. */
export function surroundings(gate: Gate): Pick<GatedParser, 'atStart' | 'atEnd'> {
  const sticky = (source: string | undefined) => (source === undefined ? null : lazyRegExp(source, 'iuy'));
  return { atStart: sticky(gate.atStart), atEnd: sticky(gate.atEnd) };
}

/** The anchor words (indices into `words`) around which the text holds what the gate asks. */
function surrounded(gp: GatedParser, words: ChunkWords, anchors: number[]): number[] {
  if ((!gp.atStart && !gp.atEnd) || anchors.length === 0) return anchors;
  const atStart = gp.atStart && gp.atStart();
  const atEnd = gp.atEnd && gp.atEnd();
  const text = words.text;
  let kept: number[] | null = null;
  for (let i = 0; i < anchors.length; i++) {
    const w = anchors[i];
    let fits = true;
    if (atStart) {
      atStart.lastIndex = words.start[w];
      fits = atStart.test(text);
    }
    if (fits && atEnd) {
      atEnd.lastIndex = words.end[w];
      fits = atEnd.test(text);
    }
    // copied at the first anchor word dropped
    if (!fits && kept === null) kept = anchors.slice(0, i);
    else if (fits && kept !== null) kept.push(w);
  }
  return kept ?? anchors;
}

/**
 * A parser's pattern, sticky. Built once, at the first call: some chrono parsers build theirs on
 * every call. `own`: the source and flags of our parsers' patterns (FrParser.patternParts), read
 * without making the unsticky pattern, which the gated engine never runs.
 */
export function stickyPattern(parser: Parser, own?: { source: string; flags: string }): () => RegExp {
  let made: RegExp | null = null;
  return () => {
    if (made) return made;
    const p = own ?? parser.pattern(newContext('', new Date()));
    return (made = new RegExp(p.source, p.flags.replace(/[gy]/g, '') + 'y'));
  };
}

/** `words`: the chunk's anchor words when already found. */
export function parseGated(engine: GatedEngine, text: string, ref: Date, words = new ChunkWords(text, engine.anchors)): ParsingResult[] {
  const context = newContext(text, ref);
  let results: ParsingResult[] = [];
  const parsers = engine.parsers;
  const needBit = engine.anchors.needBit;
  const byGate = words.present === 0 ? [] : words.anchorsByGate(parsers.length);
  for (let b = 0; b < parsers.length; b++) {
    if (!(words.present & (1 << b)) || (words.presentNeeds & needBit[b]) !== needBit[b]) continue;
    const anchors = surrounded(parsers[b], words, byGate[b]);
    if (anchors.length === 0) continue;
    const found = executeGated(context, parsers[b], words, anchors);
    if (found.length) results = results.concat(found);
  }
  // every refiner maps no result to none
  if (results.length === 0) return results;
  results.sort((a, b) => a.index - b.index);
  for (const refiner of engine.refiners) results = refiner.refine(context, results);
  return results;
}

function startable(text: string, p: number, gate: Gate, firsts: FirstChars | null): boolean {
  const c = text.charCodeAt(p);
  switch (gate.starts) {
    case 'beforeDigit': {
      const d = text.charCodeAt(p + 1);
      return d >= 48 && d <= 57 && !(c >= 48 && c <= 57);
    }
    case 'boundary':
      return isAsciiNonWord(c);
    default:
      if (isWordCode(c)) return (p === 0 || !isWordCode(text.charCodeAt(p - 1))) && (firsts === null || firsts.has(c));
      return gate.also !== undefined && gate.also.includes(text[p]);
  }
}

/** chrono's executeParser (chrono.js), the next match found at the anchor windows only. */
function executeGated(context: ParsingContext, gp: GatedParser, words: ChunkWords, anchors: number[]): ParsingResult[] {
  const { parser, gate, firsts } = gp;
  const sticky = gp.sticky();
  const text = context.text;
  const results: ParsingResult[] = [];
  const lead = gate.lead;
  let k = 0;
  let first = 0;
  for (;;) {
    // the first anchor window that ends after k (k can move back: a parser may return a
    // result that starts before its match)
    while (first > 0 && words.end[anchors[first - 1]] > k) first--;
    while (first < anchors.length && words.end[anchors[first]] <= k) first++;
    // chrono's substring, cut only when some position is tried
    let remaining: string | null = null;
    let match: RegExpExecArray | null = null;
    let tried = k - 1;
    for (let j = first; j < anchors.length && !match; j++) {
      const w = anchors[j];
      const lo = words.leftBound(w, lead);
      const hi = words.end[w];
      for (let p = Math.max(lo, tried + 1); p < hi; p++) {
        tried = p;
        if (p !== k && !startable(text, p, gate, firsts)) continue;
        sticky.lastIndex = p - k;
        if (remaining === null) remaining = text.substring(k);
        match = sticky.exec(remaining);
        if (match) break;
      }
    }
    if (!match) return results;
    match.index += k;
    const result = parser.extract(context, match);
    if (!result) {
      k = match.index + 1;
      continue;
    }
    let parsed: ParsingResult;
    if (result instanceof ParsingResult) {
      parsed = result;
    } else if (result instanceof ParsingComponents) {
      parsed = context.createParsingResult(match.index, match[0]);
      parsed.start = result;
    } else {
      parsed = context.createParsingResult(match.index, match[0], result);
    }
    results.push(parsed);
    k = parsed.index + parsed.text.length;
  }
}
