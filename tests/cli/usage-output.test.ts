/** Usage errors (exit 2), help and version, and the output guarantees of -o and stdout. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT, assertBuilt, cli, parseLines, removeDir, tempDir, writeFile } from './helpers.js';

const GOOD = 'Le ministre de la Défense, le Général de brigade Salifou MODY, était à Niamey le 3 mai 2024.\n';
let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir();
  for (let i = 0; i < 5; i++) writeFile(join(dir, `c/${i}.txt`), GOOD);
});
afterAll(() => removeDir(dir));

describe('usage', () => {
  test.each([
    [['--reference-date', '2024-02-30', 'x.txt'], /--reference-date.*expected a date YYYY-MM-DD/],
    [['--reference-date', '06/11/2024', 'x.txt'], /expected a date/],
    [['--jobs', '0', 'x.txt'], /--jobs.*at least 1/],
    [['--max-bytes', 'lots', 'x.txt'], /--max-bytes/],
    [['--format', 'xml', 'x.txt'], /--format.*expected one of json, jsonl/],
    [['--input-format', 'csv', 'x.txt'], /expected one of text, jsonl/],
    [['--no-such-option'], /unknown option/],
    [['--resume', 'x.txt'], /--resume needs -o/],
    [['--resume', '-o', 'out.json', '--format', 'json', 'x.txt'], /--resume works with --format jsonl only/],
    [['--format', 'brat', 'x.txt'], /--format brat needs -o/],
  ])('%j → exit 2 with a message', (args, message) => {
    const r = cli(args as string[], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([2, expect.any(String)]); // stderr shown on failure
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stdout).toBe('');
  });

  test('valid reference dates are accepted (day, month, year precision)', () => {
    for (const d of ['2024-02-29', '2024-11', '2024']) {
      expect(cli(['--reference-date', d], { input: GOOD }).status).toBe(0);
    }
  });

  test('no input on a terminal prints help and exits 2', () => {
    // `script` gives the CLI a real TTY on stdin.
    // util-linux `script` is part of every Debian system, so a failure here is a real one
    const out = execFileSync('script', ['-qec', `${process.execPath} ${BIN}; echo "rc=$?"`, '/dev/null'], { encoding: 'utf8', timeout: 20_000 });
    expect(out).toContain('Usage: extrait');
    expect(out).toMatch(/rc=2/);
  });

  test('--help documents every option, with examples; --version prints the package version', () => {
    const h = cli(['--help']);
    expect([h.status, h.stderr]).toEqual([0, expect.any(String)]); // stderr shown on failure
    for (const opt of ['--output', '--format', '--input-format', '--glob', '--reference-date', '--force', '--jobs', '--resume', '--max-bytes', '--timeout-ms', '--quiet', '--version']) {
      expect(h.stdout).toContain(opt);
    }
    expect(h.stdout).toContain('Examples:');
    const v = cli(['--version']);
    expect([v.status, v.stderr]).toEqual([0, expect.any(String)]); // stderr shown on failure
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});

describe('selecting files', () => {
  test('--glob: a pattern without "/" matches file names at any depth, one with "/" the relative path', () => {
    const g = join(dir, 'g');
    writeFile(join(g, 'a.md'), GOOD);
    writeFile(join(g, 'x/b.md'), GOOD);
    writeFile(join(g, 'x/c.txt'), GOOD);
    writeFile(join(g, 'y/d.md'), GOOD);
    const ids = (args: string[]) => parseLines(cli([g, '--jobs', '1', ...args]).stdout).map((r) => r.id);
    expect(ids([])).toEqual(['x/c.txt']);
    expect(ids(['--glob', '*.md'])).toEqual(['a.md', 'x/b.md', 'y/d.md']);
    expect(ids(['--glob', 'x/**/*.md'])).toEqual(['x/b.md']);
    const none = cli([join(g, 'y')]);
    expect([none.status, none.stderr]).toEqual([0, expect.any(String)]); // stderr shown on failure
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain(`extrait: ${join(g, 'y')}: no files matching *.txt (see --glob)`);
  });

  test('--input-format jsonl on a directory reads its *.jsonl files in name order', () => {
    const j = join(dir, 'j');
    writeFile(join(j, 'b.jsonl'), JSON.stringify({ id: 'b1', text: GOOD }) + '\n');
    writeFile(join(j, 'a.jsonl'), JSON.stringify({ id: 'a1', text: GOOD }) + '\n' + JSON.stringify({ id: 'a2', text: GOOD }) + '\n');
    writeFile(join(j, 'notes.txt'), GOOD);
    const r = cli(['--input-format', 'jsonl', '--jobs', '2', j]);
    expect([r.status, r.stderr]).toEqual([0, expect.any(String)]); // stderr shown on failure
    expect(parseLines(r.stdout).map((x) => x.id)).toEqual(['a1', 'a2', 'b1']);
  });
});

