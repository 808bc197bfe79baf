#!/usr/bin/env node
/**
 * Where the time goes: CPU milliseconds per pipeline stage over the seeds and MasakhaNEWS dev
 * articles (after one warm-up round). Run after `npm run build`:
 *   node scripts/profile-stages.mjs [rounds]
 *   node scripts/profile-stages.mjs --distinct   # each distinct article once, first seen, no warm-up
 * For function-level detail: node --cpu-prof scripts/profile-stages.mjs, then open the
 * .cpuprofile in Chrome DevTools.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PIPELINE, buildRecord, createDoc, releaseTokenTable, releaseWordIndex, root, tokenTableOf } from './pipeline-modules.mjs';

const distinct = process.argv.includes('--distinct');
const seeds = join(root, 'fixtures/seeds');
const texts = distinct ? (await import('./distinct-corpus.mjs')).distinctArticles().docs.map((d) => d.text) : readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f), 'utf8'));
const masakha = join(root, '../shared/data/masakhanews-fra/dev.tsv');
if (distinct) {
  // the distinct corpus already holds the seeds and MasakhaNEWS
} else if (existsSync(masakha)) {
  for (const line of readFileSync(masakha, 'utf8').split('\n').slice(1)) {
    const text = line.split('\t').slice(1).join('\n');
    if (text.length > 500) texts.push(text);
  }
} else {
  console.log(`(${masakha} is absent: seeds only)`);
}
const rounds = distinct ? 0 : Number(process.argv[2] ?? 3);
const total = new Map();
let bytes = 0;
const time = (name, fn) => {
  const a = process.cpuUsage();
  fn();
  const d = process.cpuUsage(a);
  return (d.user + d.system) / 1000;
};
for (let round = 0; round <= rounds; round++) {
  for (const text of texts) {
    const doc = createDoc(text, {});
    // as extract() does: the token table is built once before the stages, not by whichever
    // stage first asks for it, and is timed on its own row
    const tokensMs = time('tokens', () => tokenTableOf(doc.text));
    if (round > 0 || distinct) total.set('tokens', (total.get('tokens') ?? 0) + tokensMs);
    for (const stage of DEFAULT_PIPELINE) {
      const ms = time(stage.name, () => stage.run(doc));
      if (round > 0 || distinct) total.set(stage.name, (total.get(stage.name) ?? 0) + ms);
    }
    const ms = time('record', () => buildRecord(doc));
    if (round > 0 || distinct) {
      total.set('record', (total.get('record') ?? 0) + ms);
      bytes += Buffer.byteLength(text);
    }
    // as extract() does after the record: the next document starts from fresh per-document state
    releaseWordIndex();
    releaseTokenTable();
  }
}
const sum = [...total.values()].reduce((a, b) => a + b, 0);
console.log(`${texts.length} documents × ${distinct ? '1 round, first seen' : `${rounds} rounds`}, ${(bytes / 1e6).toFixed(1)} MB in ${(sum / 1000).toFixed(2)} CPU s: ${(bytes / 1e3 / sum).toFixed(2)} MB per CPU-second`);
console.log('| stage | CPU ms | share | MB/s alone |\n|---|---:|---:|---:|');
for (const [name, ms] of [...total].sort((a, b) => b[1] - a[1])) {
  console.log(`| ${name} | ${ms.toFixed(0)} | ${((100 * ms) / sum).toFixed(1)}% | ${(bytes / 1e3 / ms).toFixed(1)} |`);
}
