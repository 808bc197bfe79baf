/**
 * Runs a one-file CommonJS bundle (dist/cli.bundle.cjs, dist/worker.bundle.cjs, made by
 * scripts/build-bundle.mjs) with V8's code cache: the bytecode of every function the build's
 * warm-up run compiled (module bodies, commander, the whole pipeline on one article) is read
 * from a file instead of parsed and compiled again by each process and each worker thread.
 * Node 20 has no compile cache for ES modules (module.enableCompileCache is Node 22), but
 * vm.Script takes and makes V8 code caches: hence a CommonJS bundle run through vm.Script.
 *
 * A cache made by another Node/V8 (or with other V8 flags) is rejected by V8 itself; V8 checks
 * the source by its length only, so each build stamps the bundle's first line with a random id
 * that the cache file starts with, and a cache of another build is never offered to V8. Either
 * way the bundle then compiles as usual, nothing else changes. EXTRAIT_CODE_CACHE=0 skips it.
 *
 * Node's own modules come with a code cache too, made under V8's default flags: one loaded
 * after setV8Flags() is compiled from source (zlib, os, fs/promises… cost ~6 ms more each
 * start). The cache file's header names the built-in modules the bundle required during the
 * build's warm-up, and they are loaded before the flags are set.
 * A worker thread (batch/pool.ts) still compiles the built-ins of its own bootstrap from source,
 * ~20 CPU ms of the ~36 before its bundle loads, since the main thread set the flags before any
 * worker starts. Setting them back to V8's defaults just before each worker starts (the worker
 * setting ours again in loadBundle) spared that, but `--jobs 2` and `--jobs 3` runs writing to
 * standard output then died of SIGSEGV every time: V8's flags must not change while other
 * threads run JavaScript (each worker setting again the values already set has not faulted).
 */
// Built-ins through process.getBuiltinModule: importing node:fs into an ES module reads every
// export of it, which loads all of node:stream at start (a plain run never needs it).
import type { ScriptOptions } from 'node:vm';

const { readFileSync } = process.getBuiltinModule('node:fs');
const { createRequire, isBuiltin } = process.getBuiltinModule('node:module');
const { dirname } = process.getBuiltinModule('node:path');
const vm = process.getBuiltinModule('node:vm');
const v8 = process.getBuiltinModule('node:v8');
const { isAscii } = process.getBuiltinModule('node:buffer');

/**
 * V8 settings of a process that runs a bundle, set before the bundle compiles. A code cache
 * is valid only under the flags it was made with, and the build makes the caches through this
 * function too (scripts/build-bundle.mjs), so both sides set the same.
 * - --no-regexp-tier-up: a pattern is compiled to machine code at its first execution, instead
 *   of to bytecode first and again to machine code at the second; the recognizers run nearly
 *   every pattern more than once, so the bytecode was thrown away (a fifth of a cold start).
 * - --interrupt-budget: V8 optimizes a function (TurboFan, on another thread but on the same
 *   CPU) after less work than one short article gives; a short run paid for optimized code
 *   it never used. Four times the default still optimizes the hot loops of a long run.
 */
const V8_FLAGS = ['--no-regexp-tier-up', '--interrupt-budget=270336'];
let flagsSet = false;

function setV8Flags(): void {
  if (flagsSet) return;
  flagsSet = true;
  for (const flag of V8_FLAGS) v8.setFlagsFromString(flag);
  // text/warmRegExp.ts (inside the bundles): no warm-up run needed under --no-regexp-tier-up
  (globalThis as Record<symbol, unknown>)[Symbol.for('extrait.regexpCompiledAtFirstRun')] = true;
}

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** Makes a code cache holding every function compiled so far (the build calls it after a warm-up). */
  cacheData(): Buffer;
  /** null: no cache read; true: V8 refused it (another Node, another bundle). */
  cacheRejected: boolean | null;
}

/** The cache file of a bundle, per Node version and architecture: one build may serve several. */
export function cachePathOf(bundlePath: string): string {
  return bundlePath.replace(/\.cjs$/, '') + `.${process.version}-${process.arch}.cache`;
}

/**
 * A bundle's code is the body of a function that takes CommonJS's module arguments. The build
 * writes this wrapper into the bundle file itself (scripts/build-bundle.mjs), after the stamp on
 * line 1: its lines are the file's, and a start compiles the file's text as read, without
 * copying a megabyte-long string into a wrapped one.
 */
export const BUNDLE_WRAPPER = { start: '(function (exports, require, module, __filename, __dirname) {', end: '\n})' };

