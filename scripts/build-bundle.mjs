#!/usr/bin/env node
/**
 * Start-up builds of the CLI, run by `npm run build` after tsc (bin/extrait.js picks the
 * fastest one that is valid, see there):
 *
 * 1. dist/cli.bundle.cjs: dist/cli/main.js and everything it imports (chrono-node and
 *    commander included) in one CommonJS file, so a start reads one file instead of ~160,
 *    and dist/cli/bundleLoader.cjs, the loader as CommonJS for the launcher;
 *    dist/worker.bundle.cjs likewise for each worker thread (batch/pool.ts). Each comes with
 *    a V8 code cache, dist/<bundle>.<node version>-<arch>.cache, made by running the bundle
 *    on a warm-up article in a fresh node: a start deserializes that bytecode instead of
 *    parsing and compiling (src/cli/bundleLoader.ts). Shipped in the package (a cache of
 *    another Node is ignored). The library entry dist/index.js and its types are untouched.
 * 2. --snapshot: dist/snapshot/extrait-<node version>-<platform>-<arch>.blob, a V8 startup
 *    snapshot (`node --build-snapshot`) of src/cli/snapshot.ts: modules evaluated, data
 *    loaded, warm-up done. A blob works only with the Node binary that built it, so it is
 *    built where it runs (never shipped); bin/extrait.js ignores a blob of another Node, or
 *    one older than dist/ or data/.
 *
 * Names are kept (dates/configuration.ts picks chrono parsers by constructor.name). Every
 * dist/ module's `import.meta.url` is replaced by its own URL (relative to the bundle's, or
 * absolute in the snapshot, which is built in place), so data files, the worker script and
 * package.json resolve exactly as from the unbundled module.
 *
 *   node scripts/build-bundle.mjs [--snapshot]     (npm run build: the bundles; npm run build:snapshot: both)
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const BUNDLE = join(dist, 'cli.bundle.cjs');
const WORKER_BUNDLE = join(dist, 'worker.bundle.cjs');
const LOADER = join(dist, 'cli', 'bundleLoader.cjs');
const SNAPSHOT_DIR = join(dist, 'snapshot');

/** The name bin/extrait.js looks for: one blob per Node binary. */
export const snapshotName = () => `extrait-${process.version}-${process.platform}-${process.arch}`;

/** Rewrites `import.meta.url` in the project's own dist/ modules (dependencies keep theirs). */
function ownImportMetaUrl(expression) {
  return {
    name: 'own-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.js$/ }, async (args) => {
        const rel = relative(dist, args.path);
        if (rel.startsWith('..') || rel.includes('node_modules')) return undefined;
        const text = await readFile(args.path, 'utf8');
        return { contents: text.replaceAll('import.meta.url', expression(args.path)), loader: 'js' };
      });
    },
  };
}

/**
 * commander requires node:child_process at load, for executable subcommands the CLI never
 * has; loading it pulls in node:net and node:stream (~5 ms of every start). The bundle gets a
 * stand-in that loads the real module on first use.
 */
function lazyChildProcess() {
  return {
    name: 'lazy-child-process',
    setup(b) {
      b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'extrait-lazy' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'extrait-lazy' }, () => ({
        contents: "let real; const load = () => (real ??= require('node:child_process')); module.exports = new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load() });",
        loader: 'js',
      }));
    },
  };
}

// Regex literals stay literals: esbuild's table has Node 20 lacking Unicode property escapes
// (\p{Lu}), so it rewrote each such literal as `new RegExp(...)`, a new object (and a
// compilation-cache look-up) every time the line runs, in hot per-word code of every
// recognizer. Node 20 has them (the unbundled dist/ runs the same literals).
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  supported: { 'regexp-unicode-property-escapes': true },
  keepNames: true,
  legalComments: 'inline',
  logLevel: 'warning',
};

/** esbuild's keepNames helper, as it writes it, and what the bundles get instead. */
const NAME_HELPER = 'var __name = (target, value) => __defProp(target, "name", { value, configurable: true });';
const LIGHT_NAME_HELPER = 'var __name = (target, value) => target.prototype === undefined || target.name === value ? target : __defProp(target, "name", { value, configurable: true });';

