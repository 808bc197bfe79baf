/**
 * Scoring events per type. A gold event is found when a predicted event of the same type
 * overlaps its trigger, or names one of its persons, or (attacks, meetings) its place; each
 * prediction matches at most one gold event. Matched events score their arguments: those the
 * gold line gives (a key present, null included), and an attack's toll always.
 */
import type { EventRecord } from '../../types.js';
import { foldKey } from '../../text/normalize.js';
import type { GoldEvent } from './reader.js';

export interface TypeCounts { type: string; gold: number; predicted: number; matched: number; precision: number; recall: number; f1: number }
export interface ArgumentScore { argument: string; scored: number; correct: number; accuracy: number }

const ARGUMENTS = ['persons', 'post', 'rank', 'place', 'date', 'fatalities', 'injured', 'perpetrator', 'replaces'] as const;

const fold = (s: string) => foldKey(s).replace(/^(?:le|la|les|l')\s*/, '').replace(/[-‐]/g, ' ');

/** Names compare folded; one may hold the other ("Goïta" and "Assimi Goïta"). */
export function sameSurface(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  const x = fold(a);
  const y = fold(b);
  return x === y || (x.length >= 3 && y.length >= 3 && (x.includes(y) || y.includes(x)));
}

function triggerOffsets(text: string, surface: string): [number, number][] {
  const cps = [...text];
  const folded = cps.map((c) => foldKey(c) || c).join('');
  const needle = cps.length === folded.length ? fold(surface) : null;
  const out: [number, number][] = [];
  if (!needle) return out;
  let at = folded.indexOf(needle);
  while (at >= 0) {
    out.push([at, at + [...needle].length]);
    at = folded.indexOf(needle, at + 1);
  }
  return out;
}

export interface PredictedEvent { record: EventRecord; persons: string[]; place: string | null; placeText: string | null; date: string | null; perpetrator: string | null; replaces: string | null }

/** `entities` gives the place as written too ("Myanmar", normalized "Birmanie"). */
export function predictedView(e: EventRecord, entities: { text: string }[] = []): PredictedEvent {
  return { record: e, persons: e.persons.map((p) => p.name), place: e.place?.name ?? null, placeText: e.place ? entities[e.place.entity]?.text ?? null : null, date: e.date?.value ?? null, perpetrator: e.perpetrator?.name ?? null, replaces: e.replaces?.name ?? null };
}

function matches(text: string, g: GoldEvent, p: PredictedEvent): boolean {
  if (g.type !== p.record.type) return false;
  if (g.trigger) {
    for (const [s, e] of triggerOffsets(text, g.trigger)) if (p.record.trigger.start < e && s < p.record.trigger.end) return true;
  }
  if (g.persons?.some((n) => p.persons.some((q) => sameSurface(n, q)))) return true;
  if ((g.type === 'attack' || g.type === 'meeting') && g.place && p.place && (sameSurface(g.place, p.place) || sameSurface(g.place, p.placeText))) return true;
  return false;
}

function argumentCorrect(arg: (typeof ARGUMENTS)[number], g: GoldEvent, p: PredictedEvent): boolean {
  switch (arg) {
    case 'persons': {
      const gold = g.persons ?? [];
      return gold.length === p.persons.length && gold.every((n) => p.persons.some((q) => sameSurface(n, q)));
    }
    case 'fatalities':
      return (g.fatalities ?? null) === p.record.fatalities;
    case 'injured':
      return (g.injured ?? null) === p.record.injured;
    case 'date':
      return (g.date ?? null) === p.date;
    case 'post':
      return sameSurface(g.post, p.record.post);
    case 'rank':
      return sameSurface(g.rank, p.record.rank);
    case 'place':
      return sameSurface(g.place, p.place) || (p.placeText !== null && sameSurface(g.place, p.placeText));
    case 'perpetrator':
      return sameSurface(g.perpetrator, p.perpetrator);
    case 'replaces':
      return sameSurface(g.replaces, p.replaces);
  }
}

export class EventScorer {
  private readonly counts = new Map<string, { gold: number; predicted: number; matched: number }>();
  private readonly args = new Map<string, { scored: number; correct: number }>();
  readonly misses: { id: string; kind: 'missed' | 'spurious' | 'argument'; detail: string }[] = [];

  private count(type: string) {
    let c = this.counts.get(type);
    if (!c) this.counts.set(type, (c = { gold: 0, predicted: 0, matched: 0 }));
    return c;
  }

  add(id: string, text: string, gold: GoldEvent[], predicted: EventRecord[], entities: { text: string }[] = []): void {
    const preds = predicted.map((e) => predictedView(e, entities));
    const used = new Set<number>();
    for (const p of preds) this.count(p.record.type).predicted++;
    for (const g of gold) {
      this.count(g.type).gold++;
      // a prediction naming the gold person first: the same trigger words may recur ("le décès")
      let k = preds.findIndex((p, i) => !used.has(i) && matches(text, g, p) && (g.persons ?? []).some((n) => p.persons.some((q) => sameSurface(n, q))));
      if (k < 0) k = preds.findIndex((p, i) => !used.has(i) && matches(text, g, p));
      if (k < 0) {
        this.misses.push({ id, kind: 'missed', detail: `${g.type} "${g.trigger ?? ''}"` });
        continue;
      }
      used.add(k);
      this.count(g.type).matched++;
      for (const arg of ARGUMENTS) {
        const given = arg in g || (arg === 'fatalities' && g.type === 'attack');
        if (!given) continue;
        const a = this.args.get(arg) ?? { scored: 0, correct: 0 };
        a.scored++;
        if (argumentCorrect(arg, g, preds[k])) a.correct++;
        else this.misses.push({ id, kind: 'argument', detail: `${g.type} ${arg}: gold ${JSON.stringify(arg === 'persons' ? g.persons : (g as unknown as Record<string, unknown>)[arg] ?? null)}, predicted ${JSON.stringify(arg === 'persons' ? preds[k].persons : arg === 'place' ? preds[k].place : arg === 'date' ? preds[k].date : (preds[k].record as unknown as Record<string, unknown>)[arg])}` });
        this.args.set(arg, a);
      }
    }
    preds.forEach((p, i) => { if (!used.has(i)) this.misses.push({ id, kind: 'spurious', detail: `${p.record.type} "${p.record.trigger.text}"` }); });
  }

  perType(): TypeCounts[] {
    const out: TypeCounts[] = [];
    for (const [type, c] of [...this.counts].sort((a, b) => a[0].localeCompare(b[0]))) out.push({ type, ...c, ...prf(c.matched, c.predicted, c.gold) });
    return out;
  }

  overall(): TypeCounts {
    let gold = 0, predicted = 0, matched = 0;
    for (const c of this.counts.values()) { gold += c.gold; predicted += c.predicted; matched += c.matched; }
    return { type: 'all', gold, predicted, matched, ...prf(matched, predicted, gold) };
  }

  argumentScores(): ArgumentScore[] {
    return ARGUMENTS.filter((a) => this.args.has(a)).map((a) => {
      const s = this.args.get(a)!;
      return { argument: a, ...s, accuracy: s.scored ? round(s.correct / s.scored) : 0 };
    });
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function prf(matched: number, predicted: number, gold: number) {
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}
