#!/usr/bin/env node
/**
 * French recall of the language detector on the UD French dev treebanks (GSD, Sequoia, ParTUT,
 * Rhapsodie; dev splits only, never the test ones): no table of data/language is built from them,
 * and their word types cover more everyday French than the news text of scripts/dev-langid.mjs.
 * - word types: lower-case forms of four letters or more, not proper nouns, each once;
 * - consecutive pairs: two neighbouring words of a sentence as written (every 7th pair);
 * - sentences: the `# text` lines.
 * Usage: npm run build && SHARED_DATA=/work/shared/data node scripts/dev-langid-ud.mjs [--errors]
 * --errors prints the French word types and pairs not answered fr, for error analysis.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.SHARED_DATA ?? join(root, '..', 'shared', 'data');
const m = await import(join(root, 'dist', 'language', 'detect.js'));
await m.preloadLanguageDetector();
const ERRORS = process.argv.includes('--errors');

const words = new Set();
const pairs = [];
const sentences = [];
let n = 0;
for (const bank of ['GSD', 'Sequoia', 'ParTUT', 'Rhapsodie']) {
  const dir = join(SHARED, 'ud-french', bank);
  const file = readdirSync(dir).find((f) => f.endsWith('-ud-dev.conllu'));
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    if (line.startsWith('# text = ')) {
      const text = line.slice(9).trim();
      sentences.push(text);
      const ws = text.split(/\s+/).map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter(Boolean);
      for (let j = 0; j + 1 < ws.length; j++) if (n++ % 7 === 0) pairs.push(`${ws[j]} ${ws[j + 1]}`);
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 4 || !/^\d+$/.test(cols[0])) continue;
    const [, form, , upos] = cols;
    if (upos !== 'PROPN' && /^\p{Ll}{4,}$/u.test(form)) words.add(form);
  }
}

for (const [label, xs] of [['word types', [...words]], ['consecutive pairs', pairs], ['sentences', sentences]]) {
  const bad = xs.filter((x) => m.detectLanguage(x).code !== 'fr');
  console.log(`UD French dev ${label} (${xs.length}): French recall ${(1 - bad.length / xs.length).toFixed(4)}`);
  if (ERRORS) for (const x of bad) { const r = m.detectLanguage(x); console.log(`    ${r.code} ${r.confidence}\t${x}`); }
}
