/**
 * The worker threads of a run share one tagger word table (wordTable.ts, sharedWordMemory): a
 * word added by one thread is found by the others, and tagging with the shared table, whoever
 * filled it, full or with its lock stuck, decides exactly what a table of one's own decides.
 * Two tables over the same memory in one thread stand for two workers (the lock and the
 * published slots are the same code either way).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultModel, sharedWordMemory, tagEntities, type SharedWordMemory } from '../../src/model/index.js';
import { fold } from '../../src/model/lexicon.js';
import { spaceOf } from '../../src/model/model.js';
import { QuantizedScorer } from '../../src/model/quantizedScorer.js';
import { tagSequences } from '../../src/model/tagger.js';
import { TokenSpans, tokenizeInto } from '../../src/model/tokenize.js';
import { WordTable } from '../../src/model/wordTable.js';

const SEEDS = join(process.cwd(), 'fixtures/seeds');
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'));

const model = defaultModel();
const weights = model.weights as Int16Array;

function table(memory?: SharedWordMemory): WordTable {
  return new WordTable(spaceOf(model), weights, memory);
}

function scorerOn(t: WordTable): QuantizedScorer {
  return new QuantizedScorer(t, model.nonzero!, model.trans);
}

/** The ids of every token of `text` in table `t`. */
function ids(t: WordTable, text: string): number[] {
  const spans = new TokenSpans();
  tokenizeInto(text, spans);
  const out: number[] = [];
  for (let i = 0; i < spans.length; i += 100) {
    const n = Math.min(100, spans.length - i);
    t.makeRoom(n);
    for (let k = i; k < i + n; k++) out.push(t.idOf(text, spans.start[k], spans.end[k]));
  }
  return out;
}

const header = (m: SharedWordMemory) => new Int32Array(m.header);

describe('a word table shared by threads', () => {
  test('words one thread added are found by another, none added twice', () => {
    const memory = sharedWordMemory();
    const first = table(memory);
    const second = table(memory);
    expect(first.isShared && second.isShared).toBe(true);
    const text = seeds[0];
    const a = ids(first, text);
    const size = header(memory)[0];
    expect(size).toBeGreaterThan(100);
    expect(ids(second, text)).toEqual(a);
    expect(header(memory)[0]).toBe(size);
    // the folded key of a word the other table added, as the gazetteer runs read it
    const spans = new TokenSpans();
    tokenizeInto(text, spans);
    const forms = Array.from({ length: spans.length }, (_, i) => text.slice(spans.start[i], spans.end[i]));
    const k = forms.findIndex((f) => /^\p{Lu}\p{Ll}*[^\x00-\x7f]/u.test(f));
    expect(k).toBeGreaterThanOrEqual(0);
    expect(second.keyOf(a[k])).toBe(fold(forms[k]));
  });

  test('tagging through a table another thread filled gives the spans and scores of a table of its own', () => {
    const memory = sharedWordMemory();
    const other = scorerOn(table(memory));
    const mine = scorerOn(table(memory));
    let spans = 0;
    seeds.forEach((text, i) => {
      // the other thread meets every second text first: this one reads its words, and adds its own
      if (i % 2 === 0) tagSequences(model, other, text);
      const shared = tagSequences(model, mine, text);
      expect(shared).toEqual(tagEntities(text));
      spans += shared.length;
    });
    expect(spans).toBeGreaterThan(50);
    // gazetteer names of several words, their keys read from the other thread's words
    const names = 'Le Burkina Faso, la Côte d’Ivoire et la Guinée-Bissau ont rencontré le Fonds monétaire international à New York.';
    tagSequences(model, other, names);
    expect(tagSequences(model, mine, names)).toEqual(tagEntities(names));
  });

  test('a thread that cannot get the lock goes on with a table of its own, with the same result', () => {
    const memory = sharedWordMemory();
    const t = table(memory);
    const scorer = scorerOn(t);
    header(memory)[2] = 1; // held by a thread that died holding it
    const text = seeds[1];
    expect(tagSequences(model, scorer, text)).toEqual(tagEntities(text));
    expect(t.isShared).toBe(false);
  });

  test('a full shared table is left for a table of its own, with the same result', () => {
    const memory = sharedWordMemory();
    const t = table(memory);
    const scorer = scorerOn(t);
    // 49,900 distinct made-up words nearly fill it (the bound is 50,000)
    const words: string[] = [];
    for (let i = 0; i < 49_900; i++) words.push(`x${i.toString(36)}`);
    ids(t, words.join(' '));
    expect(t.isShared).toBe(true);
    expect(header(memory)[0]).toBe(49_902);
    const text = seeds[2];
    expect(tagSequences(model, scorer, text)).toEqual(tagEntities(text));
    expect(t.isShared).toBe(false);
  });
});
