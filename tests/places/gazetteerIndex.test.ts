/**
 * The gazetteer answers its first look-ups by binary search in the sorted text of
 * data/places/gazetteer.tsv (a cold start builds no index), then from a Map and a Set built once.
 * Both readings must give the same answers on every key of the shipped file, and the file must
 * stay sorted the way the search needs (scripts/build-gazetteer.mjs writes it so).
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Gazetteer } from '../../src/places/gazetteer.js';
import { recognizePlaces } from '../../src/places/index.js';

const tsv = readFileSync(new URL('../../data/places/gazetteer.tsv', import.meta.url), 'utf8');
const dataLines = (): string[] => {
  const lines = tsv.split('\n');
  let k = 0;
  while (k < lines.length && lines[k].startsWith('#')) k++;
  return lines.slice(k, lines[lines.length - 1] === '' ? -1 : undefined);
};

describe('gazetteer.tsv is sorted for the binary search', () => {
  test('header comments first; then lines of nine columns sorted by key in code unit order, a key\'s lines together', () => {
    const lines = dataLines();
    expect(lines.length).toBeGreaterThan(10_000);
    let previous = '';
    const bad: string[] = [];
    for (const line of lines) {
      const f = line.split('\t');
      const key = f[8];
      // JavaScript's default string order is code unit order: what compareKey reads
      if (f.length !== 9 || !key || previous > key) bad.push(line);
      previous = key;
    }
    expect(bad).toEqual([]);
  });
});

describe('binary search and index give the same answers', () => {
  const searched = new Gazetteer(tsv, Infinity);
  const indexed = new Gazetteer(tsv, 0);
  const keys = dataLines().map((l) => l.split('\t')[8]);

  test('every key, every key prefix, and near misses', () => {
    const probes = new Set<string>(['', ' ', 'a', 'zzzz', '\uffff', 'le', 'la', 'saint', 'cote d', 'cote d ivoire x']);
    for (const k of keys) {
      const words = k.split(' ');
      for (let n = 1; n <= words.length; n++) probes.add(words.slice(0, n).join(' '));
      probes.add(k + 'x');
      probes.add(k.slice(0, -1));
      probes.add(k + ' ');
    }
    let names = 0;
    let prefixes = 0;
    const differ: string[] = [];
    for (const p of probes) {
      const has = searched.has(p);
      const a = searched.get(p);
      const b = indexed.get(p);
      const same = has === indexed.has(p) && searched.isPrefix(p) === indexed.isPrefix(p) && JSON.stringify(a) === JSON.stringify(b) && has === (a !== undefined);
      if (!same) differ.push(p);
      if (has) names++;
      if (searched.isPrefix(p)) prefixes++;
    }
    expect(differ).toEqual([]);
    expect(names).toBe(new Set(keys).size);
    expect(prefixes).toBeGreaterThan(1000);
  });

  test('known answers: multi-word names, their prefixes, the first and last keys', () => {
    for (const g of [searched, indexed]) {
      expect(g.get('cote d ivoire')?.entries[0]).toMatchObject({ normalized: "Côte d'Ivoire", country: 'CI' });
      expect(g.isPrefix('cote d')).toBe(true);
      expect(g.isPrefix('cote d ivoire')).toBe(false);
      expect(g.has('cote d')).toBe(false);
      expect(g.has(keys[0])).toBe(true);
      expect(g.has(keys[keys.length - 1])).toBe(true);
      expect(g.get('ouagadougou')?.entries[0].country).toBe('BF');
    }
  });

  test('the lower-case starts ("lac", "océan") are the same either way, and listed', () => {
    expect([...searched.lowerStarts].sort()).toEqual([...indexed.lowerStarts].sort());
    expect(searched.lowerStarts.has('lac')).toBe(true);
  });

  test('a word no key holds after its first cannot extend a name (once indexed); before, every word may', () => {
    expect(indexed.mayFollow('ivoire')).toBe(true);
    expect(indexed.mayFollow('president')).toBe(false);
    expect(searched.mayFollow('president')).toBe(true);
  });
});

describe('recognition on real French text through the index', () => {
  test('multi-word names, a name after an emoji and a letter outside the BMP, code point offsets', () => {
    const text = '𝐀𝐋𝐄𝐑𝐓𝐄 🇲🇱 Le président de la Côte d’Ivoire a reçu à Bobo-Dioulasso son homologue du Burkina Faso, puis il est rentré à Abidjan.';
    const found = recognizePlaces(text);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(["Côte d’Ivoire", 'Bobo-Dioulasso', 'Burkina Faso', 'Abidjan']);
    expect(found.map((m) => m.country)).toEqual(['CI', 'BF', 'BF', 'CI']);
    // recognizePlaces gives UTF-16 offsets; the record's code points are the same places
    for (const m of found) {
      const cp = [...text.slice(0, m.start)].length;
      expect([...text].slice(cp, cp + [...text.slice(m.start, m.end)].length).join('')).toBe(text.slice(m.start, m.end));
    }
  });

  test('"Le Caire" starts with a word that opens many names; "Le président" opens none', () => {
    const text = 'Le président égyptien a quitté Le Caire pour Port-Saïd. Le gouvernement a démenti.';
    expect(recognizePlaces(text).map((m) => text.slice(m.start, m.end))).toEqual(['Le Caire', 'Port-Saïd']);
  });

  test('homonyms: the country the article names decides, unless the prominent reading is a metropolis', () => {
    const text = 'Au Canada, les policiers sont arrivés à Victoria puis à Londres, où la foule les attendait.';
    const found = recognizePlaces(text);
    const at = (s: string) => found.find((m) => text.slice(m.start, m.end) === s);
    expect(at('Victoria')?.country).toBe('CA');
    expect(at('Londres')?.country).toBe('GB');
  });
});
