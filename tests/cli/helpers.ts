/**
 * Runs the compiled CLI (`node bin/extrait.js`, built by `npx tsc -p .`) the way users do:
 * as a separate process, with real files in a temporary directory.
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** EXTRAIT_BIN lets a developer point the suite at another build of the same CLI. */
export const BIN = process.env.EXTRAIT_BIN ?? join(ROOT, 'bin/extrait.js');

export function assertBuilt(): void {
  const main = join(dirname(BIN), '../dist/cli/main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: build first with \`npx tsc -p .\``);
}

export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], opts: SpawnSyncOptions & { input?: string | Buffer } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000, ...opts });
  return { status: r.status, signal: r.signal, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

/** Same, asynchronous: for runs that are killed or must not block the test's event loop. */
export function cliAsync(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  if (opts.input !== undefined) child.stdin.end(opts.input);
  else child.stdin.end();
  const done = new Promise<CliResult>((resolveDone) => {
    child.on('close', (status, signal) => resolveDone({ status, signal, stdout, stderr }));
  });
  return { child, done };
}

export function tempDir(prefix = 'extrait-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function writeFile(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

export function parseLines(stdout: string): Record<string, any>[] {
  return stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/** Paragraphs of the real seed articles: short French news documents. */
export function seedParagraphs(): string[] {
  const dir = join(ROOT, 'fixtures/seeds');
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    for (const p of readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/)) {
      if (p.trim().length > 40) out.push(p.trim() + '\n');
    }
  }
  return out;
}

/** A JSONL corpus of n seed paragraphs {"id":"doc-i","text"}, every `dateEvery`-th with a date. */
export function writeSeedJsonl(path: string, n: number, dateEvery: number): void {
  const paras = seedParagraphs();
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const doc: Record<string, string> = { id: `doc-${i}`, text: paras[i % paras.length] };
    if (i % dateEvery === 0) doc.date = '2024-11-06';
    lines.push(JSON.stringify(doc));
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

/** The code point invariant every record must satisfy against the decoded text. */
export function expectOffsetsHold(text: string, rec: Record<string, any>): void {
  const cps = [...text];
  for (const s of rec.sentences ?? []) expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
  for (const e of rec.entities ?? []) expect(cps.slice(e.start, e.end).join('')).toBe(e.text);
}
