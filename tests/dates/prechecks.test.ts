import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isLetterCode, isRegexSpace, maybeLetter, maybeSpace, isAsciiAlnum } from '../../src/dates/chars.js';
import { digitWord, keysRegex, wordContaining, wordIn } from '../../src/dates/anchors.js';
import { recognizeDates } from '../../src/dates/index.js';
import { extract } from '../../src/index.js';
import type { DateEntity } from '../../src/types.js';

// The speed work skips a regex where a character test shows it cannot match, reads the key
// scan through a tree-shaped alternation, and reads the text as two-byte: each must change
// nothing. These tests hold each shortcut to the pattern it stands for.

const seedsDir = join(process.cwd(), 'fixtures', 'seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedsDir, f), 'utf8'));
const EDGES = [
  "MAIS maïs MAI Mai-Ndombe dÉc DÉCembre 1er1 an-née années2 ANNÉES fin_ FINAL ſep K jan janvier JAN. l'an d'ici ",
  '𝟑 mai 😀fin 2024 é1er x\u0345mai \u00a0an\u2009fin',
];

describe('character tests agree with the patterns they guard, on every UTF-16 unit', () => {
  const units = Array.from({ length: 65536 }, (_, c) => c);

  test('isRegexSpace is \\s, with and without the u flag', () => {
    const differ = units.filter((c) => isRegexSpace(c) !== /\s/.test(String.fromCharCode(c)) || isRegexSpace(c) !== /\s/u.test(String.fromCharCode(c)));
    expect(differ).toEqual([]);
    expect(isRegexSpace(NaN)).toBe(false);
  });

  test('isLetterCode is \\p{L} on a one-unit string (a lone surrogate is none)', () => {
    const differ = units.filter((c) => isLetterCode(c) !== /\p{L}/u.test(String.fromCharCode(c)));
    expect(differ).toEqual([]);
    expect(isLetterCode(NaN)).toBe(false);
  });

  test('maybeSpace holds every \\s unit, isAsciiAlnum none, maybeLetter every case-insensitive match', () => {
    expect(units.filter((c) => /\s/u.test(String.fromCharCode(c)) && (!maybeSpace(c) || isAsciiAlnum(c)))).toEqual([]);
    for (const letter of 'deoprns') {
      const re = new RegExp(`^${letter}$`, 'iu');
      expect(units.filter((c) => re.test(String.fromCharCode(c)) && !maybeLetter(c, letter))).toEqual([]);
    }
    // "ſ" is an "s" to /iu, the Kelvin sign a "k"
    expect(maybeLetter(0x17f, 's')).toBe(true);
    expect(maybeLetter('x'.charCodeAt(0), 'dp')).toBe(false);
  });
});

describe('the key scan as a tree of common beginnings', () => {
  test('matches at the same places as the flat alternation of the same keys', () => {
    const tree = keysRegex([
      wordContaining(['mai', 'mar', 'jan', 'juin', 'juil']),
      wordIn(['an', 'années', 'année', 'fin']),
      { keys: ['fin', 'début', 'mi'], bounds: 'start', anchor: () => true },
      { keys: ['janv', 'déc'], bounds: 'end', anchor: () => true },
      digitWord(),
    ]);
    const flat = /\d|mai|mar|jan|juin|juil|\ban\b|\bannées\b|\bannée\b|\bfin\b|\bfin|\bdébut|\bmi|janv(?![a-z_])|déc(?![a-z_])/gi;
    const positions = (re: RegExp, text: string): number[] => {
      const out: number[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push(m.index);
        re.lastIndex = m.index + 1;
      }
      return out;
    };
    let found = 0;
    for (const text of [...seeds, ...EDGES]) {
      expect(positions(tree, text)).toEqual(positions(flat, text));
      found += positions(flat, text).length;
    }
    expect(found).toBeGreaterThan(100);
  });
});

describe('dates behind the shortcuts, in real sentences', () => {
  const DOC = { value: '2024-11-06', source: 'option' as const };
  const read = (text: string) => recognizeDates(text, DOC).map((m) => [text.slice(m.start, m.end), m.value]);

  test('direction words after and before a date, any case', () => {
    expect(read('Le texte a été voté le 6 mai dernier à Paris.')).toEqual([['le 6 mai dernier', '2024-05-06']]);
    expect(read('Les prix flambent DEPUIS JANVIER, selon l\u2019institut.')).toEqual([['JANVIER', '2024-01']]);
    expect(read('Le chantier reprendra en juin prochain.')).toEqual([['juin prochain', '2025-06']]);
  });

  test('spans trimmed of a comma, articles joined to a day', () => {
    expect(read('Jeudi, le ministre a parlé.')).toEqual([['Jeudi', '2024-10-31']]);
    expect(read('La réunion du 12 novembre 2024 est reportée.')).toEqual([['12 novembre 2024', '2024-11-12']]);
  });

  test('lists of days, seasons, misspelled months', () => {
    expect(read('Les élections auront lieu les 4 et 5 juin 2025.').map((r) => r[1])).toEqual(['2025-06-04', '2025-06-05']);
    expect(read('On y pêche été comme hiver.').map((r) => r[1])).toEqual(['XXXX-SU', 'XXXX-WI']);
    expect(read('Il a été élu au printemps 2023.')).toEqual([['printemps 2023', '2023-SP']]);
    expect(read('Le 3 mia 2024, la ville a voté.')).toEqual([['Le 3 mia 2024', '2024-05-03']]);
  });

  test('an astral character before a date: record offsets in code points', () => {
    const text = '😀 𝐀 Le sommet s\u2019ouvre le 12 novembre 2024 à Dakar.';
    const record = extract(text, { referenceDate: '2024-11-06' });
    const dates = record.entities.filter((e): e is DateEntity => e.type === 'date');
    expect(dates.map((d) => [d.text, d.value])).toEqual([['le 12 novembre 2024', '2024-11-12']]);
    expect([...text].slice(dates[0].start, dates[0].end).join('')).toBe('le 12 novembre 2024');
    // and the recognizer's own spans are UTF-16, the emoji counting two units
    const [m] = recognizeDates(text, DOC);
    expect(text.slice(m.start, m.end)).toBe('le 12 novembre 2024');
    expect(m.start).toBe(text.indexOf('le 12'));
  });
});
