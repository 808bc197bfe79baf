#!/usr/bin/env node
/**
 * Builds a synthetic corpus from real article text for batch tests and benchmarks:
 * the seed articles plus, when ../shared/data is present, the MasakhaNEWS French articles
 * (BBC Afrique, AFL-3.0; used here only to measure speed, never shipped).
 *
 *   node scripts/make-corpus.mjs --docs 3000 --dir /tmp/corpus     # nested *.txt files
 *   node scripts/make-corpus.mjs --docs 3000 --jsonl /tmp/c.jsonl  # {"id","text"} lines
 *   node scripts/make-corpus.mjs --docs 3000 --split 1000 ...      # documents cut to ~1000 chars
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Real article texts: seeds first, then MasakhaNEWS (dev, test, few-shot) when available. */
export function articleTexts({ withShared = true } = {}) {
  const seedsDir = join(root, 'fixtures/seeds');
  const texts = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  let sharedFound = false;
  const masakhane = resolve(root, '../shared/data/masakhanews-fra');
  if (withShared && existsSync(masakhane)) {
    for (const f of ['dev.tsv', 'test.tsv', 'train_fewshot50.tsv']) {
      const p = join(masakhane, f);
      if (!existsSync(p)) continue;
      sharedFound = true;
      const lines = readFileSync(p, 'utf8').split('\n').slice(1);
      for (const line of lines) {
        // category \t headline \t text \t url; the text column may be quoted.
        const cols = line.split('\t');
        if (cols.length < 3) continue;
        let text = cols[2];
        if (text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"');
        if (text.length > 200) texts.push(`${cols[1]}\n\n${text}`);
      }
    }
  }
  return { texts, sharedFound };
}

/** Cuts texts into pieces of about `size` characters at paragraph or sentence ends. */
export function splitTexts(texts, size) {
  const out = [];
  for (const t of texts) {
    let rest = t;
    while (rest.length > size * 1.5) {
      let cut = rest.lastIndexOf('\n', size);
      if (cut < size / 2) cut = rest.indexOf('. ', size);
      if (cut < 0) break;
      out.push(rest.slice(0, cut + 1));
      rest = rest.slice(cut + 1);
    }
    if (/\S/.test(rest)) out.push(rest);
  }
  return out.filter((t) => /\S/.test(t));
}

function parseArgs(argv) {
  const args = { docs: 1000, dir: null, jsonl: null, split: 0, shared: true };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--docs') args.docs = Number(argv[++i]);
    else if (a === '--dir') args.dir = argv[++i];
    else if (a === '--jsonl') args.jsonl = argv[++i];
    else if (a === '--split') args.split = Number(argv[++i]);
    else if (a === '--no-shared') args.shared = false;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!args.dir && !args.jsonl) throw new Error('give --dir DIR or --jsonl FILE');
  return args;
}

/** Document i of the corpus, with an id that sorts in generation order. */
export function docAt(texts, i, width = 6) {
  const n = String(i).padStart(width, '0');
  return { id: `d${n.slice(0, width - 3)}/${n}.txt`, text: texts[i % texts.length] };
}

async function main() {
  const args = parseArgs(process.argv);
  const { texts: raw, sharedFound } = articleTexts({ withShared: args.shared });
  if (args.shared && !sharedFound) process.stderr.write('make-corpus: ../shared/data/masakhanews-fra not found: seeds only\n');
  const texts = args.split ? splitTexts(raw, args.split) : raw;
  let bytes = 0;
  if (args.dir) {
    for (let i = 0; i < args.docs; i++) {
      const { id, text } = docAt(texts, i);
      const p = join(args.dir, id);
      if (i % 1000 === 0) mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, text);
      bytes += Buffer.byteLength(text);
    }
  }
  if (args.jsonl) {
    const out = createWriteStream(args.jsonl);
    for (let i = 0; i < args.docs; i++) {
      const { id, text } = docAt(texts, i);
      const line = JSON.stringify({ id, text }) + '\n';
      if (!out.write(line)) await new Promise((r) => out.once('drain', r));
      if (!args.dir) bytes += Buffer.byteLength(text);
    }
    await new Promise((r) => out.end(r));
  }
  process.stderr.write(`make-corpus: ${args.docs} documents, ${(bytes / 1e6).toFixed(1)} MB of text\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    process.stderr.write(`make-corpus: ${err.message}\n`);
    process.exit(2);
  });
}
