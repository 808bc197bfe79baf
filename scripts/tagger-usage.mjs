#!/usr/bin/env node
/**
 * Which of the tagger's decoded sequences change a record (issue #16: can the model stage skip
 * sentences whose labels nobody reads?). For each distinct article: the stages up to `model`,
 * then, for every sequence the tagger decoded that gave spans, the later stages and the record
 * again without that sequence's spans. A sequence whose spans can be dropped with the record
 * unchanged did work nobody used. Sequences are also split by whether every inner word with a
 * capital lies inside a reading of the rules that run before the model (dates, ranks,
 * organizations, places): the gate "decode only where a capitalized word is still open".
 *
 *   npm run build && node scripts/tagger-usage.mjs [--every N]   # N: one article in N (default 1)
 *
 * Each such sequence re-runs people, titles, clusters, events and the record: ~2 CPU minutes for
 * the whole corpus. The articles are scripts/distinct-corpus.mjs's (EXTRAIT_DATA as there).
 */
import { join } from 'node:path';
import { distinctArticles } from './distinct-corpus.mjs';
import { DEFAULT_PIPELINE, buildRecord, createDoc, releaseTokenTable, releaseWordIndex, root, tokenTableOf } from './pipeline-modules.mjs';

const { tokenize } = await import(join(root, 'dist/model/tokenize.js'));
const { segment } = await import(join(root, 'dist/model/segment.js'));

const at = process.argv.indexOf('--every');
const every = at > 0 ? Number(process.argv[at + 1]) : 1;
const modelAt = DEFAULT_PIPELINE.findIndex((s) => s.name === 'model');
const before = DEFAULT_PIPELINE.slice(0, modelAt + 1);
const after = DEFAULT_PIPELINE.slice(modelAt + 1);
const CAPITAL = /\p{Lu}/u;

/** Sequences (and their tokens) by gate class and by whether dropping their spans changes the record. */
const count = {};
const add = (key, tokens) => {
  const c = (count[key] ??= { sequences: 0, tokens: 0 });
  c.sequences++;
  c.tokens += tokens;
};

const docs = distinctArticles().docs;
let articles = 0;
for (let d = 0; d < docs.length; d += every) {
  articles++;
  const doc = createDoc(docs[d].text, {});
  tokenTableOf(doc.text);
  for (const stage of before) if (!stage.frenchOnly || doc.processAsFrench) stage.run(doc);
  const { options, ...state } = doc;
  const snapshot = structuredClone(state);
  const recordWith = (spans) => {
    const copy = { ...structuredClone(snapshot), options, modelSpans: spans };
    for (const stage of after) if (!stage.frenchOnly || copy.processAsFrench) stage.run(copy);
    return JSON.stringify(buildRecord(copy));
  };
  const full = recordWith(snapshot.modelSpans);
  const text = doc.text;
  const tokens = tokenize(text);
  const readings = [...doc.dates, ...doc.ranks, ...doc.organizations, ...doc.places];
  const read = (t) => readings.some((r) => r.start <= t.start && t.end <= r.end);
  for (const [from, to] of segment(text, tokens)) {
    const inner = tokens.slice(from + 1, to).filter((t) => CAPITAL.test(text.slice(t.start, t.end)));
    // as the tagger's own gate (tagger.ts hasInnerCapital): a capital first letter after the first word
    if (!inner.some((t) => CAPITAL.test(text[t.start]))) continue;
    const gate = inner.every(read) ? 'covered' : 'open';
    const s = tokens[from].start;
    const e = tokens[to - 1].end;
    const mine = (m) => m.start >= s && m.end <= e;
    if (!snapshot.modelSpans.some(mine)) {
      add(`${gate}, no span`, to - from);
      continue;
    }
    add(`${gate}, spans, ${recordWith(snapshot.modelSpans.filter((m) => !mine(m))) === full ? 'record unchanged without them' : 'record changes without them'}`, to - from);
  }
  releaseWordIndex();
  releaseTokenTable();
}
console.log(`${articles} articles: decoded sequences by gate class (covered: every inner capitalized word inside a date, rank, organization or place)`);
console.log('| class | sequences | tokens |\n|---|---:|---:|');
for (const [key, c] of Object.entries(count).sort()) console.log(`| ${key} | ${c.sequences} | ${c.tokens} |`);