/** The start of a bundle: `/* extrait-bundle <id> *\/` and the wrapper (scripts/build-bundle.mjs). */
const STAMP = /^\/\* extrait-bundle ([0-9a-f]{16}) \*\/\(function \(exports, require, module, __filename, __dirname\) \{/;

/**
 * The cache file's header, one line: the bundle's id and the built-in modules to load before
 * the flags, padded so that V8's data after it stays 8-byte aligned.
 */
function header(id: string, builtins: readonly string[] = []): Buffer {
  const line = [id, ...builtins].join(' ');
  return Buffer.from(line.padEnd(Math.ceil((line.length + 1) / 8) * 8 - 1, ' ') + '\n', 'latin1');
}

/** A header longer than this is no header of ours. */
const MAX_HEADER = 4096;

/** The cache file's parts, when its header names this build; null otherwise. */
export function readCacheFile(file: Buffer, id: string): { builtins: string[]; data: Buffer } | null {
  const end = file.subarray(0, MAX_HEADER).indexOf(10);
  if (end < 0 || (end + 1) % 8 !== 0 || end + 1 >= file.length) return null;
  const [stamp, ...builtins] = file.toString('latin1', 0, end).trim().split(' ');
  return stamp === id ? { builtins, data: file.subarray(end + 1) } : null;
}

/**
 * Node's built-in modules required through a bundle's require (the warm-up run at build
 * time records them this way, see cacheData).
 */
function recordingRequire(real: NodeRequire, seen: Set<string>): NodeRequire {
  const req = ((id: string) => {
    if (isBuiltin(id)) seen.add(id.startsWith('node:') ? id : `node:${id}`);
    return real(id);
  }) as NodeRequire;
  return Object.assign(req, { resolve: real.resolve, cache: real.cache, main: real.main, extensions: real.extensions });
}

/**
 * A run of one document (bin/extrait.js knows it from its arguments) grows its young generation
 * 8-fold at a step instead of 2-fold: evaluating the modules and loading the lexicons and the
 * tagger allocate ~15 MB that nearly all survive, and each scavenge of a 1, 2, 4 MB nursery
 * copied them again (GC on a cold start 90-136 -> 41-78 ms; one article 0.96-0.98 of the CPU).
 * Set after the bundle compiles: V8 takes a code cache only under the flags it was made with,
 * and the build makes the caches without this one. Never for batches: their nursery is
 * capped between documents (batch/nursery.ts), and a nursery grown to 16 MB while the modules
 * load would already be past the cap at the first document.
 */
const ONE_DOCUMENT_FLAGS = ['--semi-space-growth-factor=8'];

export function loadBundle(bundlePath: string, useCache = process.env.EXTRAIT_CODE_CACHE !== '0', oneDocument = false): LoadedBundle {
  const bytes = readFileSync(bundlePath);
  // The build writes the bundles in ASCII (scripts/build-bundle.mjs, asciiSource): copied byte
  // for byte into a one-byte string, ~1 CPU ms less at every start than decoding 1.2 MB of UTF-8.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const id = STAMP.exec(source)?.[1] ?? null;
  let cachedData: Buffer | undefined;
  if (useCache && id) {
    let file: Buffer | null = null;
    try {
      file = readFileSync(cachePathOf(bundlePath));
    } catch {
      // no cache: compiled from source
    }
    const cache = file && readCacheFile(file, id);
    if (cache) {
      cachedData = cache.data;
      // a name this Node does not have (a cache of another version is refused by V8 anyway) is skipped
      for (const name of cache.builtins) {
        try {
          process.getBuiltinModule(name);
        } catch {
          // loaded when the bundle requires it, if ever
        }
      }
    }
  }
  setV8Flags();
  // a file without the stamp (made otherwise) is wrapped here
  const script = new vm.Script(id ? source : `${BUNDLE_WRAPPER.start}${source}${BUNDLE_WRAPPER.end}`, {
    filename: bundlePath,
    cachedData,
    // import() in the bundle (the eval command, by absolute URL): this module's import()
    // (vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER is not honoured by Node 20's vm.Script)
    importModuleDynamically: ((specifier: string) => import(specifier)) as unknown as ScriptOptions['importModuleDynamically'],
  });
  // import() inside a vm.Script fails on Node 20 ("A dynamic import callback was not specified"
  // once its code comes from a cache): the bundle's one import() by URL (the eval command) uses this
  (globalThis as { __extraitImport?: (s: string) => Promise<unknown> }).__extraitImport ??= (s: string) => import(s);
  if (oneDocument) for (const flag of ONE_DOCUMENT_FLAGS) v8.setFlagsFromString(flag);
  const module = { exports: {} as Record<string, unknown> };
  const fn = script.runInThisContext() as (e: unknown, r: NodeRequire, m: unknown, f: string, d: string) => void;
  // without a cache, as when the build makes one: the built-in modules the run requires are noted
  const required = new Set<string>();
  const require = createRequire(bundlePath);
  fn(module.exports, useCache ? require : recordingRequire(require, required), module, bundlePath, dirname(bundlePath));
  return {
    exports: module.exports,
    cacheData: () => {
      if (!id) throw new Error(`${bundlePath} has no build stamp`);
      return Buffer.concat([header(id, [...required].sort()), script.createCachedData()]);
    },
    cacheRejected: cachedData ? script.cachedDataRejected === true : null,
  };
}
