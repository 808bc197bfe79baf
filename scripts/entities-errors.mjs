#!/usr/bin/env node
/**
 * Dev-set error listing for entity work: every false positive and false negative (strict) of
 * person/place/organization, with a window of text, one per line, tab-separated:
 *   kind  type  surface  [overlap: type surface]  context
 * kind: FP (predicted, no exact gold), FN (gold, no exact prediction); an overlapping item is shown.
 *   node scripts/entities-errors.mjs --gold <file|dir> --format conll|brat|hipe [--max-docs N]
 * Only for dev splits (see HELPERS.md): never point it at a test file.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const gold = opt('--gold');
const format = opt('--format', 'conll');
const maxDocs = Number(opt('--max-docs', 1e9));
if (/test/i.test(gold)) throw new Error('test files are not for error analysis');
const { extract } = await import('../dist/index.js');
const { readConll } = await import('../dist/eval/readers/conll.js');
const { readBratPair } = await import('../dist/eval/readers/brat.js');
const { readHipe } = await import('../dist/eval/readers/hipe.js');
const TYPES = new Set(['person', 'place', 'organization']);

const files = [];
const walk = (p) => (statSync(p).isDirectory() ? readdirSync(p).sort().forEach((n) => walk(join(p, n))) : files.push(p));
walk(gold);
let docs = [];
for (const f of files) {
  if (format === 'brat' && !f.endsWith('.ann')) continue;
  const src = readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
  const c = format === 'brat' ? readBratPair(readFileSync(f.slice(0, -4) + '.txt', 'utf8').replace(/^\uFEFF/, ''), src, relative(gold, f) || f)
    : format === 'hipe' ? readHipe(src, f) : readConll(src, f, {});
  docs.push(...c.documents.slice(0, maxDocs));
}
const ab = (s) => [...s];
for (const doc of docs) {
  const cps = ab(doc.text);
  const rec = extract(doc.text, doc.documentDate ? { id: doc.id, referenceDate: doc.documentDate } : { id: doc.id });
  const g = doc.entities.filter((e) => TYPES.has(e.type));
  const unj = format === 'brat' ? doc.entities.filter((e) => !TYPES.has(e.type) && !e.type.startsWith('comp.') && !['date', 'rank', 'title'].includes(e.type)) : [];
  const p = rec.entities.filter((e) => TYPES.has(e.type) && !unj.some((u) => u.start <= e.start && e.end <= u.end));
  const key = (e) => `${e.type}:${e.start}:${e.end}`;
  const gk = new Set(g.map(key));
  const pk = new Set(p.map(key));
  const surf = (e) => cps.slice(e.start, e.end).join('');
  const ctx = (e) => (cps.slice(Math.max(0, e.start - 50), e.start).join('') + '[[' + surf(e) + ']]' + cps.slice(e.end, e.end + 40).join('')).replace(/\s+/g, ' ');
  const ov = (e, list) => list.filter((o) => o.start < e.end && e.start < o.end).map((o) => `${o.type}:${surf(o)}`).join('|');
  for (const e of p) if (!gk.has(key(e))) console.log(['FP', e.type, surf(e), ov(e, g), ctx(e)].join('\t'));
  for (const e of g) if (!pk.has(key(e))) console.log(['FN', e.type, surf(e), ov(e, p), ctx(e)].join('\t'));
}
