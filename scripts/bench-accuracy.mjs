#!/usr/bin/env node
/**
 * npm run bench:accuracy — every accuracy benchmark of BENCHMARKS.md, on the corpora in
 * ../shared/data (EXTRAIT_DATA to point elsewhere). Runs the compiled library (npm run build
 * first), prints a table and rewrites the part of BENCHMARKS.md between the accuracy markers.
 * Each row is exactly what `node bin/extrait.js eval …` prints for the command shown with it.
 *
 *   node scripts/bench-accuracy.mjs [--only ner|dates|sentences|language] [--no-write]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(process.env.EXTRAIT_DATA ?? join(root, '..', 'shared', 'data'));
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const write = !args.includes('--no-write');
const START = '<!-- accuracy:start -->';
const END = '<!-- accuracy:end -->';

const f3 = (x) => x.toFixed(3);
const pct = (x) => `${(100 * x).toFixed(1)}%`;

/**
 * One evaluation run can fill several rows (HIPE: entities and components; langid: three
 * lengths). `rows(report)` turns the report into table rows.
 */
const RUNS = [
  {
    group: 'ner',
    path: 'wikineural-fr/test.conllu',
    options: { format: 'conll' },
    rows: (r) => [{
      measured: 'NER, Wikipedia: PER/LOC/ORG micro P / R / F1 strict (fuzzy F1); MISC not scored',
      corpus: 'WikiNEuRal fr, test (634 documents of 20 sentences)',
      ours: `${prf(r.entities.overall.strict)} (fuzzy F1 ${f3(r.entities.overall.fuzzy.f1)}); ${perType(r)}`,
      reference: 'F1 on WikiNER fr (another Wikipedia corpus): spaCy fr_core_news_lg 0.842, md 0.832, sm 0.814; CamemBERT-NER 0.891; Stanza 0.929',
    }],
  },
  {
    group: 'ner',
    path: 'winer-fr',
    // the project's dev slice (2017-05 … 2017-12, never trained on): a directory of symlinks
    gold: async () => (await import('./winer-split.mjs')).makeDevDir('/tmp/winer-dev'),
    prefix: 'node scripts/winer-split.mjs --out /tmp/winer-dev && ',
    goldArg: '/tmp/winer-dev',
    options: { format: 'brat', types: ['person', 'place', 'organization'] },
    rows: (r) => [{
      measured: 'NER, modern news: PER/LOC/ORG micro P / R / F1 strict (fuzzy F1); Event/Product/Hour and nested entities not scored',
      corpus: 'WiNER-fr dev slice: French Wikinews 2017-05 … 2017-12 (106 articles)',
      ours: `${prf(r.entities.overall.strict)} (fuzzy F1 ${f3(r.entities.overall.fuzzy.f1)}); ${perType(r)}; strict recall ${r.entities.perType.map((t) => `${{ person: 'PER', place: 'LOC', organization: 'ORG' }[t.type]} ${f3(t.strict.recall)}`).join(', ')}`,
      reference: 'none published for WiNER-fr',
    }],
  },
  {
    group: 'ner',
    path: 'hipe/hipe2022-v2.1/HIPE-2022-v2.1-hipe2020-test-fr.tsv',
    options: { format: 'hipe', types: ['person', 'place', 'organization'] },
    rows: (r) => [
      {
        measured: 'NER, historical newspapers: coarse pers/loc/org micro P / R / F1 strict (fuzzy)',
        corpus: 'HIPE-2022 hipe2020 fr, test',
        ours: `strict ${prf(r.entities.overall.strict)}; fuzzy ${prf(r.entities.overall.fuzzy)}; ${perType(r)}`,
        reference: 'HIPE-2022 NERC-coarse (all coarse types): best system 0.840 strict / 0.921 fuzzy; baseline 0.646 / 0.769',
      },
      {
        measured: 'Person title/function components (comp.title, comp.function) vs our person rank/title/honorific: P / R / F1 (title R, function R)',
        corpus: 'HIPE-2022 hipe2020 fr, test',
        ours: `${prf(r.components)} (title R ${f3(r.components.titleRecall)}, function R ${f3(r.components.functionRecall)}; ${r.components.goldTitles} titles, ${r.components.goldFunctions} functions)`,
        reference: 'none published (HIPE scores components only within fine-grained NER)',
      },
    ],
  },
  {
    group: 'ner',
    path: 'hipe/hipe2022-v2.1/HIPE-2022-v2.1-newseye-test-fr.tsv',
    options: { format: 'hipe', types: ['person', 'place', 'organization'] },
    rows: (r) => [{
      measured: 'NER, historical newspapers: PER/LOC/ORG micro P / R / F1 strict (fuzzy); HumanProd not scored',
      corpus: 'HIPE-2022 newseye fr, test',
      ours: `strict ${prf(r.entities.overall.strict)}; fuzzy ${prf(r.entities.overall.fuzzy)}; ${perType(r)}`,
      reference: '—',
    }, ...(r.components && r.components.goldTitles + r.components.goldFunctions > 0 ? [{
      measured: 'Person title/function components (comp.title, comp.function) vs our person rank/title/honorific: P / R / F1 (title R, function R)',
      corpus: 'HIPE-2022 newseye fr, test',
      ours: `${prf(r.components)} (title R ${f3(r.components.titleRecall)}, function R ${f3(r.components.functionRecall)}; ${r.components.goldTitles} titles, ${r.components.goldFunctions} functions)`,
      reference: 'none published',
    }] : [])],
  },
  {
    group: 'ner',
    path: 'europeana-newspapers-fr/enp_FR.bnf.bio',
    options: { format: 'conll' },
    rows: (r) => [{
      measured: 'NER, OCR newspapers: PER/LOC/ORG micro P / R / F1 strict (fuzzy)',
      corpus: 'Europeana Newspapers fr (BnF, IOB1 tokens, no sentence breaks: cut after final punctuation), whole file',
      ours: `strict ${prf(r.entities.overall.strict)}; fuzzy ${prf(r.entities.overall.fuzzy)}; ${perType(r)}`,
      reference: '—',
    }, ...(r.components && r.components.goldTitles + r.components.goldFunctions > 0 ? [{
      measured: 'Person title/function components (comp.title, comp.function) vs our person rank/title/honorific: P / R / F1 (title R, function R)',
      corpus: 'HIPE-2022 newseye fr, test',
      ours: `${prf(r.components)} (title R ${f3(r.components.titleRecall)}, function R ${f3(r.components.functionRecall)}; ${r.components.goldTitles} titles, ${r.components.goldFunctions} functions)`,
      reference: 'none published',
    }] : [])],
  },
  ...['test', 'all'].map((split) => ({
    group: 'dates',
    path: 'fr-timebank/Data',
    options: { format: 'timeml', split },
    rows: (r) => {
      const d = r.entities.perType[0];
      return [{
        measured: 'Dates: TIMEX3 DATE span F1 strict / relaxed; value accuracy (relaxed matches, DCT as reference date)',
        corpus: `FR-TimeBank, ${split === 'test' ? 'test (files in name order, index % 3 != 0)' : 'all 108 files (includes the dev third used for tuning)'}`,
        ours: `strict ${f3(d.strict.f1)} / relaxed ${f3(d.fuzzy.f1)}; value ${f3(d.values?.fuzzyAccuracy ?? 0)} (${d.values?.fuzzyCorrect ?? 0}/${d.values?.fuzzyMatched ?? 0}); ${d.gold} gold DATE`,
        reference: 'HeidelTime on FR-TimeBank: 0.871 strict / 0.935 relaxed',
      }];
    },
  })),
  ...[
    ['ud-french/GSD/fr_gsd-ud-test.conllu', 'UD French-GSD, test (20 sentences per document)'],
    ['ud-french/Sequoia/fr_sequoia-ud-test.conllu', 'UD French-Sequoia, test (20 sentences per document)'],
    ['ud-french/PUD/fr_pud-ud-test.conllu', 'UD French-PUD, test (documents by # newdoc)'],
    ['ud-french/Sequoia/not-to-release_annodis.er.conllu', 'UD French-Sequoia annodis.er (contiguous news text, 20 sentences per document)'],
  ].map(([path, corpus]) => ({
    group: 'sentences',
    path,
    options: { format: 'conllu' },
    rows: (r) => [{
      measured: 'Sentence boundaries: P / R / F1 of sentence ends (document ends excluded)',
      corpus,
      ours: `${prf(r.sentences)} (${r.sentences.gold} gold boundaries)`,
      reference: path.includes('Sequoia/fr_sequoia') ? 'spaCy fr models 0.865–0.930 (Sequoia)' : '—',
    }],
  })),
  {
    group: 'language',
    path: 'langid/lingua-testdata',
    options: { format: 'langid' },
    rows: (r) =>
      ['single-words', 'word-pairs', 'sentences'].map((g, i) => {
        const s = r.language.find((x) => x.group === g);
        if (!s) return null;
        return {
          measured: `Language, ${g.replace('-', ' ')}: French recall and other languages taken for French (language.code); same with unsure text counted as processed as French`,
          corpus: 'lingua test data, French vs 13 other languages (1,000 texts each)',
          ours: `fr recall ${f3(s.frenchRecall)}, other→fr ${pct(s.falseFrench)}; processed: fr ${f3(s.frenchProcessed)}, other ${pct(s.falseFrenchProcessed)}; accuracy ${f3(s.accuracy)}`,
          reference: `Lingua (high accuracy) French accuracy ${['0.737', '0.943', '0.992'][i]}`,
        };
      }).filter(Boolean),
  },
];

