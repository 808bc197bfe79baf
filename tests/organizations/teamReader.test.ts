/**
 * The team reader (src/organizations/teamReader.ts) tries TEAM at one position and refuses the
 * positions where TEAM must fail, after a failure in the same run of letters, apostrophes and
 * hyphens. It must find exactly what a global scan of TEAM finds, on real articles and on the
 * runs where the skipping applies; and a chain of elided articles must cost linear time.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TEAM, teamNames } from '../../src/organizations/teamNames.js';
import { teamReader } from '../../src/organizations/teamReader.js';
import { scanMatches, stickyOf } from '../../src/text/anchorGate.js';
import { releaseTokenTable } from '../../src/text/tokenTable.js';
import type { OrganizationMention } from '../../src/mentions.js';
import { expectLinear } from '../timing.js';

const seedDir = join(process.cwd(), 'fixtures/seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedDir, f), 'utf8'));
const NEWS_DEV = join(process.cwd(), '..', 'shared', 'data', 'masakhanews-fra', 'dev.tsv');
const dev = existsSync(NEWS_DEV)
  ? readFileSync(NEWS_DEV, 'utf8').split('\n').slice(1).filter(Boolean).map((line) => line.split('\t').slice(1, 3).join('\n'))
  : [];

type Found = [number, string, string, string];
const found = (m: RegExpExecArray): Found => [m.index, m[0], m[1], m[2]];

/** Every match of the global scan, each scan going on after its match. */
function globalScan(s: string): Found[] {
  const out: Found[] = [];
  scanMatches(TEAM, stickyOf(TEAM), s, null, (m) => void out.push(found(m)));
  return out;
}

function readerScan(s: string, reader = teamReader(stickyOf(TEAM))): Found[] {
  const out: Found[] = [];
  scanMatches(null, reader, s, [0, s.length], (m) => void out.push(found(m)));
  return out;
}

test('on real articles the reader finds what the global scan finds', () => {
  const texts = [...seeds, ...dev];
  let n = 0;
  for (const text of texts) {
    const expected = globalScan(text);
    expect(readerScan(text)).toEqual(expected);
    n += expected.length;
  }
  // the articles hold "le Stade de Reims"-like phrases: the comparison is not between empty lists
  expect(n).toBeGreaterThan(dev.length > 0 ? 100 : 5);
});

test('after a failure in a run, an article ending the run still opens a team', () => {
  const texts = [
    // TEAM fails at "l’Aa-les" (" Bb Cc" is no "de"), but "les Bb Cc de Reims" is read after the run
    'Au match, l’Aa-les Bb Cc de Reims ont gagné.',
    'Au match, l’Aa-l’ Bb de Reims ont gagné.',
    'Au match, l’Aa-d’Bb de Reims et l’Aa-au Cc de Lens.',
    // a first word of one capital fails for its length, not for what follows
    'Au match, l’A-l’Bb de Reims ont gagné.',
    'Au match, les A-les Bb de Lens.',
  ];
  for (const text of texts) {
    const expected = globalScan(text);
    expect(expected.length).toBeGreaterThan(0);
    // one reader for all: what it learnt of one text is never used on another
    expect(readerScan(text)).toEqual(expected);
  }
  const reader = teamReader(stickyOf(TEAM));
  for (const text of [...texts, ...texts]) expect(readerScan(text, reader)).toEqual(globalScan(text));
});

test('a chain of elided articles costs linear time, with the word gates and without them', () => {
  const run = (prefix: string) => (n: number) => {
    const text = `${prefix}Le match. ${"l'Aa-".repeat(n)} et la suite.`;
    const out: OrganizationMention[] = [];
    teamNames(text, { start: 0, end: text.length }, out);
    releaseTokenTable();
    return out;
  };
  expectLinear('gated', run(''), 20_000);
  // a combining mark turns the gates off: every position is tried
  expectLinear('full scan', run('e\u0301 '), 20_000);
});
