/**
 * JSONL input at the edges: numeric ids beyond 2^53, dates that are not dates, and a line
 * far over --max-bytes, which must become one error record while the stream goes on.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { BIN, assertBuilt, cli, parseLines, removeDir, tempDir } from '../cli/helpers.js';
import { numericIdSource } from '../../src/io/jsonlId.js';

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir();
});
afterAll(() => removeDir(dir));

const ARTICLE = 'Le colonel Assimi Goïta a reçu à Bamako le ministre nigérien de la Défense.';

test('numeric ids keep their source text (9007199254740993 is not 9007199254740992)', () => {
  const p = join(dir, 'ids.jsonl');
  writeFileSync(p, `{"id": 9007199254740993, "text": "${ARTICLE}"}\n{"text": "${ARTICLE}", "id":9007199254740992}\n{"id": 1.50, "text": "${ARTICLE}"}\n`);
  const r = cli(['--input-format', 'jsonl', '--no-model', '--jobs', '1', p]);
  expect([r.status, r.stderr]).toEqual([0, '']);
  expect(parseLines(r.stdout).map((x) => x.id)).toEqual(['9007199254740993', '9007199254740992', '1.50']);
});

test('numericIdSource reads the top-level id only, the last one as JSON.parse does', () => {
  expect(numericIdSource('{"meta": {"id": 1}, "id": 12345678901234567890, "text": "x"}')).toBe('12345678901234567890');
  expect(numericIdSource('{"text": "\\"id\\": 5", "id": -2e3}')).toBe('-2e3');
  expect(numericIdSource('{"id": "7"}')).toBeNull();
});

test('a "date" that is not a date is reported in the record, not ignored', () => {
  const p = join(dir, 'dates.jsonl');
  writeFileSync(p, [JSON.stringify({ id: 'bad', text: ARTICLE, date: 'hier soir peut-être' }), JSON.stringify({ id: 'good', text: ARTICLE, date: '2024-11-06' })].join('\n') + '\n');
  const recs = parseLines(cli(['--input-format', 'jsonl', '--no-model', '--jobs', '1', p]).stdout);
  expect(recs[0].warnings.join(' ')).toContain('"hier soir peut-être"');
  expect(recs[1].warnings.join(' ')).not.toContain('2024-11-06');
  expect(recs[1].documentDate.value).toBe('2024-11-06');
});

test('a line far over --max-bytes: an error record, the documents after it kept, memory bounded', () => {
  const good = (id: string) => JSON.stringify({ id, text: ARTICLE }) + '\n';
  // 200 MB on one line, with the old space capped at 128 MB: holding the line would crash
  const big = Buffer.alloc(200 * 1024 * 1024, 0x61);
  big.write('{"id": "big", "text": "', 0);
  const input = Buffer.concat([Buffer.from(good('a')), big, Buffer.from('"}\n'), Buffer.from(good('b'))]);
  const r = spawnSync(process.execPath, ['--max-old-space-size=128', BIN, '--input-format', 'jsonl', '--no-model', '--jobs', '1', '--max-bytes', '1M'], { input, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 24 });
  expect(r.stderr).not.toMatch(/heap out of memory|at .*\.js:\d+/);
  expect(r.status).toBe(1);
  const recs = parseLines(r.stdout);
  expect(recs.map((x) => x.id)).toEqual(['a', 'stdin:2', 'b']);
  expect(recs[1].error.message).toMatch(/JSONL line too long \(200 MB > 1 MB; raise --max-bytes\)/);
}, 120_000);
