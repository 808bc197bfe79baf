#!/usr/bin/env node
/**
 * The WiNER-fr split of this project. WiNER has no official split; ours is by publication
 * month: every article of May–December 2017 (2017/05 … 2017/12, 106 articles) is the DEV slice,
 * never trained on; everything else (2016/01 … 2017/04) is TRAIN. Months, not random files, so
 * that dev news stories are not also in training.
 *
 *   node scripts/winer-split.mjs [--out /tmp/winer-dev]   # a directory of symlinks to the dev months,
 *                                                       # for `extrait eval --gold /tmp/winer-dev --format brat`
 */
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WINER = resolve(ROOT, '../shared/data/winer-fr');
export const DEV_MONTHS = ['2017/05', '2017/06', '2017/07', '2017/08', '2017/09', '2017/10', '2017/11', '2017/12'];

/** Month directories ("2016/01") of one side of the split. */
export function winerMonths(side) {
  const months = [];
  for (const y of readdirSync(WINER).filter((d) => /^\d{4}$/.test(d)).sort()) {
    for (const m of readdirSync(join(WINER, y)).filter((d) => /^\d\d$/.test(d)).sort()) months.push(`${y}/${m}`);
  }
  return months.filter((m) => DEV_MONTHS.includes(m) === (side === 'dev'));
}

/** [.txt path, .ann path] pairs of one side, in name order. */
export function winerPairs(side) {
  const pairs = [];
  for (const m of winerMonths(side)) {
    const dir = join(WINER, m);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.ann')).sort()) {
      pairs.push([join(dir, f.replace(/\.ann$/, '.txt')), join(dir, f)]);
    }
  }
  return pairs;
}

/** A directory of symlinks to the dev months (`out/2017/05` → winer-fr/2017/05 …), for `extrait eval`. */
export function makeDevDir(out = '/tmp/winer-dev') {
  if (existsSync(out)) rmSync(out, { recursive: true });
  for (const m of winerMonths('dev')) {
    mkdirSync(join(out, dirname(m)), { recursive: true });
    symlinkSync(join(WINER, m), join(out, m));
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const out = makeDevDir(i > 0 ? process.argv[i + 1] : '/tmp/winer-dev');
  console.log(`${out}: ${winerPairs('dev').length} dev articles (${DEV_MONTHS[0]} … ${DEV_MONTHS.at(-1)}); train: ${winerPairs('train').length}`);
}
