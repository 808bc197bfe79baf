/**
 * --format brat writes one .txt/.ann pair per record id: ids that sanitize to the same name
 * must not overwrite each other, an id too long for a file name must not abort the run, and
 * a symlink inside the output directory must not lead a write outside it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, cli, removeDir, tempDir, writeFile } from '../cli/helpers.js';

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir();
});
afterAll(() => removeDir(dir));

const TEXTS = [
  'Le colonel Assimi Goïta a reçu à Bamako le ministre nigérien de la Défense.',
  'Le général de brigade Salifou Mody était présent à Niamey.',
  'Le capitaine Ibrahim Traoré est arrivé à Ouagadougou.',
  'Le président Bazoum a été renversé le 26 juillet 2023.',
  'La MINUSMA a quitté le Mali en décembre 2023.',
];

function jsonl(ids: string[]): string {
  const p = join(dir, `in-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFile(p, ids.map((id, i) => JSON.stringify({ id, text: TEXTS[i % TEXTS.length] })).join('\n') + '\n');
  return p;
}

test('ids that sanitize to one name get distinct files: no document lost', () => {
  const out = join(dir, 'collide');
  const ids = ['a b', 'a_b', 'a?b', 'a_b.txt', 'A_B'];
  const r = cli(['--input-format', 'jsonl', '--no-model', '--format', 'brat', '-o', out, jsonl(ids)]);
  expect([r.status, r.stderr]).toEqual([0, '']);
  const txts = readdirSync(out).filter((f) => f.endsWith('.txt'));
  expect(txts).toHaveLength(ids.length);
  expect(txts.map((f) => readFileSync(join(out, f), 'utf8')).sort()).toEqual([...TEXTS].sort());
  expect(new Set(txts.map((f) => f.toLowerCase())).size).toBe(ids.length); // also on case-insensitive disks
});

test('an id longer than a file name allows is shortened, not fatal', () => {
  const out = join(dir, 'long');
  const r = cli(['--input-format', 'jsonl', '--no-model', '--format', 'brat', '-o', out, jsonl(['é'.repeat(300), 'ok'])]);
  expect([r.status, r.stderr]).toEqual([0, '']);
  const names = readdirSync(out).filter((f) => f.endsWith('.txt'));
  expect(names).toHaveLength(2);
  for (const n of names) expect(Buffer.byteLength(n)).toBeLessThanOrEqual(255);
});

test('a symlink inside the output directory is never written through', () => {
  const out = join(dir, 'links');
  const outside = join(dir, 'outside');
  mkdirSync(out, { recursive: true });
  mkdirSync(outside, { recursive: true });
  symlinkSync(outside, join(out, 'evil'));
  symlinkSync(join(outside, 'victim.txt'), join(out, 'plain.txt'));
  const r = cli(['--input-format', 'jsonl', '--no-model', '--format', 'brat', '-o', out, jsonl(['evil/x', 'plain'])]);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('symlink');
  expect(readdirSync(outside)).toEqual([]);
  expect(existsSync(join(outside, 'victim.txt'))).toBe(false);
});
