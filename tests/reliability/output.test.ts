/**
 * The -o file: one writer at a time, never an input of its own run, and --resume that
 * continues exactly the run it claims to continue (same inputs in the same order, same
 * options), retries documents that failed, and says truthfully what it resumes.
 */
import { existsSync, readFileSync, renameSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, cli, cliAsync, parseLines, removeDir, seedParagraphs, tempDir, writeFile } from '../cli/helpers.js';

let dir: string;
let corpus: string;
const N = 12;

beforeAll(() => {
  assertBuilt();
  dir = tempDir();
  corpus = join(dir, 'corpus');
  const paras = seedParagraphs();
  for (let i = 0; i < N; i++) writeFile(join(corpus, `d${String(i).padStart(2, '0')}.txt`), paras[i]);
});
afterAll(() => removeDir(dir));

const run = (args: string[]) => cli([...args, '--no-model', '--jobs', '1'], { timeout: 120_000 });

/** A run cut after `keep` records: what an interrupted run leaves behind. */
function interrupted(out: string, keep: number): string[] {
  const r = run([corpus, '-o', out, '-q']);
  expect([r.status, r.stderr]).toEqual([0, '']);
  const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
  unlinkSync(out);
  writeFileSync(out + '.partial', lines.slice(0, keep).join('\n') + '\n');
  return lines;
}

describe('one writer per output', () => {
  test('a second run on the same -o is refused while the first runs; the first output is intact', async () => {
    const big = join(dir, 'big');
    const paras = seedParagraphs();
    for (let i = 0; i < 60; i++) writeFile(join(big, `b${String(i).padStart(3, '0')}.txt`), paras[i % paras.length]);
    const out = join(dir, 'shared.jsonl');
    const first = cliAsync([big, '-o', out, '--jobs', '1', '--no-model', '-q']);
    // wait until the first run has started writing
    for (let t = 0; t < 200 && !existsSync(out + '.partial'); t++) await new Promise((r) => setTimeout(r, 50));
    const second = run([big, '-o', out, '-q']);
    const r1 = await first.done;
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/another extrait run \(pid \d+\) is writing .*shared\.jsonl/);
    expect([r1.status, r1.stderr]).toEqual([0, '']);
    const recs = parseLines(readFileSync(out, 'utf8'));
    expect(recs.map((x) => x.id)).toEqual([...Array(60).keys()].map((i) => `b${String(i).padStart(3, '0')}.txt`));
    expect(existsSync(out + '.lock')).toBe(false);
  }, 120_000);

  test('a lock left by a killed run (dead pid) is taken over', () => {
    const out = join(dir, 'stale-lock.jsonl');
    writeFileSync(out + '.lock', '2147483646\n');
    const r = run([corpus, '-o', out, '-q']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(parseLines(readFileSync(out, 'utf8'))).toHaveLength(N);
  });
});

