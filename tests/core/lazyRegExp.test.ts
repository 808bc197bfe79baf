/**
 * Regexes made at their first use (text/lazyRegExp.ts) and the scans over them (scanTwins in
 * text/anchorGate.ts): the same object at every call, so that a caller's lastIndex carries over,
 * nothing made before the first call, and scanTwins finds on real articles what scanMatches
 * finds with the two forms made up front.
 */
import { lazyRegExp, RegExpTwins } from '../../src/text/lazyRegExp.js';
import { scanMatches, scanTwins } from '../../src/text/anchorGate.js';
import { seeds } from '../newsTexts.js';

test('a lazy regex is made once, at the first call, from a source computed then', () => {
  let computed = 0;
  const re = lazyRegExp(() => {
    computed++;
    return '\\p{Lu}\\p{Ll}+';
  }, 'gu');
  expect(computed).toBe(0);
  const first = re();
  expect(re()).toBe(first);
  expect(computed).toBe(1);
  expect(first.flags).toBe('gu');
  // the state of the one object carries over from call to call, as a module constant's did
  first.lastIndex = 0;
  expect(first.exec('le Mali et le Niger')?.[0]).toBe('Mali');
  expect(re().exec('le Mali et le Niger')?.[0]).toBe('Niger');
});

test('twins: the global and sticky forms of one pattern', () => {
  const t = new RegExpTwins('\\p{Lu}\\p{Ll}+', 'u');
  expect(t.global.flags).toBe('gu');
  expect(t.sticky.flags).toBe('uy');
  expect(t.global).toBe(t.global);
  expect(t.sticky).toBe(t.sticky);
});

test('seeds: scanTwins finds what scanMatches finds, scanning in full and at given starts', () => {
  const source = '(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{M}’-]+(?:[\\s\\u00a0]\\p{Lu}[\\p{L}\\p{M}’-]+){0,2}';
  const twins = new RegExpTwins(source, 'u');
  const global = new RegExp(source, 'gu');
  const sticky = new RegExp(source, 'uy');
  let found = 0;
  for (const text of seeds) {
    // every fifth position, and an empty list: no scan at all
    const starts: number[] = [];
    for (let p = 0; p < text.length; p += 5) starts.push(p, p + 1);
    for (const ranges of [null, starts, []]) {
      const expected: string[] = [];
      const got: string[] = [];
      scanMatches(global, sticky, text, ranges, (m) => void expected.push(`${m.index} ${m[0]}`));
      scanTwins(twins, text, ranges, (m) => void got.push(`${m.index} ${m[0]}`));
      expect(got).toEqual(expected);
      found += got.length;
    }
  }
  // the seeds hold capitalized names: the comparison is not between empty lists
  expect(found).toBeGreaterThan(100);
});
