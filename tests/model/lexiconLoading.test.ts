import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel, shippedModelPath } from '../../src/model/index.js';
import { tagWithModel } from '../../src/model/model.js';
import { SortedTable, WordClass, NameType, fold, type Lexicons } from '../../src/model/lexicon.js';

// A one-article run must not split the model's tens of thousands of lexicon keys into strings
// (a start-up cost larger than all its lookups): they stay text until a table is asked enough
// to pay for its hash index, and both ways answer the same.
const seed = (name: string) => readFileSync(join(process.cwd(), 'fixtures/seeds', name), 'utf8');
const tables = (lex: Lexicons) => [lex.words, lex.names, lex.nameStarts] as SortedTable[];

describe('model lexicons loaded from the shipped file', () => {
  test('tagging one article leaves the keys as text and still uses the lexicons', () => {
    const model = loadModel(shippedModelPath());
    const text = seed('004_ae873413d8af6167.txt');
    const shown = tagWithModel(model, text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
    expect(shown).toContain('person:Sadio Camara');
    expect(shown).toContain('place:Bamako');
    for (const t of tables(model.lex)) {
      expect(t).toBeInstanceOf(SortedTable);
      expect(t.keysBuilt).toBe(false);
    }
  });

  test('binary search over the text and the hash index give the same answers', () => {
    const lex = loadModel(shippedModelPath()).lex;
    const ask = () => [
      lex.words.get(fold('Ministre')),
      lex.words.get(fold('Président')),
      lex.words.get('le'),
      lex.names.get('bamako'),
      lex.names.get('union africaine'),
      lex.nameStarts.get('union'),
      lex.words.get('zzzz-not-a-word'),
      lex.names.get(''),
    ];
    const before = ask();
    expect(before[0]! & WordClass.TITLE).toBeTruthy();
    expect(before[1]! & WordClass.TITLE).toBeTruthy();
    expect(before[2]! & WordClass.FUNCWORD).toBeTruthy();
    expect(before[3]! & NameType.LOC).toBeTruthy();
    expect(before[4]! & NameType.ORG).toBeTruthy();
    expect(before[5]).toBeGreaterThanOrEqual(2);
    expect(before.slice(6)).toEqual([undefined, undefined]);
    // a batch asks every table thousands of times: the index gets built
    for (let i = 0; i < 6000; i++) for (const t of tables(lex)) t.get(`mot${i}`);
    for (const t of tables(lex)) expect(t.keysBuilt).toBe(true);
    expect(ask()).toEqual(before);
  });

  test('an empty table answers nothing', () => {
    const t = new SortedTable('', '');
    expect(t.size).toBe(0);
    expect(t.get('')).toBeUndefined();
    expect(t.get('paris')).toBeUndefined();
    expect([...t.entries()]).toEqual([]);
  });
  // The search reads the offset of every 16th key only (src/model/lexicon.ts): each table size
  // around a block's edge, every key, and words before, between and after them.
  test('the block search finds every key of tables of every size around a block and nothing else', () => {
    for (const n of [1, 2, 15, 16, 17, 31, 32, 33, 48, 100]) {
      const keys = Array.from({ length: n }, (_, i) => `k${String(i * 2).padStart(3, '0')}`);
      const values = keys.map((_, i) => (i * 7) % 13);
      // a fresh table per question: the hash index would otherwise take over after 5,000
      const ask = (key: string) => new SortedTable(keys.join('\n'), values.join(',')).get(key);
      expect(new SortedTable(keys.join('\n'), values.join(',')).size).toBe(n);
      keys.forEach((k, i) => {
        expect(ask(k)).toBe(values[i]);
        // between two keys, a prefix of one and a key extended: absent
        expect(ask(`k${String(i * 2 + 1).padStart(3, '0')}`)).toBeUndefined();
        expect(ask(k.slice(0, 3))).toBeUndefined();
        expect(ask(`${k}0`)).toBeUndefined();
      });
      expect(ask('a')).toBeUndefined();
      expect(ask('z')).toBeUndefined();
      expect([...new SortedTable(keys.join('\n'), values.join(',')).entries()]).toEqual(keys.map((k, i) => [k, values[i]]));
    }
  });

  test('every key of the shipped tables is found with its value, before and after the hash index', () => {
    const lex = loadModel(shippedModelPath()).lex;
    for (const t of tables(lex)) {
      const all = [...t.entries()];
      expect(all.length).toBe(t.size);
      expect(all.length).toBeGreaterThan(1000);
      const fresh = loadModel(shippedModelPath()).lex;
      const same = tables(fresh)[tables(lex).indexOf(t)];
      // under the 5,000 questions after which the index is built: the block search answers
      all.slice(0, 4000).forEach(([k, v]) => expect(same.get(k)).toBe(v));
      expect(same.keysBuilt).toBe(false);
      for (let i = 0; i < 5000; i++) t.get(`mot${i}`);
      expect(t.keysBuilt).toBe(true);
      for (const [k, v] of all) expect(t.get(k)).toBe(v);
    }
  });
});
