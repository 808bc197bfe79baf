/**
 * A CPU limit that fires on the cold first document of a thread (batch/process.ts): the
 * warm-up sentence runs, then the document again within the full limit, and the outcome is
 * the one it gets warm. Its own file: the thread must be cold when it starts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processTask } from '../../src/batch/process.js';
import type { ProcessSettings } from '../../src/batch/task.js';
import { lexiconsLoaded } from '../../src/language/lexicons.js';

const SEED = join(process.cwd(), 'fixtures', 'seeds', '001_b9ab8dd1b559bc1b.txt');
const SETTINGS: ProcessSettings = { force: false, model: true, maxBytes: 10_000_000, cpuLimitMs: 30_000, serialize: 'jsonl' };

test('a limit that fires on a cold document: warmed up, run again, still over the limit', () => {
  expect(lexiconsLoaded()).toBe(false);
  // five articles in one document: far over 1 ms of CPU time, warm or cold
  const text = Array(5).fill(readFileSync(SEED, 'utf8')).join('\n\n');
  const result = processTask({ seq: 1, id: 'long', display: 'long', kind: 'text', text }, { ...SETTINGS, cpuLimitMs: 1 });
  expect(result).toEqual(expect.objectContaining({ ok: false, message: expect.stringContaining('CPU time limit exceeded (over 1 ms') }));
  // the warm-up sentence ran in between (a short text: the language stage read its tables)
  expect(lexiconsLoaded()).toBe(true);
});
