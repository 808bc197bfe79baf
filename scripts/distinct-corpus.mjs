#!/usr/bin/env node
/**
 * A corpus of DISTINCT articles for speed benchmarks and the record diff harness: no text
 * appears twice, so the figures are what a user gets on an archive the program has never seen
 * (repeating a few hundred articles lets caches and the JIT flatter the result).
 *
 * Sources, in this order (duplicates by exact text are dropped, the first copy kept):
 *   - fixtures/seeds/*.txt (the project's seed articles)
 *   - ../shared/data/winer-fr/{2016,2017}/**.txt (French Wikinews, CC BY 2.5)
 *   - ../shared/data/masakhanews-fra/{dev,test,train_fewshot50}.tsv (BBC Afrique, AFL-3.0;
 *     headline + text; measured on, never shipped)
 * EXTRAIT_DATA points to another corpora folder.
 *
 *   node scripts/distinct-corpus.mjs --jsonl /tmp/distinct.jsonl   # {"id","text"} lines
 */
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(process.env.EXTRAIT_DATA ?? join(root, '..', 'shared', 'data'));

function filesUnder(dir, keep) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (keep(e.name)) out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

function* masakhane() {
  for (const f of ['dev.tsv', 'test.tsv', 'train_fewshot50.tsv']) {
    const p = join(data, 'masakhanews-fra', f);
    if (!existsSync(p)) continue;
    const lines = readFileSync(p, 'utf8').split('\n').slice(1);
    for (let i = 0; i < lines.length; i++) {
      // category \t headline \t text \t url; the text column may be quoted
      const cols = lines[i].split('\t');
      if (cols.length < 3) continue;
      let text = cols[2];
      if (text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"');
      if (text.length > 200) yield { id: `masakhanews/${f.replace('.tsv', '')}/${i + 1}`, text: `${cols[1]}\n\n${text}` };
    }
  }
}

/**
 * The distinct articles with an id naming their source, plus counts per source.
 * `sources` lists which folders were found (a missing folder makes a smaller corpus, said so).
 */
export function distinctArticles() {
  const docs = [];
  const seen = new Set();
  const counts = {};
  const add = (source, id, text) => {
    const key = createHash('sha1').update(text.trim()).digest('hex');
    if (!text.trim() || seen.has(key)) return;
    seen.add(key);
    docs.push({ id, text });
    counts[source] = (counts[source] ?? 0) + 1;
  };
  for (const p of filesUnder(join(root, 'fixtures/seeds'), (n) => n.endsWith('.txt'))) add('seeds', `seeds/${relative(join(root, 'fixtures/seeds'), p)}`, readFileSync(p, 'utf8'));
  const winer = join(data, 'winer-fr');
  for (const p of filesUnder(winer, (n) => /^\d{4}_\d\d_\d\d-\d+\.txt$/.test(n))) add('winer-fr', `winer-fr/${relative(winer, p)}`, readFileSync(p, 'utf8'));
  for (const { id, text } of masakhane()) add('masakhanews-fra', id, text);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  return { docs, counts, bytes };
}

export function describe({ docs, counts, bytes }) {
  const parts = Object.entries(counts).map(([s, n]) => `${n} ${s}`).join(' + ');
  return `${docs.length} distinct articles (${parts}), ${(bytes / 1e6).toFixed(2)} MB`;
}

async function main() {
  const i = process.argv.indexOf('--jsonl');
  if (i < 0) throw new Error('give --jsonl FILE');
  const corpus = distinctArticles();
  mkdirSync(dirname(resolve(process.argv[i + 1])), { recursive: true });
  const out = createWriteStream(process.argv[i + 1]);
  for (const d of corpus.docs) if (!out.write(JSON.stringify(d) + '\n')) await new Promise((r) => out.once('drain', r));
  await new Promise((r) => out.end(r));
  process.stderr.write(`distinct-corpus: ${describe(corpus)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    process.stderr.write(`distinct-corpus: ${err.message}\n`);
    process.exit(2);
  });
}
