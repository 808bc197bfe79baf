// Throughput of the formatters on a ~4 MB synthetic record built from the seeds.
// Run after `npx tsc -p .` (reads dist/):  node tests/formats/bench.mjs   (ONLY=conll for one format)
import { readFileSync, readdirSync } from 'node:fs';
import { createFormatter } from '../../dist/formats/index.js';
// A synthetic record per seed: every occurrence of a few known names, dense like a real news page.
const dir = new URL('../../fixtures/seeds', import.meta.url).pathname;
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
let big = texts.join('\n\n🇲🇱\n\n');
while (big.length < 2_000_000) big += '\n\n' + big;
const cps = [...big];
const needles = ['Assimi GOÏTA', 'Bamako', 'Mali', 'Niger', 'AES', 'Général', '6 novembre 2024', 'Burkina Faso'];
const entities = [];
const u2cp = []; // map utf16 index -> cp lazily
let cp = 0; const map = new Int32Array(big.length + 1);
for (let i = 0; i < big.length; i++) { map[i] = cp; const c = big.charCodeAt(i); if (c >= 0xd800 && c <= 0xdbff) { map[i+1] = cp; i++; } cp++; }
map[big.length] = cp;
for (const n of needles) for (let i = big.indexOf(n); i >= 0; i = big.indexOf(n, i + 1)) {
  const s = map[i], e = s + [...n].length;
  const type = n === 'Assimi GOÏTA' ? 'person' : n === 'Général' ? 'rank' : n === 'AES' ? 'organization' : n.startsWith('6') ? 'date' : 'place';
  entities.push({ type, text: n, start: s, end: e, sentence: 0, name: n, rank: 'Général', title: null, cluster: 0, normalized: n, service: null, country: 'ML', kind: 'city', latitude: 1, longitude: 2, value: '2024-11-06', granularity: 'day', relative: false, time: null, confidence: 1, acronym: null });
}
entities.sort((a, b) => a.start - b.start || b.end - a.end);
// Remove overlaps for fairness (Mali inside ... none expected).
const sentences = []; let st = 0;
for (let i = 0; i < cps.length; i++) if (cps[i] === '\n' || (cps[i] === '.' && cps[i+1] === ' ')) { if (i > st) sentences.push({ start: st, end: i + 1, text: '' }); st = i + 1; }
const rec = { schemaVersion: '1.0', id: 'bench', language: { code: 'fr', confidence: 1, reliable: true }, documentDate: null, sentences, entities, warnings: [] };
const mb = Buffer.byteLength(big) / 1e6;
console.log(`text ${mb.toFixed(2)} MB, ${entities.length} entities, ${sentences.length} sentences`);
for (const name of (process.env.ONLY ? [process.env.ONLY] : ['html', 'conll', 'csv', 'text'])) {
  const f = createFormatter(name, { color: true });
  f.record(rec, big); // warm
  const t0 = performance.now();
  const N = 3; let len = 0;
  for (let k = 0; k < N; k++) len += f.record(rec, big).length;
  const dt = (performance.now() - t0) / N;
  console.log(`${name.padEnd(6)} ${(dt).toFixed(0)} ms/doc  ${(mb / (dt / 1000)).toFixed(1)} MB/s  out ${(len / N / 1e6).toFixed(2)} M chars`);
}
const { bratAnnotations, bratText } = await import('../../dist/formats/brat.js');
{ const t0 = performance.now(); const txt = bratText(big); const a = bratAnnotations(rec, txt); const dt = performance.now() - t0; console.log(`brat   ${dt.toFixed(0)} ms/doc  ${(mb / (dt / 1000)).toFixed(1)} MB/s  out ${(a.length/1e6).toFixed(2)} M chars`); }
