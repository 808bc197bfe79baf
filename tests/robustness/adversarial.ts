/**
 * Adversarial inputs for the size and time tests, each a function of its length in UTF-16
 * units, plus a timer that runs extract() stage by stage in a child process (compiled build),
 * so that a slow run names its stage.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The tagger's per-word cache (50,000 words) and the folding caches (50,000 words each) are
 * bounded by entry count: text made of ever-new words fills them to a fixed ceiling, which is
 * allowed for on top of the per-byte limits.
 */
export const CACHE_ALLOWANCE_MB = 64;
import type { ExtraitRecord } from '../../src/types.js';

export const SEED = readFileSync(join(process.cwd(), 'fixtures', 'seeds', '000_77d6c83b56ae88aa.txt'), 'utf8');

/** `unit` repeated to exactly n UTF-16 units. */
export function repeatTo(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** Distinct pronounceable capitalized names: 0 → "Ba", 1 → "Ca", … never twice the same. */
export function nameOf(i: number): string {
  let s = '';
  let k = i;
  do {
    s += 'bcdfgklmnprstvz'[k % 15] + 'aeiou'[Math.floor(k / 15) % 5];
    k = Math.floor(k / 75);
  } while (k > 0);
  return s[0].toUpperCase() + s.slice(1);
}

/** Sentences built by `line(i)` for i = 0, 1, 2… until n units. */
function sentencesTo(n: number, line: (i: number) => string): string {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const l = line(i);
    parts.push(l);
    len += l.length;
  }
  return parts.join('').slice(0, n);
}

export interface Adversary {
  name: string;
  make(n: number): string;
  /** Size of the full-size run, in UTF-16 units (the scaling run uses half of it first). */
  size: number;
}

const MB = 1_000_000;
const BIG = process.env.EXTRAIT_BIG_TESTS === '1';

export const ADVERSARIES: Adversary[] = [
  { name: '10 MB line of letters without spaces', make: (n) => repeatTo('abcdefghijklmnopqrstuvwxyzé', n), size: 10 * MB },
  { name: '10 MB line of mixed word characters and punctuation without spaces', make: (n) => repeatTo('Bamako,le6novembre2024.GÉNÉRAL-Goïta/(FAMa)«MINUSMA»:M.', n), size: 10 * MB },
  { name: '"M. M. M. " x 100,000', make: (n) => repeatTo('M. M. M. ', n), size: 900_000 },
  { name: '"(((" x 100,000', make: (n) => repeatTo('(((', n), size: 300_000 },
  { name: 'deeply nested « quotes', make: (n) => { const k = Math.floor((n - 20) / 4); return '« '.repeat(k) + 'Le général Tiani' + ' »'.repeat(k); }, size: 400_000 },
  { name: '200,000 capitalized words in a row', make: (n) => repeatTo('Abc ', n), size: 800_000 },
  { name: '100,000 distinct capitalized words after a rank', make: (n) => 'Le colonel ' + sentencesTo(n - 11, (i) => nameOf(i) + ' '), size: 600_000 },
  { name: '"général " x 100,000', make: (n) => repeatTo('général ', n), size: 800_000 },
  { name: '"1/1/1/…" over 1 MB', make: (n) => repeatTo('1/', n), size: MB },
  { name: '"le " x 300,000', make: (n) => repeatTo('le ', n), size: 900_000 },
  { name: 'a seed article repeated', make: (n) => repeatTo(SEED + '\n\n', n), size: BIG ? 50 * MB : 5 * MB },
  // inputs below made resolution steps quadratic (many mentions, each compared with all others)
  { name: 'distinct ranked people, one per sentence', make: (n) => sentencesTo(n, (i) => `Le colonel ${nameOf(i)} ${nameOf(i * 7 + 3)} est arrivé. `), size: 300_000 },
  { name: 'acronyms defined in parentheses, again and again', make: (n) => repeatTo('Les Forces armées maliennes (FAMa) et la MINUSMA (Mission des Nations unies). ', n), size: 300_000 },
  { name: 'unlisted villages named in context, one per sentence', make: (n) => sentencesTo(n, (i) => `Le village de ${nameOf(i)} a été attaqué près de Mopti. `), size: 300_000 },
];

