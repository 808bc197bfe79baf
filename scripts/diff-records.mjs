#!/usr/bin/env node
/**
 * Record diff harness: a change that should not alter what extrait decides (a faster way of
 * reading the text) must give the same records, byte for byte.
 *
 *   npm run build && node scripts/diff-records.mjs --save build/records-baseline   # once, on the old code
 *   npm run build && node scripts/diff-records.mjs --compare build/records-baseline
 *
 * Documents: the distinct-article corpus (scripts/distinct-corpus.mjs), the seed fixtures and
 * the evaluation corpora (read by the eval readers, with their reference dates). `--sets a,b`
 * restricts to some sets (corpus, seeds, hipe2020, newseye, europeana, timebank, wikineural).
 * Compare prints each document whose record differs and the fields that differ; exit 1 if any.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { distinctArticles, describe } from './distinct-corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(process.env.EXTRAIT_DATA ?? join(root, '..', 'shared', 'data'));

const EVAL_SETS = {
  hipe2020: { gold: 'hipe/hipe2022-v2.1/HIPE-2022-v2.1-hipe2020-test-fr.tsv', format: 'hipe' },
  newseye: { gold: 'hipe/hipe2022-v2.1/HIPE-2022-v2.1-newseye-test-fr.tsv', format: 'hipe' },
  europeana: { gold: 'europeana-newspapers-fr/enp_FR.bnf.bio', format: 'conll' },
  timebank: { gold: 'fr-timebank/Data', format: 'timeml', split: 'all' },
  wikineural: { gold: 'wikineural-fr/test.conllu', format: 'conll' },
};
const ALL = ['corpus', 'seeds', ...Object.keys(EVAL_SETS)];

function parseArgs(argv) {
  const a = { mode: null, dir: null, sets: ALL };
  for (let i = 2; i < argv.length; i++) {
    if (argv[i] === '--save' || argv[i] === '--compare') [a.mode, a.dir] = [argv[i].slice(2), argv[++i]];
    else if (argv[i] === '--sets') a.sets = argv[++i].split(',');
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!a.mode || !a.dir) throw new Error('give --save DIR or --compare DIR');
  return a;
}

/** Records of one set, as [id, JSON line] in input order. */
async function recordsOf(set, lib) {
  const out = [];
  if (set === 'corpus') {
    const c = distinctArticles();
    process.stderr.write(`diff-records: corpus = ${describe(c)}\n`);
    for (const d of c.docs) out.push([d.id, JSON.stringify(lib.extract(d.text, { id: d.id }))]);
  } else if (set === 'seeds') {
    const dir = join(root, 'fixtures/seeds');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) out.push([f, JSON.stringify(lib.extract(readFileSync(join(dir, f), 'utf8'), { id: f }))]);
  } else {
    const spec = EVAL_SETS[set];
    const gold = join(data, spec.gold);
    if (!existsSync(gold)) {
      process.stderr.write(`diff-records: ${set} skipped (${gold} not found)\n`);
      return null;
    }
    let n = 0;
    await lib.evaluate({
      ...spec,
      gold,
      extractFn: (text, options) => {
        const r = lib.extract(text, options);
        out.push([options.id ?? `#${n}`, JSON.stringify(r)]);
        n++;
        return r;
      },
    });
  }
  return out;
}

/** The top-level fields (and entity indexes) where two records differ. */
function differingFields(a, b) {
  const x = JSON.parse(a);
  const y = JSON.parse(b);
  const fields = [];
  for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
    if (JSON.stringify(x[k]) === JSON.stringify(y[k])) continue;
    if (k === 'entities' && Array.isArray(x[k]) && Array.isArray(y[k])) {
      const key = (e) => `${e.type} ${e.start}-${e.end} "${e.text}"`;
      const xs = new Map(x[k].map((e) => [key(e), JSON.stringify(e)]));
      const ys = new Map(y[k].map((e) => [key(e), JSON.stringify(e)]));
      for (const [kk, v] of xs) if (!ys.has(kk)) fields.push(`- ${kk}`);
      else if (ys.get(kk) !== v) fields.push(`~ ${kk}`);
      for (const kk of ys.keys()) if (!xs.has(kk)) fields.push(`+ ${kk}`);
    } else fields.push(k);
  }
  return fields;
}

async function main() {
  const args = parseArgs(process.argv);
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'extract.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const { extract } = await import(pathToFileURL(join(dist, 'extract.js')).href);
  const { evaluate } = await import(pathToFileURL(join(dist, 'eval', 'index.js')).href);
  const lib = { extract, evaluate };
  mkdirSync(args.dir, { recursive: true });
  let differing = 0;
  let total = 0;
  for (const set of args.sets) {
    const t0 = performance.now();
    const recs = await recordsOf(set, lib);
    if (!recs) continue;
    const file = join(args.dir, `${set}.jsonl`);
    const lines = recs.map(([id, r]) => JSON.stringify(id) + '\t' + r);
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    if (args.mode === 'save') {
      writeFileSync(file, lines.join('\n') + '\n');
      process.stderr.write(`diff-records: ${set}: ${recs.length} records saved to ${file} (${secs} s)\n`);
      continue;
    }
    if (!existsSync(file)) throw new Error(`no baseline ${file}: run --save first`);
    const base = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    let d = 0;
    if (base.length !== lines.length) process.stdout.write(`${set}: ${base.length} baseline records, ${lines.length} now\n`);
    for (let i = 0; i < Math.max(base.length, lines.length); i++) {
      total++;
      if (base[i] === lines[i]) continue;
      d++;
      const [id, was] = (base[i] ?? '"?"\t{}').split('\t');
      const now = (lines[i] ?? '"?"\t{}').split('\t')[1];
      process.stdout.write(`${set} ${JSON.parse(id)}: ${differingFields(was, now).join('; ')}\n`);
    }
    differing += d;
    process.stderr.write(`diff-records: ${set}: ${recs.length} records, ${d} differ (${secs} s)\n`);
  }
  if (args.mode === 'compare') {
    process.stdout.write(`diff-records: ${differing} of ${total} records differ\n`);
    process.exitCode = differing ? 1 : 0;
  }
}

main().catch((err) => {
  process.stderr.write(`diff-records: ${err.stack ?? err}\n`);
  process.exit(2);
});
