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
  // --jobs 2 gives the first two documents to its one worker, the main thread takes the third
  // while the worker starts (batch/pool.ts): large ones third and fourth
  for (const name of ['d1', 'd2', 'd5', 'd6']) writeFile(join(dir, `d/${name}-small.txt`), seed);
  for (const name of ['d3', 'd4']) writeFile(join(dir, `d/${name}-large.txt`), (seed + '\n\n').repeat(Math.ceil(2_400_000 / seed.length)));
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

test('with --jobs 2 the main thread\'s documents have the same CPU limit as the worker\'s', () => {
  const outputs = ['1', '2'].map((jobs) => {
    const r = cli([join(dir, 'd'), '--no-model', '--jobs', jobs, '--timeout-ms', '300'], { timeout: 120_000 });
    expect(r.status).toBe(1);
    return r.stdout;
  });
  const over = expect.stringMatching(/^CPU time limit exceeded \(over 300 ms; raise --timeout-ms\)$/);
  expect(parseLines(outputs[1]).map((x) => [x.id, x.error?.message ?? 'ok'])).toEqual([
    ['d1-small.txt', 'ok'], ['d2-small.txt', 'ok'], ['d3-large.txt', over], ['d4-large.txt', over], ['d5-small.txt', 'ok'], ['d6-small.txt', 'ok'],
  ]);
  expect(outputs[1]).toBe(outputs[0]);
}, 180_000);
