/**
 * Unicode normalization: text saved by macOS tools or some scrapers arrives decomposed (NFD:
 * "GOI\u0308TA", "ge\u0301ne\u0301ral"). It names the same people, ranks, places, dates and
 * organizations as its composed (NFC) form, so the record must find the same entities, with
 * offsets that still slice back to the NFD text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract.js';
import type { ExtraitRecord } from '../../src/types.js';
import { invariantViolations } from './helpers.js';

const seedDir = join(process.cwd(), 'fixtures', 'seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();

/** Entities as "type:text" in composed form, sorted: comparable across normalization forms. */
function entityKeys(rec: ExtraitRecord): string[] {
  return rec.entities.map((e) => `${e.type}:${e.text.normalize('NFC')}`).sort();
}

describe('NFD input', () => {
  test('a short NFD sentence keeps its rank, person, place and date', () => {
    const nfc = 'Le général de brigade Moussa Sidibé est arrivé à Ségou le 6 février 2024, a indiqué l’état-major.';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const rec = extract(nfd, { referenceDate: '2024-02-07' });
    expect(invariantViolations(nfd, rec)).toEqual([]);
    expect(entityKeys(rec)).toEqual(entityKeys(extract(nfc, { referenceDate: '2024-02-07' })));
  });

  for (const file of seeds) {
    test(`seed ${file} in NFD: same language and entities as in NFC`, () => {
      const nfc = readFileSync(join(seedDir, file), 'utf8').normalize('NFC');
      const nfd = nfc.normalize('NFD');
      const a = extract(nfc, { id: file });
      const b = extract(nfd, { id: file });
      expect(invariantViolations(nfd, b)).toEqual([]);
      expect(b.language.code).toBe(a.language.code);
      expect(entityKeys(b)).toEqual(entityKeys(a));
    });
  }
});
