#!/usr/bin/env node
// Precision/recall of the place recognizer on the LOC annotations of the dev splits in
// ../shared/data (run `npx tsc -p .` first: this imports dist/).
//   node scripts/dev-places.mjs                 all corpora
//   node scripts/dev-places.mjs hipe --errors   one corpus, with sample false positives/negatives
//   node scripts/dev-places.mjs --speed         load time and MB/s on the seeds repeated to 5 MB
// Scores are exact-span and overlap matches, entity level. wikineural val and HIPE (hipe2020)
// are evaluation-only (NC/SA): nothing read here goes into data/places.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared', 'data');
const args = process.argv.slice(2);
const showErrors = args.includes('--errors');

if (args.includes('--speed')) {
  const t0 = performance.now();
  const { recognizePlaces, lookupPlace } = await import(path.join(root, 'dist/places/index.js'));
  const t1 = performance.now();
  lookupPlace('Bamako');
  const t2 = performance.now();
  recognizePlaces('Réunis à Bamako, le village de Priwé.');
  const t3 = performance.now();
  const seeds = readdirSync(path.join(root, 'fixtures/seeds')).sort().map((f) => readFileSync(path.join(root, 'fixtures/seeds', f), 'utf8')).join('\n\n');
  let big = '';
  while (Buffer.byteLength(big) < 5e6) big += seeds + '\n\n';
  const bytes = Buffer.byteLength(big);
  const runs = [];
  for (let r = 0; r < 3; r++) {
    const s = performance.now();
    const n = recognizePlaces(big).length;
    runs.push({ ms: performance.now() - s, n });
  }
  const best = Math.min(...runs.map((r) => r.ms));
  console.log(`import ${(t1 - t0).toFixed(1)} ms, gazetteer load (first lookup) ${(t2 - t1).toFixed(1)} ms, lexicon load + first call ${(t3 - t2).toFixed(1)} ms`);
  console.log(`${(bytes / 1e6).toFixed(2)} MB, ${runs[0].n} places, best of 3: ${best.toFixed(0)} ms = ${(bytes / 1e6 / (best / 1000)).toFixed(1)} MB/s`);
  for (const [label, text] of [
    ['10 MB line without spaces', 'a'.repeat(1e7)],
    ['"M. " x 100000', 'M. '.repeat(100000)],
    ['"Bamako " x 200000', 'Bamako '.repeat(200000)],
    ['"à Xyz, " x 100000', 'à Xyz, où '.repeat(100000)],
  ]) {
    const s = performance.now();
    recognizePlaces(text);
    console.log(`${label}: ${(performance.now() - s).toFixed(0)} ms`);
  }
  process.exit(0);
}

const { recognizePlaces } = await import(path.join(root, 'dist/places/index.js'));

// Each reader returns documents { text, gold: [[start, end], …] } with UTF-16 offsets.
function fromTokens(tokens) {
  // tokens: { text, tag: 'B'|'I'|'O', spaceAfter }
  let text = '';
  const gold = [];
  let open = null;
  for (const t of tokens) {
    if (open && t.tag !== 'I') {
      gold.push(open);
      open = null;
    }
    const start = text.length;
    text += t.text;
    if (t.tag === 'B' || (t.tag === 'I' && !open)) open = [start, text.length];
    else if (t.tag === 'I') open[1] = text.length;
    if (t.spaceAfter) text += ' ';
  }
  if (open) gold.push(open);
  return { text, gold };
}

function europeana() {
  // CC0. IO tags only: adjacent places merge. Read as chunks of 400 tokens; no dev/test split.
  const lines = readFileSync(path.join(shared, 'europeana-newspapers-fr/enp_FR.bnf.bio'), 'utf8').split('\n');
  const docs = [];
  let toks = [];
  for (const line of lines) {
    const sp = line.lastIndexOf(' ');
    if (sp < 0) continue;
    const word = line.slice(0, sp);
    const tag = line.slice(sp + 1);
    toks.push({ text: word, tag: tag === 'I-LOC' ? 'I' : 'O', spaceAfter: !word.endsWith("'") });
    if (toks.length >= 400 && /^[.!?]$/.test(word)) {
      docs.push(fromTokens(toks));
      toks = [];
    }
  }
  if (toks.length) docs.push(fromTokens(toks));
  return docs;
}

