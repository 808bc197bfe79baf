#!/usr/bin/env node
/**
 * Speed benchmark, end to end through the CLI (process start to exit), on DISTINCT real
 * articles (scripts/distinct-corpus.mjs: seeds + WiNER-fr + MasakhaNEWS, no text repeated, so
 * no cache or JIT state flatters the figure). CPU seconds come from process.cpuUsage() of the
 * measured process itself (all its threads), read at exit by a preloaded probe, so the load of
 * other processes on the machine does not distort them. fr-compromise parses the same corpus
 * in the same run as a peer.
 *
 *   node scripts/bench-speed.mjs             # full: distinct corpus, 100,000-document RSS run
 *   node scripts/bench-speed.mjs --quick     # first 1 MB of the corpus, 10,000 documents
 *   node scripts/bench-speed.mjs --only-cold # cold start only (the bundle, and with EXTRAIT_SNAPSHOT=1)
 *   options: --mb N (first N MB of the distinct corpus)  --docs N  --no-peer  --peer-mb N
 *   (fr-compromise parses the first N MB, default: all)  --no-write (leave BENCHMARKS.md alone)
 *   --cold N (cold-start runs, median taken)
 *
 * Prints a table and rewrites the Speed section of BENCHMARKS.md between
 * <!-- speed:start --> and <!-- speed:end --> (nothing else in that file).
 * Needs the build (npx tsc -p .) and Linux /proc for memory figures.
 */
import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync, createWriteStream } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitTexts } from './make-corpus.mjs';
import { distinctArticles, describe } from './distinct-corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const TARGETS = { mbPerCpuSec: 5, floorMbPerCpuSec: 3, vsPeer: 25, speedup: 1.8, coldMs: 150, rssMB: 200 };

/** Preloaded into every measured process: its own CPU time (all threads) and peak RSS at exit. */
const PROBE = `data:text/javascript,import { writeFileSync } from 'node:fs'; process.on('exit', () => { const u = process.cpuUsage(); const r = process.resourceUsage(); if (process.env.BENCH_USAGE_FILE) writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ cpu: (u.user + u.system) / 1e6, maxRssMB: r.maxRSS / 1024 })); });`;
/** Published figures (spaCy's own benchmark page, CPU, words per second). */
const SPACY = [['spaCy fr_core_news_sm', 4299], ['spaCy fr_core_news_lg', 4413]];

// ---------------------------------------------------------------------------------------
// Peer mode: this same script, re-invoked, parses a JSONL corpus with fr-compromise.
if (process.argv[2] === '--peer') {
  const { default: nlp } = await import('fr-compromise');
  const lines = readFileSync(process.argv[3], 'utf8').split('\n').filter(Boolean);
  const cap = Number(process.argv[4] ?? Infinity);
  let sink = 0;
  let bytes = 0;
  let nwords = 0;
  for (const line of lines) {
    if (bytes >= cap) break;
    const text = JSON.parse(line).text;
    const doc = nlp(text);
    // What extrait gives too: tokens/sentences plus people and places.
    sink += doc.json().length + doc.people().length + doc.places().length;
    bytes += Buffer.byteLength(text);
    nwords += (text.match(/\S+/g) ?? []).length;
  }
  process.stdout.write(JSON.stringify({ sink, bytes, words: nwords }));
  process.exit(0);
}
if (process.argv[2] === '--peer-one') {
  const { default: nlp } = await import('fr-compromise');
  const doc = nlp(readFileSync(process.argv[3], 'utf8'));
  process.stdout.write(String(doc.json().length + doc.people().length + doc.places().length));
  process.exit(0);
}

// Cold-start mode: runs `node args…` once and prints its wall and CPU time, the CPU of every
// process it started included (the launcher starts a second node from the snapshot): the
// children's times that /proc/self/stat counts once they have been waited for.
if (process.argv[2] === '--child-cpu') {
  const { spawnSync } = await import('node:child_process');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, process.argv.slice(3), { stdio: ['ignore', 'ignore', 'inherit'] });
  const wall = performance.now() - t0;
  const stat = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // cutime, cstime: fields 16, 17 of /proc/pid/stat, in ticks of 1/100 s
  process.stdout.write(JSON.stringify({ status: r.status, ms: wall, cpuMs: (Number(stat[13]) + Number(stat[14])) * 10 }));
  process.exit(0);
}

