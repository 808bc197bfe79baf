/**
 * Decoding is decided per document by a measure: a file that is UTF-8 but for a few bad
 * bytes stays UTF-8 (the bad bytes replaced, and said), instead of the whole document turning
 * into Windows-1252 mojibake; lone UTF-16 surrogates are reported too. The record carries the
 * encoding it was read with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, assertBuilt, cli, parseLines, removeDir, tempDir, writeFile } from '../cli/helpers.js';
import { decode } from '../../src/io/decode.js';

const SEED = readFileSync(join(ROOT, 'fixtures/seeds/001_b9ab8dd1b559bc1b.txt'), 'utf8');

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir();
});
afterAll(() => removeDir(dir));

function withBadByte(text: string): Buffer {
  const b = Buffer.from(text, 'utf8');
  const at = Math.floor(b.length / 2);
  const cut = b.indexOf(0x20, at); // at a space, not inside a character
  return Buffer.concat([b.subarray(0, cut), Buffer.from([0xff]), b.subarray(cut)]);
}

test('one invalid byte in a UTF-8 article: still UTF-8, one U+FFFD, said in the record', () => {
  const d = decode(withBadByte(SEED));
  expect(d.ok && d.encoding).toBe('utf-8');
  expect(d.ok && [...d.text.matchAll(/\ufffd/g)].length).toBe(1);
  expect(d.ok && d.text.includes('Assimi GOÏTA')).toBe(true);

  const p = join(dir, 'bad-byte.txt');
  writeFile(p, withBadByte(SEED));
  const r = cli([p, '--no-model', '--format', 'jsonl']);
  expect(r.status).toBe(0);
  const [rec] = parseLines(r.stdout);
  expect(rec.encoding).toBe('utf-8');
  expect(rec.warnings).toContain('1 invalid UTF-8 byte sequence replaced by U+FFFD (the rest is valid UTF-8)');
  expect(rec.entities.some((e: { text: string }) => e.text.includes('GOÏTA'))).toBe(true);
});

test('a Windows-1252 article is still read as Windows-1252, and the record says so', () => {
  const latin = Buffer.from(SEED.replace(/[’]/g, "'").replace(/[^\u0000-\u00ff]/g, '?'), 'latin1');
  const p = join(dir, 'latin.txt');
  writeFile(p, latin);
  const [rec] = parseLines(cli([p, '--no-model', '--format', 'jsonl']).stdout);
  expect(rec.encoding).toBe('windows-1252');
  expect(rec.warnings.join(' ')).not.toContain('U+FFFD');
  expect(rec.entities.some((e: { text: string }) => e.text.includes('GOÏTA'))).toBe(true);
});

test('a lone surrogate in UTF-16 is replaced and reported', () => {
  const units = Buffer.from('Le colonel Assimi Goïta est à Bamako.', 'utf16le');
  const b = Buffer.concat([Buffer.from([0xff, 0xfe]), units.subarray(0, 20), Buffer.from([0x00, 0xd8]), units.subarray(20)]);
  const d = decode(b);
  expect(d.ok && d.replaced).toBe(1);
  const p = join(dir, 'utf16.txt');
  writeFile(p, b);
  const [rec] = parseLines(cli([p, '--no-model', '--format', 'jsonl']).stdout);
  expect(rec.encoding).toBe('utf-16le');
  expect(rec.warnings).toContain('1 lone UTF-16 surrogate replaced by U+FFFD');
});

test('a JSONL line with a bad byte stays UTF-8', () => {
  const line = withBadByte(JSON.stringify({ id: 'x', text: SEED }));
  const p = join(dir, 'in.jsonl');
  writeFile(p, Buffer.concat([line, Buffer.from('\n')]));
  const [rec] = parseLines(cli(['--input-format', 'jsonl', '--no-model', p]).stdout);
  expect(rec.entities.some((e: { text: string }) => e.text.includes('GOÏTA'))).toBe(true);
  expect(rec.warnings).toContain('1 invalid UTF-8 byte sequence replaced by U+FFFD (the rest is valid UTF-8)');
});
