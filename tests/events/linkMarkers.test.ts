/**
 * Link markers ("A lire aussi : …") are tried only where their second word occurs ("aussi",
 * "également", "sur BBC Afrique"), the verb found backwards; on real articles and on the
 * anchors' edge cases they must give the spans a scan of every position gives.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkSpans } from '../../src/events/index.js';
import { createDoc } from '../../src/pipeline/doc.js';
import { clean, sentences } from '../../src/pipeline/stages.js';
import { parseQuotedTsv } from '../../src/eval/events/reader.js';
import { HAS_MASAKHANEWS, SHARED, masakhanewsDevRow, withMasakhanews } from './helpers.js';

function bothWays(text: string): { gated: unknown; full: unknown; count: number } {
  const doc = createDoc(text, {});
  clean.run(doc);
  sentences.run(doc);
  const gated = linkSpans(doc.text, doc.sentences, doc.regions);
  return { gated, full: linkSpans(doc.text, doc.sentences, doc.regions, { gate: false }), count: gated.length };
}

const EDGE_CASES = [
  'Des soldats tués au Burkina. Lire aussi : Le Mali ferme ses frontières Au Niger la junte parle Regarder également\u00a0: la vidéo.',
  'Il faut prévoir aussi des vivres. A lire   aussi Les suspects ont été relâchés, a dit le procureur devant la presse réunie.',
  'Voir aussitôt le médecin. Écouter sur BBC Afrique les émissions du soir. Ecouter aussi Le journal Voir aussi',
];

describe('link marker anchors', () => {
  test('edge cases: the anchored search gives the spans of the full scan', () => {
    let n = 0;
    for (const text of EDGE_CASES) {
      const { gated, full, count } = bothWays(text);
      expect(gated).toEqual(full);
      n += count;
    }
    expect(n).toBeGreaterThanOrEqual(5);
  });

  test('seeds: the anchored search gives the spans of the full scan', () => {
    const dir = join(process.cwd(), 'fixtures', 'seeds');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const { gated, full } = bothWays(readFileSync(join(dir, f), 'utf8'));
      expect(gated).toEqual(full);
    }
  });

  withMasakhanews('MasakhaNEWS dev: the anchored search gives the spans of the full scan', () => {
    const rows = HAS_MASAKHANEWS ? parseQuotedTsv(readFileSync(join(SHARED, 'masakhanews-fra', 'dev.tsv'), 'utf8')).length - 1 : 0;
    let n = 0;
    for (let i = 0; i < rows; i++) {
      const { gated, full, count } = bothWays(masakhanewsDevRow(i));
      expect(gated).toEqual(full);
      n += count;
    }
    expect(n).toBeGreaterThan(0);
  });
});
