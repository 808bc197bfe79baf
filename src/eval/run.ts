/**
 * `extrait eval` as a library: read gold files, run the pipeline on their text, score.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { Entity, ExtraitRecord } from '../types.js';
import type { TagScheme } from './chunks.js';
import { ComponentScorer, type ComponentScore } from './components.js';
import { EXTRAIT_TYPES } from './labels.js';
import { readConll } from './readers/conll.js';
import { readBratPair } from './readers/brat.js';
import { readConllu } from './readers/conllu.js';
import type { GoldCorpus } from './readers/corpus.js';
import { readHipe } from './readers/hipe.js';
import { langidLabel, readLangid } from './readers/langid.js';
import {
  BoundaryScorer,
  LanguageScorer,
  SpanScorer,
  type LanguageGroupScore,
  type PRF,
  type SpanValue,
  type TypeScore,
} from './score.js';
import type { GoldDocument } from './types.js';

export type EvalFormat = GoldCorpus['format'];
export const EVAL_FORMATS: readonly EvalFormat[] = ['conll', 'hipe', 'timeml', 'conllu', 'langid', 'brat'];

export interface EvalOptions {
  /** A gold file or a directory of them (searched recursively, in name order). */
  gold: string;
  format?: EvalFormat;
  /** Entity types to score; default: the types the corpus annotates. */
  types?: string[];
  scheme?: TagScheme;
  /** 1-based tag column (CoNLL). */
  column?: number;
  /** 1-based token column (CoNLL). */
  tokenColumn?: number;
  /** Sentences per rebuilt document (CoNLL, CoNLL-U). */
  docSize?: number;
  /** At most this many documents from each file (langid: texts). */
  maxDocs?: number;
  /**
   * File-level split for corpora that have none: files in name order, index % every === 0 is
   * "dev", the rest "test" (the fr-timebank convention of this project).
   */
  split?: 'dev' | 'test' | 'all';
  splitEvery?: number;
  /** The pipeline to evaluate; default: extract() of this package. */
  extractFn?: (text: string, options: { id?: string; referenceDate?: string }) => ExtraitRecord;
}

export interface EvalReport {
  format: EvalFormat;
  gold: string;
  files: number;
  documents: number;
  /** Code points of text run through the pipeline. */
  characters: number;
  seconds: number;
  /** Documents on which the pipeline threw (scored as having no output). */
  errors: { id: string; message: string }[];
  /** Gold entities: read, scored, and why the others were not. */
  entitiesRead: number;
  entitiesScored: number;
  skipped: Record<string, number>;
  /** Our predictions left out: outside the scored types, or overlapping gold that is not scored. */
  predictionsIgnored: Record<string, number>;
  types: string[];
  entities?: { perType: TypeScore[]; overall: { gold: number; predicted: number; strict: PRF; fuzzy: PRF } };
  components?: ComponentScore;
  sentences?: PRF & { gold: number; predicted: number };
  language?: LanguageGroupScore[];
  notes: string[];
}

const EXTENSIONS: Record<EvalFormat, string[]> = {
  timeml: ['.tml', '.xml'],
  hipe: ['.tsv'],
  conllu: ['.conllu'],
  conll: ['.conll', '.conllu', '.bio', '.iob', '.iob2', '.bioes', '.bilou', '.txt', '.tsv', '.ner', '.tags'],
  langid: ['.txt'],
  brat: ['.ann'],
};
const ALL_EXTENSIONS = new Set(Object.values(EXTENSIONS).flat());

function listFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (ALL_EXTENSIONS.has(extname(name).toLowerCase())) out.push(full);
    }
  };
  walk(path);
  return out;
}

