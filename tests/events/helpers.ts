/**
 * Real articles for the event tests: the seeds (in the repository) and MasakhaNEWS French dev
 * (beside the project, ../shared/data; tests that need it are skipped, visibly, without it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../../src/pipeline/doc.js';
import { DEFAULT_PIPELINE } from '../../src/pipeline/stages.js';
import { findTriggers } from '../../src/events/triggers.js';
import type { Trigger } from '../../src/events/types.js';
import { parseQuotedTsv, readGoldEvents, type GoldEventDocument } from '../../src/eval/events/reader.js';
import { testIf } from '../skip.js';
import { extract } from '../../src/extract.js';
import type { EventRecord } from '../../src/types.js';

export const DEV_SET = join(process.cwd(), 'fixtures', 'events', 'dev.jsonl');
export const SHARED = join(process.cwd(), '..', 'shared', 'data');
export const HAS_MASAKHANEWS = existsSync(join(SHARED, 'masakhanews-fra', 'dev.tsv'));

let docs: GoldEventDocument[] | null = null;

/** The dev set's documents (texts read from the seeds and ../shared; without ../shared, the seeds'). */
export function devDocuments(): GoldEventDocument[] {
  return (docs ??= readGoldEvents(DEV_SET, SHARED, (entry) => HAS_MASAKHANEWS || !entry.tsv));
}

/** One MasakhaNEWS dev article by row, as the dev set reads it. */
export function masakhanewsArticle(row: number): string {
  const d = devDocuments().find((x) => x.id === `masakhanews-fra/dev/${row}`);
  if (!d) throw new Error(`row ${row} is not in the dev set`);
  return d.text;
}

export const withMasakhanews = testIf(HAS_MASAKHANEWS, `${join(SHARED, 'masakhanews-fra', 'dev.tsv')} not found`);

let devRows: string[][] | null = null;
/** Any MasakhaNEWS French dev row (0-based, after the header), as headline, blank line, text. */
export function masakhanewsDevRow(row: number): string {
  devRows ??= parseQuotedTsv(readFileSync(join(SHARED, 'masakhanews-fra', 'dev.tsv'), 'utf8')).slice(1);
  const [, headline, text] = devRows[row];
  return `${headline}\n\n${text}`;
}

/** Triggers each text gives with the stem prefilter and with a full search (tests expect them equal), and their total. */
export function triggersBothWays(texts: string[]): { fast: Trigger[][]; full: Trigger[][]; total: number } {
  const fast: Trigger[][] = [];
  const full: Trigger[][] = [];
  for (const text of texts) {
    const doc = createDoc(text, {});
    for (const stage of DEFAULT_PIPELINE) if (stage.name !== 'events') stage.run(doc);
    fast.push(findTriggers(doc.text, doc.sentences, []));
    full.push(findTriggers(doc.text, doc.sentences, [], { prefilter: false }));
  }
  return { fast, full, total: fast.reduce((n, x) => n + x.length, 0) };
}

/** An event as the tests compare it: its type, trigger words and persons' names. */
export const briefEvent = (e: EventRecord) => ({ type: e.type, trigger: e.trigger.text, persons: e.persons.map((p) => p.name) });
/** The events extract() finds in a text, in brief. */
export const briefEvents = (text: string) => extract(text).events.map(briefEvent);
