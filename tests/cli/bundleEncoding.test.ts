/**
 * bundleLoader reads a bundle made by the build as latin1 (a byte-for-byte copy: the build writes
 * it in ASCII); any other byte must still be read as UTF-8, as a bundle made otherwise may hold.
 * Loaded in a child process: the loader sets V8 flags, which must not change under jest's threads.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLE_WRAPPER } from '../../src/cli/bundleLoader.js';
import { ROOT, assertBuilt, removeDir, tempDir } from './helpers.js';

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir('extrait-bundle-encoding-');
});
afterAll(() => removeDir(dir));

function bundle(name: string, body: string, stamped: boolean): string {
  const file = join(dir, name);
  const head = stamped ? `/* extrait-bundle 0123456789abcdef */${BUNDLE_WRAPPER.start}\n` : '';
  writeFileSync(file, `${head}${body}${stamped ? BUNDLE_WRAPPER.end : ''}`, 'utf8');
  return file;
}

/** The `title` a bundle exports, as the loader the launcher takes reads it. */
function titleOf(file: string): string {
  const loader = join(ROOT, 'dist/cli/bundleLoader.js');
  const script = `import(${JSON.stringify(pathToFileURL(loader).href)}).then((m) => process.stdout.write(m.loadBundle(${JSON.stringify(file)}, false).exports.title))`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

test('an ASCII bundle and one with accented letters both give their strings as written', () => {
  expect(titleOf(bundle('ascii.cjs', 'module.exports.title = "Pr\\u00e9sident de la R\\u00e9publique";', true))).toBe('Président de la République');
  expect(titleOf(bundle('accented.cjs', 'module.exports.title = "Président de la République – Gbagbo’s";', true))).toBe('Président de la République – Gbagbo’s');
  expect(titleOf(bundle('plain.cjs', 'module.exports.title = "Côte d’Ivoire";', false))).toBe('Côte d’Ivoire');
});
