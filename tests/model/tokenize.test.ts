import { tokenize } from '../../src/model/tokenize.js';
import { segment } from '../../src/model/segment.js';
import { expectLinear } from '../timing.js';

const words = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

describe('model tokenizer', () => {
  test('splits elisions, keeps the apostrophe on the article', () => {
    expect(words("l’Alliance d'Etat qu’il jusqu’à")).toEqual(['l’', 'Alliance', "d'", 'Etat', 'qu’', 'il', 'jusqu’', 'à']);
  });

  test('keeps hyphenated names and aujourd’hui whole, splits punctuation', () => {
    expect(words('Bobo-Dioulasso, aujourd’hui (Jean-Pierre).')).toEqual(['Bobo-Dioulasso', ',', 'aujourd’hui', '(', 'Jean-Pierre', ')', '.']);
  });

  test('keeps N’Djamena and numbers with separators', () => {
    expect(words("N’Djamena compte 1.200.000 habitants, soit 3,5 %")).toEqual(['N’Djamena', 'compte', '1.200.000', 'habitants', ',', 'soit', '3,5', '%']);
  });

  test('offsets are UTF-16 and do not split astral characters', () => {
    const text = 'Vu 😀 à Gao';
    const toks = tokenize(text);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(['Vu', '😀', 'à', 'Gao']);
    expect(toks[2].start).toBe(6);
  });

  test('is linear on pathological input', () => {
    expect(tokenize('a'.repeat(2_000_000))).toHaveLength(1);
    expect(tokenize('M. '.repeat(100_000))).toHaveLength(200_000);
    expectLinear('a line without spaces', (n) => tokenize('a'.repeat(n)), 1_000_000);
    expectLinear('"M. " repeated', (n) => tokenize('M. '.repeat(n)), 50_000);
  });
});

describe('sequence segmentation', () => {
  test('cuts at sentence ends and line breaks but not after "M." or an initial', () => {
    const text = 'M. Diallo et J. Dupont sont arrivés. Ils repartent\n\nDemain';
    const toks = tokenize(text);
    const seqs = segment(text, toks).map(([a, b]) => text.slice(toks[a].start, toks[b - 1].end));
    expect(seqs).toEqual(['M. Diallo et J. Dupont sont arrivés.', 'Ils repartent', 'Demain']);
  });

  test('caps sequence length', () => {
    const text = 'mot '.repeat(1000);
    for (const [a, b] of segment(text, tokenize(text))) expect(b - a).toBeLessThanOrEqual(120);
  });
});
