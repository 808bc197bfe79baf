/**
 * The tested cluster path: a Dask LocalCluster (a scheduler and two worker processes on
 * 127.0.0.1) maps JSONL partitions through the CLI (scripts/dask-extrait.py). The union of
 * the partitions' records must equal a single-process run, record for record, even when one
 * partition fails once and the scheduler retries it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT, assertBuilt, parseLines, removeDir, tempDir, writeSeedJsonl } from '../cli/helpers.js';
import { testIf } from '../skip.js';

// Debian's python3-dask/python3-distributed install for /usr/bin/python3; a pyenv python3 may
// come first on PATH without them.
const python = ['/usr/bin/python3', 'python3'].find(
  (p) => spawnSync(p, ['-c', 'import dask.bag, distributed'], { encoding: 'utf8', timeout: 60_000 }).status === 0,
);

let dir: string;
let input: string;
const N = 90;
beforeAll(() => {
  assertBuilt();
  dir = tempDir();
  input = join(dir, 'docs.jsonl');
  writeSeedJsonl(input, N, 4);
});
afterAll(() => removeDir(dir));

// CI installs them (.ci/run); a local run without them tests less, and says so
testIf(!!python, 'python3-dask / python3-distributed not found (apt-get install -y python3-dask python3-distributed)')('a two-worker Dask cluster gives the single-process records, a failed partition retried', () => {
  const single = spawnSync(process.execPath, [BIN, '--input-format', 'jsonl', '--jobs', '1', '--quiet', input], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 120_000 });
  expect([single.status, single.stderr]).toEqual([0, '']);
  const expected = parseLines(single.stdout);
  expect(expected).toHaveLength(N);

  const output = join(dir, 'records.jsonl');
  const marker = join(dir, 'failed-once');
  const run = spawnSync(
    python!,
    [join(ROOT, 'scripts/dask-extrait.py'), input, output, '--workers', '2', '--partitions', '6', '--retries', '2',
      '--extrait', `${process.execPath} ${BIN}`, '--fail-id', 'doc-40', '--fail-once-marker', marker],
    { encoding: 'utf8', timeout: 240_000, cwd: ROOT },
  );
  expect([run.status, run.signal]).toEqual([0, null]);
  // the injected failure happened (the worker logged it) and the partition was recomputed
  expect(existsSync(marker)).toBe(true);
  expect(run.stderr).toContain('injected failure of the partition holding doc-40');
  expect(run.stderr).toContain(`dask-extrait: ${N} records from ${N} lines, 6 partitions, 2 workers`);

  const got = parseLines(readFileSync(output, 'utf8'));
  // no record lost or doubled: every id exactly once
  const ids = got.map((r) => r.id);
  expect(new Set(ids).size).toBe(N);
  expect(ids.sort()).toEqual(expected.map((r) => r.id).sort());
  // record for record, byte for byte, whatever worker made it
  const byId = (rs: Record<string, any>[]) => new Map(rs.map((r) => [r.id as string, JSON.stringify(r)]));
  const want = byId(expected);
  for (const [id, rec] of byId(got)) expect([id, rec]).toEqual([id, want.get(id)]);
  // and in input order
  expect(got.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  expect(got.some((r) => r.entities.length > 0)).toBe(true);
}, 300_000);
