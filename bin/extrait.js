#!/usr/bin/env node
// Launcher. The CLI is compiled to dist/ (npm run build); it starts from:
//  1. with EXTRAIT_SNAPSHOT=1 only, a V8 startup snapshot (dist/snapshot/, `npm run build:snapshot`) with the modules,
//     data and warm-up already in memory, run in a child `node --snapshot-blob`; only for
//     one named text file (such a run stays in the main thread: workers cannot start in a
//     process restored from a snapshot on Node 20), and only when the blob was built by this
//     Node binary, in this place, after the last build of dist/ and the last change in data/;
//  2. dist/cli.bundle.cjs (one file instead of ~160 modules) with its V8 code cache (the
//     bytecode the build's warm-up compiled: dist/cli/bundleLoader.cjs), when it is not older
//     than the tsc output;
//  3. dist/cli/main.js.
// The snapshot is opt-in: V8 drops compiled regexes when it writes one, and the child process
// loads Node twice, so it starts slower (0.64 CPU s) than the bundle (0.41) for one 4 KB article.
// EXTRAIT_BUNDLE=0 skips 2, EXTRAIT_CODE_CACHE=0 the cache of 2.
// This file is CommonJS (bin/package.json): an ES module entry costs Node ~5 ms more CPU at
// every start (its module loader), and the bundle's way needs no ES module at all.
// Built-in modules through process.getBuiltinModule: a start loads nothing it does not use.
const { readdirSync, readFileSync, statSync, existsSync } = process.getBuiltinModule('node:fs');
const { join } = process.getBuiltinModule('node:path');
const { pathToFileURL } = process.getBuiltinModule('node:url');

const root = join(__dirname, '..');
const dist = join(root, 'dist');
const args = process.argv.slice(2);

const mtime = (p) => {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return -1;
  }
};

/** The CLI's options that take a value (src/cli/main.ts); the others are flags. */
const VALUED = new Set(['-o', '--output', '-f', '--format', '--glob', '--id-base', '--reference-date', '--language', '--model-file', '-j', '--jobs', '--max-bytes', '--timeout-ms', '--csv-level']);
const FLAGS = new Set(['--force', '--no-model', '--resume', '-q', '--quiet', '--no-color', '--bom', '--follow-symlinks']);

/**
 * One named text file, where start-up is most of the time (such a run stays in the main
 * thread). Batches, even --jobs 1, start as usual: start-up is nothing next to them, and a
 * restored heap holds more memory. Anything unknown: as usual too.
 */
function singleFile() {
  const named = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (VALUED.has(a)) i++;
    else if (a.startsWith('--') && a.includes('=') && VALUED.has(a.slice(0, a.indexOf('=')))) continue;
    else if (FLAGS.has(a)) continue;
    else if (a.startsWith('-')) return false; // --input-format, --help, --, eval's options…
    else named.push(a);
  }
  if (named.length !== 1 || named[0] === 'eval' || named[0] === 'train' || named[0].endsWith('.jsonl')) return false;
  try {
    return statSync(named[0]).isFile();
  } catch {
    return false;
  }
}

function newestUnder(dir) {
  let newest = mtime(dir);
  try {
    for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) newest = Math.max(newest, mtime(join(e.parentPath ?? e.path, e.name)));
  } catch {
    return Infinity;
  }
  return newest;
}

function snapshotBlob() {
  if (process.env.EXTRAIT_SNAPSHOT !== '1' || process.execArgv.length || !singleFile()) return null;
  const name = `extrait-${process.version}-${process.platform}-${process.arch}`;
  const blob = join(dist, 'snapshot', `${name}.blob`);
  const built = mtime(blob);
  if (built < 0 || built < mtime(join(dist, 'cli', 'main.js')) || built < newestUnder(join(root, 'data'))) return null;
  try {
    if (JSON.parse(readFileSync(join(dist, 'snapshot', `${name}.json`), 'utf8')).root !== root) return null;
  } catch {
    return null;
  }
  return blob;
}

function runSnapshot(blob) {
  // loaded here only: node:child_process costs a plain start ~5 ms
  const { spawn } = process.getBuiltinModule('node:child_process');
  // after --, the arguments are the program's, never node's own options
  const child = spawn(process.execPath, ['--snapshot-blob', blob, '--', ...args], { stdio: 'inherit' });
  // A terminal's Ctrl-C reaches both processes; a signal sent to this one alone is passed on.
  const forward = (signal) => () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward(signal));
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exitCode = code;
  });
}

async function loadMain() {
  const bundle = join(dist, 'cli.bundle.cjs');
  if (process.env.EXTRAIT_BUNDLE !== '0' && mtime(bundle) >= mtime(join(dist, 'cli', 'main.js'))) {
    // the CommonJS copy the bundle build makes; the tsc output (an ES module) otherwise
    const loader = join(dist, 'cli', 'bundleLoader.cjs');
    const { loadBundle } = existsSync(loader) ? require(loader) : await import(pathToFileURL(join(dist, 'cli', 'bundleLoader.js')).href);
    // main() sets up standard output first thing; here, before the loader sets V8 flags, the
    // modules of its stream (node:net for a pipe, node:tty for a terminal) load with Node's code cache
    void process.stdout;
    // one named text file: the loader lets the young generation grow faster (src/cli/bundleLoader.ts)
    return loadBundle(bundle, undefined, singleFile()).exports.main;
  }
  return (await import(pathToFileURL(join(dist, 'cli', 'main.js')).href)).main;
}

function runModule() {
  loadMain().then(
    (main) => main(process.argv),
    (err) => {
      if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes(join('dist', 'cli'))) {
        process.stderr.write('extrait: dist/ is missing: run `npm run build` first\n');
        return 1;
      }
      throw err;
    },
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`extrait: ${err && err.stack ? err.stack : err}\n`);
      process.exitCode = 1;
    },
  );
}

const blob = snapshotBlob();
if (blob) runSnapshot(blob);
else runModule();