describe('output', () => {
  test('-o FILE: written whole, no .partial left, nothing on stdout', () => {
    const out = join(dir, 'out.jsonl');
    const r = cli([join(dir, 'c'), '-o', out, '-q']);
    expect([r.status, r.stderr]).toEqual([0, expect.any(String)]); // stderr shown on failure
    expect(r.stdout).toBe('');
    expect(existsSync(out + '.partial')).toBe(false);
    expect(parseLines(readFileSync(out, 'utf8')).map((x) => x.id)).toEqual(['0.txt', '1.txt', '2.txt', '3.txt', '4.txt']);
  });

  test('-o /dev/full: a clear error, exit 1, the device untouched', () => {
    const r = cli([join(dir, 'c'), '-o', '/dev/full']);
    expect([r.status, r.stderr]).toEqual([1, expect.any(String)]); // stderr shown on failure
    expect(r.stderr).toContain('extrait: /dev/full: write failed: no space left on device');
    expect(existsSync('/dev/full.partial')).toBe(false);
  });

  test('stdout redirected to /dev/full: a clear error and a non-zero exit', () => {
    const r = execFileSync('bash', ['-c', `"$1" "$2" "$3" > /dev/full; echo "rc=$?"`, 'x', process.execPath, BIN, join(dir, 'c')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(r.trim()).toMatch(/rc=[1-9]/);
  });

  test('-o into a missing directory: an error naming it, exit 1', () => {
    const r = cli([join(dir, 'c'), '-o', join(dir, 'nope/out.jsonl')]);
    expect([r.status, r.stderr]).toEqual([1, expect.any(String)]); // stderr shown on failure
    expect(r.stderr).toContain(join(dir, 'nope/out.jsonl'));
  });

  test('a closed pipe (| head -1) ends the run quietly', () => {
    const many = Array.from({ length: 200 }, () => join(dir, 'c'));
    const err = join(dir, 'epipe.err');
    const r = execFileSync('bash', ['-c', `set -o pipefail; "$@" 2>"${err}" | head -1; echo "rc=$?"`, 'x', process.execPath, BIN, '--jobs', '2', ...many], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
    const lines = r.trim().split('\n');
    expect(JSON.parse(lines[0]).id).toBe('0.txt');
    expect(lines[1]).toBe('rc=0');
    expect(readFileSync(err, 'utf8')).toBe('');
  });

  test('--format json pretty-prints; jsonl is one line per record', () => {
    const pretty = cli(['--format', 'json', join(dir, 'c/0.txt')]);
    expect(pretty.stdout.startsWith('{\n  "schemaVersion": "1.1",')).toBe(true);
    expect(JSON.parse(pretty.stdout).id).toBe(join(dir, 'c/0.txt'));
    const lines = cli(['--format', 'jsonl', join(dir, 'c/0.txt')]);
    expect(lines.stdout.split('\n')).toHaveLength(2);
  });
});
