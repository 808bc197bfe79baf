/**
 * `extrait eval --format events`: run the pipeline on each gold document's text and score its
 * events (src/eval/events/score.ts).
 */
import { extract } from '../../extract.js';
import type { ExtraitRecord } from '../../types.js';
import { readGoldEvents } from './reader.js';
import { EventScorer, type ArgumentScore, type TypeCounts } from './score.js';

export interface EventEvalReport {
  format: 'events';
  gold: string;
  documents: number;
  perType: TypeCounts[];
  overall: TypeCounts;
  arguments: ArgumentScore[];
  /** Every missed, spurious or wrong-argument event, for reading the errors. */
  errors: { id: string; kind: string; detail: string }[];
}

export function evaluateEvents(gold: string, options: { dataDir?: string; extractFn?: (text: string, o: { id?: string; inputDate?: string }) => ExtraitRecord } = {}): EventEvalReport {
  const docs = readGoldEvents(gold, options.dataDir);
  const run = options.extractFn ?? extract;
  const scorer = new EventScorer();
  for (const d of docs) {
    const rec = run(d.text, { id: d.id, inputDate: d.date });
    scorer.add(d.id, d.text, d.events, rec.events ?? [], rec.entities);
  }
  return { format: 'events', gold, documents: docs.length, perType: scorer.perType(), overall: scorer.overall(), arguments: scorer.argumentScores(), errors: scorer.misses };
}

export function formatEventsReport(r: EventEvalReport): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  const lines = [`events: ${r.gold} (${r.documents} documents)`, '', 'type          gold  pred  match      P      R     F1'];
  for (const t of [...r.perType, r.overall]) lines.push(`${t.type.padEnd(12)} ${String(t.gold).padStart(5)} ${String(t.predicted).padStart(5)} ${String(t.matched).padStart(6)}  ${pct(t.precision)}  ${pct(t.recall)}  ${pct(t.f1)}`);
  lines.push('', 'argument      scored  correct  accuracy');
  for (const a of r.arguments) lines.push(`${a.argument.padEnd(12)} ${String(a.scored).padStart(7)} ${String(a.correct).padStart(8)}  ${pct(a.accuracy)}`);
  return lines.join('\n') + '\n';
}
