// Child process of size.test.ts: times extract() from a compiled build on one text file, outside
// jest's module sandbox (whose global lookups slow hot loops by an order of magnitude).
// usage: node --expose-gc measure.mjs <dist dir> <text file | -> [record output file]
// With "-" it only reports the heap that the loaded lexicons and model occupy (the baseline).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, textFile, recordFile] = process.argv.slice(2);
const { extract } = await import(pathToFileURL(join(dist, 'extract.js')).href);
const { DEFAULT_PIPELINE } = await import(pathToFileURL(join(dist, 'pipeline', 'stages.js')).href);

const text = textFile === '-' ? '' : readFileSync(textFile, 'utf8');
const stages = {};
const pipeline = DEFAULT_PIPELINE.map((s) => ({
  ...s,
  run(doc) {
    const t0 = performance.now();
    try {
      s.run(doc);
    } finally {
      stages[s.name] = (stages[s.name] ?? 0) + performance.now() - t0;
    }
  },
}));
// load lexicons, gazetteer and model outside the measurement
extract('Le général de brigade Moussa Diawara est arrivé à Bamako le 6 novembre 2024 avec la MINUSMA (Mission des Nations unies).', {}, pipeline);
for (const k of Object.keys(stages)) delete stages[k];

globalThis.gc();
const heapBefore = process.memoryUsage().heapUsed;
if (textFile === '-') {
  process.stdout.write(JSON.stringify({ baseline: heapBefore }));
  process.exit(0);
}
const t0 = performance.now();
const rec = extract(text, {}, pipeline);
const ms = performance.now() - t0;
const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
stages.record = ms - Object.values(stages).reduce((a, b) => a + b, 0);
globalThis.gc();
const heapRetained = process.memoryUsage().heapUsed - heapBefore;
if (recordFile) writeFileSync(recordFile, JSON.stringify(rec));
process.stdout.write(JSON.stringify({ ms, stages, heapGrowth, heapRetained, entities: rec.entities.length, sentences: rec.sentences.length }));
