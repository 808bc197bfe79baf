/**
 * WordTable.idsOf, the tagger's look-up of a whole sequence in passes (its first slot, then the
 * record there, then the characters), gives every token the id that idOf, one token at a time,
 * gives it: a word met twice in one sequence, a word whose hash another word already holds, a
 * token past MAX_WORD_CHARS.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultModel } from '../../src/model/index.js';
import { spaceOf } from '../../src/model/model.js';
import { TokenSpans, tokenizeInto } from '../../src/model/tokenize.js';
import { WordTable } from '../../src/model/wordTable.js';

// a module binding: jest's VM looks up the global Math many times slower than node does
const { imul } = Math;
const model = defaultModel();
const table = () => new WordTable(spaceOf(model), model.weights as Int16Array);

/** The ids idsOf gives the tokens of `text`, one sequence of at most 100 tokens at a time. */
function sequenceIds(t: WordTable, text: string): number[] {
  const spans = new TokenSpans();
  tokenizeInto(text, spans);
  const out: number[] = [];
  const ids = new Int32Array(100);
  for (let i = 0; i < spans.length; i += 100) {
    const n = Math.min(100, spans.length - i);
    t.makeRoom(n);
    expect(t.idsOf(text, spans.start, spans.end, i, n, ids)).toBe(true);
    out.push(...ids.subarray(0, n));
  }
  return out;
}

/** The same ids from idOf, a token at a time. */
function tokenIds(t: WordTable, text: string): number[] {
  const spans = new TokenSpans();
  tokenizeInto(text, spans);
  const out: number[] = [];
  for (let i = 0; i < spans.length; i += 100) {
    t.makeRoom(Math.min(100, spans.length - i));
    for (let k = i; k < Math.min(i + 100, spans.length); k++) out.push(t.idOf(text, spans.start[k], spans.end[k]));
  }
  return out;
}

/** The word table's hash of a form (FNV-1a over UTF-16 units). */
function formHash(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

describe('word ids of a sequence', () => {
  test('the seed articles get the ids idOf gives, word for word', () => {
    const dir = join(process.cwd(), 'fixtures/seeds');
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const bySequence = sequenceIds(table(), text);
    expect(bySequence).toEqual(tokenIds(table(), text));
    // a word repeated within a sequence, new when the sequence was looked up, has one id
    const spans = new TokenSpans();
    tokenizeInto(text, spans);
    const forms = Array.from({ length: spans.length }, (_, i) => text.slice(spans.start[i], spans.end[i]));
    const idOfForm = new Map<string, number>();
    forms.forEach((f, i) => {
      if (!idOfForm.has(f)) idOfForm.set(f, bySequence[i]);
      expect(bySequence[i]).toBe(idOfForm.get(f));
    });
    expect(new Set(bySequence).size).toBe(idOfForm.size);
  });

  test('two words of one hash get two ids, each found again in either order', () => {
    // found by a birthday search over six-letter words (seven million of them)
    const [a, b] = ['yaczfa', 'glbppa'];
    expect(formHash(a)).toBe(formHash(b));
    const t = table();
    const first = sequenceIds(t, `${a} ${b} ${a}`);
    expect(first[0]).not.toBe(first[1]);
    expect(first[2]).toBe(first[0]);
    expect(sequenceIds(t, `${b} ${a} ${b} ${a}`)).toEqual([first[1], first[0], first[1], first[0]]);
    expect(tokenIds(t, `${b} ${a}`)).toEqual([first[1], first[0]]);
  });

  test('a token past 64 characters is looked up by its first 64, as idOf does', () => {
    const head = 'x'.repeat(64);
    const text = `${head}aaaa ${head}bb ${head} y`;
    const ids = sequenceIds(table(), text);
    expect(ids).toEqual(tokenIds(table(), text));
    expect(ids[0]).toBe(ids[1]);
    expect(ids[1]).toBe(ids[2]);
    expect(ids[3]).not.toBe(ids[0]);
  });
});