export interface Timed {
  ms: number;
  /** Milliseconds per pipeline stage, "record" for the final record building. */
  stages: Record<string, number>;
  /** heapUsed right after the run minus heapUsed before it (after a full GC), in bytes: garbage included. */
  heapGrowth: number;
  /** heapUsed after the run and a full GC, the record still held, minus heapUsed before. */
  heapRetained: number;
  /** The run exceeded its old-space limit (the loaded data plus `heapFactor` × the input size). */
  outOfMemory: boolean;
  /** That limit, in MB. */
  heapLimitMB: number;
  entities: number;
  sentences: number;
}

let build: string | null = null;

/**
 * Compiles src/ to a scratch directory once (the build users run; jest's sandbox makes global
 * lookups such as Math.imul many times slower, which would time the sandbox, not the code).
 * tsc still emits when files that are not ours have type errors, so only the output is checked.
 */
function compiled(): string {
  if (build) return build;
  const root = mkdtempSync(join(tmpdir(), 'extrait-size-'));
  for (const dir of ['data', 'docs', 'node_modules']) symlinkSync(join(process.cwd(), dir), join(root, dir));
  spawnSync(process.execPath, [join(process.cwd(), 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--outDir', join(root, 'dist'), '--sourceMap', 'false', '--declaration', 'false'], { cwd: process.cwd(), stdio: 'ignore' });
  if (!existsSync(join(root, 'dist', 'extract.js'))) throw new Error(`tsc produced no ${join(root, 'dist', 'extract.js')}`);
  build = root;
  return root;
}

export function removeBuild(): void {
  if (build) rmSync(build, { recursive: true, force: true });
  build = null;
}

function runMeasure(root: string, textArg: string, heapLimitMB: number, recFile?: string) {
  const args = ['--expose-gc', `--max-old-space-size=${heapLimitMB}`, join(process.cwd(), 'tests', 'robustness', 'measure.mjs'), join(root, 'dist'), textArg];
  if (recFile) args.push(recFile);
  return spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20, env: { ...process.env, NODE_OPTIONS: '' } });
}

let baselineMB: number | null = null;

/**
 * Runs extract() on `text` in a child process, every stage timed, with the old space capped at
 * the loaded data plus heapFactor × the input's UTF-8 size: peak live memory beyond that is an
 * out-of-memory crash, reported as such. Optionally returns the record.
 */
export function timedExtract(text: string, withRecord = false, heapFactor: number): Timed & { rec?: ExtraitRecord } {
  const root = compiled();
  if (baselineMB === null) {
    const b = runMeasure(root, '-', 4096);
    if (b.status !== 0) throw new Error(`measure.mjs failed: ${b.stderr.slice(-2000)}`);
    baselineMB = (JSON.parse(b.stdout) as { baseline: number }).baseline / 1e6;
  }
  const textFile = join(root, 'input.txt');
  const recFile = join(root, 'record.json');
  writeFileSync(textFile, text);
  // the 32 MB margin covers V8's own slack on tiny inputs
  const heapLimitMB = Math.ceil(baselineMB + (heapFactor * Buffer.byteLength(text, 'utf8')) / 1e6 + 32 + CACHE_ALLOWANCE_MB);
  const r = runMeasure(root, textFile, heapLimitMB, withRecord ? recFile : undefined);
  if (r.status !== 0) {
    if (/heap out of memory|Reached heap limit/i.test(r.stderr)) {
      return { ms: Infinity, stages: {}, heapGrowth: NaN, heapRetained: NaN, outOfMemory: true, heapLimitMB, entities: 0, sentences: 0 };
    }
    throw new Error(`measure.mjs failed (${r.status ?? r.signal}): ${r.stderr.slice(-2000)}`);
  }
  const out = { ...(JSON.parse(r.stdout) as Timed), outOfMemory: false, heapLimitMB } as Timed & { rec?: ExtraitRecord };
  if (withRecord) out.rec = JSON.parse(readFileSync(recFile, 'utf8')) as ExtraitRecord;
  return out;
}

/** "clean=3 sentences=120 …", slowest first, for failure messages. */
export function describeStages(stages: Record<string, number>): string {
  return Object.entries(stages).sort((a, b) => b[1] - a[1]).filter(([, v]) => v >= 1).map(([k, v]) => `${k}=${v.toFixed(0)}ms`).join(' ');
}
