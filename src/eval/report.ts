/**
 * The eval report as an aligned table for a terminal. Plain text: the figures must survive a
 * copy into an issue or a commit message.
 */
import type { EvalReport } from './run.js';
import type { PRF } from './score.js';

const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function table(rows: string[][], rightAlignFrom = 1): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) => r.map((cell, c) => (c >= rightAlignFrom ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd())
    .join('\n');
}

const prfCells = (p: PRF) => [f3(p.precision), f3(p.recall), f3(p.f1)];

export function formatReport(r: EvalReport): string {
  const out: string[] = [];
  out.push(
    `extrait eval: ${r.format}, ${r.gold}: ${r.files} file${r.files === 1 ? '' : 's'}, ${r.documents} documents, ` +
      `${r.characters.toLocaleString('en-US')} characters, ${r.seconds.toFixed(1)} s`,
  );
  if (r.entities) {
    const skipped = Object.entries(r.skipped).map(([k, v]) => `${k}: ${v}`);
    out.push(`gold entities: ${r.entitiesRead} read, ${r.entitiesScored} scored${skipped.length ? `; not scored: ${skipped.join(', ')}` : ''}`);
    const ignored = Object.entries(r.predictionsIgnored).map(([k, v]) => `${k}: ${v}`);
    if (ignored.length) out.push(`our predictions not scored: ${ignored.join(', ')}`);
    out.push('');
    const rows = [
      ['type', 'gold', 'ours', 'strict P', 'R', 'F1', 'fuzzy P', 'R', 'F1'],
      ...r.entities.perType.map((t) => [t.type, String(t.gold), String(t.predicted), ...prfCells(t.strict), ...prfCells(t.fuzzy)]),
    ];
    if (r.entities.perType.length > 1) {
      const o = r.entities.overall;
      rows.push(['all (micro)', String(o.gold), String(o.predicted), ...prfCells(o.strict), ...prfCells(o.fuzzy)]);
    }
    out.push(table(rows));
    for (const t of r.entities.perType) {
      if (!t.values) continue;
      const v = t.values;
      out.push(
        '',
        `${t.type} values (gold value = our value): strict matches ${v.strictCorrect}/${v.strictMatched} (${f3(v.strictAccuracy)}), ` +
          `fuzzy matches ${v.fuzzyCorrect}/${v.fuzzyMatched} (${f3(v.fuzzyAccuracy)}), of all ${v.gold} gold values ${f3(v.gold ? v.fuzzyCorrect / v.gold : 0)}`,
      );
    }
  }
  if (r.components) {
    const c = r.components;
    out.push(
      '',
      `person title/function components vs our rank/title (${c.goldTitles} titles, ${c.goldFunctions} functions; ${c.predicted} of ours located, ${c.unlocated} not found near their person):`,
      table([
        ['', 'P', 'R', 'F1', 'title R', 'function R'],
        ['components', ...prfCells(c), f3(c.titleRecall), f3(c.functionRecall)],
      ]),
    );
    const other = Object.entries(c.notScored).map(([k, v]) => `${k}: ${v}`);
    if (other.length) out.push(`components not compared (no such field in our records): ${other.join(', ')}`);
  }
  if (r.sentences) {
    const s = r.sentences;
    out.push(
      '',
      'sentence boundaries (end offsets, document ends excluded):',
      table([
        ['', 'gold', 'ours', 'P', 'R', 'F1'],
        ['sentences', String(s.gold), String(s.predicted), ...prfCells(s)],
      ]),
    );
  }
  if (r.language) {
    out.push(
      '',
      table([
        ['group', 'texts', 'accuracy', 'fr recall', 'other→fr', 'fr processed', 'other processed as fr'],
        ...r.language.map((g) => [
          g.group, String(g.texts), f3(g.accuracy), g.french ? f3(g.frenchRecall) : '-', g.other ? pct(g.falseFrench) : '-',
          g.french ? f3(g.frenchProcessed) : '-', g.other ? pct(g.falseFrenchProcessed) : '-',
        ]),
      ]),
      '(recall and other→fr by language.code; "processed": code fr or not reliable, which the pipeline processes as French)',
    );
  }
  if (r.errors.length) out.push('', `${r.errors.length} documents failed in the pipeline; first: ${r.errors[0].id}: ${r.errors[0].message}`);
  if (r.notes.length) {
    out.push('', 'notes:');
    const shown = r.notes.slice(0, 20);
    for (const n of shown) out.push(`  ${n}`);
    if (r.notes.length > shown.length) out.push(`  … ${r.notes.length - shown.length} more (see --json)`);
  }
  return out.join('\n') + '\n';
}
