/**
 * Scoring, one document at a time into running counts, so a corpus of any size is scored in
 * one pass. Spans: strict = same type and exact offsets; fuzzy = same type and overlapping
 * offsets, each gold and each prediction matched at most once (greedy, largest overlap first
 * in document order) — the HIPE scorer's "fuzzy" and MUC-style partial credit without halves.
 */

export interface Span {
  type: string;
  start: number;
  end: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PRF extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): PRF {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp: c.tp, fp: c.fp, fn: c.fn, precision, recall, f1 };
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const overlap = (a: Span, b: Span) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** Pairs of (gold index, predicted index) whose spans overlap, one-to-one, greedy by overlap. */
export function fuzzyPairs(gold: readonly Span[], pred: readonly Span[]): [number, number][] {
  const candidates: [number, number, number][] = [];
  const order = pred.map((_, i) => i).sort((a, b) => pred[a].start - pred[b].start);
  for (let g = 0; g < gold.length; g++) {
    for (const p of order) {
      if (pred[p].start >= gold[g].end) break;
      // Zero-width spans overlap nothing; a touching span (end === start) is no overlap.
      const o = overlap(gold[g], pred[p]);
      if (o > 0) candidates.push([o, g, p]);
    }
  }
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedG = new Uint8Array(gold.length);
  const usedP = new Uint8Array(pred.length);
  const pairs: [number, number][] = [];
  for (const [, g, p] of candidates) {
    if (usedG[g] || usedP[p]) continue;
    usedG[g] = 1;
    usedP[p] = 1;
    pairs.push([g, p]);
  }
  return pairs;
}

