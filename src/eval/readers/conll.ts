/**
 * CoNLL-style NER files (CoNLL-2003, WikiNEuRal, Europeana, seqeval output…): one token per line
 * with its tag, blank lines between sentences, optional `-DOCSTART-` lines between documents.
 *
 * The original text is gone, so it is rebuilt: tokens joined by single spaces, each CoNLL sentence
 * on its own line, N sentences per document. Offsets are code points into that rebuilt text.
 */
import { decodeTags, detectScheme, type TagScheme } from '../chunks.js';
import { typeForLabel } from '../labels.js';
import { TextBuilder, cpLength } from '../text.js';
import type { GoldDocument, GoldEntity } from '../types.js';
import type { GoldCorpus } from './corpus.js';

export interface ConllOptions {
  /** Tag scheme; detected from the tags when absent. */
  scheme?: TagScheme;
  /** 1-based column holding the tag; default: the last column. */
  tagColumn?: number;
  /** 1-based column holding the token; default: the first, or the second when the first numbers the tokens. */
  tokenColumn?: number;
  /** Sentences per document; default: by -DOCSTART- when the file has them, else 20. */
  docSize?: number;
  /**
   * Sentences longer than this many tokens are cut after sentence-final punctuation outside any
   * entity (files such as Europeana's have no blank lines at all). Default 200.
   */
  maxSentenceTokens?: number;
}

interface Sentence {
  tokens: string[];
  tags: string[];
  /** Set on the first piece of an over-long sentence that was cut. */
  cut?: boolean;
}

const DEFAULT_DOC_SIZE = 20;
const TAG_LIKE = /^(?:O|[BIESLU][-_]\S+)$/;
const FINAL_PUNCT = /^[.!?…]+$/;

function columns(line: string): string[] {
  return line.includes('\t') ? line.split('\t') : line.trim().split(/ +/);
}

/**
 * A line starting with '#' is a comment unless it is a token row for the token "#"
 * (its tag column then looks like a tag).
 */
function isComment(cols: string[], tagIndex: (n: number) => number): boolean {
  if (!cols[0].startsWith('#')) return false;
  if (cols.length < 2) return true;
  return !TAG_LIKE.test(cols[tagIndex(cols.length)] ?? '');
}

