import { BoundaryScorer, LanguageScorer, SpanScorer, fuzzyPairs, prf } from '../../src/eval/score.js';

describe('SpanScorer', () => {
  // Gold: two persons and a place. Ours: one exact person, one person that only overlaps,
  // a place elsewhere, and an organization (not a scored type here).
  const gold = [
    { type: 'person', start: 0, end: 5 },
    { type: 'person', start: 10, end: 20 },
    { type: 'place', start: 30, end: 35 },
  ];
  const pred = [
    { type: 'person', start: 0, end: 5 },
    { type: 'person', start: 12, end: 20 },
    { type: 'place', start: 40, end: 45 },
  ];

  test('per type and micro-averaged, strict and fuzzy, as computed by hand', () => {
    const s = new SpanScorer(['person', 'place']);
    s.add(gold, pred);
    const r = s.result();
    const person = r.perType.find((t) => t.type === 'person')!;
    // strict: 1 exact of 2 predicted, 1 of 2 gold → P = R = F1 = 1/2
    expect(person.strict).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    // fuzzy: [12,20) overlaps [10,20) → both match
    expect(person.fuzzy).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    const place = r.perType.find((t) => t.type === 'place')!;
    expect(place.strict).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    // micro: strict tp 1, fp 2, fn 2 → 1/3; fuzzy tp 2, fp 1, fn 1 → 2/3
    expect(r.overall.strict.precision).toBeCloseTo(1 / 3);
    expect(r.overall.strict.recall).toBeCloseTo(1 / 3);
    expect(r.overall.strict.f1).toBeCloseTo(1 / 3);
    expect(r.overall.fuzzy.f1).toBeCloseTo(2 / 3);
    expect(r.overall).toMatchObject({ gold: 3, predicted: 3 });
  });

  test('counts add up over documents', () => {
    const s = new SpanScorer(['person']);
    s.add([{ type: 'person', start: 0, end: 4 }], [{ type: 'person', start: 0, end: 4 }]);
    s.add([{ type: 'person', start: 0, end: 4 }, { type: 'person', start: 6, end: 9 }], []);
    s.add([], [{ type: 'person', start: 1, end: 2 }]);
    // tp 1, fp 1, fn 2 → P 1/2, R 1/3, F1 = 2·(1/2)(1/3)/(5/6) = 0.4
    const p = s.result().perType[0].strict;
    expect(p.precision).toBe(0.5);
    expect(p.recall).toBeCloseTo(1 / 3);
    expect(p.f1).toBeCloseTo(0.4);
  });

  test('a type mismatch on the exact span is a false positive and a false negative', () => {
    const s = new SpanScorer(['person', 'organization']);
    s.add([{ type: 'organization', start: 0, end: 3 }], [{ type: 'person', start: 0, end: 3 }]);
    const r = s.result();
    expect(r.overall.strict).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.overall.fuzzy).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  test('date values are compared on matched spans', () => {
    const s = new SpanScorer(['date']);
    s.add(
      [
        { type: 'date', start: 0, end: 10, value: '2003-02-24' },
        { type: 'date', start: 20, end: 30, value: '2003-02' },
        { type: 'date', start: 40, end: 45, value: '2003' },
      ],
      [
        { type: 'date', start: 0, end: 10, value: '2003-02-24' }, // strict, right value
        { type: 'date', start: 23, end: 30, value: '2003-03' }, // fuzzy, wrong value
        { type: 'date', start: 40, end: 45, value: null }, // strict, no value
      ],
    );
    const v = s.result().perType[0].values!;
    expect(v).toMatchObject({ gold: 3, strictMatched: 2, strictCorrect: 1, fuzzyMatched: 3, fuzzyCorrect: 1 });
    expect(v.strictAccuracy).toBe(0.5);
    expect(v.fuzzyAccuracy).toBeCloseTo(1 / 3);
  });
});

describe('fuzzyPairs', () => {
  test('one-to-one: two predictions inside one gold span match it once', () => {
    const pairs = fuzzyPairs([{ type: 'x', start: 0, end: 10 }], [{ type: 'x', start: 0, end: 4 }, { type: 'x', start: 5, end: 10 }]);
    expect(pairs).toEqual([[0, 1]]); // the larger overlap (5 > 4) wins
  });

  test('touching spans do not overlap', () => {
    expect(fuzzyPairs([{ type: 'x', start: 0, end: 5 }], [{ type: 'x', start: 5, end: 9 }])).toEqual([]);
  });
});

describe('prf', () => {
  test('empty counts give zeros, not NaN', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
  });
});

describe('BoundaryScorer', () => {
  test('sentence ends, trailing spaces ignored, the document end left out', () => {
    const text = 'Un. Deux. Trois.';
    const b = new BoundaryScorer();
    b.add(
      text,
      [{ start: 0, end: 3 }, { start: 4, end: 9 }, { start: 10, end: 16 }],
      [{ start: 0, end: 4 }, { start: 4, end: 16 }], // "Un. " then the rest: one boundary of two found
    );
    const r = b.result();
    // gold ends {3, 9}, ours {3} (4 trimmed back to 3) → P 1, R 1/2, F1 2/3
    expect(r).toMatchObject({ gold: 2, predicted: 1, tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(r.f1).toBeCloseTo(2 / 3);
  });

  test('offsets are code points: an emoji before the boundary', () => {
    const text = 'Bravo 🎉. Fin.'; // 🎉 is one code point, two UTF-16 units
    const b = new BoundaryScorer();
    b.add(text, [{ start: 0, end: 8 }, { start: 9, end: 13 }], [{ start: 0, end: 8 }, { start: 9, end: 13 }]);
    expect(b.result()).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('LanguageScorer', () => {
  test('French recall, other→French rate, and the "processed as French" view', () => {
    const l = new LanguageScorer();
    l.add('sentences', 'fr', { code: 'fr', reliable: true });
    l.add('sentences', 'fr', { code: 'ca', reliable: false }); // unsure: processed as French anyway
    l.add('sentences', 'en', { code: 'fr', reliable: true });
    l.add('sentences', 'en', { code: 'eng', reliable: true }); // ISO 639-3 from franc counts as en
    l.add('sentences', 'es', { code: 'it', reliable: false });
    const [s] = l.result();
    expect(s.group).toBe('sentences');
    expect(s.texts).toBe(5);
    expect(s.accuracy).toBeCloseTo(2 / 5);
    expect(s.frenchRecall).toBe(0.5);
    expect(s.frenchProcessed).toBe(1);
    expect(s.falseFrench).toBeCloseTo(1 / 3);
    expect(s.falseFrenchProcessed).toBeCloseTo(2 / 3);
    expect(s.falseFrenchByLanguage).toEqual({ en: 0.5, es: 0 });
  });
});

describe('date value notation', () => {
  test('an attached time and a TimeML decade compare equal to their DATE value', async () => {
    const { sameValue } = await import('../../src/eval/score.js');
    expect(sameValue('1999-09-16', '1999-09-16T18:00')).toBe(true);
    expect(sameValue('196X', '196')).toBe(true);
    expect(sameValue('19XX', '19')).toBe(true);
    expect(sameValue('1999-09-16', '1999-09-17')).toBe(false);
    expect(sameValue('1999-09-16T18:00', '1999-09-16')).toBe(false);
    expect(sameValue('2024', null)).toBe(false);
  });
});