/** The format a file's content looks like, or null. */
export function detectFormat(path: string, head: string): EvalFormat | null {
  if (extname(path).toLowerCase() === '.ann') return 'brat'; // an empty .ann is a document without entities
  if (/<TimeML[\s>]/.test(head) || extname(path).toLowerCase() === '.tml') return 'timeml';
  if (/^(?=.*(?:^|\t)TOKEN(?:\t|$))(?=.*NE-COARSE-LIT)/m.test(head) || /^#\s*hipe20\d\d:/m.test(head)) return 'hipe';
  if (/^#\s*(?:text|sent_id)\s*=/m.test(head) || /^1(?:\t[^\t\n]*){9}$/m.test(head)) {
    return 'conllu';
  }
  const lines = head.split('\n').slice(0, 50).filter((l) => l.trim() && !l.startsWith('#'));
  const tagged = lines.filter((l) => /[\t ](?:O|[BIESLU][-_]\S+)\r?$/.test(l)).length;
  if (lines.length && tagged / lines.length > 0.8) return 'conll';
  if (extname(path).toLowerCase() === '.txt' && langidLabel(path)) return 'langid';
  return null;
}

/** BRAT: the annotated text is the .txt beside the .ann. */
function bratText(annPath: string): string {
  const txt = annPath.slice(0, -extname(annPath).length) + '.txt';
  if (!existsSync(txt)) throw new Error(`${annPath}: no ${basename(txt)} beside it`);
  return readFileSync(txt, 'utf8').replace(/^\uFEFF/, '');
}

async function readCorpus(format: EvalFormat, source: string, id: string, o: EvalOptions, path: string): Promise<GoldCorpus> {
  switch (format) {
    case 'brat':
      return readBratPair(bratText(path), source, id.replace(/\.ann$/i, '.txt'));
    case 'conll':
      return readConll(source, id, { scheme: o.scheme, tagColumn: o.column, tokenColumn: o.tokenColumn, docSize: o.docSize });
    case 'hipe':
      return readHipe(source, id);
    case 'conllu':
      return readConllu(source, id, { docSize: o.docSize });
    case 'langid':
      return readLangid(source, id);
    case 'timeml': {
      // Loaded on demand: the reader belongs to the dates work and only TimeML needs it.
      const { readTimeML } = await import('./readers/timeml.js');
      const doc = readTimeML(source, id);
      return { format: 'timeml', documents: [doc], annotatedTypes: ['date'], notes: [] };
    }
  }
}

/** Gold types whose spans are neither scored nor allowed to make our overlapping predictions false positives. */
const NEUTRAL_TIMEX = new Set(['time', 'duration', 'set']);

export async function evaluate(o: EvalOptions): Promise<EvalReport> {
  const started = performance.now();
  const notes: string[] = [];
  const isDir = statSync(o.gold).isDirectory();
  let files = listFiles(o.gold);
  const heads = new Map<string, string>();
  const head = (f: string) => {
    let h = heads.get(f);
    if (h === undefined) {
      const buf = readFileSync(f);
      h = buf.subarray(0, 65536).toString('utf8');
      heads.set(f, h);
    }
    return h;
  };
  let format = o.format;
  if (!format) {
    for (const f of files) {
      const d = detectFormat(f, head(f));
      if (d) {
        format = d;
        break;
      }
    }
    if (!format) throw new Error(`${o.gold}: no file in a known gold format (use --format ${EVAL_FORMATS.join('|')})`);
    notes.push(`format detected: ${format}`);
  }
  const fmt: EvalFormat = format;
  const kept: string[] = [];
  for (const f of files) {
    const ext = extname(f).toLowerCase();
    const detected = detectFormat(f, head(f));
    const fits = EXTENSIONS[fmt].includes(ext) && (detected === fmt || (!isDir && detected === null) || (fmt === 'conll' && detected === 'conllu' && !/^#\s*text\s*=/m.test(head(f))));
    if (fits || (!isDir && o.format)) kept.push(f);
    else if (fmt === 'brat' && ext === '.txt' && existsSync(f.slice(0, -ext.length) + '.ann')) continue; // the text of a pair
    else notes.push(`skipped ${relative(o.gold, f) || f}: not ${fmt}${detected ? ` (looks like ${detected})` : ''}`);
  }
  files = kept;
  if (o.split && o.split !== 'all') {
    const every = o.splitEvery ?? 3;
    files = files.filter((_, i) => (i % every === 0) === (o.split === 'dev'));
    notes.push(`split ${o.split}: files in name order, index % ${every} ${o.split === 'dev' ? '== 0' : '!= 0'} (${files.length} files)`);
  }
  if (files.length === 0) throw new Error(`${o.gold}: no ${fmt} file to evaluate`);

  const documents: GoldDocument[] = [];
  const readerSkipped: Record<string, number> = {};
  const annotated = new Set<string>();
  let capped = 0;
  for (const f of files) {
    const id = isDir ? relative(o.gold, f) : basename(f);
    const source = readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
    const corpus = await readCorpus(fmt, source, id, o, f);
    let docs = corpus.documents;
    if (o.maxDocs !== undefined && docs.length > o.maxDocs) {
      capped++;
      docs = docs.slice(0, o.maxDocs);
    }
    documents.push(...docs);
    for (const [why, n] of Object.entries(corpus.skipped ?? {})) readerSkipped[why] = (readerSkipped[why] ?? 0) + n;
    for (const t of corpus.annotatedTypes) annotated.add(t);
    notes.push(...corpus.notes);
  }

  if (capped) notes.push(`--max-docs: only the first ${o.maxDocs} documents of ${capped} of the ${files.length} files`);
  const types = o.types ?? EXTRAIT_TYPES.filter((t) => annotated.has(t));
  for (const t of types) {
    if (!annotated.has(t) && fmt !== 'conllu' && fmt !== 'langid') {
      notes.push(`type ${t} is not annotated in this corpus: all our ${t} predictions count as false positives`);
    }
  }
  const typeSet = new Set(types);
  // The pipeline is loaded only now: reading and scoring do not need it, tests pass their own.
  const run = o.extractFn ?? (await import('../extract.js')).extract;

  const spans = new SpanScorer(types);
  const components = fmt === 'hipe' ? new ComponentScorer() : null;
  const boundaries = new BoundaryScorer();
  const language = new LanguageScorer();
  const skipped: Record<string, number> = { ...readerSkipped };
  const ignored: Record<string, number> = {};
  const errors: EvalReport['errors'] = [];
  let entitiesRead = Object.values(readerSkipped).reduce((a, b) => a + b, 0);
  let entitiesScored = 0;
  let characters = 0;
  const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);

  for (const doc of documents) {
    let record: ExtraitRecord | null = null;
    try {
      record = run(doc.text, doc.documentDate ? { id: doc.id, referenceDate: doc.documentDate } : { id: doc.id });
    } catch (err) {
      errors.push({ id: doc.id, message: err instanceof Error ? err.message : String(err) });
    }
    characters += [...doc.text].length;
    const predicted: Entity[] = record?.entities ?? [];

    if (fmt === 'langid') {
      language.add(doc.group ?? 'all', doc.language ?? 'und', record?.language ?? { code: 'und', reliable: false });
      continue;
    }
    if (fmt === 'conllu') {
      boundaries.add(doc.text, doc.sentences ?? [], record?.sentences ?? []);
      continue;
    }

    const goldSpans: SpanValue[] = [];
    const neutral: { start: number; end: number }[] = [];
    // BRAT labels without an extrait type (Event, Product, Hour): a prediction inside one is not judged.
    const unjudged: { start: number; end: number; label: string }[] = [];
    for (const g of doc.entities) {
      if (g.type.startsWith('comp.')) continue; // person components: scored by ComponentScorer
      entitiesRead++;
      if (typeSet.has(g.type)) {
        entitiesScored++;
        goldSpans.push(g.value !== undefined ? { type: g.type, start: g.start, end: g.end, value: g.value } : g);
      } else if (fmt === 'timeml' && NEUTRAL_TIMEX.has(g.type)) {
        bump(skipped, `TIMEX3 type ${g.type.toUpperCase()} (only DATE is scored)`);
        neutral.push(g);
      } else if (EXTRAIT_TYPES.includes(g.type as (typeof EXTRAIT_TYPES)[number])) {
        bump(skipped, `type ${g.type} not selected`);
      } else if (fmt === 'brat') {
        const label = g.label ?? g.type;
        bump(skipped, `label ${label} not scored (predictions inside it neither right nor wrong)`);
        unjudged.push({ start: g.start, end: g.end, label });
      } else {
        bump(skipped, `label ${g.label ?? g.type} has no extrait type`);
      }
    }
    const predSpans: SpanValue[] = [];
    for (const e of predicted) {
      if (!typeSet.has(e.type)) {
        bump(ignored, `${e.type} (not scored on this corpus)`);
      } else if (neutral.some((n) => n.start < e.end && e.start < n.end)) {
        bump(ignored, `${e.type} overlapping a TIME/DURATION/SET expression`);
      } else if (unjudged.some((n) => n.start <= e.start && e.end <= n.end)) {
        bump(ignored, `${e.type} inside ${unjudged.find((n) => n.start <= e.start && e.end <= n.end)!.label} (not judged)`);
      } else {
        predSpans.push(e.type === 'date' ? { type: 'date', start: e.start, end: e.end, value: e.value } : e);
      }
    }
    spans.add(goldSpans, predSpans);
    components?.add(doc.text, doc.entities, predicted);
  }

  const report: EvalReport = {
    format: fmt,
    gold: o.gold,
    files: files.length,
    documents: documents.length,
    characters,
    seconds: (performance.now() - started) / 1000,
    errors,
    entitiesRead,
    entitiesScored,
    skipped,
    predictionsIgnored: ignored,
    types: fmt === 'conllu' || fmt === 'langid' ? [] : [...types],
    notes,
  };
  if (fmt === 'langid') report.language = language.result();
  else if (fmt === 'conllu') report.sentences = boundaries.result();
  else {
    report.entities = spans.result();
    if (components) report.components = components.result();
  }
  if (errors.length) notes.push(`${errors.length} documents failed in the pipeline (scored as empty): first: ${errors[0].id}: ${errors[0].message}`);
  return report;
}
