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
});
