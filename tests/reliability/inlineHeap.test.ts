/**
 * --jobs 1 (and a single stream of JSONL or stdin) runs documents in the main thread: its
 * heap must not grow with the number of documents. Measured as a ratio in a child process
 * with --expose-gc, so neither the machine nor Jest's own heap decides the outcome.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, assertBuilt } from '../cli/helpers.js';

beforeAll(() => assertBuilt());

test('the main-thread runner keeps no finished document alive (heap after 4N ≈ after N)', () => {
  const n = 200;
  const r = spawnSync(process.execPath, ['--expose-gc', join(ROOT, 'tests/reliability/inlineHeap.mjs'), String(n)], { encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  const { written, afterN, after4N } = JSON.parse(r.stdout) as { written: number; afterN: number; after4N: number };
  expect(written).toBe(4 * n);
  // 3N more documents of 100 KB would add ~60 MB if each were kept; a flat heap stays within 30 %.
  expect(after4N / afterN).toBeLessThan(1.3);
});
