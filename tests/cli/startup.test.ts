/**
 * The ways the CLI starts (bin/extrait.js): from a V8 startup snapshot, from the one-file
 * bundle with its V8 code cache or without it, from the compiled modules. Built here in a copy of the package (the
 * snapshot holds absolute paths, and dist/ of the suite is not rewritten under other tests),
 * then each start must give the same bytes: one article, a batch with workers (whose script
 * is bundled too), and a JSONL batch in the main thread.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, assertBuilt, removeDir, tempDir, writeSeedJsonl } from './helpers.js';
import { testIf } from '../skip.js';

const hasEsbuild = existsSync(join(ROOT, 'node_modules/esbuild'));
const testWithEsbuild = testIf(hasEsbuild, 'esbuild (a devDependency) is not installed');
const SEED = join(ROOT, 'fixtures/seeds/001_b9ab8dd1b559bc1b.txt');

let dir: string;
let pkg: string;
let built: { status: number | null; stderr: string };

beforeAll(() => {
  assertBuilt();
  dir = tempDir('extrait-startup-');
  pkg = join(dir, 'pkg');
  for (const part of ['bin', 'dist', 'data', 'package.json', 'scripts/build-bundle.mjs']) {
    cpSync(join(ROOT, part), join(pkg, part), { recursive: true, filter: (p) => !/[\\/]dist[\\/](snapshot|(cli|worker)\.bundle\..*)$/.test(p) });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
  writeSeedJsonl(join(dir, 'docs.jsonl'), 12, 4);
  if (hasEsbuild) built = spawnSync(process.execPath, [join(pkg, 'scripts/build-bundle.mjs'), '--snapshot'], { encoding: 'utf8', timeout: 120_000 });
}, 180_000);
afterAll(() => removeDir(dir));

function run(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [join(pkg, 'bin/extrait.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const STARTS: Record<string, Record<string, string>> = {
  snapshot: { EXTRAIT_SNAPSHOT: '1' },
  bundle: { EXTRAIT_SNAPSHOT: '0' },
  'bundle without code cache': { EXTRAIT_SNAPSHOT: '0', EXTRAIT_CODE_CACHE: '0' },
  modules: { EXTRAIT_SNAPSHOT: '0', EXTRAIT_BUNDLE: '0' },
};

testWithEsbuild('the build makes the bundles and, for this Node, a snapshot', () => {
  expect([built.status, built.stderr]).toEqual([0, expect.stringContaining('snapshot: dist/snapshot/')]);
  const tag = `${process.version}-${process.arch}`;
  expect(readdirSync(join(pkg, 'dist')).filter((f) => f.includes('.bundle.')).sort()).toEqual(['cli.bundle.cjs', `cli.bundle.${tag}.cache`, 'worker.bundle.cjs', `worker.bundle.${tag}.cache`]);
  expect(readdirSync(join(pkg, 'dist/snapshot')).sort()).toEqual([`extrait-${process.version}-${process.platform}-${process.arch}.blob`, `extrait-${process.version}-${process.platform}-${process.arch}.json`]);
  // ASCII only (accented letters of patterns and comments escaped): V8 then holds each source as
  // a one-byte string; the sources of the modules have such letters, the bundles none
  expect(readFileSync(join(pkg, 'dist/model/lexicon.js'), 'utf8')).toMatch(/[^\x00-\x7f]/);
  for (const b of ['cli', 'worker']) expect(readFileSync(join(pkg, `dist/${b}.bundle.cjs`), 'utf8').match(/[^\x00-\x7f]/g)).toBeNull();
}, 60_000);

testWithEsbuild('V8 takes the code caches the build made (a bundle run sets its V8 flags as the build did)', () => {
  // a cache made under other V8 flags than a run's is refused, and the run compiles everything again
  const script = `const { loadBundle } = await import(${JSON.stringify(pathToFileURL(join(pkg, 'dist/cli/bundleLoader.js')).href)});
    process.stdout.write(JSON.stringify(['cli', 'worker'].map((k) => loadBundle(${JSON.stringify(join(pkg, 'dist'))} + '/' + k + '.bundle.cjs').cacheRejected)));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_OPTIONS: '' } });
  expect([r.status, r.stderr, r.stdout]).toEqual([0, '', '[false,false]']);
}, 60_000);

testWithEsbuild('a bundled start loads Node\'s modules before it sets V8 flags (Node\'s code cache is for its default flags)', () => {
  // the probe notes which of Node's modules load after the first v8.setFlagsFromString
  const probe = join(dir, 'probe.cjs');
  writeFileSync(probe, `const v8 = require('node:v8'); const set = v8.setFlagsFromString; let at = -1;
    v8.setFlagsFromString = (f) => { if (at < 0) at = process.moduleLoadList.length; return set(f); };
    process.on('exit', () => require('node:fs').writeSync(2, JSON.stringify(at < 0 ? null : process.moduleLoadList.slice(at).filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)))));`);
  const r = spawnSync(process.execPath, ['-r', probe, join(pkg, 'bin/extrait.js'), SEED, '--format', 'jsonl'], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...STARTS.bundle } });
  expect(r.status).toBe(0);
  const late = JSON.parse(r.stderr) as string[] | null;
  expect(late).not.toBeNull();
  // the tagger's zlib, the run's os and fs/promises, perf_hooks (performance.now()), standard
  // input's stream (never read here): each would compile from source after the flags
  for (const m of ['zlib', 'os', 'fs/promises', 'perf_hooks', 'internal/fs/streams', 'net', 'tty']) expect([m, late!.includes(m)]).toEqual([m, false]);
}, 60_000);

testWithEsbuild('a bundled start of one article grows its young generation fast; a batch leaves it to the nursery cap', () => {
  // the probe notes every V8 flag the run sets, and the young generation's size at the end
  const probe = join(dir, 'flags.cjs');
  writeFileSync(probe, `const v8 = require('node:v8'); const set = v8.setFlagsFromString; const flags = [];
    v8.setFlagsFromString = (f) => { flags.push(f); return set(f); };
    process.on('exit', () => require('node:fs').writeSync(2, JSON.stringify({ flags, nursery: v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size })));`);
  const probed = (args: string[]) => {
    const r = spawnSync(process.execPath, ['-r', probe, join(pkg, 'bin/extrait.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...STARTS.bundle } });
    expect(r.status).toBe(0);
    return JSON.parse(r.stderr) as { flags: string[]; nursery: number };
  };
  expect(probed([SEED, '--format', 'jsonl']).flags).toContain('--semi-space-growth-factor=8');
  // --jobs 1 batch: the nursery cap (src/batch/nursery.ts) holds it at 8 MB; grown 8-fold while
  // the modules load, it was 16 MB before the first document and stayed so
  const batch = probed(['--input-format', 'jsonl', '--jobs', '1', join(dir, 'docs.jsonl'), '-o', join(dir, 'flags-batch.jsonl'), '--force']);
  const growth = batch.flags.filter((f) => f.startsWith('--semi-space-growth-factor='));
  expect(growth[0]).toBe('--semi-space-growth-factor=1');
  expect(growth.filter((f) => !/=[12]$/.test(f))).toEqual([]);
  expect(batch.nursery).toBeLessThanOrEqual(8 * 2 ** 20);
}, 60_000);

testWithEsbuild('one article: the same record from the snapshot, the bundle and the modules', () => {
  const outs = Object.entries(STARTS).map(([name, env]) => {
    const r = run([SEED, '--format', 'jsonl'], env);
    expect([name, r.status, r.stderr]).toEqual([name, 0, '']);
    return r.stdout;
  });
  const rec = JSON.parse(outs[0]) as { entities: { type: string; name?: string }[] };
  expect(rec.entities.filter((e) => e.type === 'person').map((e) => e.name)).toContain('Moussa Saloua Barmou');
  for (const out of outs.slice(1)) expect(out).toBe(outs[0]);
}, 120_000);

testWithEsbuild('batches: two bundled workers and the main thread give the modules\' bytes', () => {
  const jsonl = join(dir, 'docs.jsonl');
  const reference = run(['--input-format', 'jsonl', '--jobs', '1', jsonl], STARTS.modules);
  expect(reference.status).toBe(0);
  expect(reference.stdout.split('\n').filter(Boolean)).toHaveLength(12);
  for (const [name, env] of Object.entries(STARTS)) {
    for (const jobs of ['1', '2']) {
      const r = run(['--input-format', 'jsonl', '--jobs', jobs, jsonl], env);
      expect([name, jobs, r.status, r.stdout]).toEqual([name, jobs, 0, reference.stdout]);
    }
  }
}, 180_000);

testWithEsbuild('a code cache V8 refuses, or one of another build, changes nothing but the time', () => {
  const cache = join(pkg, 'dist', `cli.bundle.${process.version}-${process.arch}.cache`);
  const good = readFileSync(cache);
  const reference = run([SEED, '--format', 'jsonl'], STARTS.modules).stdout;
  try {
    // this build's header (one line), then bytes that are no V8 code cache
    const header = good.indexOf(10) + 1;
    writeFileSync(cache, Buffer.concat([good.subarray(0, header), Buffer.alloc(good.length - header, 7)]));
    let r = run([SEED, '--format', 'jsonl'], STARTS.bundle);
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', reference]);
    // a valid cache stamped by another build: never offered to V8 (it checks only the length)
    writeFileSync(cache, Buffer.concat([Buffer.from('0123456789abcdef'.padEnd(31, ' ') + '\n', 'latin1'), good.subarray(32)]));
    r = run([SEED, '--format', 'jsonl'], STARTS.bundle);
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', reference]);
  } finally {
    writeFileSync(cache, good);
  }
}, 120_000);

testWithEsbuild('a blob older than data/ is not used (the last test: it spoils the blob)', () => {
  const blob = join(pkg, 'dist/snapshot', `extrait-${process.version}-${process.platform}-${process.arch}.blob`);
  const reference = run([SEED, '--format', 'jsonl'], STARTS.modules).stdout;
  writeFileSync(blob, 'not a snapshot');
  // by default the launcher never looks at a blob: the bundle starts faster
  expect(run([SEED, '--format', 'jsonl'], {}).stdout).toBe(reference);
  // asked for and as new as dist/: the launcher takes it, and node cannot start from it
  expect(run([SEED, '--format', 'jsonl'], STARTS.snapshot).status).not.toBe(0);
  // a data file changed since: the launcher leaves the blob alone
  const later = new Date(Date.now() + 60_000);
  utimesSync(join(pkg, 'data/clean/boilerplate.json'), later, later);
  const r = run([SEED, '--format', 'jsonl'], STARTS.snapshot);
  expect([r.status, r.stdout]).toEqual([0, reference]);
}, 120_000);
