/**
 * --jobs 1 runs in the main thread, whose young generation V8 would double up to 32 MB over
 * a batch (peak RSS ~205 MB on the distinct corpus); the runner holds it at 8 MB, what
 * `node --max-semi-space-size=4` gives (src/batch/nursery.ts). Each run in a child process,
 * so Jest's own heap plays no part; the free run shows the cap is not met by default.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, assertBuilt } from '../cli/helpers.js';

beforeAll(() => assertBuilt());

const MB = 1024 * 1024;

function largestNursery(mode: 'inline' | 'free'): number {
  const r = spawnSync(process.execPath, [join(ROOT, 'tests/reliability/nurseryCap.mjs'), mode, '8'], { encoding: 'utf8', timeout: 120_000 });
  expect(r.stderr).toBe('');
  const { written, largest } = JSON.parse(r.stdout) as { written: number; largest: number };
  expect(written).toBe(40);
  return largest;
}

test('the main-thread runner keeps the young generation at 8 MB, where V8 alone grows it past', () => {
  expect(largestNursery('free')).toBeGreaterThan(8 * MB);
  expect(largestNursery('inline')).toBeLessThanOrEqual(8 * MB);
}, 240_000);
