/**
 * Pre-tests that keep a long pattern from running (and V8 from compiling it) on texts where it
 * cannot match: the feature nouns of places/namedFeatures.ts, the first words of the title stop
 * phrases (people/titles/extent.ts). They must be necessary conditions: with the word gates and
 * without them, the same places and the same answers, on the seeds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setWordGates } from '../../src/text/anchorGate.js';
import { releaseTokenTable } from '../../src/text/tokenTable.js';
import { namedFeatures } from '../../src/places/namedFeatures.js';
import { crossesStop } from '../../src/people/titles/extent.js';
import { datelineAgencies } from '../../src/organizations/datelineAgencies.js';
import { recognizeDatelines } from '../../src/places/datelines.js';
import { resultListNames } from '../../src/people/resultLists.js';

const seedDir = join(process.cwd(), 'fixtures/seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedDir, f), 'utf8'));

function bothWays<T>(f: () => T): [T, T] {
  try {
    setWordGates(true);
    const gated = f();
    releaseTokenTable();
    setWordGates(false);
    const full = f();
    releaseTokenTable();
    return [gated, full];
  } finally {
    setWordGates(true);
  }
}

describe('cold-start gates', () => {
  it('namedFeatures finds the same places with and without the noun gate', () => {
    let found = 0;
    for (const text of [...seeds, 'Ils ont rejoint le lac Taupo hier.', 'Au LAC Taupo.', 'la baie de Kotor, les îles Belcher']) {
      const [gated, full] = bothWays(() => namedFeatures(text, []));
      expect(gated).toEqual(full);
      found += full.length;
    }
    expect(found).toBeGreaterThan(2);
  });

  it('a text without a feature noun has no feature place', () => {
    expect(namedFeatures('Le président Kaboré a reçu le ministre à Ouagadougou.', [])).toEqual([]);
    expect(namedFeatures('Une randonnée au lac Tana.', []).map((p) => p.normalized)).toEqual(['lac Tana']);
  });

  it('crossesStop answers the same with and without the first-word gate', () => {
    const spans = [
      'gouverneur de la région EN REMPLACEMENT du colonel',
      'gouverneur de la région en\u00a0remplacement du colonel',
      'directeur, qui a commencé sa carrière',
      'ministre de la Défense et des Anciens combattants',
      'préfet Depuis 2019',
      'chef de la diplomatie,À compter de lundi',
    ];
    for (const text of seeds) for (let k = 0; k + 120 < text.length; k += 37) spans.push(text.slice(k, k + 20 + (k % 140)));
    let stops = 0;
    for (const s of spans) {
      const [gated, full] = bothWays(() => crossesStop(s, 0, s.length));
      expect([s, gated]).toEqual([s, full]);
      if (full) stops++;
    }
    expect(stops).toBeGreaterThan(5);
    expect(crossesStop(spans[0], 0, spans[0].length)).toBe(true);
    expect(crossesStop(spans[3], 0, spans[3].length)).toBe(false);
  });

  it('dateline agencies are still found after every kind of date the pattern allows', () => {
    const agencies = (t: string) => datelineAgencies(t).map((o) => o.normalized);
    expect(agencies('JERUSALEM, 24 (Reuter). — Le gouvernement a dit')).toEqual(['Reuter']);
    expect(agencies('Berne, 15 septembre (ag.) Le Conseil fédéral')).toEqual(['ag.']);
    expect(agencies('Liestal, 1er\u00a0déc. , (ATS).- La police')).toEqual(['ATS']);
    expect(agencies('Genève, 3 août (Havas). — On apprend')).toEqual(['Havas']);
    expect(agencies("Le chef d'état-major (AES) a reçu ses homologues (le 6 novembre).")).toEqual([]);
  });

  it('section datelines need a dash, and are found with one', () => {
    expect(recognizeDatelines('Une note.\nGENÈVE. — La grève continue.').map((p) => p.normalized)).toEqual(['Genève']);
    expect(recognizeDatelines('Une note.\nGENÈVE. La grève continue.')).toEqual([]);
  });

  it('dated datelines are found after a comma, a period or "le", and prose dates are none', () => {
    const names = (t: string) => recognizeDatelines(t).map((p) => p.normalized);
    expect(names('Brève.\nPARIS, 15 (Havas). Le ministre')).toEqual(['Paris']);
    expect(names('Brève. BERLIN 30 octobre. Le chancelier')).toEqual(['Berlin']);
    expect(names('BAMAKO, le\u00a06 novembre (AFP) Le président')).toEqual(['Bamako']);
    expect(names('Le président a reçu, mercredi 6 novembre 2024, les chefs.')).toEqual([]);
  });

  it('a results list is still read after one to three digits and maybe a blank', () => {
    const text = 'Slalom : 1. Hans Camenzind (Sui) 2 . Peter Huser (Aut) 3. Karl Hotz à 2\'.';
    expect([...resultListNames(text)].map((s) => text.slice(s, s + 4))).toEqual(['Hans', 'Pete', 'Karl']);
    expect(resultListNames('En 2024. Hans Camenzind (Sui) a gagné.').size).toBe(0);
  });
});