/**
 * keepNames is for the classes (dates/configuration.ts reads constructor.name), but esbuild
 * also wraps every arrow function and nested function in __name, run each time the closure is
 * made: a defineProperty per call of hot recognizers (nameRuns' flush, the organization
 * readers' closures), 0.8% of the CPU. The helper now names only what has a prototype (classes
 * and functions) and is not yet so named; arrow functions keep the name V8 gives them.
 */
function lightNameHelper(file) {
  const code = readFileSync(file, 'utf8');
  if (!code.includes(NAME_HELPER)) throw new Error(`${file}: esbuild's __name helper is not the one expected; see lightNameHelper`);
  writeFileSync(file, code.replace(NAME_HELPER, LIGHT_NAME_HELPER));
}

/**
 * The bundle's text with every non-ASCII code unit written as a \uXXXX escape. esbuild escapes
 * strings but leaves regular expression literals, String.raw templates and comments as written,
 * and ~200 accented or typographic characters there made V8 hold the whole ~1.1 MB source as a
 * two-byte string: 1.1 MB more heap at every start (the heap a first document's collection is
 * counted against) and a slower UTF-8 decoding of the file. The escape means the same code unit
 * in a string, a template's value, a regular expression (with or without the u flag, where an
 * escaped surrogate pair is one code point), an identifier or a comment. Refused where an escape
 * would not: after a backslash (`\é` would become `\\u00e9`), and for U+2028/U+2029, which end a
 * line comment.
 */