export function readConll(source: string, id: string, options: ConllOptions = {}): GoldCorpus {
  const tagIndex = (n: number) => (options.tagColumn ? options.tagColumn - 1 : n - 1);
  const docs: Sentence[][] = [];
  let current: Sentence[] = [];
  let sentence: Sentence = { tokens: [], tags: [] };
  let hasDocstart = false;
  let tokenIndex = options.tokenColumn ? options.tokenColumn - 1 : -1;
  let firstRows: string[][] = [];
  let malformed = 0;

  const endSentence = () => {
    if (sentence.tokens.length) current.push(sentence);
    sentence = { tokens: [], tags: [] };
  };
  const endDoc = () => {
    endSentence();
    if (current.length) docs.push(current);
    current = [];
  };
  // The token column is decided on the first sentence: a leading column counting 0,1,2… or
  // 1,2,3… (WikiNEuRal) is an index, not the token.
  const decideTokenColumn = () => {
    if (tokenIndex >= 0) return;
    const numbered =
      firstRows.length > 0 &&
      firstRows.every((r) => r.length >= 3) &&
      firstRows.every((r, i) => r[0] === String(i + Number(firstRows[0][0]))) &&
      (firstRows[0][0] === '0' || firstRows[0][0] === '1');
    tokenIndex = numbered ? 1 : 0;
    for (const r of firstRows) addRow(r);
    firstRows = [];
  };
  const addRow = (cols: string[]) => {
    const tag = cols[tagIndex(cols.length)];
    const token = cols[tokenIndex];
    if (tag === undefined || token === undefined || cols.length < 2) {
      malformed++;
      return;
    }
    sentence.tokens.push(token);
    sentence.tags.push(tag);
  };

  for (const raw of source.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      if (tokenIndex < 0 && firstRows.length) decideTokenColumn();
      endSentence();
      continue;
    }
    const cols = columns(line);
    if (cols[0] === '-DOCSTART-' || (tokenIndex > 0 && cols[tokenIndex] === '-DOCSTART-')) {
      if (tokenIndex < 0 && firstRows.length) decideTokenColumn();
      hasDocstart = true;
      endDoc();
      continue;
    }
    if (isComment(cols, tagIndex)) continue;
    if (tokenIndex < 0) {
      firstRows.push(cols);
      // A file without blank lines: decide on a prefix rather than buffering it all.
      if (firstRows.length >= 200) decideTokenColumn();
      continue;
    }
    addRow(cols);
  }
  if (tokenIndex < 0) decideTokenColumn();
  endDoc();

  const allTags = (function* () {
    for (const d of docs) for (const s of d) yield* s.tags;
  })();
  const scheme = options.scheme ?? detectScheme(allTags);
  const docSize = options.docSize ?? (hasDocstart ? Infinity : DEFAULT_DOC_SIZE);
  const maxTokens = options.maxSentenceTokens ?? 200;

  const documents: GoldDocument[] = [];
  const annotated = new Set<string>();
  let invalid = 0;
  let cutSentences = 0;
  let builder = new TextBuilder();
  let entities: GoldEntity[] = [];
  let inDoc = 0;

  const flush = () => {
    if (inDoc === 0) return;
    const n = documents.length + 1;
    documents.push({ id: `${id}#${n}`, text: builder.toString(), entities });
    builder = new TextBuilder();
    entities = [];
    inDoc = 0;
  };

  for (const doc of docs) {
    for (const s of doc.flatMap((x) => cut(x, scheme, maxTokens))) {
      if (s.cut) cutSentences++;
      const decoded = decodeTags(s.tags, scheme);
      invalid += decoded.invalid;
      if (inDoc > 0) builder.push('\n');
      const starts: number[] = new Array(s.tokens.length);
      for (let i = 0; i < s.tokens.length; i++) {
        if (i > 0) builder.push(' ');
        starts[i] = builder.length;
        builder.push(s.tokens[i]);
      }
      for (const c of decoded.chunks) {
        const type = typeForLabel(c.label);
        if (type) annotated.add(type);
        const start = starts[c.start];
        const text = s.tokens.slice(c.start, c.end).join(' ');
        const e: GoldEntity = { type: type ?? c.label, start, end: start + cpLength(text), text };
        if (type !== c.label) e.label = c.label;
        entities.push(e);
      }
      inDoc++;
      if (inDoc >= docSize) flush();
    }
    flush();
  }

  const notes = [
    `CoNLL ${id}: ${options.scheme ? 'scheme' : 'detected scheme'} ${scheme.toUpperCase()}, token column ${tokenIndex + 1}, ` +
      `tag column ${options.tagColumn ?? 'last'}, ${hasDocstart && !options.docSize ? 'documents by -DOCSTART-' : `${docSize} sentences per document`}`,
  ];
  if (invalid) notes.push(`${id}: ${invalid} tags invalid under ${scheme.toUpperCase()} (read as chunk starts/ends)`);
  if (cutSentences)
    notes.push(`${id}: ${cutSentences} sentences over ${maxTokens} tokens cut into lines after final punctuation (outside entities)`);
  if (malformed) notes.push(`${id}: ${malformed} rows without a token and a tag column ignored`);
  return { format: 'conll', documents, annotatedTypes: [...annotated], notes };
}

/**
 * An over-long sentence (a file without blank lines is one endless sentence) cut into pieces
 * after sentence-final punctuation, never inside an entity; failing punctuation for very long,
 * at any token outside an entity.
 */
function cut(s: Sentence, scheme: TagScheme, maxTokens: number): Sentence[] {
  if (s.tokens.length <= maxTokens) return [s];
  const inside = new Uint8Array(s.tokens.length + 1);
  for (const c of decodeTags(s.tags, scheme).chunks) for (let i = c.start + 1; i < c.end; i++) inside[i] = 1;
  const pieces: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < s.tokens.length - 1; i++) {
    const run = i + 1 - from;
    if (inside[i + 1] || run < 5) continue;
    if (FINAL_PUNCT.test(s.tokens[i]) || run >= maxTokens) {
      pieces.push({ tokens: s.tokens.slice(from, i + 1), tags: s.tags.slice(from, i + 1) });
      from = i + 1;
    }
  }
  pieces.push({ tokens: s.tokens.slice(from), tags: s.tags.slice(from) });
  pieces[0].cut = true;
  return pieces;
}