// ---------------------------------------------------------------------------------------
function parseArgs(argv) {
  const a = { mb: Infinity, docs: 100_000, cold: 10, peer: true, peerMb: Infinity, write: true, onlyCold: false };
  for (let i = 2; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--quick') Object.assign(a, { mb: 1, docs: 10_000, cold: 5, peerMb: 0.5 });
    else if (x === '--mb') a.mb = Number(argv[++i]);
    else if (x === '--docs') a.docs = Number(argv[++i]);
    else if (x === '--no-peer') a.peer = false;
    else if (x === '--cold') a.cold = Number(argv[++i]);
    else if (x === '--only-cold') Object.assign(a, { onlyCold: true, write: false, peer: false, docs: 0 });
    else if (x === '--peer-mb') a.peerMb = Number(argv[++i]);
    else if (x === '--no-write') a.write = false;
    else throw new Error(`unknown argument ${x}`);
  }
  return a;
}

const words = (t) => (t.match(/\S+/g) ?? []).length;

async function writeJsonl(path, texts, count) {
  const out = createWriteStream(path);
  let bytes = 0;
  let nwords = 0;
  for (let i = 0; i < count; i++) {
    const text = texts[i % texts.length];
    bytes += Buffer.byteLength(text);
    nwords += words(text);
    if (!out.write(JSON.stringify({ id: `doc-${i}`, text }) + '\n')) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  return { bytes, words: nwords, docs: count };
}

function rssOf(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    // utime + stime (fields 14, 15 of /proc/pid/stat, in clock ticks of 1/100 s on Linux).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const cpu = (Number(stat[11]) + Number(stat[12])) / 100;
    return { rss: Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0) / 1024, hwm: Number(/VmHWM:\s+(\d+)/.exec(s)?.[1] ?? 0) / 1024, cpu };
  } catch {
    return null;
  }
}

let probeCount = 0;
/**
 * Runs `node args…`: wall time from spawn to exit, RSS sampled from /proc every 100 ms, CPU
 * seconds and peak RSS as the process itself reports them at exit (PROBE). `env` replaces
 * variables of this environment (undefined removes one).
 */
