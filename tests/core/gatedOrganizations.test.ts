/**
 * Club affixes, ampersand firms and national teams run their patterns only where a match can
 * begin (text/anchorScan.ts). The gate must be a necessary condition: gated and ungated scans
 * find the same spans, on real articles (WiNER-fr, French Wikinews CC BY 2.5, 2016: the training
 * side) and on edge cases (an '&' at either end, words cut by a region's bounds, characters
 * outside the BMP or combining marks glued to an abbreviation).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrganizationMention, Span } from '../../src/mentions.js';
import { clubAffixes } from '../../src/organizations/clubAffixes.js';
import { ampersandFirms } from '../../src/organizations/ampersandFirms.js';
import { nationalTeams } from '../../src/organizations/nationalTeams.js';
import { typed } from './typedEntities.js';
import { testIf } from '../skip.js';

type Recognizer = (text: string, r: Span, out: OrganizationMention[], gated?: boolean) => void;
const RECOGNIZERS: [string, Recognizer][] = [
  ['clubAffixes', clubAffixes],
  ['ampersandFirms', ampersandFirms],
  ['nationalTeams', nationalTeams],
];

function both(fn: Recognizer, text: string, regions: Span[]): { gated: OrganizationMention[]; ungated: OrganizationMention[] } {
  const gated: OrganizationMention[] = [];
  const ungated: OrganizationMention[] = [];
  for (const r of regions) {
    fn(text, r, gated, true);
    fn(text, r, ungated, false);
  }
  return { gated, ungated };
}

/** The spans found, as the text they cover. */
function texts(text: string, found: OrganizationMention[]): string[] {
  return found.map((o) => text.slice(o.start, o.end));
}

const WINER_2016 = join(process.cwd(), '..', 'shared', 'data', 'winer-fr', '2016');

describe('gated organization patterns find what the ungated ones find', () => {
  testIf(existsSync(WINER_2016), `${WINER_2016} not found`)('on the WiNER-fr 2016 articles, whole and cut into odd regions', () => {
    const found = new Map<string, number>();
    for (const month of readdirSync(WINER_2016).filter((m) => /^\d\d$/.test(m))) {
      for (const f of readdirSync(join(WINER_2016, month)).filter((n) => n.endsWith('.txt'))) {
        const text = readFileSync(join(WINER_2016, month, f), 'utf8');
        // the whole text, its lines, and regions cut at arbitrary offsets (inside words too)
        const lines: Span[] = [];
        let s = 0;
        for (const line of text.split('\n')) (lines.push({ start: s, end: s + line.length }), (s += line.length + 1));
        const cuts: Span[] = [];
        for (let k = 0; k < text.length; k += 97) cuts.push({ start: k, end: Math.min(text.length, k + 97) });
        for (const [name, fn] of RECOGNIZERS) {
          for (const regions of [[{ start: 0, end: text.length }], lines, cuts]) {
            const { gated, ungated } = both(fn, text, regions);
            expect(gated).toEqual(ungated);
          }
          found.set(name, (found.get(name) ?? 0) + both(fn, text, [{ start: 0, end: text.length }]).gated.length);
        }
      }
    }
    // the comparison is not vacuous: each recognizer finds names in these articles
    expect(found.get('clubAffixes')).toBeGreaterThanOrEqual(5);
    expect(found.get('ampersandFirms')).toBeGreaterThanOrEqual(2);
    expect(found.get('nationalTeams')).toBeGreaterThanOrEqual(2);
  });

  test('real sentences: the spans, gated', () => {
    // WiNER-fr 2016 sentences
    const clubs = "L’international français Jérémy Ménez a rejoint le club des Girondins de Bordeaux , en provenance du Milan AC . L’ancien sochalien (2004-2006), passé par l’ AS Monaco (2006-2008), l’ AS Rome (2008-2012)";
    expect(texts(clubs, both(clubAffixes, clubs, [{ start: 0, end: clubs.length }]).gated)).toEqual(['AS Monaco', 'AS Rome', 'Milan AC']);
    const team = "L' équipe d'Arménie de football a battu aujourd'hui celle du Monténégro";
    expect(texts(team, both(nationalTeams, team, [{ start: 0, end: team.length }]).gated)).toEqual(["équipe d'Arménie de football"]);
    const firm = 'Les magasins Marks & Spencer ferment, selon Ernst & Young.';
    expect(texts(firm, both(ampersandFirms, firm, [{ start: 0, end: firm.length }]).gated)).toEqual(['Marks & Spencer', 'Ernst & Young']);
  });

  const EDGES = [
    '& Fils',
    'Dolce & Gabbana',
    'Moët & Chandon &',
    '&',
    ' & ',
    'Chez Martin & Cie',
    'Martin &',
    'R&D et AT&T, Marks\u00a0&\u00a0Spencer',
    '𝐀𝐁 Marks & Spencer et 😀 Ernst & Young',
    '😀FC Nantes, 😀 Luleå HF😀, 𝐅𝐂 Nantes, Mora IK',
    'e\u0301FC Nantes et l\u0301AS Monaco, Mora IK\u0301 et Luleå HF\u20dd',
    'VfB Stuttgart, HKm Zvolen, ŠK Slovan Bratislava, MsHK Žilina',
    'Selon Mora IK, US Open, AS LE DÉCLARE',
    '𝐄quipe de France de football et 😀équipe de Tunisie de handball, Équipe de Slovénie',
    "l'équipe de France de rugby à sept, l'Équipe d'Écosse",
  ];

  test('invented edge cases, whole and cut at every offset', () => {
    for (const text of EDGES) {
      for (const [, fn] of RECOGNIZERS) {
        for (let k = 0; k <= text.length; k++) {
          const { gated, ungated } = both(fn, text, [{ start: 0, end: k }, { start: k, end: text.length }]);
          expect(gated).toEqual(ungated);
        }
        const { gated, ungated } = both(fn, text, [{ start: 0, end: text.length }]);
        expect(gated).toEqual(ungated);
      }
    }
    // and the gate lets through names right after astral characters and combining marks
    const spans = (fn: Recognizer, text: string) => texts(text, both(fn, text, [{ start: 0, end: text.length }]).gated);
    expect(spans(ampersandFirms, EDGES[8])).toEqual(['𝐀𝐁 Marks & Spencer', 'Ernst & Young']);
    expect(spans(ampersandFirms, EDGES[7])).toEqual(['Marks\u00a0&\u00a0Spencer']);
    expect(spans(clubAffixes, EDGES[9])).toEqual(['FC Nantes', 'Luleå HF', 'Mora IK']);
    expect(spans(clubAffixes, EDGES[10])).toEqual(['FC Nantes', 'AS Monaco', 'Mora IK', 'Luleå HF']);
    expect(spans(clubAffixes, EDGES[11])).toEqual(['VfB Stuttgart', 'HKm Zvolen', 'ŠK Slovan Bratislava', 'MsHK Žilina']);
    expect(spans(nationalTeams, EDGES[13])).toEqual(['équipe de Tunisie de handball', 'Équipe de Slovénie']);
  });

  test('after astral characters, the entities keep code point offsets', () => {
    const t = typed('😀 Les magasins Marks & Spencer ont fermé. 𝐀 Le club Mora IK a battu le FC Nantes.');
    expect(t['Marks & Spencer']).toBe('organization');
    expect(t['Mora IK']).toBe('organization');
    expect(t['FC Nantes']).toBe('organization');
  });
});
