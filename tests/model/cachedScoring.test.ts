/**
 * The shipped tagger scores tokens from a per-word cache (score groups summed once per word
 * form, pair features finished from per-word halves, an unrolled Viterbi on integer scores).
 * It must decide exactly what the plain feature sum decides: the same spans with the same
 * scores as summing every token's full feature rows, on real news (MasakhaNEWS French dev,
 * French Wikinews from WiNER-fr, the seeds).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultModel, tagEntities } from '../../src/model/index.js';
import { sequenceEmissions, tagUncached } from '../../src/model/model.js';
import { parseQuotedTsv } from '../../src/eval/events/reader.js';
import { testIf } from '../skip.js';
import { expectLinear } from '../timing.js';

const SHARED = join(process.cwd(), '..', 'shared', 'data');
const MASAKHANEWS = join(SHARED, 'masakhanews-fra', 'dev.tsv');
const WINER = join(SHARED, 'winer-fr', '2017', '05');
const withMasakhanews = testIf(existsSync(MASAKHANEWS), `${MASAKHANEWS} not found`);
const withWiner = testIf(existsSync(WINER), `${WINER} not found`);

function masakhanewsDev(): string[] {
  return parseQuotedTsv(readFileSync(MASAKHANEWS, 'utf8'))
    .slice(1)
    .map(([, headline, text]) => `${headline}\n\n${text}`);
}

function winerMonth(): string[] {
  return readdirSync(WINER)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(WINER, f), 'utf8'));
}

/** Cached and uncached tagging of every text agree; returns how many spans were compared. */
function expectSameTags(texts: string[]): number {
  const model = defaultModel();
  let spans = 0;
  for (const text of texts) {
    const cached = tagEntities(text);
    expect(cached).toEqual(tagUncached(model, text));
    spans += cached.length;
  }
  return spans;
}

describe('cached tagger scoring', () => {
  const model = defaultModel();

  test('loaded weights take the integer path: the emissions equal the full feature sums exactly', () => {
    expect(model.weights).toBeInstanceOf(Int16Array);
    const text = readFileSync(join(process.cwd(), 'fixtures/seeds/000_77d6c83b56ae88aa.txt'), 'utf8');
    const { fast, slow } = sequenceEmissions(model, text);
    expect(fast.length).toBeGreaterThan(1000);
    expect(Array.from(fast)).toEqual(Array.from(slow));
    // the sums are not trivially zero
    expect(fast.some((x) => x !== 0)).toBe(true);
  });

  withMasakhanews('same spans and scores as the uncached sum on MasakhaNEWS French dev', () => {
    // the first 30 articles: the uncached sum is slow under jest
    const texts = masakhanewsDev().slice(0, 30);
    expect(texts.length).toBe(30);
    expect(expectSameTags(texts)).toBeGreaterThan(150);
  });

  withWiner('same spans and scores as the uncached sum on Wikinews (WiNER-fr, May 2017)', () => {
    const texts = winerMonth();
    expect(texts.length).toBeGreaterThan(10);
    expect(expectSameTags(texts)).toBeGreaterThan(100);
  });

  test('same spans after the word table has been filled and emptied by a stream of new words', () => {
    const seeds = join(process.cwd(), 'fixtures/seeds');
    const texts = readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .slice(0, 5)
      .map((f) => readFileSync(join(seeds, f), 'utf8'));
    const before = texts.map((t) => tagEntities(t));
    // 60,000 distinct capitalized "words": past the table's bound, in sequences the tagger scores
    const junk: string[] = [];
    for (let i = 0; i < 60_000; i++) junk.push(`le Mot${i.toString(36)}x`);
    for (let i = 0; i < junk.length; i += 1000) tagEntities(junk.slice(i, i + 1000).join(' '));
    expect(texts.map((t) => tagEntities(t))).toEqual(before);
    expect(expectSameTags(texts)).toBeGreaterThan(20);
  });

  test('time grows linearly with the number of new words', () => {
    let round = 0;
    const words = (n: number) => {
      round++;
      const parts: string[] = [];
      for (let i = 0; i < n; i++) parts.push(`à Ville${round}q${i.toString(36)}`);
      return parts.join(' ');
    };
    expectLinear('tagging text of new words', (n) => tagEntities(words(n)), 10_000);
  });
});
