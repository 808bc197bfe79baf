/**
 * Batches through the real CLI: deterministic order whatever --jobs, JSONL input, and
 * --resume after a real run is killed mid-way, compared record for record with a clean run.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, appendFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, assertBuilt, cli, cliAsync, parseLines, removeDir, seedParagraphs, tempDir, writeFile } from '../cli/helpers.js';

const DOCS = 600;
let dir: string;
let corpus: string;
let ids: string[];
let clean: string;

beforeAll(() => {
  assertBuilt();
  dir = tempDir();
  corpus = join(dir, 'corpus');
  const paras = seedParagraphs();
  ids = [];
  for (let i = 0; i < DOCS; i++) {
    // Nested folders, names that sort differently as strings and as numbers.
    const id = `${String(i % 7)}/doc-${i}.txt`;
    writeFile(join(corpus, id), `${paras[i % paras.length]}`);
    ids.push(id);
  }
  ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out = join(dir, 'clean.jsonl');
  const r = cli([corpus, '--jobs', '2', '-o', out, '-q'], { timeout: 120_000 });
  expect([r.status, r.stderr]).toEqual([0, expect.any(String)]); // stderr shown on failure
  clean = readFileSync(out, 'utf8');
}, 180_000);
afterAll(() => removeDir(dir));

test('a directory gives one record per file, ids relative to it, in sorted path order', () => {
  const recs = parseLines(clean);
  expect(recs.map((r) => r.id)).toEqual(ids);
  expect(recs.every((r) => r.schemaVersion === '1.1' && !r.error)).toBe(true);
});

test('the same input gives byte-identical output with --jobs 1 and --jobs 3', () => {
  const one = cli([corpus, '--jobs', '1', '-q'], { timeout: 120_000, maxBuffer: 1 << 30 });
  expect([one.status, one.stderr]).toEqual([0, expect.any(String)]); // stderr shown on failure
  expect(one.stdout).toBe(clean);
  const three = cli([corpus, '--jobs', '3', '-q'], { timeout: 120_000, maxBuffer: 1 << 30 });
  expect(three.stdout).toBe(clean);
}, 120_000);

async function waitForBytes(path: string, bytes: number, child: { exitCode: number | null }): Promise<void> {
  for (;;) {
    if (existsSync(path) && statSync(path).size >= bytes) return;
    if (child.exitCode !== null) throw new Error('the run ended before it could be interrupted');
    await new Promise((r) => setTimeout(r, 5));
  }
}

test('SIGTERM mid-way: exit 143, whole lines kept in FILE.partial, --resume completes it identically', async () => {
  const out = join(dir, 'term.jsonl');
  const { child, done } = cliAsync([corpus, '--jobs', '2', '-o', out]);
  await waitForBytes(out + '.partial', 20_000, child);
  child.kill('SIGTERM');
  const r = await done;
  expect([r.status, r.stderr]).toEqual([143, expect.any(String)]); // stderr shown on failure
  expect(r.stderr).toContain('run again with --resume');
  expect(existsSync(out)).toBe(false); // never a truncated FILE presented as complete
  const partial = readFileSync(out + '.partial', 'utf8');
  expect(partial.endsWith('\n')).toBe(true);
  const kept = parseLines(partial);
  expect(kept.length).toBeGreaterThan(0);
  expect(kept.length).toBeLessThan(DOCS);
  expect(partial).toBe(clean.slice(0, partial.length));

  const resumed = cli([corpus, '--jobs', '2', '-o', out, '--resume'], { timeout: 120_000 });
  expect([resumed.status, resumed.stderr]).toEqual([0, expect.any(String)]); // stderr shown on failure
  expect(resumed.stderr).toContain(`${kept.length} records already written`);
  expect(existsSync(out + '.partial')).toBe(false);
  expect(readFileSync(out, 'utf8')).toBe(clean);
}, 120_000);

test('SIGKILL mid-way and a cut last line: --resume removes the cut line, duplicates nothing', async () => {
  const out = join(dir, 'kill.jsonl');
  const { child, done } = cliAsync([corpus, '--jobs', '1', '-o', out, '-q']);
  await waitForBytes(out + '.partial', 50_000, child);
  child.kill('SIGKILL');
  await done;
  // A kill can land inside a write; make sure the file ends with a cut record.
  appendFileSync(out + '.partial', '{"schemaVersion":"1.0","id":"3/doc-');
  const resumed = cli([corpus, '--jobs', '2', '-o', out, '--resume'], { timeout: 120_000 });
  expect([resumed.status, resumed.stderr]).toEqual([0, expect.any(String)]); // stderr shown on failure
  expect(resumed.stderr).toMatch(/removed a cut last line \(\d+ bytes\)/);
  expect(readFileSync(out, 'utf8')).toBe(clean);
}, 120_000);

test('--resume on a complete output processes only new documents', () => {
  const out = join(dir, 'inc.jsonl');
  writeFileSync(out, clean);
  writeFile(join(corpus, '9/new.txt'), 'Le capitaine Ibrahim Traoré est arrivé à Ouagadougou.\n');
  try {
    const r = cli([corpus, '--jobs', '2', '-o', out, '--resume'], { timeout: 120_000 });
    expect([r.status, r.stderr]).toEqual([0, expect.any(String)]); // stderr shown on failure
    const recs = parseLines(readFileSync(out, 'utf8'));
    expect(recs).toHaveLength(DOCS + 1);
    expect(recs[DOCS].id).toBe('9/new.txt');
    expect(readFileSync(out, 'utf8').startsWith(clean)).toBe(true);
  } finally {
    removeDir(join(corpus, '9'));
  }
});

describe('JSONL input', () => {
  const lines = [
    JSON.stringify({ id: 'a-1', text: 'Le colonel Assimi Goïta a pris la parole à Bamako.', date: '2024-11-06', url: 'https://example.org/2024/11/06/a' }),
    '{"id":"broken", "text": ',
    JSON.stringify({ text: 'Sans identifiant, à Niamey.' }),
    '',
    JSON.stringify({ id: 'empty', text: '  ' }),
    JSON.stringify({ id: 'z-9', text: 'Le général de brigade Salifou Mody était présent.' }),
  ];

  test('one record per line, ids given or "<file>:<line>", bad lines as error records', () => {
    const p = join(dir, 'in.jsonl');
    writeFileSync(p, lines.join('\r\n') + '\n');
    for (const jobs of ['1', '2']) {
      const r = cli(['--input-format', 'jsonl', '--jobs', jobs, p]);
      expect([r.status, r.stderr]).toEqual([1, expect.any(String)]); // stderr shown on failure
      const recs = parseLines(r.stdout);
      expect(recs.map((x) => x.id)).toEqual(['a-1', `${p}:2`, `${p}:3`, 'empty', 'z-9']);
      expect(recs[1].error.message).toMatch(/^bad JSONL line/);
      expect(recs[3].error.message).toBe('empty text');
      expect(recs[0].error).toBeUndefined();
      expect(recs[2].error).toBeUndefined();
      expect(r.stderr).toContain(`extrait: ${p}:2: bad JSONL line`);
    }
  });

  test('from standard input, streaming: each record is written before the input ends', async () => {
    const c = spawn(process.execPath, [BIN, '--input-format', 'jsonl', '--jobs', '2'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    c.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    c.stdin.write(lines[0] + '\n');
    for (let i = 0; i < 400 && !out.includes('\n'); i++) await new Promise((r) => setTimeout(r, 25));
    expect(JSON.parse(out.split('\n')[0]).id).toBe('a-1');
    c.stdin.end(lines[5] + '\n');
    const code = await new Promise((r) => c.on('close', r));
    expect(code).toBe(0);
    expect(parseLines(out).map((x) => x.id)).toEqual(['a-1', 'z-9']);
  });
});
