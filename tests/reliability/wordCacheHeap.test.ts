/**
 * The word caches kept across documents (key interner, folding memos) must not keep past
 * documents alive: V8 makes a slice of 13 units or more a view into its text, so a cached
 * slice held its whole document (text/detach.ts). Measured as a ratio in a child process with
 * --expose-gc, so neither the machine nor Jest's own heap decides the outcome.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, assertBuilt } from '../cli/helpers.js';

beforeAll(() => assertBuilt());

test('cached words hold no past document (heap after 4N documents ≈ after N)', () => {
  const n = 200;
  const r = spawnSync(process.execPath, ['--expose-gc', join(ROOT, 'tests/reliability/wordCacheHeap.mjs'), String(n)], { encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  const { read, afterN, after4N } = JSON.parse(r.stdout) as { read: number; afterN: number; after4N: number };
  expect(read).toBe(4 * n);
  // 3N more documents of 100 KB would add ~60 MB if each were kept; a flat heap stays within 30 %.
  expect(after4N / afterN).toBeLessThan(1.3);
});
