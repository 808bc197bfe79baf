/**
 * HIPE-2020/2022 TSV (historical newspapers): a header row naming the columns (TOKEN,
 * NE-COARSE-LIT, …, NE-FINE-COMP, …, MISC), `# hipe2022:document_id = …` comment lines opening
 * each document, and MISC flags that give back the original layout: NoSpaceAfter, EndOfLine
 * (a line break, also after a hyphenated "con¬" that continues on the next line) and
 * EndOfSentence (the gold sentence boundaries).
 *
 * Entities come from NE-COARSE-LIT: pers → person, loc → place, org → organization,
 * time → date; prod (HumanProd) has no extrait type and is reported as skipped. NE-FINE-COMP
 * gives the parts of person mentions as entities of type "comp.title", "comp.function",
 * "comp.name"…, which the scorer compares with our person records' rank and title.
 * NE-COARSE-METO and NE-NESTED are not read (extrait has no metonymy or nesting).
 */
import { decodeTags } from '../chunks.js';
import { typeForLabel } from '../labels.js';
import { TextBuilder } from '../text.js';
import type { GoldDocument, GoldEntity } from '../types.js';
import type { GoldCorpus } from './corpus.js';

const DEFAULT_COLUMNS = [
  'TOKEN', 'NE-COARSE-LIT', 'NE-COARSE-METO', 'NE-FINE-LIT', 'NE-FINE-METO',
  'NE-FINE-COMP', 'NE-NESTED', 'NEL-LIT', 'NEL-METO', 'MISC',
];

interface Row {
  token: string;
  coarse: string;
  comp: string;
  nested: string;
  misc: string;
}

export function readHipe(source: string, id: string): GoldCorpus {
  let header = DEFAULT_COLUMNS;
  const col = (name: string) => header.indexOf(name);
  const documents: GoldDocument[] = [];
  const annotated = new Set<string>();
  let rows: Row[] = [];
  let docId = '';
  let docDate: string | undefined;
  let nested = 0;

  const flush = () => {
    if (rows.length === 0) return;
    const doc = buildDocument(rows, docId || `${id}#${documents.length + 1}`, docDate, annotated);
    documents.push(doc);
    rows = [];
  };

  for (const raw of source.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    if (/(?:^|\t)TOKEN(?:\t|$)/.test(line) && line.includes('NE-COARSE-LIT')) {
      header = line.split('\t').map((c) => c.trim());
      continue;
    }
    if (line.startsWith('#') && !line.includes('\t')) {
      const m = /^#\s*[\w-]+:(\w+)\s*=\s*(.*?)\s*$/.exec(line);
      if (m && m[1] === 'document_id') {
        flush();
        docId = m[2];
        docDate = undefined;
      } else if (m && m[1] === 'date' && /^\d{4}(-\d\d){0,2}$/.test(m[2])) {
        docDate = m[2];
      }
      continue;
    }
    const cols = line.split('\t');
    const get = (name: string) => {
      const i = col(name);
      return i >= 0 ? (cols[i] ?? '_') : '_';
    };
    const row: Row = {
      token: cols[Math.max(col('TOKEN'), 0)],
      coarse: get('NE-COARSE-LIT'),
      comp: get('NE-FINE-COMP'),
      nested: get('NE-NESTED'),
      misc: get('MISC'),
    };
    if (row.nested.startsWith('B-')) nested++;
    rows.push(row);
  }
  flush();

  const notes = [
    `HIPE ${id}: ${documents.length} documents; pers→person, loc→place, org→organization, time→date, prod not scored`,
  ];
  if (nested) notes.push(`${id}: ${nested} nested mentions (NE-NESTED) not scored`);
  return { format: 'hipe', documents, annotatedTypes: [...annotated], notes };
}

function buildDocument(rows: Row[], id: string, date: string | undefined, annotated: Set<string>): GoldDocument {
  const b = new TextBuilder();
  const starts: number[] = [];
  const ends: number[] = [];
  const sentences: { start: number; end: number }[] = [];
  let sentenceStart = 0;
  for (let i = 0; i < rows.length; i++) {
    const flags = rows[i].misc.split('|');
    starts.push(b.length);
    b.push(rows[i].token);
    ends.push(b.length);
    if (flags.includes('EndOfSentence')) {
      sentences.push({ start: sentenceStart, end: b.length });
    }
    if (i === rows.length - 1) break;
    if (flags.includes('EndOfLine')) b.push('\n');
    else if (!flags.includes('NoSpaceAfter')) b.push(' ');
    if (flags.includes('EndOfSentence')) sentenceStart = b.length;
  }
  if (sentenceStart < b.length && (sentences.length === 0 || sentences[sentences.length - 1].end < b.length)) {
    sentences.push({ start: sentenceStart, end: b.length });
  }
  const text = b.toString();
  const cps = [...text];
  const entities: GoldEntity[] = [];
  const add = (tags: string[], comp: boolean) => {
    for (const c of decodeTags(tags, 'iob2').chunks) {
      const start = starts[c.start];
      const end = ends[c.end - 1];
      let type: string;
      if (comp) type = c.label.toLowerCase();
      else {
        const t = typeForLabel(c.label);
        if (t) annotated.add(t);
        type = t ?? c.label;
      }
      const e: GoldEntity = { type, start, end, text: cps.slice(start, end).join('') };
      if (type !== c.label) e.label = c.label;
      entities.push(e);
    }
  };
  add(rows.map((r) => r.coarse), false);
  add(rows.map((r) => r.comp), true);
  const doc: GoldDocument = { id, text, entities, sentences };
  if (date) doc.documentDate = date;
  return doc;
}
