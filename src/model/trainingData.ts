/**
 * Reads token-per-line NER corpora (CoNLL 2003 style, CoNLL-U-like "index token tag",
 * HIPE TSV with a header) in IOB1, IOB2 or BIOES into documents of plain text with
 * character spans. The tagger then re-tokenizes that text with its own tokenizer, so it
 * learns from tokens exactly like the ones it will see at run time, whatever the corpus's
 * tokenization was.
 */
import { isWordCharAt, tokenize, type Token } from './tokenize.js';

export type ModelEntityType = 'person' | 'place' | 'organization';

export interface TrainingEntity {
  /** UTF-16 offsets into text. */
  start: number;
  end: number;
  type: ModelEntityType;
}

export interface TrainingDocument {
  id: string;
  text: string;
  entities: TrainingEntity[];
  /** The corpus's own tokens (UTF-16 spans), when read from a token-per-line file. */
  tokens?: Token[];
}

const TAG = /^([BIESLU])-(.+)$/;

export function mapEntityLabel(label: string): ModelEntityType | null {
  switch (label.toLowerCase()) {
    case 'per': case 'pers': case 'person': case 'personne':
      return 'person';
    case 'loc': case 'location': case 'gpe': case 'place': case 'lieu':
      return 'place';
    case 'org': case 'organization': case 'organisation':
      return 'organization';
    default:
      return null;
  }
}

function isTag(s: string): boolean {
  return s === 'O' || TAG.test(s);
}

interface Columns {
  token: number;
  tag: number;
  misc: number;
}

class DocBuilder {
  // Pieces joined at the end: repeated `text +=` plus endsWith() would flatten a rope per token.
  private parts: string[] = [];
  private length = 0;
  private atLineStart = true;
  entities: TrainingEntity[] = [];
  tokens: Token[] = [];
  private open: { label: string; start: number; end: number } | null = null;
  private glue = false;

  constructor(readonly id: string) {}

  get empty(): boolean {
    return this.tokens.length === 0;
  }

  private close(): void {
    if (!this.open) return;
    const type = mapEntityLabel(this.open.label);
    if (type) this.entities.push({ start: this.open.start, end: this.open.end, type });
    this.open = null;
  }

  add(token: string, tag: string, noSpaceAfter: boolean, endOfSentence: boolean): void {
    if (this.length > 0 && !this.glue && !this.atLineStart) this.push(' ');
    const start = this.length;
    this.push(token);
    const end = this.length;
    this.tokens.push({ start, end });
    const m = TAG.exec(tag);
    if (!m) {
      this.close();
    } else {
      const [, prefix, label] = m;
      const continues = (prefix === 'I' || prefix === 'E' || prefix === 'L') && this.open?.label === label;
      if (continues) this.open!.end = end;
      else {
        this.close();
        this.open = { label, start, end };
      }
      if (prefix === 'E' || prefix === 'L' || prefix === 'S' || prefix === 'U') this.close();
    }
    this.glue = noSpaceAfter;
    if (endOfSentence) this.sentenceBreak();
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    this.atLineStart = s === '\n';
  }

  sentenceBreak(): void {
    this.close();
    if (this.length > 0 && !this.atLineStart) this.push('\n');
    this.glue = false;
  }

  finish(): TrainingDocument {
    this.close();
    return { id: this.id, text: this.parts.join(''), entities: this.entities, tokens: this.tokens };
  }
}

