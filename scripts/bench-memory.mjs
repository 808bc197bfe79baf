#!/usr/bin/env node
/**
 * Memory benchmark: resident memory of the CLI over a long JSONL stream, in every input mode
 * (a JSONL file argument, standard input) and with one and two workers. The point is the
 * shape of the curve (flat, or growing with the number of documents) and the peak, not speed.
 *
 * The stream cycles the distinct articles of scripts/distinct-corpus.mjs, cut into
 * paragraph-sized documents (scripts/make-corpus.mjs splitTexts) so that 100,000 documents
 * stay a run of minutes; each document gets a unique id and a small variation (a numbered
 * closing sentence), so no two texts are identical.
 *
 *   node scripts/bench-memory.mjs                        # 100,000 documents, four runs
 *   node scripts/bench-memory.mjs --docs 20000 --modes file:1,stdin:1
 *   options: --docs N  --size N (characters per document, default 600)
 *            --modes file:1,stdin:1,file:2,stdin:2  --json FILE (samples and summary)
 *            --bin PATH (the extrait.js to run, e.g. a copy of the package while dist/ is rebuilt)
 *
 * RSS is read from /proc/<pid>/status (VmRSS, VmHWM) every second, for the main process
 * (worker threads share its address space). Needs the build (npx tsc -p .) and Linux /proc.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitTexts } from './make-corpus.mjs';
import { distinctArticles } from './distinct-corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_PEAK_MB = 200;

function parseArgs(argv) {
  const a = { docs: 100_000, size: 600, modes: ['file:1', 'stdin:1', 'file:2', 'stdin:2'], json: null, bin: join(root, 'bin/extrait.js') };
  for (let i = 2; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--docs') a.docs = Number(argv[++i]);
    else if (x === '--size') a.size = Number(argv[++i]);
    else if (x === '--modes') a.modes = argv[++i].split(',');
    else if (x === '--json') a.json = argv[++i];
    else if (x === '--bin') a.bin = resolve(argv[++i]);
    else if (x === '--help' || x === '-h') {
      process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
      process.exit(0);
    } else throw new Error(`unknown argument ${x}`);
  }
  return a;
}

const ORDINALS = ['premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième'];

async function writeCorpus(path, docs, size) {
  const paras = splitTexts(distinctArticles().docs.map((d) => d.text), size);
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; i < docs; i++) {
    const cycle = Math.floor(i / paras.length);
    // The variation: which pass over the corpus this is, said in a sentence of its own.
    const text = `${paras[i % paras.length].trimEnd()}\n\nCopie ${cycle + 1}, ${ORDINALS[cycle % ORDINALS.length]} passage n° ${i}.`;
    bytes += Buffer.byteLength(text);
    if (!out.write(JSON.stringify({ id: `mem-${i}`, text }) + '\n')) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  return { bytes, distinct: paras.length };
}

function status(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? 0) / 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** One run: RSS every second, and the number of output lines written so far. */
function run(bin, mode, corpus, outPath) {
  const [input, jobs] = mode.split(':');
  const args = [bin, '--input-format', 'jsonl', '--jobs', jobs, '-q', '-o', outPath];
  if (input === 'file') args.push(corpus);
  return new Promise((done, fail) => {
    const fd = input === 'stdin' ? openSync(corpus, 'r') : 'ignore';
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: [fd, 'ignore', 'pipe'] });
    let stderr = '';
    let hwm = 0;
    let peakAt = null;
    child.stderr.on('data', (d) => (stderr += d));
    const samples = [];
    const timer = setInterval(() => {
      const m = status(child.pid);
      if (!m) return;
      hwm = Math.max(hwm, m.hwm);
      samples.push([(performance.now() - t0) / 1000, m.rss]);
    }, 1000);
    child.on('close', (code) => {
      // when the peak was reached: the first sample at or above 95% of the highest RSS sampled
      const top = Math.max(0, ...samples.map((x) => x[1]));
      peakAt = samples.find((x) => x[1] >= top * 0.95)?.[0] ?? null;
      clearInterval(timer);
      if (typeof fd === 'number') closeSync(fd);
      if (code !== 0) fail(new Error(`${mode}: exit ${code}: ${stderr.slice(0, 400)}`));
      else done({ mode, seconds: (performance.now() - t0) / 1000, samples, peak: hwm, peakAt });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

/** Median RSS over a slice of the run, as fractions of its samples. */
const part = (samples, a, b) => median(samples.slice(Math.floor(samples.length * a), Math.max(Math.floor(samples.length * b), Math.floor(samples.length * a) + 1)).map((s) => s[1]));

async function main() {
  const args = parseArgs(process.argv);
  const dir = mkdtempSync(join(tmpdir(), 'extrait-mem-'));
  const log = (s) => process.stderr.write(`bench-memory: ${s}\n`);
  try {
    const corpus = join(dir, 'stream.jsonl');
    const c = await writeCorpus(corpus, args.docs, args.size);
    log(`${args.docs} documents, ${(c.bytes / 1e6).toFixed(1)} MB (${c.distinct} distinct paragraphs cycled, each varied)`);
    const results = [];
    for (const mode of args.modes) {
      log(`${mode}…`);
      const out = join(dir, 'out.jsonl');
      const r = await run(args.bin, mode, corpus, out);
      const lines = readFileSync(out, 'utf8').split('\n').length - 1;
      rmSync(out);
      if (lines !== args.docs) throw new Error(`${mode}: ${lines} records for ${args.docs} documents`);
      const s = r.samples;
      r.at = { '10%': part(s, 0.05, 0.15), '25%': part(s, 0.2, 0.3), '50%': part(s, 0.45, 0.55), '75%': part(s, 0.7, 0.8), end: part(s, 0.9, 1) };
      r.early = part(s, 0.2, 0.4);
      r.late = part(s, 0.8, 1);
      r.flat = r.late !== null && (r.late <= r.early * 1.15 || r.late - r.early <= 20);
      results.push(r);
      // written after every run: a long benchmark stopped half-way keeps what it measured
      if (args.json) writeFileSync(args.json, JSON.stringify({ docs: args.docs, bytes: c.bytes, results }, null, 1));
      log(`${mode}: ${r.seconds.toFixed(0)} s, RSS ${Object.entries(r.at).map(([k, v]) => `${k} ${v?.toFixed(0)}`).join(', ')} MB, peak ${r.peak.toFixed(0)} MB (highest samples from ${r.peakAt?.toFixed(0)} s)`);
    }
    const lines = [
      `\`node scripts/bench-memory.mjs${process.argv.length > 2 ? ' ' + process.argv.slice(2).join(' ') : ''}\`: ${args.docs.toLocaleString('en-US')} JSONL documents (${(c.bytes / 1e6).toFixed(1)} MB), RSS of the process sampled every second from /proc.`,
      '',
      '| input, --jobs | wall s | RSS MB at 10% / 25% / 50% / 75% / end of the run | peak RSS MB | flat (median 80–100% within 15% or 20 MB of 20–40%) |',
      '|---|---:|---|---:|:---:|',
      ...results.map((r) => `| ${r.mode.replace(':', ', --jobs ')} | ${r.seconds.toFixed(0)} | ${Object.values(r.at).map((v) => v?.toFixed(0)).join(' / ')} | ${r.peak.toFixed(0)}${r.mode.endsWith(':1') && r.peak > TARGET_PEAK_MB ? ' (over 200)' : ''} | ${r.flat ? 'yes' : '**no**'} |`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (args.json) writeFileSync(args.json, JSON.stringify({ docs: args.docs, bytes: c.bytes, results }, null, 1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`bench-memory: ${err.stack ?? err}\n`);
  process.exit(1);
});