function measure(args, { stdin = null, env = {} } = {}) {
  return new Promise((resolveRun, reject) => {
    const usageFile = join(tmpdir(), `extrait-bench-usage-${process.pid}-${probeCount++}.json`);
    const childEnv = { ...process.env, BENCH_USAGE_FILE: usageFile };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k]; else childEnv[k] = v;
    const t0 = performance.now();
    const fd = stdin ? openSync(stdin, 'r') : 'ignore';
    const child = spawn(process.execPath, ['--import', PROBE, ...args], { stdio: [fd, 'pipe', 'pipe'], env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const samples = [];
    const timer = setInterval(() => {
      const m = rssOf(child.pid);
      if (m) samples.push([(performance.now() - t0) / 1000, m.rss]);
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (typeof fd === 'number') closeSync(fd);
      const seconds = (performance.now() - t0) / 1000;
      let usage = { cpu: null, maxRssMB: null };
      try {
        usage = JSON.parse(readFileSync(usageFile, 'utf8'));
        rmSync(usageFile);
      } catch {
        // the probe could not write: figures stay n/a
      }
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
      else resolveRun({ seconds, cpu: usage.cpu, peakMB: usage.maxRssMB, samples, stdout, stderr });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** RSS is flat when the last fifth of the run is within 15% (or 20 MB) of the second fifth. */
function flatness(samples) {
  if (samples.length < 10) return { early: null, late: null, flat: null };
  const n = samples.length;
  const part = (a, b) => median(samples.slice(Math.floor(n * a), Math.max(Math.floor(n * b), Math.floor(n * a) + 1)).map((s) => s[1]));
  const early = part(0.2, 0.4);
  const late = part(0.8, 1);
  return { early, late, flat: late <= early * 1.15 || late - early <= 20 };
}

const fmt = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(d));
const int = (x) => (x === null || x === undefined ? 'n/a' : Math.round(x).toLocaleString('en-US'));
const ok = (cond) => (cond === null ? '' : cond ? 'yes' : '**no**');

async function main() {
  const args = parseArgs(process.argv);
  if (!existsSync(join(root, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npx tsc -p .` first');
  const dir = mkdtempSync(join(tmpdir(), 'extrait-bench-'));
  const log = (s) => process.stderr.write(`bench: ${s}\n`);
  try {
    // Run a snapshot of the build: a rebuild of dist/ during the minutes this takes would
    // otherwise mix two versions between runs (and make --jobs 1 and 2 outputs differ).
    const pkg = join(dir, 'pkg');
    // times kept: bin/extrait.js starts from the bundle only when it is not older than dist/
    for (const part of ['bin', 'dist', 'data', 'docs', 'package.json', 'scripts/build-bundle.mjs']) {
      if (existsSync(join(root, part))) cpSync(join(root, part), join(pkg, part), { recursive: true, preserveTimestamps: true, filter: (p) => !p.includes(`${join('dist', 'snapshot')}`) });
    }
    symlinkSync(join(root, 'node_modules'), join(pkg, 'node_modules'));
    // A startup snapshot is built where it runs (its paths are absolute): here, in the copy.
    if (existsSync(join(root, 'dist', 'snapshot'))) {
      const { spawnSync } = await import('node:child_process');
      const b = spawnSync(process.execPath, [join(pkg, 'scripts/build-bundle.mjs'), '--snapshot'], { encoding: 'utf8' });
      log(`snapshot for the copy: ${b.status === 0 && existsSync(join(pkg, 'dist', 'snapshot')) ? 'built' : `not built (${b.stderr.trim().split('\n').pop()})`}`);
    }
    const BIN = join(pkg, 'bin/extrait.js');
    const distinct = distinctArticles();
    // Each article once, in corpus order, up to --mb: never repeated to reach a size.
    const texts = [];
    let taken = 0;
    for (const d of distinct.docs) {
      if (taken >= args.mb * 1e6) break;
      texts.push(d.text);
      taken += Buffer.byteLength(d.text);
    }
    const source = `${texts.length} distinct articles, none repeated (of the ${describe(distinct)} that scripts/distinct-corpus.mjs builds)`;
    const corpus = join(dir, 'corpus.jsonl');
    const c = await writeJsonl(corpus, texts, texts.length);
    log(`corpus: ${c.docs} documents, ${fmt(c.bytes / 1e6, 2)} MB, ${int(c.words)} words (${source})`);

    let one = null;
    let two = null;
    let identical = null;
    if (!args.onlyCold) {
    // 1. One core: --jobs 1 processes in the main thread, no worker.
    log('single core (--jobs 1)…');
    one = await measure([BIN, '--input-format', 'jsonl', '--jobs', '1', '-q', '-o', join(dir, 'one.jsonl'), corpus]);
    // 2. Two workers.
    log('two workers (--jobs 2)…');
    two = await measure([BIN, '--input-format', 'jsonl', '--jobs', '2', '-q', '-o', join(dir, 'two.jsonl'), corpus]);
    const outOne = readFileSync(join(dir, 'one.jsonl'), 'utf8');
    const outTwo = readFileSync(join(dir, 'two.jsonl'), 'utf8');
    identical = outOne === outTwo;
    if (!identical) {
      const a = outOne.split('\n');
      const b = outTwo.split('\n');
      const i = a.findIndex((line, k) => line !== b[k]);
      log(`--jobs 1 and --jobs 2 outputs differ: ${a.length - 1} vs ${b.length - 1} lines, first at line ${i + 1} (${/"id":"([^"]*)"/.exec(a[i] ?? '')?.[1]})`);
    }
    }

    // 3. Cold start: one ~4 KB article as a file argument, process start to exit, with the
    // machine's extra CA file (the environment as given) and without it.
    const article = texts.find((t) => Buffer.byteLength(t) >= 3800 && Buffer.byteLength(t) <= 4400) ?? texts[1];
    const articlePath = join(dir, 'article.txt');
    writeFileSync(articlePath, article);
    log(`cold start ×${args.cold} (${Buffer.byteLength(article)} bytes)…`);
    const self = fileURLToPath(import.meta.url);
    const cold = async (env, argv) => {
      const runs = [];
      for (let i = 0; i < args.cold; i++) {
        // through --child-cpu: the launcher's own options stay empty, and its child counts
        const r = await measure([self, '--child-cpu', ...argv], { env });
        runs.push(JSON.parse(r.stdout));
      }
      return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)) };
    };
    const caFile = process.env.NODE_EXTRA_CA_CERTS;
    const coldWith = caFile ? await cold({}, [BIN, articlePath]) : null;
    const coldWithout = await cold({ NODE_EXTRA_CA_CERTS: undefined }, [BIN, articlePath]);
    const coldSnapshot = await cold({ NODE_EXTRA_CA_CERTS: undefined, EXTRAIT_SNAPSHOT: '1' }, [BIN, articlePath]);
    const bareNode = await cold({ NODE_EXTRA_CA_CERTS: undefined }, ['-e', '0']);

    // 4. RSS over a long run of short documents (paragraphs), two workers.
    let long = null;
    let flat = { early: null, late: null, flat: null };
    if (args.docs > 0) {
      const paras = splitTexts(texts, 600);
      const longCorpus = join(dir, 'long.jsonl');
      const lc = await writeJsonl(longCorpus, paras, args.docs);
      log(`RSS over ${int(args.docs)} documents (${fmt(lc.bytes / 1e6, 1)} MB, ${paras.length} distinct paragraphs cycled, --jobs 2)…`);
      long = await measure([BIN, '--input-format', 'jsonl', '--jobs', '2', '-q', '-o', join(dir, 'long.out.jsonl'), longCorpus]);
      flat = flatness(long.samples);
    }

    // 5. The peer, same text, same machine, same run.
    let peer = null;
    if (args.peer) {
      log('fr-compromise on the same corpus…');
      const self = fileURLToPath(import.meta.url);
      const run = await measure([self, '--peer', corpus, String(args.peerMb * 1e6)]);
      const parsed = JSON.parse(run.stdout);
      run.bytes = parsed.bytes;
      run.words = parsed.words;
      peer = { run, cold: await cold({ NODE_EXTRA_CA_CERTS: undefined }, [self, '--peer-one', articlePath]) };
    }

    const coldCell = (x) => `${int(x.ms)} ms wall (${int(x.cpuMs)} ms CPU)`;
    const coldLines = [
      `| cold start ≤ ${TARGETS.coldMs} ms, one ${fmt(Buffer.byteLength(article) / 1024, 1)} KB article, median of ${args.cold}, without NODE_EXTRA_CA_CERTS (the bundle, the default start) | ${coldCell(coldWithout)}; EXTRAIT_SNAPSHOT=1 (the opt-in snapshot when \`npm run build:snapshot\` made one, else the bundle again; CPU: the launcher and its child): ${coldCell(coldSnapshot)}; bare \`node -e 0\`: ${coldCell(bareNode)}${peer ? `; fr-compromise: ${coldCell(peer.cold)}` : ''} | ${ok(coldWithout.ms <= TARGETS.coldMs)} |`,
      ...(coldWith ? [`| same, with NODE_EXTRA_CA_CERTS=${caFile} (the machine's, not ours) | ${coldCell(coldWith)} | ${ok(coldWith.ms <= TARGETS.coldMs)} |`] : []),
    ];
    if (args.onlyCold) {
      process.stdout.write(`\n\`node scripts/bench-speed.mjs ${process.argv.slice(2).join(' ')}\`, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n\n| target | measured | met |\n|---|---:|:---:|\n${coldLines.join('\n')}\n`);
      return;
    }
    const row = (name, r, bytes, nwords) => ({ name, mbs: bytes / 1e6 / r.seconds, wps: nwords / r.seconds, rss: r.peakMB, s: r.seconds, cpu: r.cpu, cpuMbs: r.cpu ? bytes / 1e6 / r.cpu : null });
    const ours1 = row('extrait, 1 core (--jobs 1), tagger on', one, c.bytes, c.words);
    const ours2 = row('extrait, 2 threads (--jobs 2: main thread + 1 worker), tagger on', two, c.bytes, c.words);
    const speedup = one.seconds / two.seconds;
    const peerRow = peer ? row(`fr-compromise 0.2 (nlp(text).json() + people() + places()), 1 core, ${peer.run.bytes >= c.bytes ? 'same corpus' : `first ${fmt(peer.run.bytes / 1e6, 1)} MB of the corpus`}`, peer.run, peer.run.bytes, peer.run.words) : null;

    const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores available, Node ${process.versions.node}`;
    const lines = [];
    lines.push(`Measured ${new Date().toISOString().slice(0, 10)} with \`node scripts/bench-speed.mjs${process.argv.slice(2).length ? ' ' + process.argv.slice(2).join(' ') : ''}\` on ${machine}.`);
    lines.push(`Corpus: ${int(c.docs)} documents, ${fmt(c.bytes / 1e6, 2)} MB, ${int(c.words)} words: ${source}.`);
    lines.push('End to end: process start to exit, JSONL in, JSONL to a file, statistical tagger on (the default). CPU s: process.cpuUsage() of the measured process (all threads), read at exit; words are whitespace-separated tokens.');
    lines.push(`Load average at the start: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (the machine is shared: wall-clock figures are slowed by other processes, CPU s are the run's own).`);
    lines.push('');
    lines.push('| run | MB per CPU-s | CPU s | wall s | MB/s wall | words/s wall | peak RSS MB |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|');
    for (const r of [ours1, ours2, peerRow].filter(Boolean)) lines.push(`| ${r.name} | ${fmt(r.cpuMbs)} | ${fmt(r.cpu, 1)} | ${fmt(r.s, 1)} | ${fmt(r.mbs)} | ${int(r.wps)} | ${fmt(r.rss, 0)} |`);
    for (const [name, wps] of SPACY) lines.push(`| ${name} (published, not run here) | | | | | ${int(wps)} | |`);
    lines.push('');
    const vsPeer = peerRow && peerRow.cpuMbs ? ours1.cpuMbs / peerRow.cpuMbs : null;
    const cpuRatio = one.cpu && two.cpu ? two.cpu / one.cpu : null;
    lines.push('| target | measured | met |');
    lines.push('|---|---:|:---:|');
    lines.push(`| ≥ ${TARGETS.mbPerCpuSec} MB per CPU-second end to end with the tagger (floor ${TARGETS.floorMbPerCpuSec}) | ${fmt(ours1.cpuMbs)} | ${ok(ours1.cpuMbs >= TARGETS.mbPerCpuSec)} |`);
    lines.push(`| ≥ ${TARGETS.vsPeer}× fr-compromise (MB per CPU-s, same run) | ${fmt(vsPeer, 1)}× | ${vsPeer === null ? '' : ok(vsPeer >= TARGETS.vsPeer)} |`);
    lines.push(`| 2 threads ≥ ${TARGETS.speedup}× one (wall), CPU for the same work within 10% | ${fmt(speedup)}× wall; CPU of 2 threads / 1 core = ${fmt(cpuRatio)} | ${ok(speedup >= TARGETS.speedup && cpuRatio !== null && cpuRatio <= 1.1)} |`);
    lines.push(...coldLines);
    lines.push(`| peak RSS ≤ ${TARGETS.rssMB} MB with one worker | ${fmt(one.peakMB, 0)} MB (--jobs 2: ${fmt(two.peakMB, 0)} MB) | ${one.peakMB ? ok(one.peakMB <= TARGETS.rssMB) : ''} |`);
    if (long) lines.push(`| flat RSS over ${int(args.docs)} documents (--jobs 2; every input mode and --jobs: scripts/bench-memory.mjs; median RSS 20–40% of the run → 80–100%) | ${fmt(flat.early, 0)} → ${fmt(flat.late, 0)} MB | ${ok(flat.flat)} |`);
    lines.push(`| same output with --jobs 1 and 2 | ${identical ? 'byte-identical' : 'DIFFERENT'} | ${ok(identical)} |`);
    const table = lines.join('\n');
    process.stdout.write(`\n${table}\n`);

    if (args.write) {
      const bench = join(root, 'BENCHMARKS.md');
      const start = '<!-- speed:start -->';
      const end = '<!-- speed:end -->';
      let md = existsSync(bench) ? readFileSync(bench, 'utf8') : '# Benchmarks\n';
      if (md.includes(start) && md.includes(end)) {
        md = md.slice(0, md.indexOf(start) + start.length) + '\n' + table + '\n' + md.slice(md.indexOf(end));
      } else {
        md = `${md.trimEnd()}\n\n## Speed\n\n${start}\n${table}\n${end}\n`;
      }
      writeFileSync(bench, md);
      log('BENCHMARKS.md speed section rewritten');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`bench: ${err.stack ?? err}\n`);
  process.exit(1);
});
