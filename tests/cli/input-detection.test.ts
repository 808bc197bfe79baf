/**
 * JSON Lines without --input-format: read as JSONL (with a note on stderr) instead of one
 * document of JSON text with no entities; --input-format text still forces text. Texts are
 * paragraphs of the real seed articles.
 */
import { join } from 'node:path';
import { assertBuilt, cli, expectOffsetsHold, parseLines, removeDir, seedParagraphs, tempDir, writeFile } from './helpers.js';

let dir: string;
let paras: string[];
let jsonl: string;
const NOTE = 'read as JSON Lines, one document per line (--input-format text reads it as one document)';

beforeAll(() => {
  assertBuilt();
  dir = tempDir();
  // paragraphs that name a person, so a document read as JSONL has entities to show for it
  paras = seedParagraphs().filter((p) => /G[ée]n[ée]ral|Colonel|Capitaine/i.test(p)).slice(0, 3);
  jsonl = paras.map((text, i) => JSON.stringify({ id: `doc-${i}`, text })).join('\n') + '\n';
  writeFile(join(dir, 'docs.jsonl'), jsonl);
  writeFile(join(dir, 'export.json'), jsonl); // a JSONL export under another extension
});
afterAll(() => removeDir(dir));

function expectJsonlRecords(stdout: string): void {
  const recs = parseLines(stdout);
  expect(recs.map((r) => r.id)).toEqual(['doc-0', 'doc-1', 'doc-2']);
  recs.forEach((r, i) => {
    expect(r.entities.length).toBeGreaterThan(0);
    expectOffsetsHold(paras[i], r);
  });
}

test('a *.jsonl file is read as JSON Lines, with a note on stderr', () => {
  const r = cli(['docs.jsonl'], { cwd: dir });
  expect([r.status, r.stderr]).toEqual([0, `extrait: docs.jsonl: ${NOTE}\n`]);
  expectJsonlRecords(r.stdout);
});

test('a named file whose every line is a JSON object with "text" is read as JSON Lines', () => {
  const r = cli(['export.json'], { cwd: dir });
  expect([r.status, r.stderr]).toEqual([0, `extrait: export.json: ${NOTE}\n`]);
  expectJsonlRecords(r.stdout);
});

test('JSON Lines on standard input is recognized too', () => {
  const r = cli([], { cwd: dir, input: jsonl });
  expect([r.status, r.stderr]).toEqual([0, `extrait: stdin: ${NOTE}\n`]);
  expectJsonlRecords(r.stdout);
});

test('--quiet drops the note, not the detection', () => {
  const r = cli(['-q', 'docs.jsonl'], { cwd: dir });
  expect([r.status, r.stderr]).toEqual([0, '']);
  expectJsonlRecords(r.stdout);
});

test('--input-format text forces one document, file or stdin', () => {
  for (const r of [cli(['--input-format', 'text', 'docs.jsonl'], { cwd: dir }), cli(['--input-format', 'text'], { cwd: dir, input: jsonl })]) {
    expect([r.status, r.stderr]).toEqual([0, expect.not.stringContaining('JSON Lines')]);
    const recs = parseLines(r.stdout);
    expect(recs).toHaveLength(1);
    expect(recs[0].id).toMatch(/^(docs\.jsonl|stdin)$/);
  }
});

test('text that only looks like JSON stays one document: a JSON object without "text", one bad line', () => {
  writeFile(join(dir, 'config.txt'), '{"title": "Le général Tiani à Niamey"}\n');
  writeFile(join(dir, 'mixed.txt'), jsonl + 'Le colonel Assimi Goïta est arrivé à Bamako.\n');
  for (const name of ['config.txt', 'mixed.txt']) {
    const r = cli([name], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(parseLines(r.stdout).map((x) => x.id)).toEqual([name]);
  }
  const r = cli([], { cwd: dir, input: jsonl + 'Le colonel Assimi Goïta est arrivé à Bamako.\n' });
  expect(parseLines(r.stdout).map((x) => x.id)).toEqual(['stdin']);
});

test('a plain article on standard input is still one document', () => {
  const r = cli([], { cwd: dir, input: paras[0] });
  expect([r.status, r.stderr]).toEqual([0, '']);
  const recs = parseLines(r.stdout);
  expect(recs.map((x) => x.id)).toEqual(['stdin']);
  expectOffsetsHold(paras[0], recs[0]);
});
