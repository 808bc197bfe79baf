/**
 * --timeout-ms is one limit for every --jobs: CPU time of the document, so a document over it
 * is an error record in the main thread (--jobs 1) as in a worker, and a machine under load
 * (more wall time, same CPU time) does not change the output.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ROOT, assertBuilt, cli, parseLines, removeDir, tempDir, writeFile } from '../cli/helpers.js';

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir();
  const seed = readFileSync(join(ROOT, 'fixtures/seeds/000_77d6c83b56ae88aa.txt'), 'utf8');
  writeFile(join(dir, 'c/a-small.txt'), seed);
  // large enough to stay over the limit as the pipeline gets faster: 600 KB of this repeated seed
  // once fitted in 300 ms of CPU without the tagger
  writeFile(join(dir, 'c/b-large.txt'), (seed + '\n\n').repeat(Math.ceil(2_400_000 / seed.length)));
  writeFile(join(dir, 'c/c-small.txt'), seed.split('\n\n').slice(0, 3).join('\n\n'));
});
afterAll(() => removeDir(dir));

test('the same documents exceed the limit with --jobs 1 and --jobs 2', () => {
  const outputs = ['1', '2'].map((jobs) => {
    const r = cli([join(dir, 'c'), '--no-model', '--jobs', jobs, '--timeout-ms', '300'], { timeout: 120_000 });
    expect(r.status).toBe(1);
    return r.stdout;
  });
  const recs = parseLines(outputs[0]);
  expect(recs.map((x) => [x.id, x.error?.message ?? 'ok'])).toEqual([
    ['a-small.txt', 'ok'],
    ['b-large.txt', expect.stringMatching(/^CPU time limit exceeded \(over 300 ms; raise --timeout-ms\)$/)],
    ['c-small.txt', 'ok'],
  ]);
  expect(outputs[1]).toBe(outputs[0]);
}, 180_000);