/** Parse one corpus file's content. `name` prefixes document ids. */
export function readConll(content: string, name = 'conll'): TrainingDocument[] {
  const docs: TrainingDocument[] = [];
  const lines = content.split(/\r?\n/);
  let cols: Columns | null = null;
  let header = false;
  let doc = new DocBuilder(`${name}#1`);
  const newDoc = (id?: string) => {
    if (!doc.empty) docs.push(doc.finish());
    doc = new DocBuilder(id ?? `${name}#${docs.length + 1}`);
  };
  for (const line of lines) {
    if (line.trim() === '') {
      doc.sentenceBreak();
      continue;
    }
    const parts = line.includes('\t') ? line.split('\t') : line.trim().split(/\s+/);
    if (!cols && parts[0] === 'TOKEN') {
      // HIPE: the header names the columns; coarse literal tags are the ones we learn.
      const tag = parts.indexOf('NE-COARSE-LIT');
      cols = { token: 0, tag: tag >= 0 ? tag : 1, misc: parts.indexOf('MISC') };
      header = true;
      continue;
    }
    if (line.startsWith('#') && (header || !isTag(parts[parts.length - 1]) || parts.length < 2)) {
      const m = /document_id\s*=\s*(\S+)/.exec(line);
      if (m) newDoc(`${name}#${m[1]}`);
      continue;
    }
    if (parts[0] === '-DOCSTART-') {
      newDoc();
      continue;
    }
    if (parts.length < 2) continue;
    const c: Columns = cols ?? { token: parts.length >= 3 && /^\d+$/.test(parts[0]) ? 1 : 0, tag: parts.length - 1, misc: -1 };
    const token = parts[c.token];
    const tag = parts[c.tag] ?? 'O';
    const misc = c.misc >= 0 ? parts[c.misc] ?? '' : '';
    if (!token) continue;
    doc.add(token, isTag(tag) ? tag : 'O', /NoSpaceAfter|SpaceAfter=No/.test(misc), /EndOfSentence/.test(misc));
  }
  newDoc();
  return docs;
}

const HONORIFICS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'mgr', 'dr', 'me', 'monsieur', 'messieurs', 'madame', 'mesdames',
  'mademoiselle', 'sieur', 'dame', 'veuve', 'vve', 'sir', 'lord', 'lady', 'mr', 'mrs', 'ms', 'st', 'saint', 'sainte',
]);

function isCapitalized(s: string): boolean {
  const c = s[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * HIPE person spans include titles and functions ("vice-président du Conseil, M. Louis
 * Thorens"); the record keeps those apart and wants the name alone, so training spans are
 * cut down to the name: the comma-separated part with most capitalized words, without
 * leading honorifics or lower-case words.
 */
export function trimPersonSpans(doc: TrainingDocument): TrainingDocument {
  const entities: TrainingEntity[] = [];
  for (const e of doc.entities) {
    if (e.type !== 'person') {
      entities.push(e);
      continue;
    }
    const sub = doc.text.slice(e.start, e.end);
    const toks = tokenize(sub);
    const segs: Token[][] = [[]];
    for (const t of toks) {
      const s = sub.slice(t.start, t.end);
      if (s === ',' || s === '(' || s === ')' || s === ';') segs.push([]);
      else segs[segs.length - 1].push(t);
    }
    let best: Token[] = [];
    let bestScore = 0;
    for (const seg of segs) {
      let score = 0;
      for (const t of seg) {
        const s = sub.slice(t.start, t.end);
        if (isCapitalized(s) && !HONORIFICS.has(s.toLowerCase())) score++;
      }
      if (score > bestScore) {
        best = seg;
        bestScore = score;
      }
    }
    let a = 0;
    let b = best.length;
    const text = (t: Token) => sub.slice(t.start, t.end);
    while (a < b && (!isCapitalized(text(best[a])) || HONORIFICS.has(text(best[a]).toLowerCase()) || text(best[a]) === '.')) a++;
    while (b > a && !/[\p{L}\p{N}]/u.test(text(best[b - 1]))) b--;
    if (a >= b) continue;
    entities.push({ start: e.start + best[a].start, end: e.start + best[b - 1].end, type: 'person' });
  }
  return { ...doc, entities };
}

/**
 * Our tokens, split further wherever the corpus puts a token boundary inside one of them.
 * OCR glues words ("Siegfriedcompte") that annotators split: learning and scoring on the
 * glued token would blame the model for the OCR. Elsewhere our tokenization is kept, since
 * it is what the model sees at run time.
 */
export function refineTokens(text: string, ours: Token[], corpus: Token[]): Token[] {
  // Only boundaries between two word characters: "l" + "’" in HIPE stays our "l’".
  const cuts = new Set<number>();
  for (const t of corpus) {
    if (t.start > 0 && isWordCharAt(text, t.start - 1) && isWordCharAt(text, t.start)) cuts.add(t.start);
  }
  if (cuts.size === 0) return ours;
  const out: Token[] = [];
  for (const t of ours) {
    let start = t.start;
    for (let i = t.start + 1; i < t.end; i++) {
      if (cuts.has(i)) {
        out.push({ start, end: i });
        start = i;
      }
    }
    out.push({ start, end: t.end });
  }
  return out;
}
