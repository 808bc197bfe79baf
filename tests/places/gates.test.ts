/**
 * The road and landmark patterns run only where their anchors are (roads: "R" before N/D/R,
 * "route", the letter after "l'"; landmarks: words the token table finds ending with a landmark
 * noun). On real articles and on the edge cases of those anchors, they must find exactly what
 * the same patterns scanning every position find.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognizeRoads } from '../../src/places/roads.js';
import { recognizeLandmarks } from '../../src/places/landmarks.js';
import { extract } from '../../src/extract.js';
import { KeyBits } from '../../src/text/keyBits.js';
import { TokenTable, keyOfId } from '../../src/text/tokenTable.js';
import { HAS_MASAKHANEWS, masakhanewsDevRow, withMasakhanews } from '../events/helpers.js';
import { parseQuotedTsv } from '../../src/eval/events/reader.js';

const seeds = (): string[] => {
  const dir = join(process.cwd(), 'fixtures', 'seeds');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
};

const devRows = (): string[] => {
  if (!HAS_MASAKHANEWS) return [];
  const rows = parseQuotedTsv(readFileSync(join(process.cwd(), '..', 'shared', 'data', 'masakhanews-fra', 'dev.tsv'), 'utf8')).length - 1;
  return Array.from({ length: rows }, (_, i) => masakhanewsDevRow(i));
};

/** Anchor edge cases: glued determiners, runs of spaces, both apostrophes, marks and digits before the letters. */
const EDGE_CASES = [
  "Le convoi a sauté sur la RN 7, puis sur la RN-16 et la RNIE 2 avant l'A7 et l’E40.",
  "Sur l'autoroute   A 6 et l'autoroute\u00a0E 17, la route nationale n° 15 puis la route départementale 934.",
  'RRN 5, 2RN 7, \u0301RN 9, RN 07, ARN 3, autorouteA 4, l’a 5, L\'A 12.',
  'Blessés, ils ont été conduits à l’hôpital Gabriel Touré puis au  stade Modibo Keïta et Lestade Mamadou Konaté.',
  "Une cérémonie sur l'Avenue Kwame Nkrumah, à l'aéroport Félix Houphouët-Boigny d'Abidjan et dans lamaternité Fousseyni Daou.",
  'Le camp Boiro, la base Ag Intallah, une cité Ould Daddah, la place de la Nation, aucampus Jean Dupont.',
];

describe('road and landmark anchors', () => {
  test('edge cases: the anchored search finds what the full scan finds', () => {
    let roads = 0;
    let landmarks = 0;
    for (const text of EDGE_CASES) {
      const r = recognizeRoads(text);
      expect(r).toEqual(recognizeRoads(text, { gate: false }));
      const l = recognizeLandmarks(text);
      expect(l).toEqual(recognizeLandmarks(text, { gate: false }));
      roads += r.length;
      landmarks += l.length;
    }
    expect(roads).toBeGreaterThanOrEqual(10);
    expect(landmarks).toBeGreaterThanOrEqual(6);
  });

  test('seeds: the anchored search finds what the full scan finds', () => {
    for (const text of seeds()) {
      expect(recognizeRoads(text)).toEqual(recognizeRoads(text, { gate: false }));
      expect(recognizeLandmarks(text)).toEqual(recognizeLandmarks(text, { gate: false }));
    }
  });

  withMasakhanews('MasakhaNEWS dev: the anchored search finds what the full scan finds', () => {
    let found = 0;
    for (const text of devRows()) {
      const l = recognizeLandmarks(text);
      expect(l).toEqual(recognizeLandmarks(text, { gate: false }));
      const r = recognizeRoads(text);
      expect(r).toEqual(recognizeRoads(text, { gate: false }));
      found += l.length + r.length;
    }
    expect(found).toBeGreaterThan(0);
  });

  test('record offsets of roads and landmarks are code points (an emoji before them)', () => {
    const text = "🇲🇱 Le convoi a sauté sur la RN 7, près de l'hôpital Gabriel Touré, à Bamako.";
    const rec = extract(text, {});
    const spans = rec.entities.filter((e) => e.type === 'place');
    expect(spans.map((e) => e.text)).toEqual(expect.arrayContaining(['RN 7', 'hôpital Gabriel Touré']));
    for (const e of rec.entities) expect([...text].slice(e.start, e.end).join('')).toBe(e.text);
  });
});

describe('per-id key flags', () => {
  test('a flag read by id is the flag of the folded word, for every word of the seeds', () => {
    const flags = new KeyBits((key) => (key.endsWith('e') ? 1 : 0) | (key.length > 6 ? 2 : 0));
    let words = 0;
    for (const text of seeds()) {
      const tk = new TokenTable(text);
      for (let i = 0; i < tk.length; i++) {
        const key = tk.folded(i);
        expect(keyOfId(tk.keyId(i))).toBe(key);
        expect(flags.of(tk.keyId(i)) & 3).toBe((key.endsWith('e') ? 1 : 0) | (key.length > 6 ? 2 : 0));
        words++;
      }
    }
    expect(words).toBeGreaterThan(1000);
  });
});