/** Pairs of (gold index, predicted index) with identical offsets, one-to-one. */
export function strictPairs(gold: readonly Span[], pred: readonly Span[]): [number, number][] {
  const byKey = new Map<string, number[]>();
  pred.forEach((p, i) => {
    const k = `${p.start}:${p.end}`;
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  const pairs: [number, number][] = [];
  gold.forEach((g, i) => {
    const list = byKey.get(`${g.start}:${g.end}`);
    const p = list?.shift();
    if (p !== undefined) pairs.push([i, p]);
  });
  return pairs;
}

export interface ValueCounts {
  /** Gold spans carrying a normalized value. */
  gold: number;
  strictMatched: number;
  strictCorrect: number;
  fuzzyMatched: number;
  fuzzyCorrect: number;
}

export interface TypeScore {
  type: string;
  gold: number;
  predicted: number;
  strict: PRF;
  fuzzy: PRF;
  /** Date values (TimeML): our `value` equal to the gold value, on matched spans. */
  values?: ValueCounts & { strictAccuracy: number; fuzzyAccuracy: number };
}

export interface SpanValue extends Span {
  value?: string | null;
}

/** Accumulates strict and fuzzy counts per type over documents. */
export class SpanScorer {
  private strict = new Map<string, Counts>();
  private fuzzy = new Map<string, Counts>();
  private goldN = new Map<string, number>();
  private predN = new Map<string, number>();
  private values = new Map<string, ValueCounts>();

  constructor(readonly types: readonly string[]) {
    for (const t of types) {
      this.strict.set(t, zero());
      this.fuzzy.set(t, zero());
      this.goldN.set(t, 0);
      this.predN.set(t, 0);
    }
  }

  /** Gold and predicted spans of one document; spans of types not scored must be left out. */
  add(gold: readonly SpanValue[], pred: readonly SpanValue[]): void {
    for (const type of this.types) {
      const g = gold.filter((s) => s.type === type);
      const p = pred.filter((s) => s.type === type);
      this.goldN.set(type, this.goldN.get(type)! + g.length);
      this.predN.set(type, this.predN.get(type)! + p.length);
      const sp = strictPairs(g, p);
      const fp = fuzzyPairs(g, p);
      const s = this.strict.get(type)!;
      s.tp += sp.length;
      s.fp += p.length - sp.length;
      s.fn += g.length - sp.length;
      const f = this.fuzzy.get(type)!;
      f.tp += fp.length;
      f.fp += p.length - fp.length;
      f.fn += g.length - fp.length;
      if (g.some((x) => x.value !== undefined)) {
        let v = this.values.get(type);
        if (!v) this.values.set(type, (v = { gold: 0, strictMatched: 0, strictCorrect: 0, fuzzyMatched: 0, fuzzyCorrect: 0 }));
        v.gold += g.filter((x) => x.value !== undefined).length;
        for (const [gi, pi] of sp) {
          if (g[gi].value === undefined) continue;
          v.strictMatched++;
          if (sameValue(g[gi].value, p[pi].value)) v.strictCorrect++;
        }
        for (const [gi, pi] of fp) {
          if (g[gi].value === undefined) continue;
          v.fuzzyMatched++;
          if (sameValue(g[gi].value, p[pi].value)) v.fuzzyCorrect++;
        }
      }
    }
  }

  result(): { perType: TypeScore[]; overall: { gold: number; predicted: number; strict: PRF; fuzzy: PRF } } {
    const perType: TypeScore[] = this.types.map((type) => {
      const ts: TypeScore = {
        type,
        gold: this.goldN.get(type)!,
        predicted: this.predN.get(type)!,
        strict: prf(this.strict.get(type)!),
        fuzzy: prf(this.fuzzy.get(type)!),
      };
      const v = this.values.get(type);
      if (v) {
        ts.values = {
          ...v,
          strictAccuracy: v.strictMatched ? v.strictCorrect / v.strictMatched : 0,
          fuzzyAccuracy: v.fuzzyMatched ? v.fuzzyCorrect / v.fuzzyMatched : 0,
        };
      }
      return ts;
    });
    const sum = (m: Map<string, Counts>) => {
      const c = zero();
      for (const x of m.values()) {
        c.tp += x.tp;
        c.fp += x.fp;
        c.fn += x.fn;
      }
      return prf(c);
    };
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    return {
      perType,
      overall: { gold: total(this.goldN), predicted: total(this.predN), strict: sum(this.strict), fuzzy: sum(this.fuzzy) },
    };
  }
}

/**
 * Values are compared as ISO strings, modulo two notations that say the same thing: a TimeML
 * DATE never carries a time of day (the corpus marks "à 18 h" as a separate TIME), while our
 * date value includes an attached time ("1999-09-16T18:00" is the DATE "1999-09-16" + 18:00);
 * and the corpus writes decades "196X" where TimeML's guideline and our record write "196".
 */
export function sameValue(gold: string | null | undefined, ours: string | null | undefined): boolean {
  if (gold === undefined || gold === null || ours === undefined || ours === null) return false;
  if (gold === ours) return true;
  const g = gold.replace(/X+$/, '');
  const o = gold.includes('T') ? ours : ours.replace(/T[\d:]+$/, '');
  return g === o;
}

/**
 * Sentence boundaries: the end offsets of sentences, compared as sets. The end of the
 * document is left out — every segmenter gets it right, and counting it would flatter short
 * documents. Trailing whitespace is not part of a sentence, so ends are moved back over it.
 */
export class BoundaryScorer {
  private c = zero();
  gold = 0;
  predicted = 0;

  add(text: string, gold: readonly { start: number; end: number }[], pred: readonly { start: number; end: number }[]): void {
    const cps = [...text];
    const docEnd = trimEnd(cps, cps.length);
    const ends = (spans: readonly { start: number; end: number }[]) => {
      const set = new Set<number>();
      for (const s of spans) {
        const e = trimEnd(cps, Math.min(s.end, cps.length));
        if (e > 0 && e < docEnd && e > s.start) set.add(e);
      }
      return set;
    };
    const g = ends(gold);
    const p = ends(pred);
    let tp = 0;
    for (const e of p) if (g.has(e)) tp++;
    this.c.tp += tp;
    this.c.fp += p.size - tp;
    this.c.fn += g.size - tp;
    this.gold += g.size;
    this.predicted += p.size;
  }

  result(): PRF & { gold: number; predicted: number } {
    return { ...prf(this.c), gold: this.gold, predicted: this.predicted };
  }
}

function trimEnd(cps: string[], end: number): number {
  while (end > 0 && /\s/u.test(cps[end - 1])) end--;
  return end;
}

/** ISO 639-3 codes franc may give for the languages of our test sets, to their 639-1 code. */
const ISO3_TO_1: Record<string, string> = {
  fra: 'fr', eng: 'en', spa: 'es', ita: 'it', por: 'pt', deu: 'de', nld: 'nl', arb: 'ar', ara: 'ar',
  cat: 'ca', ron: 'ro', lat: 'la', swh: 'sw', swa: 'sw', yor: 'yo', som: 'so', hau: 'ha', wol: 'wo',
  ewe: 'ee', lin: 'ln',
};

export function normalizeLanguage(code: string): string {
  const c = code.toLowerCase();
  return ISO3_TO_1[c] ?? c;
}

export interface LanguageGroupScore {
  group: string;
  texts: number;
  /** Detected code equal to the label. */
  accuracy: number;
  french: number;
  /** Share of French texts whose `language.code` is "fr". */
  frenchRecall: number;
  /** Share of French texts processed as French: code "fr" or not reliable (processed as French anyway). */
  frenchProcessed: number;
  other: number;
  /** Share of other-language texts whose `language.code` is "fr". */
  falseFrench: number;
  /** Share of other-language texts processed as French (code "fr", or not reliable). */
  falseFrenchProcessed: number;
  /** Per other language: share taken for French by code. */
  falseFrenchByLanguage: Record<string, number>;
}

interface LangCounts {
  texts: number;
  correct: number;
  french: number;
  frenchCode: number;
  frenchProcessed: number;
  other: number;
  otherCode: number;
  otherProcessed: number;
  perLang: Map<string, { n: number; fr: number }>;
}

/** Language identification counts, per group (text length class) and overall. */
export class LanguageScorer {
  private groups = new Map<string, LangCounts>();

  add(group: string, label: string, detected: { code: string; reliable: boolean }): void {
    for (const g of [group, 'all']) {
      let c = this.groups.get(g);
      if (!c) {
        c = { texts: 0, correct: 0, french: 0, frenchCode: 0, frenchProcessed: 0, other: 0, otherCode: 0, otherProcessed: 0, perLang: new Map() };
        this.groups.set(g, c);
      }
      const gold = normalizeLanguage(label);
      const code = normalizeLanguage(detected.code);
      const isFr = code === 'fr';
      const processed = isFr || !detected.reliable;
      c.texts++;
      if (code === gold) c.correct++;
      if (gold === 'fr') {
        c.french++;
        if (isFr) c.frenchCode++;
        if (processed) c.frenchProcessed++;
      } else {
        c.other++;
        if (isFr) c.otherCode++;
        if (processed) c.otherProcessed++;
        let l = c.perLang.get(gold);
        if (!l) c.perLang.set(gold, (l = { n: 0, fr: 0 }));
        l.n++;
        if (isFr) l.fr++;
      }
    }
  }

  result(): LanguageGroupScore[] {
    const r = (a: number, b: number) => (b ? a / b : 0);
    const names = [...this.groups.keys()].filter((g) => g !== 'all').sort();
    if (names.length > 1 || names.length === 0) names.push('all');
    return names
      .filter((g) => this.groups.has(g))
      .map((group) => {
        const c = this.groups.get(group)!;
        return {
          group,
          texts: c.texts,
          accuracy: r(c.correct, c.texts),
          french: c.french,
          frenchRecall: r(c.frenchCode, c.french),
          frenchProcessed: r(c.frenchProcessed, c.french),
          other: c.other,
          falseFrench: r(c.otherCode, c.other),
          falseFrenchProcessed: r(c.otherProcessed, c.other),
          falseFrenchByLanguage: Object.fromEntries([...c.perLang].sort().map(([k, v]) => [k, r(v.fr, v.n)])),
        };
      });
  }
}
