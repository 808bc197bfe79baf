#!/usr/bin/env node
/**
 * Language identification candidates measured in one run on the same texts: the lingua test
 * sets (single words, word pairs, sentences; French vs 13 other languages) and the West African
 * sets of ../shared/data/langid (MasakhaNER 2.0 test sentences, MasakhaNEWS Lingala headlines).
 *
 * Each candidate runs in its own child process so that its load time and memory are its own.
 * Candidates whose package is not installed are reported as such (they are devDependencies
 * used only here). Usage: npm run bench:langid [-- --only extrait,eld] [-- --json out.json] [-- --cold-only]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const DATA = process.env.LANGID_DATA ?? join(root, '..', 'shared', 'data', 'langid');
const LINGUA = ['fr', 'en', 'es', 'it', 'pt', 'de', 'nl', 'ar', 'ca', 'ro', 'la', 'sw', 'yo', 'so'];
const GROUPS = ['single-words', 'word-pairs', 'sentences'];
/** ISO 639-3 → 639-1 for what the candidates answer in three letters. */
const ISO1 = JSON.parse(readFileSync(join(root, 'data', 'language', 'iso639-3to1.json'), 'utf8'));
const AFRICAN_LIMIT = 300;

function lines(path, limit = Infinity) {
  const out = [];
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const t = raw.trim();
    if (t) out.push(t);
    if (out.length >= limit) break;
  }
  return out;
}

function testSets() {
  const sets = [];
  for (const group of GROUPS) {
    for (const lang of LINGUA) sets.push({ group, lang, texts: lines(join(DATA, 'lingua-testdata', group, `${lang}.txt`)) });
  }
  for (const lang of ['bam', 'wol', 'hau', 'fon', 'ewe', 'mos']) {
    sets.push({ group: 'african-sentences', lang, texts: lines(join(DATA, 'masakhaner2', lang, 'test.sentences.txt'), AFRICAN_LIMIT) });
  }
  const headlines = lines(join(DATA, 'masakhanews', 'lin', 'test.tsv')).slice(1).map((l) => l.split('\t')[1]).filter(Boolean);
  sets.push({ group: 'african-headlines', lang: 'ln', texts: headlines.slice(0, AFRICAN_LIMIT) });
  const hau = lines(join(DATA, 'masakhanews', 'hau', 'test.tsv')).slice(1).map((l) => l.split('\t')[1]).filter(Boolean);
  sets.push({ group: 'african-headlines', lang: 'ha', texts: hau.slice(0, AFRICAN_LIMIT) });
  return sets;
}

const norm = (code) => (code ? ISO1[code] ?? code : 'und');

/** Each candidate: load() returns detect(text) → language code (any ISO 639 form) or 'und'. */
const CANDIDATES = {
  extrait: async () => {
    const m = await import(join(root, 'dist', 'language', 'detect.js'));
    await m.preloadLanguageDetector?.();
    return (t) => m.detectLanguage(t).code;
  },
  'extrait-reliable': async () => {
    const m = await import(join(root, 'dist', 'language', 'detect.js'));
    await m.preloadLanguageDetector?.();
    return (t) => { const l = m.detectLanguage(t); return l.reliable ? l.code : 'und'; };
  },
  franc: async () => {
    const { franc } = await import('franc');
    return (t) => franc(t, { minLength: 1 });
  },
  'franc-all': async () => {
    const { franc } = await import('franc-all');
    return (t) => franc(t, { minLength: 1 });
  },
  eld: async () => {
    const { eld } = await import('eld/large');
    return (t) => eld.detect(t).language || 'und';
  },
  'eld-small': async () => {
    const { eld } = await import('eld/small');
    return (t) => eld.detect(t).language || 'und';
  },
  tinyld: async () => {
    const { detect } = await import('tinyld');
    return (t) => detect(t) || 'und';
  },
  'cld3-asm': async () => {
    const { loadModule } = await import('cld3-asm');
    const factory = await loadModule();
    const id = factory.create(0, 1000);
    return (t) => { const r = id.findLanguage(t); return r.language && r.language !== 'und' ? r.language : 'und'; };
  },
  'fasttext-lid176': async () => {
    const { getLIDModel } = await import('fasttext.wasm.js');
    const model = await getLIDModel();
    await model.load();
    // identify() is async only in signature; the tests sets are awaited one by one.
    return async (t) => (await model.identify(t.replace(/\n/g, ' '))).alpha2 ?? 'und';
  },
};

