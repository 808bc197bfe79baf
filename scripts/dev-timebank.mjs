#!/usr/bin/env node
/**
 * Date recognition on FR-TimeBank (TIMEX3 type DATE): span F1 strict and relaxed, and value
 * accuracy on matched spans. Needs the compiled library: `npx tsc -p . && node scripts/dev-timebank.mjs`.
 *
 * Split (FR-TimeBank has none): files sorted by name, every 3rd (index 0, 3, 6…) is dev (36
 * files, for tuning), the others are test (72 files).
 * Options: --split dev|test|all (default dev), --chrono-only (chrono.fr alone, as a baseline),
 * --errors (print misses, false alarms and wrong values), --data DIR, --ranges-as-two (what-if:
 * a range mention is scored as its two ends, the mention's `ends` with their own words and
 * values, as FR-TimeBank writes "du 3 au 5 mai" as two DATE timexes "3" and "5 mai"; a range
 * without ends may match both timexes, its start and end values compared to each; shows what
 * the one-range record contract costs).
 *
 * Scoring: gold DATE timexes against our date mentions. A prediction that overlaps a gold
 * TIME/DURATION/SET timex and no DATE is neither right nor wrong (the corpus types "hier soir"
 * as TIME). Relaxed = overlapping spans, matched one to one in text order. Values: gold "196X"
 * is compared as "196" (our TimeML decade style); our time of day is dropped when the gold
 * value has none (FR-TimeBank annotates "samedi 5 juin" and "à 17 h" as two timexes).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const split = opt('--split', 'dev');
const chronoOnly = args.includes('--chrono-only');
const showErrors = args.includes('--errors');
const rangesAsTwo = args.includes('--ranges-as-two');
const dataDir = opt('--data', resolve(root, '../shared/data/fr-timebank/Data'));

const { readTimeML } = await import(join(root, 'dist/eval/readers/timeml.js'));
const { recognizeDates } = await import(join(root, 'dist/dates/index.js'));
if (args.includes('--nearest')) (await import(join(root, 'dist/dates/resolve.js'))).setNearestYear(true);

const files = readdirSync(dataDir).filter((f) => f.endsWith('.tml')).sort();
const chosen = files.filter((_, i) => split === 'all' || (split === 'dev') === (i % 3 === 0));

/** UTF-16 offset → code point offset. */
function cpIndex(text) {
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) map[++i] = cp;
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[i];
}

async function chronoBaseline(text, dct) {
  const chrono = await import('chrono-node');
  const [y, m, d] = dct.split('-').map(Number);
  const out = [];
  for (const r of chrono.fr.parse(text, new Date(y, m - 1, d, 12))) {
    const s = r.start;
    const p2 = (n) => String(n).padStart(2, '0');
    let value;
    if (s.isCertain('day') || s.isCertain('weekday')) value = `${s.get('year')}-${p2(s.get('month'))}-${p2(s.get('day'))}`;
    else if (s.isCertain('month')) value = `${s.get('year')}-${p2(s.get('month'))}`;
    else if (s.isCertain('year')) value = String(s.get('year'));
    else continue; // a time alone is no date
    out.push({ start: r.index, end: r.index + r.text.length, value });
  }
  return out;
}

const overlap = (a, b) => a.start < b.end && b.start < a.end;
const normGold = (v) => (v && /^\d{3}X$/.test(v) ? v.slice(0, 3) : v);

let tpS = 0, tpR = 0, nPred = 0, nGold = 0, valueOk = 0, valueN = 0, ignored = 0;
const errors = [];
for (const f of chosen) {
  const gold = readTimeML(readFileSync(join(dataDir, f), 'utf8'), f);
  const cp = cpIndex(gold.text);
  const raw = chronoOnly
    ? await chronoBaseline(gold.text, gold.documentDate)
    : recognizeDates(gold.text, { value: gold.documentDate, source: 'input' });
  const golds = gold.entities.filter((e) => e.type === 'date');
  const others = gold.entities.filter((e) => e.type !== 'date');
  // ranges as two: a range mention stands for its two ends, each with its own words and value
  let preds = raw.flatMap((m) => rangesAsTwo && m.ends?.length === 2
    ? m.ends.map((e) => ({ start: cp(e.start), end: cp(e.end), value: e.value }))
    : [{ start: cp(m.start), end: cp(m.end), value: m.value }]);
  preds = preds.filter((p) => {
    const skip = !golds.some((g) => overlap(g, p)) && others.some((o) => overlap(o, p));
    if (skip) ignored++;
    return !skip;
  });
  nPred += preds.length;
  nGold += golds.length;
  const used = new Set();
  const rangeUses = new Map();
  for (const g of golds) {
    let gi = preds.findIndex((p, i) => !used.has(i) && overlap(g, p));
    let rangeEnd = false;
    if (gi < 0 && rangesAsTwo) {
      gi = preds.findIndex((p, i) => rangeUses.get(i) === 1 && p.value?.includes('/') && overlap(g, p));
      rangeEnd = gi >= 0;
    }
    const gt = gold.text;
    const slice = (e) => [...gt].slice(e.start, e.end).join('');
    if (gi < 0) {
      errors.push(`MISS  ${f} [${slice(g)}] ${g.value}`);
      continue;
    }
    used.add(gi);
    const p = preds[gi];
    rangeUses.set(gi, (rangeUses.get(gi) ?? 0) + 1);
    tpR++;
    if (rangeEnd) nPred++; // the range counts as the two mentions it stands for
    if (p.start === g.start && p.end === g.end) tpS++;
    else errors.push(`SPAN  ${f} gold [${slice(g)}] pred [${slice(p)}]`);
    let pv = p.value;
    if (rangesAsTwo && pv?.includes('/')) pv = pv.split('/')[rangeEnd ? 1 : 0];
    const gv = normGold(g.value);
    if (pv && !gv.includes('T')) pv = pv.replace(/T[\d:]+$/, '');
    valueN++;
    if (pv === gv) valueOk++;
    else errors.push(`VALUE ${f} [${slice(g)}] gold ${gv} pred ${pv}`);
  }
  preds.forEach((p, i) => {
    if (!used.has(i)) errors.push(`FALSE ${f} [${[...gold.text].slice(p.start, p.end).join('')}] ${p.value}`);
  });
}
const f1 = (tp) => {
  const p = tp / nPred, r = tp / nGold;
  return { p: +p.toFixed(3), r: +r.toFixed(3), f1: +((2 * p * r) / (p + r)).toFixed(3) };
};
if (showErrors) console.log(errors.sort().join('\n'));
console.log(JSON.stringify({
  split, files: chosen.length, system: chronoOnly ? 'chrono.fr' : 'extrait',
  gold: nGold, predicted: nPred, ignoredOverlappingNonDate: ignored,
  strict: f1(tpS), relaxed: f1(tpR), valueAccuracy: +(valueOk / valueN).toFixed(3), valueMatched: valueN,
}));