function wikineural() {
  const docs = [];
  let toks = [];
  for (const line of readFileSync(path.join(shared, 'wikineural-fr/val.conllu'), 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (toks.length) docs.push(fromTokens(toks));
      toks = [];
      continue;
    }
    const [, word, tag] = line.split('\t');
    toks.push({ text: word, tag: tag === 'B-LOC' ? 'B' : tag === 'I-LOC' ? 'I' : 'O', spaceAfter: !word.endsWith("'") });
  }
  if (toks.length) docs.push(fromTokens(toks));
  return docs;
}

function hipe(file) {
  const docs = [];
  let toks = [];
  for (const line of readFileSync(path.join(shared, 'hipe/hipe2022-v2.1', file), 'utf8').split('\n')) {
    if (line.startsWith('# hipe2022:document_id')) {
      if (toks.length) docs.push(fromTokens(toks));
      toks = [];
      continue;
    }
    if (line === '' || line.startsWith('#') || line.startsWith('TOKEN\t')) continue;
    const f = line.split('\t');
    const tag = f[1] === 'B-loc' ? 'B' : f[1] === 'I-loc' ? 'I' : 'O';
    const misc = f[9] || '';
    toks.push({ text: f[0], tag, spaceAfter: !misc.includes('NoSpaceAfter') });
    if (misc.includes('EndOfLine') || misc.includes('EndOfSentence')) {
      // keep line structure loosely: a space is enough, newlines would cut phrases
    }
  }
  if (toks.length) docs.push(fromTokens(toks));
  return docs;
}

const corpora = {
  europeana: () => europeana(),
  wikineural: () => wikineural(),
  hipe: () => [...hipe('HIPE-2022-v2.1-hipe2020-dev-fr.tsv'), ...hipe('HIPE-2022-v2.1-newseye-dev-fr.tsv')],
};
const chosen = args.filter((a) => !a.startsWith('--'));
for (const name of chosen.length ? chosen : Object.keys(corpora)) {
  const docs = corpora[name]();
  let tp = 0, fp = 0, fn = 0, otp = 0, ofp = 0, ofn = 0;
  const fps = [], fns = [];
  const t0 = performance.now();
  for (const { text, gold } of docs) {
    const pred = recognizePlaces(text).map((m) => [m.start, m.end]);
    const g = new Set(gold.map(([s, e]) => `${s}:${e}`));
    const p = new Set(pred.map(([s, e]) => `${s}:${e}`));
    for (const k of p) (g.has(k) ? tp++ : (fp++, fps.push(text.slice(...k.split(':').map(Number)))));
    for (const k of g) if (!p.has(k)) (fn++, fns.push(text.slice(...k.split(':').map(Number))));
    const overlaps = (a, b) => a[0] < b[1] && b[0] < a[1];
    for (const a of pred) gold.some((b) => overlaps(a, b)) ? otp++ : ofp++;
    for (const b of gold) if (!pred.some((a) => overlaps(a, b))) ofn++;
  }
  const pr = (a, b) => (a + b ? (100 * a) / (a + b) : 0);
  const P = pr(tp, fp), R = pr(tp, fn), F = P + R ? (2 * P * R) / (P + R) : 0;
  const oP = pr(otp, ofp), oR = pr(otp - 0, ofn);
  console.log(
    `${name}: ${docs.length} docs, ${tp + fn} gold LOC | exact P ${P.toFixed(1)} R ${R.toFixed(1)} F1 ${F.toFixed(1)} | overlap P ${oP.toFixed(1)} R ${(100 * (1 - ofn / (tp + fn))).toFixed(1)} | ${(performance.now() - t0).toFixed(0)} ms`,
  );
  void oR;
  if (showErrors) {
    const top = (list) => Object.entries(list.reduce((m, s) => ((m[s] = (m[s] || 0) + 1), m), {})).sort((a, b) => b[1] - a[1]).slice(0, 60).map(([s, n]) => `${s}×${n}`).join(', ');
    console.log('  false positives:', top(fps));
    console.log('  false negatives:', top(fns));
  }
}
