/**
 * IOB2 CoNLL for sequence-labelling scorers (seqeval, conlleval): one `token<TAB>tag` per line,
 * a blank line after each sentence, `-DOCSTART-` opening each document as in CoNLL-2003.
 * Tags: B-/I- + PER, LOC, ORG, DATE, RANK. An entity boundary inside a token splits the token
 * ("Goïta-Camara" with only "Goïta" tagged gives "Goïta" "-Camara"), so every entity survives
 * the trip exactly.
 */
import type { Entity, ErrorRecord, ExtraitRecord, SentenceRecord } from '../types.js';
import { CONLL_TAG } from './entityFields.js';
import type { RecordFormatter } from './index.js';
import { tokenize, type Token } from './tokenize.js';

export const DOCSTART = '-DOCSTART-\tO';

export class ConllFormatter implements RecordFormatter {
  header(): string {
    return '';
  }

  record(rec: ExtraitRecord | ErrorRecord, text: string | null): string {
    // CoNLL has no place for a failed document; the CLI reports errors on stderr.
    if ('error' in rec || text === null) return '';
    return `${DOCSTART}\n\n${conllDocument(text, rec.entities, rec.sentences)}`;
  }

  footer(): string {
    return '';
  }
}

/**
 * CoNLL cannot express overlapping spans: keep a non-overlapping subset, earliest first and,
 * at equal starts, the longest (a person mention over the rank inside it).
 */
export function flatEntities(entities: readonly Entity[]): Entity[] {
  const sorted = entities
    .filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start < e.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Entity[] = [];
  let lastEnd = 0;
  for (const e of sorted) {
    if (e.start >= lastEnd) {
      kept.push(e);
      lastEnd = e.end;
    }
  }
  return kept;
}

/** Splits tokens at the given code point positions (sorted ascending) that fall inside them. */
export function splitTokens(tokens: readonly Token[], cuts: readonly number[]): Token[] {
  const out: Token[] = [];
  let c = 0;
  for (const t of tokens) {
    while (c < cuts.length && cuts[c] <= t.start) c++;
    if (c >= cuts.length || cuts[c] >= t.end) {
      out.push(t);
      continue;
    }
    const chars = [...t.text];
    let from = t.start;
    let first = true;
    while (c < cuts.length && cuts[c] < t.end) {
      out.push({ start: from, end: cuts[c], text: chars.slice(from - t.start, cuts[c] - t.start).join(''), newlineBefore: first && t.newlineBefore });
      first = false;
      from = cuts[c];
      c++;
    }
    out.push({ start: from, end: t.end, text: chars.slice(from - t.start).join(''), newlineBefore: false });
  }
  return out;
}

export interface TaggedToken extends Token {
  tag: string;
  /** Sentence index, or for tokens outside any sentence -1 - line number: a change is a break. */
  block: number;
}

export function tagTokens(text: string, entities: readonly Entity[], sentences: readonly SentenceRecord[]): TaggedToken[] {
  const flat = flatEntities(entities);
  const sents = [...sentences].sort((a, b) => a.start - b.start);
  const cuts = new Set<number>();
  for (const e of flat) {
    cuts.add(e.start);
    cuts.add(e.end);
  }
  for (const s of sents) cuts.add(s.start);
  const tokens = splitTokens(tokenize(text), [...cuts].sort((a, b) => a - b));
  const out: TaggedToken[] = new Array(tokens.length);
  let ei = 0;
  let lastTagged = -1;
  let si = 0;
  let line = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.newlineBefore) line++;
    while (si < sents.length && sents[si].end <= t.start) si++;
    const block = si < sents.length && sents[si].start <= t.start ? si : -1 - line;
    while (ei < flat.length && flat[ei].end <= t.start) ei++;
    let tag = 'O';
    if (ei < flat.length && flat[ei].start <= t.start) {
      tag = (ei === lastTagged ? 'I-' : 'B-') + (CONLL_TAG[flat[ei].type] ?? String(flat[ei].type).toUpperCase());
      lastTagged = ei;
    }
    out[i] = { start: t.start, end: t.end, text: t.text, newlineBefore: t.newlineBefore, tag, block };
  }
  return out;
}

/** Sentences of one document as CoNLL lines, each sentence followed by a blank line. */
export function conllDocument(text: string, entities: readonly Entity[], sentences: readonly SentenceRecord[]): string {
  const lines: string[] = [];
  let block: number | null = null;
  for (const t of tagTokens(text, entities, sentences)) {
    // Never break inside an entity: an I- after a blank line would start a new entity.
    if (block !== null && t.block !== block && t.tag.charCodeAt(0) !== 73 /* I */) lines.push('');
    block = t.block;
    lines.push(`${t.text}\t${t.tag}`);
  }
  return block === null ? '' : lines.join('\n') + '\n\n';
}
