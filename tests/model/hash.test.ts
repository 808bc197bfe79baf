/**
 * The tagger hashes the prefixes and suffixes of every new word without slicing them: the
 * hashes, hence the features the weights were trained on, must be exactly those of the slices.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashRange, hashString, mix2, mix2on, mix3, mixRow2, mixRow3 } from '../../src/model/hash.js';

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

test('mixRow2 and mixRow3 give the rows of mix2 and mix3 (the rows the weights were trained on)', () => {
  // what the tagger hashes: small template ids, unsigned 32-bit word and shape hashes, lexicon
  // flags, the -1 of the sequence boundaries, gazetteer-run codes
  const text = readFileSync(join(process.cwd(), 'fixtures/seeds/000_77d6c83b56ae88aa.txt'), 'utf8');
  const values = [0, 1, -1, 7, 31, 512, 0x7fffffff, 0x80000000, 0xffffffff, ...text.split(/\s+/).slice(0, 300).map((w) => hashString(w))];
  expect(values.some((v) => v > 0x7fffffff)).toBe(true);
  for (const mask of [(1 << 19) - 1, (1 << 20) - 1, (1 << 12) - 1]) {
    for (let i = 0; i < values.length; i++) {
      const a = values[i] % 40;
      const b = values[(i * 7 + 3) % values.length];
      const c = values[(i * 13 + 5) % values.length];
      expect(mixRow2(a, b, mask)).toBe((mix2(a, b) & mask) << 3);
      expect(mixRow2(values[i], b, mask)).toBe((mix2on(values[i], b) & mask) << 3);
      expect(mixRow3(a, b, c, mask)).toBe((mix3(a, b, c) & mask) << 3);
    }
  }
  // different inputs give different rows (the test can fail)
  expect(mixRow2(3, 5, (1 << 19) - 1)).not.toBe(mixRow2(3, 6, (1 << 19) - 1));
});