describe('the output is never an input', () => {
  test('-o naming an input file is refused and the article is untouched', () => {
    const a = join(dir, 'article.txt');
    writeFileSync(a, seedParagraphs()[0]);
    const r = run([a, '-o', a]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is also an input');
    expect(readFileSync(a, 'utf8')).toBe(seedParagraphs()[0]);
  });

  test('--format brat into the input directory is refused (it would rewrite the sources)', () => {
    const r = run([corpus, '--format', 'brat', '-o', corpus]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('inside an input directory');
  });

  test('an output inside the input directory is never read by the run (nor by the next one)', () => {
    const src = join(dir, 'self');
    writeFile(join(src, 'a.jsonl'), JSON.stringify({ id: 'a', text: seedParagraphs()[1] }) + '\n');
    const out = join(src, 'out.jsonl');
    for (let i = 0; i < 2; i++) {
      const r = run(['--input-format', 'jsonl', src, '-o', out, '-q']);
      expect([r.status, r.stderr]).toEqual([0, '']);
      expect(parseLines(readFileSync(out, 'utf8')).map((x) => x.id)).toEqual(['a']);
    }
  });
});

describe('--resume continues the same run', () => {
  test('a stale FILE.partial without --resume: the run says --resume would continue it', () => {
    const out = join(dir, 'stale.jsonl');
    interrupted(out, 4);
    const r = run([corpus, '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/stale\.jsonl\.partial.*interrupted run.*--resume/);
  });

  test('--resume on a complete output names that output, not a .partial that does not exist', () => {
    const out = join(dir, 'complete.jsonl');
    expect(run([corpus, '-o', out, '-q']).status).toBe(0);
    const r = run([corpus, '-o', out, '--resume']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${out}: complete output, ${N} records already written`);
    expect(r.stderr).not.toContain('.partial');
  });

  test('a file added in the middle of the input set: refused, the partial output kept', () => {
    const out = join(dir, 'added.jsonl');
    interrupted(out, 6);
    const extra = join(corpus, 'd03b.txt');
    writeFileSync(extra, seedParagraphs()[20]);
    try {
      const r = run([corpus, '-o', out, '--resume']);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/inputs changed since the interrupted run.*d03b\.txt/);
      expect(parseLines(readFileSync(out + '.partial', 'utf8'))).toHaveLength(6);
      expect(existsSync(out)).toBe(false);
    } finally {
      unlinkSync(extra);
    }
  });

  test('a file removed from the input set: refused', () => {
    const out = join(dir, 'removed.jsonl');
    interrupted(out, 6);
    const gone = join(corpus, 'd02.txt');
    const kept = readFileSync(gone);
    unlinkSync(gone);
    try {
      const r = run([corpus, '-o', out, '--resume']);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/inputs changed since the interrupted run.*d02\.txt/);
    } finally {
      writeFileSync(gone, kept);
    }
  });

  test('other options than the interrupted run (the tagger, the reference date): refused', () => {
    const out = join(dir, 'opts.jsonl');
    interrupted(out, 5);
    const r1 = cli([corpus, '-o', out, '--resume', '--jobs', '1'], { timeout: 120_000 });
    expect(r1.status).toBe(2);
    expect(r1.stderr).toMatch(/--resume.*model/);
    const r2 = run([corpus, '-o', out, '--resume', '--reference-date', '2020-01-01']);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toMatch(/--resume.*reference-date/);
    expect(parseLines(readFileSync(out + '.partial', 'utf8'))).toHaveLength(5);
  });

  test('ids do not depend on how a file was typed (./x.jsonl and x.jsonl)', () => {
    const jd = join(dir, 'typed');
    writeFile(join(jd, 'x.jsonl'), seedParagraphs().slice(0, 3).map((t) => JSON.stringify({ text: t })).join('\n') + '\n');
    const a = cli(['--input-format', 'jsonl', '--no-model', '-o', 'out.jsonl', './x.jsonl', '-q'], { cwd: jd });
    expect(a.status).toBe(0);
    const b = cli(['--input-format', 'jsonl', '--no-model', '-o', 'out.jsonl', 'x.jsonl', '--resume'], { cwd: jd });
    expect(b.status).toBe(0);
    expect(parseLines(readFileSync(join(jd, 'out.jsonl'), 'utf8')).map((x) => x.id)).toEqual(['x.jsonl:1', 'x.jsonl:2', 'x.jsonl:3']);
  });

  test('documents that failed are retried in place; the run exits 1 while an error remains', () => {
    const src = join(dir, 'retry');
    const paras = seedParagraphs();
    writeFile(join(src, 'a.txt'), paras[0]);
    symlinkSync(join(src, 'target.txt.real'), join(src, 'b.txt')); // broken for now
    writeFile(join(src, 'c.txt'), paras[2]);
    const out = join(dir, 'retry.jsonl');
    const r1 = run([src, '-o', out, '-q']);
    expect(r1.status).toBe(1);
    expect(parseLines(readFileSync(out, 'utf8'))[1].error.message).toBe('broken symlink');
    // still failing: the resumed run must say so
    const r2 = run([src, '-o', out, '--resume', '-q']);
    expect(r2.status).toBe(1);
    writeFile(join(src, 'target.txt.real'), paras[1]);
    const r3 = run([src, '-o', out, '--resume', '-q']);
    expect([r3.status, r3.stderr]).toEqual([0, '']);
    const recs = parseLines(readFileSync(out, 'utf8'));
    expect(recs.map((x) => x.id)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(recs.every((x) => !x.error)).toBe(true);
    expect(recs[1].sentences.length).toBeGreaterThan(0);
  });

  test('killed during a resumed run: the next --resume still gives the clean output', () => {
    const out = join(dir, 'twice.jsonl');
    const clean = interrupted(out, 3);
    // what a resumed run leaves when killed: the earlier records moved aside, a new partial begun
    renameSync(out + '.partial', out + '.resume');
    writeFileSync(out + '.partial', clean.slice(0, 2).join('\n') + '\n{"schemaVersion":"1.0","id":"d0');
    const r = run([corpus, '-o', out, '--resume', '-q']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(readFileSync(out, 'utf8')).toBe(clean.join('\n') + '\n');
    expect(existsSync(out + '.resume')).toBe(false);
  });
});
