import { ComponentScorer } from '../../src/eval/components.js';
import type { Entity, PersonEntity } from '../../src/types.js';
import type { GoldEntity } from '../../src/eval/types.js';

const text = 'Le général Bonaparte, ministre de la guerre, et M. Carnot arrivent. Le colonel Inconnu aussi.';
const at = (s: string, type: string): GoldEntity => {
  const start = text.indexOf(s);
  return { type, start, end: start + s.length, text: s };
};
const person = (s: string, rank: string | null, title: string | null): PersonEntity => {
  const start = text.indexOf(s);
  return { type: 'person', text: s, start, end: start + s.length, sentence: 0, name: s, rank, rankNormalized: rank && rank.toLowerCase(), title, honorific: null, cluster: 0 };
};

describe('ComponentScorer', () => {
  test('our rank/title located next to the person and matched to gold title/function components', () => {
    const gold = [
      at('général Bonaparte', 'person'),
      at('général', 'comp.title'),
      at('Bonaparte', 'comp.name'),
      at('ministre de la guerre', 'comp.function'),
      at('M. Carnot', 'person'),
      at('M.', 'comp.title'),
    ];
    const predicted: Entity[] = [
      person('Bonaparte', 'Général', 'ministre de la Guerre'), // both found, case aside
      person('Carnot', null, 'préfet'), // no "préfet" near Carnot: unlocated, a false positive
      person('Inconnu', 'colonel', null), // not a gold person: not looked at
    ];
    const s = new ComponentScorer();
    s.add(text, gold, predicted);
    const r = s.result();
    // 3 gold components (2 titles, 1 function); ours: 2 located + 1 unlocated; 2 matches
    expect(r).toMatchObject({ tp: 2, fp: 1, fn: 1, goldTitles: 2, goldFunctions: 1, predicted: 2, unlocated: 1 });
    expect(r.precision).toBeCloseTo(2 / 3);
    expect(r.recall).toBeCloseTo(2 / 3);
    expect(r.f1).toBeCloseTo(2 / 3);
    expect(r.titleRecall).toBe(0.5);
    expect(r.functionRecall).toBe(1);
    expect(r.notScored).toEqual({ 'comp.name': 1 });
  });

  test('the nearest occurrence is taken, and a rank equal to the title counts once', () => {
    const t = 'Le capitaine X salue le capitaine Traoré.';
    const start = t.indexOf('capitaine Traoré');
    const gold: GoldEntity[] = [
      { type: 'person', start, end: start + 16, text: 'capitaine Traoré' },
      { type: 'comp.title', start, end: start + 9, text: 'capitaine' },
    ];
    const p: PersonEntity = {
      type: 'person', text: 'Traoré', start: start + 10, end: start + 16, sentence: 0, name: 'Traoré', rank: 'capitaine', rankNormalized: 'capitaine', title: 'Capitaine', honorific: null, cluster: 0,
    };
    const s = new ComponentScorer();
    s.add(t, gold, [p]);
    expect(s.result()).toMatchObject({ tp: 1, fp: 0, fn: 0, predicted: 1 });
  });

  test('the honorific is compared as a title; a title the page broke over two lines is still located', () => {
    // hipe2020 dev, EXP 1928 (shortened): "M. Wou, ancien\nministre du gouvernement cantonais"
    const t = 'On a décidé de nommer M. Wou, ancien\nministre du gouvernement cantonais, à Washington.';
    const span = (s: string, type: string): GoldEntity => ({ type, start: t.indexOf(s), end: t.indexOf(s) + s.length, text: s });
    const gold = [span('M. Wou', 'person'), span('M.', 'comp.title'), span('ancien\nministre du gouvernement cantonais', 'comp.function')];
    const wou: PersonEntity = {
      type: 'person', text: 'Wou', start: t.indexOf('Wou'), end: t.indexOf('Wou') + 3, sentence: 0, name: 'Wou',
      rank: null, rankNormalized: null, title: 'ancien ministre du gouvernement cantonais', honorific: 'M.', cluster: 0,
    };
    const s = new ComponentScorer();
    s.add(t, gold, [wou]);
    expect(s.result()).toMatchObject({ tp: 2, fp: 0, fn: 0, predicted: 2, unlocated: 0, titleRecall: 1, functionRecall: 1 });
  });
});
