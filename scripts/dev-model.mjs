#!/usr/bin/env node
/**
 * Scores an NER model file on the evaluation corpora (standalone, no rules), and measures speed.
 *
 *   node scripts/dev-model.mjs [--model data/model/ner-fr.bin] [--sets wikineuralVal,hipe2020Dev] [--speed]
 *
 * Sets: wikineuralVal wikineuralTest hipe2020Dev hipe2020Test newseyeTest (test sets: report once).
 * Strict = same type and exact span; fuzzy = same type and overlapping span (HIPE "fuzzy").
 * HIPE person gold spans include titles/functions; "strict-trim" scores against gold trimmed
 * to the name, as the model is trained to produce.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CORPORA, loadModelLib, readCorpus } from './train-model.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};

function score(docs, predictFor) {
  const types = ['person', 'place', 'organization'];
  const s = { strict: { tp: 0, fp: 0, fn: 0 }, fuzzy: { tp: 0, fp: 0, fn: 0 } };
  const perType = Object.fromEntries(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const doc of docs) {
    const gold = doc.entities.filter((e) => types.includes(e.type));
    const pred = predictFor(doc)(doc.text).filter((e) => types.includes(e.type));
    const exact = new Set(gold.map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const p of pred) {
      const k = `${p.start}:${p.end}:${p.type}`;
      if (exact.delete(k)) {
        s.strict.tp++;
        perType[p.type].tp++;
      } else {
        s.strict.fp++;
        perType[p.type].fp++;
      }
    }
    s.strict.fn += exact.size;
    for (const k of exact) perType[k.split(':')[2]].fn++;
    const used = new Uint8Array(gold.length);
    for (const p of pred) {
      let hit = -1;
      for (let i = 0; i < gold.length; i++) {
        const g = gold[i];
        if (!used[i] && g.type === p.type && g.start < p.end && p.start < g.end) {
          hit = i;
          break;
        }
      }
      if (hit >= 0) {
        used[hit] = 1;
        s.fuzzy.tp++;
      } else s.fuzzy.fp++;
    }
    s.fuzzy.fn += used.length - used.reduce((a, b) => a + b, 0);
  }
  const f = ({ tp, fp, fn }) => {
    const p = tp / Math.max(1, tp + fp);
    const r = tp / Math.max(1, tp + fn);
    return { p: +p.toFixed(3), r: +r.toFixed(3), f1: +((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3) };
  };
  return {
    strict: f(s.strict),
    fuzzy: f(s.fuzzy),
    byType: Object.fromEntries(Object.entries(perType).map(([t, v]) => [t, f(v).f1])),
  };
}

const lib = await loadModelLib();
const modelPath = resolve(opt('--model', join(ROOT, 'data/model/ner-fr.bin')));
const t0 = performance.now();
const c0 = process.cpuUsage();
const model = lib.loadModel(modelPath);
const c1 = process.cpuUsage(c0);
console.log(`model ${modelPath}: loaded in ${(performance.now() - t0).toFixed(1)} ms wall, ${((c1.user + c1.system) / 1000).toFixed(1)} ms CPU`);
const predict = (text) => lib.tagEntities(text, undefined, model);
// With the corpus's token boundaries (HIPE scores on its tokens; OCR glues words annotators split).
const predictOn = (doc) => (text) => lib.tagEntities(text, lib.refineTokens(text, lib.tokenize(text), doc.tokens ?? []), model);
for (const set of opt('--sets', 'wikineuralVal,hipe2020Dev').split(',').filter(Boolean)) {
  const docs = readCorpus(lib, CORPORA[set]);
  const res = score(docs, () => predict);
  const line = { set, docs: docs.length, strict: res.strict, fuzzy: res.fuzzy, strictF1ByType: res.byType };
  if (set.startsWith('hipe') || set.startsWith('newseye')) {
    line.strictTrim = score(docs.map(lib.trimPersonSpans), () => predict).strict;
    const g = score(docs, predictOn);
    line.corpusTokens = { strict: g.strict, fuzzy: g.fuzzy, strictTrim: score(docs.map(lib.trimPersonSpans), predictOn).strict };
  }
  console.log(JSON.stringify(line));
}
if (args.includes('--speed')) {
  const seedsDir = join(ROOT, 'fixtures/seeds');
  const seeds = readdirSync(seedsDir).map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  const wiki = readFileSync(CORPORA.wikineuralVal, 'utf8').split('\n').map((l) => l.split('\t')[1] ?? '').join(' ');
  for (const [name, text] of [['seeds x40', seeds.join('\n\n').repeat(40)], ['wikineural val tokens', wiki]]) {
    const bytes = Buffer.byteLength(text);
    predict(text.slice(0, 20000)); // warm-up
    // CPU time, not wall time: the machine is shared, and the figure wanted is per core.
    const t = performance.now();
    const c = process.cpuUsage();
    const spans = predict(text);
    const cpu = process.cpuUsage(c);
    const s = (cpu.user + cpu.system) / 1e6;
    const wall = (performance.now() - t) / 1000;
    console.log(`${name}: ${(bytes / 1e6).toFixed(2)} MB in ${s.toFixed(2)} s CPU (${wall.toFixed(2)} s wall) = ${(bytes / 1e6 / s).toFixed(2)} MB/s per core, ${spans.length} spans`);
  }
}
