/**
 * The tagger hashes the prefixes and suffixes of every new word without slicing them: the
 * hashes, hence the features the weights were trained on, must be exactly those of the slices.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashRange, hashString } from '../../src/model/hash.js';

test('hashRange equals hashString of the slice on the words of a real article', () => {
  const text = readFileSync(join(process.cwd(), 'fixtures/seeds/000_77d6c83b56ae88aa.txt'), 'utf8');
  const words = text.match(/[\p{L}\p{N}’'-]+/gu)!;
  expect(words.length).toBeGreaterThan(100);
  expect(words.some((w) => /[^\x00-\x7f]/.test(w))).toBe(true);
  for (const w of words) {
    const L = w.length;
    for (const [a, b] of [[0, Math.min(2, L)], [0, Math.min(4, L)], [Math.max(0, L - 3), L], [0, L]]) {
      expect(hashRange(w, a, b)).toBe(hashString(w.slice(a, b)));
    }
  }
  // a different range gives a different hash (the test can fail)
  expect(hashRange('président', 0, 3)).not.toBe(hashString('prés'));
});
