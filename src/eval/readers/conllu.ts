/**
 * CoNLL-U treebanks, read for their sentence boundaries. Each sentence's surface text is its
 * `# text =` line (or, failing that, its tokens joined as their SpaceAfter=No flags say);
 * sentences are joined into contiguous text — a space inside a paragraph, a blank line at
 * `# newpar` — and grouped into documents at `# newdoc`, else every N sentences. The gold is the
 * list of sentence spans; segmenting that running text back is the task scored.
 */
import { TextBuilder } from '../text.js';
import type { GoldDocument } from '../types.js';
import type { GoldCorpus } from './corpus.js';

export interface ConlluOptions {
  /** Sentences per document; default: by `# newdoc` when the file has them, else 20. */
  docSize?: number;
}

interface Sentence {
  text: string;
  newdoc: boolean;
  newpar: boolean;
}

export function readConllu(source: string, id: string, options: ConlluOptions = {}): GoldCorpus {
  const sentences: Sentence[] = [];
  let text: string | null = null;
  let newdoc = false;
  let newpar = false;
  let forms: string[] = [];
  let skipUntil = 0;
  let hasNewdoc = false;
  let rebuilt = 0;

  const end = () => {
    if (text === null && forms.length === 0) return;
    let t = text;
    if (t === null) {
      t = forms.join('').trim();
      rebuilt++;
    }
    t = t.trim();
    if (t) sentences.push({ text: t, newdoc, newpar });
    text = null;
    forms = [];
    skipUntil = 0;
    newdoc = false;
    newpar = false;
  };

  for (const raw of source.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      end();
      continue;
    }
    if (line.startsWith('#')) {
      if (/^#\s*newdoc\b/.test(line)) {
        newdoc = true;
        hasNewdoc = true;
        newpar = true;
      } else if (/^#\s*newpar\b/.test(line)) newpar = true;
      else {
        const m = /^#\s*text\s*=\s?(.*)$/.exec(line);
        if (m) text = m[1];
      }
      continue;
    }
    if (text !== null) continue; // the # text line already gives the surface
    const cols = line.split('\t');
    const tokenId = cols[0];
    const range = /^(\d+)-(\d+)$/.exec(tokenId);
    if (tokenId.includes('.')) continue; // empty nodes have no surface
    const n = range ? Number(range[1]) : Number(tokenId);
    if (!range && n <= skipUntil) continue; // words inside a multiword token already written
    if (range) skipUntil = Number(range[2]);
    const noSpace = /(?:^|\|)SpaceAfter=No(?:\||$)/.test(cols[9] ?? '');
    forms.push((cols[1] ?? '') + (noSpace ? '' : ' '));
  }
  end();

  const docSize = options.docSize ?? (hasNewdoc ? Infinity : 20);
  const documents: GoldDocument[] = [];
  let b = new TextBuilder();
  let spans: { start: number; end: number }[] = [];
  const flush = () => {
    if (!spans.length) return;
    documents.push({ id: `${id}#${documents.length + 1}`, text: b.toString(), entities: [], sentences: spans });
    b = new TextBuilder();
    spans = [];
  };
  for (const s of sentences) {
    if ((s.newdoc && hasNewdoc) || spans.length >= docSize) flush();
    if (spans.length) b.push(s.newpar ? '\n\n' : ' ');
    const start = b.length;
    b.push(s.text);
    spans.push({ start, end: b.length });
  }
  flush();

  const notes = [
    `CoNLL-U ${id}: ${sentences.length} sentences in ${documents.length} documents (${
      hasNewdoc && !options.docSize ? 'by # newdoc' : `${docSize} sentences each`
    }); sentences joined by a space, paragraphs by a blank line`,
  ];
  if (rebuilt) notes.push(`${id}: ${rebuilt} sentences without "# text" rebuilt from their tokens`);
  return { format: 'conllu', documents, annotatedTypes: [], notes };
}
