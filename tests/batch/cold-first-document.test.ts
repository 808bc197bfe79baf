/**
 * The first document of a thread runs cold under the CPU limit (batch/process.ts): no
 * warm-up sentence first, so a French article alone never loads what the warm-up sentence
 * would (the short-text language tables), and its record is the library's. Its own file:
 * module state (warm or not, tables loaded) is per test file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processTask } from '../../src/batch/process.js';
import type { ProcessSettings } from '../../src/batch/task.js';
import { extract } from '../../src/extract.js';
import { lexiconsLoaded } from '../../src/language/lexicons.js';

const SEED = join(process.cwd(), 'fixtures', 'seeds', '001_b9ab8dd1b559bc1b.txt');
const SETTINGS: ProcessSettings = { force: false, model: true, maxBytes: 10_000_000, cpuLimitMs: 30_000, serialize: 'jsonl' };

test('a single French article under the default limit: no warm-up, the library record', () => {
  const result = processTask({ seq: 0, id: 'seed', display: SEED, kind: 'file', path: SEED }, SETTINGS);
  expect(lexiconsLoaded()).toBe(false);
  expect(result.ok).toBe(true);
  const record = JSON.parse((result as { line: string }).line) as Record<string, unknown>;
  const text = readFileSync(SEED, 'utf8');
  expect(record).toEqual({ ...JSON.parse(JSON.stringify(extract(text, { id: 'seed' }))), encoding: 'utf-8' });
  expect(record.language).toEqual(expect.objectContaining({ code: 'fr' }));
}, 60_000);