function prf(p) {
  return `${f3(p.precision)} / ${f3(p.recall)} / ${f3(p.f1)}`;
}

function perType(r) {
  const short = { person: 'PER', place: 'LOC', organization: 'ORG', date: 'DATE' };
  return r.entities.perType.map((t) => `${short[t.type] ?? t.type} ${f3(t.strict.f1)}`).join(', ');
}

/** The CLI line that prints the same figures. */
function command(run) {
  const gold = run.goldArg ?? (relative(root, join(data, run.path)) || '.');
  const o = run.options;
  const parts = [`${run.prefix ?? ''}node bin/extrait.js eval`, `--gold ${gold}`, `--format ${o.format}`];
  if (o.types) parts.push(`--types ${o.types.join(',')}`);
  if (o.split) parts.push(`--split ${o.split}`);
  return parts.join(' ');
}

async function main() {
  const lib = join(root, 'dist', 'eval', 'index.js');
  if (!existsSync(lib)) {
    console.error('bench-accuracy: dist/eval/index.js is missing: run `npm run build` first');
    process.exit(1);
  }
  const { evaluate } = await import(lib);
  const date = new Date().toISOString().slice(0, 10);
  const present = existsSync(data);
  if (!present) console.log(`bench-accuracy: ${data} is absent: every benchmark is skipped (set EXTRAIT_DATA to the corpora folder)`);

  const rows = [];
  for (const run of RUNS) {
    if (only && run.group !== only) continue;
    const cmd = command(run);
    const path = join(data, run.path);
    if (!existsSync(path)) {
      console.log(`skip ${run.path}: not found under ${data}`);
      rows.push({ measured: run.group, corpus: run.path, ours: 'skipped: corpus absent', reference: '', seconds: 0, cmd });
      continue;
    }
    process.stdout.write(`${run.path} … `);
    const t0 = performance.now();
    const report = await evaluate({ gold: run.gold ? await run.gold(path) : path, ...run.options });
    const seconds = (performance.now() - t0) / 1000;
    console.log(`${seconds.toFixed(1)} s, ${report.documents} documents${report.errors.length ? `, ${report.errors.length} pipeline errors` : ''}`);
    for (const row of run.rows(report)) {
      rows.push({ ...row, seconds, cmd, errors: report.errors.length });
    }
  }

  console.log('');
  for (const r of rows) {
    console.log(`${r.measured}\n  ${r.corpus}\n  ours: ${r.ours}\n  ref:  ${r.reference}\n  ${r.seconds.toFixed(1)} s   $ ${r.cmd}\n`);
  }
  if (!write) return;
  const esc = (s) => String(s).replace(/\|/g, '\\|');
  const section = [
    START,
    `_Generated by \`npm run bench:accuracy\` (scripts/bench-accuracy.mjs) on ${date}${only ? `, rows: ${only} only` : ''}. ` +
      `Corpora: ${present ? relative(root, data) || data : 'absent'}. Seconds are wall time of the whole evaluation run on a shared 2-core machine._`,
    '',
    '| Measured | Corpus, split | Ours | Reference | s | Reproduce | Date |',
    '|---|---|---|---|---:|---|---|',
    ...rows.map((r) => `| ${esc(r.measured)} | ${esc(r.corpus)} | ${esc(r.ours)}${r.errors ? ` (${r.errors} documents failed)` : ''} | ${esc(r.reference)} | ${r.seconds.toFixed(1)} | \`${r.cmd}\` | ${date} |`),
    END,
  ].join('\n');
  const file = join(root, 'BENCHMARKS.md');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  let next;
  if (old.includes(START) && old.includes(END)) {
    next = old.slice(0, old.indexOf(START)) + section + old.slice(old.indexOf(END) + END.length);
  } else {
    next = (old ? old.trimEnd() + '\n\n' : '# Benchmarks\n\n') + '## Accuracy\n\n' + section + '\n';
  }
  writeFileSync(file, next);
  console.log(`BENCHMARKS.md: accuracy section rewritten (${rows.length} rows)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