export function asciiSource(text) {
  const bad = /\\[^\x00-\x7f]|[\u2028\u2029]/.exec(text);
  if (bad) throw new Error(`bundle: cannot escape ${JSON.stringify(bad[0])} at ${bad.index}`);
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The bundles are CommonJS so that a process can run them through vm.Script with a V8 code
 * cache (src/cli/bundleLoader.ts; Node 20 caches no ES module). The first line stamps each
 * build with an id that its cache file must carry, and opens the function the bundle's code is
 * the body of.
 */
export async function buildBundle() {
  const { BUNDLE_WRAPPER } = await import(pathToFileURL(join(dist, 'cli', 'bundleLoader.js')).href);
  // the ES module bundles of earlier builds: nothing starts from them any more
  for (const old of ['cli.bundle.js', 'worker.bundle.js']) rmSync(join(dist, old), { force: true });
  for (const [entry, outfile] of [[join(dist, 'cli', 'main.js'), BUNDLE], [join(dist, 'batch', 'workerMain.js'), WORKER_BUNDLE]]) {
    const id = randomBytes(8).toString('hex');
    await build({
      ...common,
      entryPoints: [entry],
      outfile,
      format: 'cjs',
      plugins: [lazyChildProcess(), ownImportMetaUrl((path) => `new URL(${JSON.stringify('./' + relative(dirname(outfile), path).split('\\').join('/'))}, __extraitBundleUrl).href`)],
      // Loaded on first use only (franc's tables, for text that does not look French at once).
      external: ['franc'],
      // the stamp, then the wrapper (src/cli/bundleLoader.ts) around the whole bundle
      banner: { js: `/* extrait-bundle ${id} */${BUNDLE_WRAPPER.start}\nvar __extraitBundleUrl = require("node:url").pathToFileURL(__filename).href;` },
      footer: { js: BUNDLE_WRAPPER.end },
    });
    lightNameHelper(outfile);
    writeFileSync(outfile, asciiSource(readFileSync(outfile, 'utf8')));
    // esbuild leaves an unchanged output file alone: the launcher compares times with dist/
    const now = new Date();
    utimesSync(outfile, now, now);
  }
  // the launcher (bin/extrait.js, CommonJS) requires the loader: no ES module in a start
  await build({ ...common, bundle: false, entryPoints: [join(dist, 'cli', 'bundleLoader.js')], outfile: LOADER, format: 'cjs' });
  for (const kind of ['cli', 'worker']) {
    // a fresh process without flags: a cache is valid only for the V8 flags it was made with
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--make-cache', kind], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    if (r.status !== 0) process.stderr.write(`code cache for the ${kind} bundle not made (it starts without): ${r.stderr.trim().split('\n').slice(-3).join(' ')}\n`);
  }
}

/** A few sentences that go through every stage: what they compile is what the cache holds. */
const WARM_ARTICLE = `Bamako, 6 novembre 2024 (AFP) – Le général de brigade Moussa Diawara, chef d'état-major de l'armée de terre, a été nommé mardi ministre de la Défense par décret du président de la transition, le colonel Assimi Goïta.
Selon un communiqué du gouvernement publié hier soir, il remplace Sadio Camara, en poste depuis septembre 2020. La MINUSMA et l'Union africaine ont salué cette décision lors d'une réunion à Addis-Abeba le 4 novembre.
Des hommes armés ont attaqué lundi un poste de la gendarmerie près de Mopti, dans le centre du pays : trois soldats ont été tués, a indiqué le porte-parole de l'armée, le commandant Souleymane Dembélé.
Le Premier ministre Choguel Kokalla Maïga doit se rendre à Paris la semaine prochaine pour rencontrer des responsables du ministère des Affaires étrangères et de la Banque mondiale.`;

/** Runs one bundle on the warm-up article, then writes its code cache (in a child process). */
async function makeCache(kind) {
  // the loader the launcher takes; the warm-up notes the built-in modules the bundle requires
  const { loadBundle, cachePathOf } = createRequire(import.meta.url)(LOADER);
  const bundle = kind === 'cli' ? BUNDLE : WORKER_BUNDLE;
  const cache = cachePathOf(bundle);
  rmSync(cache, { force: true });
  const loaded = loadBundle(bundle, false);
  if (kind === 'cli') {
    const tmp = mkdtempSync(join(tmpdir(), 'extrait-cache-'));
    try {
      writeFileSync(join(tmp, 'article.txt'), WARM_ARTICLE);
      const code = await loaded.exports.main([process.execPath, 'extrait', join(tmp, 'article.txt'), '-q', '--force', '-o', join(tmp, 'out.json')]);
      if (code !== 0) throw new Error(`the warm-up run exited ${code}`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  } else {
    const r = loaded.exports.processTask({ kind: 'text', seq: 0, id: 'warm', display: 'warm', text: WARM_ARTICLE }, { force: true, model: true, maxBytes: 10 * 2 ** 20, cpuLimitMs: 30_000, serialize: 'jsonl' });
    if (!r.ok) throw new Error(`the warm-up run failed: ${r.message}`);
  }
  writeFileSync(cache, loaded.cacheData());
}

export async function buildSnapshot() {
  rmSync(SNAPSHOT_DIR, { recursive: true, force: true });
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
  const name = snapshotName();
  const script = join(SNAPSHOT_DIR, `${name}.cjs`);
  await build({
    ...common,
    entryPoints: [join(dist, 'cli', 'snapshot.js')],
    outfile: script,
    // the snapshot builder runs a CommonJS script that may require built-in modules only
    format: 'cjs',
    plugins: [ownImportMetaUrl((path) => JSON.stringify(pathToFileURL(path).href))],
  });
  const blob = join(SNAPSHOT_DIR, `${name}.blob`);
  const r = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', script], { cwd: root, encoding: 'utf8' });
  // Node warns that some built-in modules are not verified in snapshots; those it names are
  // used only after the start (child_process: none; module: createRequire at run time).
  const errors = r.stderr.split('\n').filter((l) => l && !/not yet fully verified|may still work|To request support|--trace-warnings|nodejs\/node\/issues/.test(l));
  if (r.status !== 0) throw new Error(`node --build-snapshot failed (${r.status}): ${r.stderr}`);
  if (errors.length) process.stderr.write(`${errors.join('\n')}\n`);
  rmSync(script);
  writeFileSync(join(SNAPSHOT_DIR, `${name}.json`), JSON.stringify({ root, node: process.version, builtAt: new Date().toISOString() }, null, 1) + '\n');
  return blob;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--make-cache') {
  await makeCache(process.argv[3]);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildBundle();
  if (process.argv.includes('--snapshot')) {
    try {
      const blob = await buildSnapshot();
      process.stderr.write(`snapshot: ${relative(root, blob)}\n`);
    } catch (err) {
      // no snapshot: bin/extrait.js starts from the bundle
      rmSync(SNAPSHOT_DIR, { recursive: true, force: true });
      process.stderr.write(`snapshot not built (${err.message.split('\n')[0]}); the CLI starts from the bundle\n`);
    }
  }
}