async function runOne(name) {
  const sets = testSets();
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  let detect;
  try {
    detect = await CANDIDATES[name]();
  } catch (err) {
    return { name, error: `not available: ${err.message.split('\n')[0]}` };
  }
  await detect('Bonjour');
  const loadMs = performance.now() - t0;
  const rssLoaded = process.memoryUsage().rss;
  const results = [];
  let docs = 0;
  let chars = 0;
  const t1 = performance.now();
  for (const s of sets) {
    let asFr = 0;
    let right = 0;
    let und = 0;
    for (const text of s.texts) {
      let code = detect(text);
      if (code && typeof code.then === 'function') code = await code;
      const c = norm(code);
      if (c === 'fr') asFr++;
      if (c === norm(s.lang)) right++;
      if (c === 'und') und++;
      docs++;
      chars += text.length;
    }
    results.push({ group: s.group, lang: s.lang, n: s.texts.length, asFr, right, und });
  }
  const runMs = performance.now() - t1;
  return {
    name, loadMs, rssLoadedMb: (rssLoaded - rss0) / 2 ** 20, rssPeakMb: process.memoryUsage().rss / 2 ** 20,
    usPerDoc: (runMs * 1000) / docs, docs, chars, results,
  };
}

function summarize(r) {
  const row = { name: r.name };
  for (const g of GROUPS) {
    const rs = r.results.filter((x) => x.group === g);
    const fr = rs.find((x) => x.lang === 'fr');
    const others = rs.filter((x) => x.lang !== 'fr');
    const n = others.reduce((a, x) => a + x.n, 0);
    row[g] = {
      frRecall: fr.asFr / fr.n,
      otherAsFr: others.reduce((a, x) => a + x.asFr, 0) / n,
      accuracy: rs.reduce((a, x) => a + x.right, 0) / rs.reduce((a, x) => a + x.n, 0),
    };
  }
  const af = r.results.filter((x) => x.group.startsWith('african'));
  const afN = af.reduce((a, x) => a + x.n, 0);
  row.african = { otherAsFr: af.reduce((a, x) => a + x.asFr, 0) / afN, accuracy: af.reduce((a, x) => a + x.right, 0) / afN, byLang: Object.fromEntries(af.map((x) => [x.lang, { acc: x.right / x.n, asFr: x.asFr / x.n }])) };
  return row;
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;
const f3 = (x) => x.toFixed(3);

/**
 * Cold start of the detector as the pipeline pays it: a fresh process, one text. "franc only" is
 * what the previous detector paid for any text the fast path left (it loaded franc for them).
 */
const COLD_TEXTS = {
  'French article (fast path)': readFileSync(join(root, 'fixtures', 'seeds', '001_b9ab8dd1b559bc1b.txt'), 'utf8'),
  'French headline': 'Tiani reçoit les chefs d’état-major de l’AES',
  'English headline': 'Police arrest three suspects after the attack in Lagos',
};

async function coldOne(kind, textName) {
  const text = COLD_TEXTS[textName];
  // CPU time of this process's own work: wall time on a shared machine moves ±50% with the load.
  const c0 = process.cpuUsage();
  if (kind === 'franc only') {
    const { francAll } = await import('franc');
    francAll(text.slice(0, 1000), { minLength: 3 });
  } else {
    const m = await import(join(root, 'dist', 'language', 'detect.js'));
    m.detectLanguage(text);
  }
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

function coldStarts() {
  const rows = [];
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [kind, names] of [['extrait', Object.keys(COLD_TEXTS)], ['franc only', ['French headline']]]) {
    for (const name of names) {
      const times = [];
      for (let i = 0; i < 7; i++) {
        const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--cold', kind, name], { encoding: 'utf8' });
        times.push(Number(child.stdout));
      }
      rows.push(`| ${kind} | ${name} | ${median(times).toFixed(0)} |`);
    }
  }
  return rows;
}

async function main() {
  const args = process.argv.slice(2);
  const coldAt = args.indexOf('--cold');
  if (coldAt >= 0) {
    process.stdout.write(String(await coldOne(args[coldAt + 1], args[coldAt + 2])));
    return;
  }
  // The cold start alone, without reading the test sets: `npm run bench:langid -- --cold-only`.
  if (args.includes('--cold-only')) {
    for (const row of coldStarts()) console.log(row);
    return;
  }
  const oneAt = args.indexOf('--one');
  if (oneAt >= 0) {
    process.stdout.write(JSON.stringify(await runOne(args[oneAt + 1])));
    return;
  }
  const onlyAt = args.indexOf('--only');
  const names = onlyAt >= 0 ? args[onlyAt + 1].split(',') : Object.keys(CANDIDATES);
  if (!existsSync(join(root, 'dist', 'language', 'detect.js'))) throw new Error('build first (npm run build)');
  const version = (pkg) => { if (!pkg) return 'this build'; try { return JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version; } catch { return '-'; } };
  const pkgOf = { extrait: null, 'extrait-reliable': null, franc: 'franc', 'franc-all': 'franc-all', eld: 'eld', 'eld-small': 'eld', tinyld: 'tinyld', 'cld3-asm': 'cld3-asm', 'fasttext-lid176': 'fasttext.wasm.js' };
  const all = [];
  for (const name of names) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', name], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    let r;
    try { r = JSON.parse(child.stdout); } catch { r = { name, error: (child.stderr || 'no output').split('\n').slice(0, 3).join(' ') }; }
    all.push(r);
    process.stderr.write(`${name}: ${r.error ?? 'done'}\n`);
  }
  const jsonAt = args.indexOf('--json');
  if (jsonAt >= 0) (await import('node:fs')).writeFileSync(args[jsonAt + 1], JSON.stringify(all, null, 1));
  console.log('| candidate (version) | single words: fr recall / other→fr / acc | word pairs: fr recall / other→fr / acc | sentences: fr recall / other→fr / acc | West African (7 sets): acc / →fr | load ms | RSS MB after load | µs per text |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of all) {
    if (r.error) { console.log(`| ${r.name} | ${r.error} | | | | | | |`); continue; }
    const s = summarize(r);
    const cell = (g) => `${f3(s[g].frRecall)} / ${pct(s[g].otherAsFr)} / ${f3(s[g].accuracy)}`;
    console.log(`| ${r.name} (${version(pkgOf[r.name])}) | ${cell('single-words')} | ${cell('word-pairs')} | ${cell('sentences')} | ${f3(s.african.accuracy)} / ${pct(s.african.otherAsFr)} | ${r.loadMs.toFixed(0)} | ${r.rssLoadedMb.toFixed(0)} | ${r.usPerDoc.toFixed(0)} |`);
  }
  if (names.includes('extrait')) {
    console.log('\nCold start, CPU ms (fresh process: import and first call, median of 7):\n');
    console.log('| detector | first text | CPU ms |\n|---|---|---:|');
    for (const row of coldStarts()) console.log(row);
  }
  console.log('\nWest African sets, accuracy / taken for French:');
  for (const r of all) {
    if (r.error) continue;
    const s = summarize(r);
    console.log(`- ${r.name}: ${Object.entries(s.african.byLang).map(([l, v]) => `${l} ${f3(v.acc)}/${pct(v.asFr)}`).join(', ')}`);
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
