/**
 * The titles stage and the people array stay linear when one person is named again and again
 * with a post, a nomination and a predecessor in each sentence (a per-person list of titles or
 * grades searched for each new one would make this quadratic). Ratio check only: twice the
 * input must cost at most 2.6 times the time (best of three runs each, shared machines).
 */
import { extract } from '../../src/extract.js';
import { MAX_GROWTH, fastestPair } from '../timing.js';

/** A distinct capitalized word for each number: word(0, "Zo") = "Zobe", word(7, "Re") = "Rebobe". */
function word(i: number, prefix: string): string {
  let w = '';
  for (let k = i + 1; k > 0; k = Math.floor(k / 5)) w += ['ba', 'be', 'bi', 'bo', 'bu'][k % 5];
  return prefix + w;
}

function article(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    s += `Le ministre Sadio Camara, ancien chef d'état-major de la zone de ${word(i, 'Zo')}, a été nommé gouverneur de la région de ${word(i, 'Re')} en remplacement du colonel Oumar ${word(i, 'Ko')}. `;
  }
  return s;
}

const run = (text: string) => extract(text, { id: 't', model: false });

test('one person with thousands of posts: twice the text, at most 2.6 times the time', () => {
  const small = article(1500);
  const big = article(3000);
  const rec = extract(small, { id: 't', model: false });
  const camara = rec.people.find((p) => p.name === 'Sadio Camara');
  // each post once, in text order; the former ones marked
  expect(camara?.titles.length).toBeGreaterThan(1500);
  expect(camara?.titles.slice(0, 3).map((t) => [t.text, t.former])).toEqual([['ministre', false], ["ancien chef d'état-major de la zone de Zobe", true], ['gouverneur de la région de Rebe', false]]);
  // the colonel replaced held the post Camara is given, not Camara's own title
  expect(rec.people.find((p) => p.name === 'Oumar Kobe')?.titles).toMatchObject([{ text: 'gouverneur de la région de Rebe', former: true }]);
  run(small); // warm-up
  const { a, b } = fastestPair(() => run(small), () => run(big), (ms) => MAX_GROWTH * ms);
  expect({ ratio: b / a <= MAX_GROWTH, a: Math.round(a), b: Math.round(b) }).toMatchObject({ ratio: true });
}, 120_000);
