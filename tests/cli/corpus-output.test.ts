/**
 * What a corpus run gives back: ids that do not depend on how the corpus was passed (with
 * --id-base), one JSON array for --format json over several documents (Python's json.load reads
 * it), and a failed run when a directory held nothing to process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, cli, parseLines, removeDir, seedParagraphs, tempDir, writeFile } from './helpers.js';
import { testIf } from '../skip.js';

let dir: string;
let paras: string[];
const PYTHON = ['/usr/bin/python3', '/usr/local/bin/python3'].find((p) => existsSync(p));

beforeAll(() => {
  assertBuilt();
  dir = tempDir();
  paras = seedParagraphs().slice(0, 3);
  writeFile(join(dir, 'corpus/a.txt'), paras[0]);
  writeFile(join(dir, 'corpus/news/b.txt'), paras[1]);
  writeFile(join(dir, 'corpus/news/c.txt'), paras[2]);
  mkdirSync(join(dir, 'empty'));
  writeFile(join(dir, 'notext/readme.md'), paras[0]);
});
afterAll(() => removeDir(dir));

const ids = (args: string[]) => {
  const r = cli(['--jobs', '1', ...args], { cwd: dir });
  expect([r.status, r.stderr]).toEqual([0, '']);
  return parseLines(r.stdout).map((x) => x.id);
};

describe('ids', () => {
  const files = ['corpus/a.txt', 'corpus/news/b.txt', 'corpus/news/c.txt'];

  test('without --id-base: a named file keeps its path as given, a walked file its path under the directory', () => {
    expect(ids(files)).toEqual(files);
    expect(ids(['corpus'])).toEqual(['a.txt', 'news/b.txt', 'news/c.txt']);
  });

  test('--id-base makes the file list and the directory give the same ids, either way round', () => {
    expect(ids(['--id-base', 'corpus', ...files])).toEqual(ids(['corpus']));
    expect(ids(['--id-base', '.', 'corpus'])).toEqual(files);
    expect(ids(['--id-base', 'corpus/', 'corpus/news'])).toEqual(['news/b.txt', 'news/c.txt']);
  });
});

describe('--format json', () => {
  test('several documents: one JSON array that JSON.parse reads whole, in input order', () => {
    const r = cli(['--format', 'json', '--jobs', '2', 'corpus'], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([0, '']);
    const all = JSON.parse(r.stdout) as { id: string; entities: unknown[] }[];
    expect(all.map((x) => x.id)).toEqual(['a.txt', 'news/b.txt', 'news/c.txt']);
    // the same records as JSON Lines gives
    expect(all).toEqual(parseLines(cli(['--format', 'jsonl', 'corpus'], { cwd: dir }).stdout));
  });

  testIf(!!PYTHON, 'python3 not found')("several documents: Python's json.load reads the output", () => {
    const out = join(dir, 'all.json');
    expect(cli(['--format', 'json', 'corpus', 'corpus/a.txt', '-o', out], { cwd: dir }).status).toBe(0);
    const py = spawnSync(PYTHON!, ['-c', 'import json,sys; d=json.load(open(sys.argv[1], encoding="utf-8")); print(type(d).__name__, len(d), d[3]["id"])', out], { encoding: 'utf8' });
    expect([py.stdout, py.stderr]).toEqual(['list 4 corpus/a.txt\n', '']);
  });

  test('one document stays a bare object; an error record is an element like the others', () => {
    const one = JSON.parse(cli(['--format', 'json', 'corpus/a.txt'], { cwd: dir }).stdout) as { id: string };
    expect(one.id).toBe('corpus/a.txt');
    const r = cli(['--format', 'json', 'corpus/a.txt', 'missing.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    const both = JSON.parse(r.stdout) as { id: string; error?: { message: string } }[];
    expect(both.map((x) => [x.id, x.error?.message ?? null])).toEqual([['corpus/a.txt', null], ['missing.txt', 'no such file or directory']]);
  });
});

describe('a directory with nothing to process', () => {
  test.each([['empty'], ['notext']])('%s/: exit 1 with the reason, even with --quiet', (name) => {
    for (const extra of [[], ['-q']]) {
      const r = cli([...extra, name], { cwd: dir });
      expect([r.status, r.stdout, r.stderr]).toEqual([1, '', `extrait: ${name}: no files matching *.txt (see --glob)\n`]);
    }
  });

  test('the other inputs are still processed', () => {
    const r = cli(['empty', 'corpus/a.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(parseLines(r.stdout).map((x) => x.id)).toEqual(['corpus/a.txt']);
  });
});
