/**
 * The documentation must not send a user to a failing command: every option it names exists in
 * some `--help`, every local link and image resolves from the file that holds it, and the
 * output examples of docs/formats.md are lines of the real output for the seed they name.
 */
import { readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT, assertBuilt, cli } from './cli/helpers.js';

const DOCS = ['README.md', 'docs/formats.md', 'docs/batch.md'];
/** Flags of the other tools the docs show (GNU parallel, Hadoop, docker, scripts/dask-extrait.py). */
const OTHER_TOOLS = new Set(['--pipe', '--block', '--archives', '--rm', '--retries', '--workers', '--partitions', '--scheduler']);
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const SEED = 'fixtures/seeds/001_b9ab8dd1b559bc1b.txt';

beforeAll(() => assertBuilt());

/** The fenced block that follows `marker` in `doc`. */
function blockAfter(doc: string, marker: string): string[] {
  const at = doc.indexOf(marker);
  expect(at).toBeGreaterThanOrEqual(0);
  const m = /```\w*\n([\s\S]*?)```/.exec(doc.slice(at));
  return m![1].split('\n').filter((l) => l && l !== '…');
}

test('every --option the docs name is an option of extrait, extrait eval or extrait train', () => {
  const help = ['--help', 'eval --help', 'train --help'].map((a) => cli(a.split(' ')).stdout).join('\n');
  for (const doc of DOCS) {
    for (const opt of new Set(read(doc).match(/--[a-z][a-z-]*/g))) {
      if (OTHER_TOOLS.has(opt)) continue;
      expect([doc, opt, new RegExp(`${opt}[ ,=\\n]`).test(help)]).toEqual([doc, opt, true]);
    }
  }
});

test('every local link and image resolves from the file that holds it', () => {
  for (const doc of DOCS) {
    for (const m of read(doc).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(m[1])) continue;
      expect([doc, m[1], existsSync(join(ROOT, dirname(doc), m[1]))]).toEqual([doc, m[1], true]);
    }
  }
});

describe('docs/formats.md examples are real output', () => {
  const doc = read('docs/formats.md');

  test('text', () => {
    const real = cli([SEED, '--format', 'text', '--no-color'], { cwd: ROOT }).stdout.split('\n');
    const shown = blockAfter(doc, '### text');
    expect(shown[0]).toBe(SEED);
    for (const line of shown) expect(real).toContain(line);
  });

  test('conll', () => {
    const real = cli([SEED, '--format', 'conll'], { cwd: ROOT }).stdout;
    const shown = blockAfter(doc, '### conll');
    expect(shown[0]).toBe('-DOCSTART-\tO');
    // the lines after the ellipsis are consecutive in the real output
    expect(real).toContain(shown.slice(1).join('\n'));
  });

  test('brat', () => {
    const out = mkdtempSync(join(tmpdir(), 'extrait-docs-'));
    try {
      expect(cli([SEED, '--format', 'brat', '-o', out], { cwd: ROOT }).status).toBe(0);
      const ann = readFileSync(join(out, SEED.replace(/\.txt$/, '.ann')), 'utf8').split('\n');
      const shown = blockAfter(doc, '### brat');
      for (const line of shown) expect(ann).toContain(line);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
