/**
 * The streaming contract that GNU parallel, Hadoop Streaming and Spark rdd.pipe() rely on:
 * JSONL in, one JSONL record per input line out, so that sharding the input and
 * concatenating the outputs equals one single-process run, record for record.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BIN, assertBuilt, parseLines, removeDir, seedParagraphs, tempDir, writeSeedJsonl } from '../cli/helpers.js';
import { testIf } from '../skip.js';

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.includes('GNU parallel') ?? false;
// CI installs it (.ci/run); a local run without it tests less, and says so

let dir: string;
let input: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir();
  input = join(dir, 'docs.jsonl');
  writeSeedJsonl(input, 400, 3);
});
afterAll(() => removeDir(dir));

testIf(hasParallel, 'GNU parallel is not installed (apt-get install -y parallel; .ci/run does)')('parallel --pipe shards give the same records as one process', () => {
  const single = spawnSync(process.execPath, [BIN, '--input-format', 'jsonl', '--jobs', '1', input], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 120_000 });
  expect([single.status, single.stderr]).toEqual([0, expect.any(String)]); // stderr shown on failure
  const expected = single.stdout;
  expect(parseLines(expected)).toHaveLength(400);

  // -k keeps shard order: the concatenation must be byte-identical.
  const sh = (cmd: string) => execFileSync('bash', ['-c', cmd, 'x', process.execPath, BIN, input], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 120_000 });
  const kept = sh('parallel --pipe -k --block 40k -j 2 "$1" "$2" --input-format jsonl --jobs 1 < "$3"');
  expect(kept).toBe(expected);

  // Without -k shards arrive in any order: the records, keyed by id, must still be equal.
  const unordered = sh('parallel --pipe --block 60k -j 2 "$1" "$2" --input-format jsonl --jobs 1 < "$3"');
  const byId = (s: string) => parseLines(s).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((r) => JSON.stringify(r));
  expect(byId(unordered)).toEqual(byId(expected));
}, 180_000);
