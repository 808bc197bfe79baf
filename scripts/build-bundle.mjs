#!/usr/bin/env node
/**
 * Start-up builds of the CLI, run by `npm run build` after tsc (bin/extrait.js picks the
 * fastest one that is valid, see there):
 *
 * 1. dist/cli.bundle.js: dist/cli/main.js and everything it imports (chrono-node and
 *    commander included) in one ES module, so a start reads and compiles one file instead
 *    of ~160; dist/worker.bundle.js likewise for each worker thread (batch/pool.ts). Shipped
 *    in the package. The library entry dist/index.js and its types are untouched.
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
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const BUNDLE = join(dist, 'cli.bundle.js');
const WORKER_BUNDLE = join(dist, 'worker.bundle.js');
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

const common = { bundle: true, platform: 'node', target: 'node20', keepNames: true, legalComments: 'inline', logLevel: 'warning' };

export async function buildBundle() {
  // the CLI, and the worker thread's script (each worker loads it: one file there too)
  for (const [entry, outfile] of [[join(dist, 'cli', 'main.js'), BUNDLE], [join(dist, 'batch', 'worker.js'), WORKER_BUNDLE]]) {
    await build({
      ...common,
      entryPoints: [entry],
      outfile,
      format: 'esm',
      plugins: [ownImportMetaUrl((path) => `new URL(${JSON.stringify('./' + relative(dirname(outfile), path).split('\\').join('/'))}, import.meta.url).href`)],
      // Loaded on first use only (franc's tables, for text that does not look French at once).
      external: ['franc'],
      // CommonJS dependencies bundled into an ES module call require(): give them one.
      banner: { js: "import { createRequire as __extraitRequire } from 'node:module'; const require = __extraitRequire(import.meta.url);" },
    });
    // esbuild leaves an unchanged output file alone: the launcher compares times with dist/
    const now = new Date();
    utimesSync(outfile, now, now);
  }
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
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
