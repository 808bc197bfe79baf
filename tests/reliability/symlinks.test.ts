/**
 * A directory walk stays inside the directory it was given: a symlink that leads out of it
 * (to a secret, to the rest of the disk) is skipped with a warning unless --follow-symlinks
 * asks for it, as find -L and ripgrep's --follow do. Links within the directory are read.
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, cli, parseLines, removeDir, tempDir, writeFile } from '../cli/helpers.js';

let dir: string;
const ARTICLE = 'Le colonel Assimi Goïta a reçu à Bamako le ministre nigérien de la Défense.\n';
beforeAll(() => {
  assertBuilt();
  dir = tempDir();
  writeFile(join(dir, 'corpus/a.txt'), ARTICLE);
  writeFile(join(dir, 'corpus/inner/b.txt'), ARTICLE);
  writeFile(join(dir, 'secret.txt'), ARTICLE);
  writeFile(join(dir, 'elsewhere/c.txt'), ARTICLE);
  symlinkSync(join(dir, 'secret.txt'), join(dir, 'corpus/out.txt'));
  symlinkSync(join(dir, 'elsewhere'), join(dir, 'corpus/away'));
  symlinkSync(join(dir, 'corpus/inner/b.txt'), join(dir, 'corpus/same.txt'));
});
afterAll(() => removeDir(dir));

test('links out of the input directory are skipped, with a warning; links within it are read', () => {
  const r = cli([join(dir, 'corpus'), '--no-model', '--jobs', '1']);
  expect(r.status).toBe(0);
  expect(parseLines(r.stdout).map((x) => x.id)).toEqual(['a.txt', 'inner/b.txt', 'same.txt']);
  expect(r.stderr).toContain('out.txt: symlink out of the input directory, skipped (--follow-symlinks follows it)');
  expect(r.stderr).toContain('away: symlink out of the input directory, skipped');
});

test('--follow-symlinks follows them', () => {
  const r = cli([join(dir, 'corpus'), '--no-model', '--jobs', '1', '--follow-symlinks']);
  expect([r.status, r.stderr]).toEqual([0, '']);
  expect(parseLines(r.stdout).map((x) => x.id)).toEqual(['a.txt', 'away/c.txt', 'inner/b.txt', 'out.txt', 'same.txt']);
});
