import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { clauseWords, endingKindsBothWays } from '../../src/dates/tense/verbGroup.js';
import { normalizeForMatching } from '../../src/dates/normalize.js';

// The dates stage's shortcuts must change nothing: the tense reader's ending tests stand for
// four backtracking regexes and its unit-by-unit word scan for a /u regex; the typographic
// normalization's three constant replaces for one replace by a table.

const seedsDir = join(process.cwd(), 'fixtures', 'seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedsDir, f), 'utf8'));
const WORD = /[\p{L}]+(?:-[\p{L}]+)*/gu;
const VERBS =
  "Le procès s'ouvrira fin mars ; la commission réunirait ses membres, il pleuvait, ils tiendront, on verra, " +
  "elles sont arrivées, il est parti, ils ont été reçus, ils seraient venus, nous partirons, vous direz, il mourrait, " +
  "ils couraient, le portrait, l'extrait, il peut-être-là, rait, aient, ait, ira, ité, ré-élu, İstanbul, ŒUVRERA, ſoir";

describe('tense reader shortcuts', () => {
  const words = [...new Set([...seeds, VERBS].flatMap((t) => t.match(WORD) ?? []).map((w) => w.toLowerCase()))];

  test('ending tests agree with the ending regexes on every word of the seeds', () => {
    expect(words.length).toBeGreaterThan(500);
    const differ = words.filter((w) => {
      const [fast, slow] = endingKindsBothWays(w);
      return fast !== slow;
    });
    expect(differ).toEqual([]);
    // and they find something: futures, participles, imparfaits, infinitives
    const found = new Set(['ouvrira', 'arrivées', 'pleuvait', 'partir'].map((w) => endingKindsBothWays(w)[0]));
    expect([...found].every((k) => k !== 0)).toBe(true);
  });

  test('the word scan finds the regex words, hyphens and all', () => {
    for (const text of [...seeds, VERBS, 'a-b -c d- é-ç--e x\u0345y', '𝐀 le 3 mai-juin']) {
      const fast = clauseWords(text).map((w) => [w.start, w.end]);
      const slow = [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
      expect(fast).toEqual(slow);
    }
  });
});

describe('typographic normalization', () => {
  const TABLE: Record<string, string> = {
    '\u2019': "'", '\u2018': "'", '\u02BC': "'", '\u00B4': "'", '\u0060': "'",
    '\u00A0': ' ', '\u202F': ' ', '\u2007': ' ', '\u2009': ' ', '\u2002': ' ', '\u2003': ' ',
    '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-',
  };

  test('each BMP unit maps as the table says, and only those change', () => {
    const units = Array.from({ length: 0xd800 }, (_, c) => String.fromCharCode(c)).join('');
    const expected = [...units].map((c) => TABLE[c] ?? c).join('');
    expect(normalizeForMatching(units)).toBe(expected);
  });

  test('a news sentence keeps its length and loses its typographic marks', () => {
    const text = 'Aujourd\u2019hui\u00a0\u2013 le 3\u202Fmai \u2014 l\u2018an dernier';
    const out = normalizeForMatching(text);
    expect(out).toBe("Aujourd'hui - le 3 mai - l'an dernier");
    expect(out.length).toBe(text.length);
    expect(normalizeForMatching('rien à changer')).toBe('rien à changer');
  });
});
