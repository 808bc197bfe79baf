#!/usr/bin/env node
/**
 * The language detector on the team-written probe set (fixtures/langid/): headlines, rubric
 * labels, captions, tweets, snippets, titles in capitals or without accents, in French and in
 * six other languages, and bare names that should be "und". Prints French recall, false French,
 * the confident-wrong rate (reliable:true with a wrong language) and, per shape, the misses.
 * Usage: npm run build && node scripts/dev-langid-probe.mjs [--errors]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const m = await import(join(root, 'dist', 'language', 'detect.js'));
await m.preloadLanguageDetector();
const ERRORS = process.argv.includes('--errors');
const read = (f) => readFileSync(join(root, 'fixtures', 'langid', f), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
const items = [...read('probe-fr.tsv'), ...read('probe-other.tsv')].map(([lang, shape, text]) => ({ lang, shape, text, got: m.detectLanguage(text) }));
const pct = (n, d) => `${((100 * n) / Math.max(1, d)).toFixed(1)}% (${n}/${d})`;

const fr = items.filter((x) => x.lang === 'fr');
const und = items.filter((x) => x.lang === 'und');
const other = items.filter((x) => x.lang !== 'fr' && x.lang !== 'und');
const wrongSure = (x) => x.got.reliable && x.got.code !== x.lang && !(x.lang === 'und' && x.got.code === 'fr');
console.log(`French recall          ${pct(fr.filter((x) => x.got.code === 'fr').length, fr.length)}`);
console.log(`French taken as other  ${pct(fr.filter((x) => x.got.code !== 'fr' && x.got.code !== 'und').length, fr.length)}`);
console.log(`names und (or fr)      ${pct(und.filter((x) => x.got.code === 'und').length, und.length)} (${und.filter((x) => x.got.code === 'fr').length} fr)`);
console.log(`others right language  ${pct(other.filter((x) => x.got.code === x.lang).length, other.length)}`);
console.log(`others taken for fr    ${pct(other.filter((x) => x.got.code === 'fr').length, other.length)}`);
console.log(`confident-wrong        ${pct(items.filter(wrongSure).length, items.length)}`);
const shapes = [...new Set(items.map((x) => `${x.lang === 'fr' || x.lang === 'und' ? x.lang : 'other'} ${x.shape}`))];
for (const s of shapes) {
  const xs = items.filter((x) => `${x.lang === 'fr' || x.lang === 'und' ? x.lang : 'other'} ${x.shape}` === s);
  const ok = xs.filter((x) => (x.lang === 'und' ? x.got.code !== 'fr' && x.got.code === 'und' : x.got.code === x.lang));
  console.log(`  ${s.padEnd(18)} ${pct(ok.length, xs.length)}`);
}
if (ERRORS) {
  for (const x of items) {
    if (x.got.code === x.lang && !(x.lang === 'fr' && x.got.confidence < 0)) continue;
    console.log(`${x.lang}→${x.got.code}${x.got.reliable ? '!' : ''} ${x.got.confidence}\t${x.shape}\t${x.text}`);
  }
}
