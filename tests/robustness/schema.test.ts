/**
 * The published JSON Schema (docs/record.schema.json) against real records and against
 * hand-made records that break the contract: the schema must accept the one and reject the other.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract.js';
import { SCHEMA_VERSION, type ErrorRecord, type ExtraitRecord } from '../../src/types.js';
import { recordSchema, RECORD_SCHEMA_PATH } from '../../src/schema.js';
import { invariantViolations, schemaErrors } from './helpers.js';

const seedDir = join(process.cwd(), 'fixtures', 'seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();

describe('record schema', () => {
  test('is a draft 2020-12 schema at the documented path', () => {
    expect(RECORD_SCHEMA_PATH.endsWith(join('docs', 'record.schema.json'))).toBe(true);
    expect(recordSchema().$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  test('five seed articles exist', () => {
    expect(seeds).toHaveLength(5);
  });

  for (const file of seeds) {
    test(`seed ${file}: record validates and its offsets hold`, () => {
      const text = readFileSync(join(seedDir, file), 'utf8');
      const rec = extract(text, { id: file });
      expect(schemaErrors(rec)).toEqual([]);
      expect(invariantViolations(text, rec)).toEqual([]);
      // a seed is a real article: a record without entities would validate trivially
      expect(rec.entities.length).toBeGreaterThan(5);
      expect(new Set(rec.entities.map((e) => e.type)).size).toBeGreaterThanOrEqual(3);
    });
  }

  test('every entity type, with all its fields, validates', () => {
    const rec: ExtraitRecord = {
      schemaVersion: SCHEMA_VERSION,
      id: 'a.txt',
      language: { code: 'fr', confidence: 0.97, reliable: true },
      documentDate: { value: '2024-11', source: 'header' },
      sentences: [{ start: 0, end: 10, text: 'x' }],
      entities: [
        { type: 'person', text: 'Assimi GOÏTA', start: 0, end: 12, sentence: 0, name: 'Assimi Goïta', rank: 'Général d’Armée', rankNormalized: "général d'armée", title: 'ancien ministre', honorific: 'M.', cluster: 0 },
        { type: 'rank', text: 'Général', start: 0, end: 7, sentence: 0, normalized: 'général', service: null },
        { type: 'place', text: 'Bamako', start: 0, end: 6, sentence: 0, normalized: 'Bamako', country: 'ML', kind: 'city', latitude: 12.65, longitude: -8 },
        { type: 'place', text: 'Liptako', start: 0, end: 7, sentence: 0, normalized: 'Liptako', country: null, kind: 'area', latitude: null, longitude: null },
        { type: 'date', text: 'hier', start: 0, end: 4, sentence: 0, value: null, granularity: 'day', relative: true, time: null, confidence: 1 },
        { type: 'date', text: '6 novembre 2024 à 14h30', start: 0, end: 4, sentence: 0, value: '2024-11-06T14:30', granularity: 'time', relative: false, time: '14:30', confidence: 0.5 },
        { type: 'organization', text: 'AES', start: 0, end: 3, sentence: 0, normalized: 'Alliance des États du Sahel', acronym: 'AES' },
      ],
      encoding: 'windows-1252',
      regions: [{ start: 0, end: 12 }],
      people: [{ cluster: 0, name: 'Assimi Goïta', mentions: [0], ranks: ["général d'armée"], rank: "général d'armée", service: 'army', titles: [{ text: 'ancien ministre', start: 0, end: 15, former: true }] }],
      events: [
        { type: 'appointment', trigger: { text: 'est nommé', start: 0, end: 9 }, sentence: 0, persons: [{ entity: 0, name: 'Assimi Goïta' }], post: 'chef d’état-major', rank: null, place: { entity: 2, name: 'Bamako' }, date: { entity: 5, value: '2024-11-06T14:30' }, fatalities: null, injured: null, approximate: false, perpetrator: null, replaces: null, confidence: 0.8 },
        { type: 'attack', trigger: { text: 'une attaque', start: 0, end: 11 }, sentence: 0, persons: [], post: null, rank: null, place: null, date: null, fatalities: 100, injured: 3, approximate: true, perpetrator: { entity: 6, name: 'AES' }, replaces: null, confidence: 0.7 },
      ],
      warnings: ['w'],
    };
    expect(schemaErrors(rec)).toEqual([]);
    const err: ErrorRecord = { schemaVersion: SCHEMA_VERSION, id: 'b.txt', error: { message: 'invalid UTF-8' } };
    expect(schemaErrors(err)).toEqual([]);
    expect(schemaErrors({ ...rec, documentDate: null })).toEqual([]);
  });

  // each mutation breaks one promise of src/types.ts; the schema must notice every one
  const base = (): Record<string, any> => ({
    schemaVersion: SCHEMA_VERSION,
    id: 'a',
    language: { code: 'fr', confidence: 1, reliable: true },
    documentDate: null,
    sentences: [{ start: 0, end: 5, text: 'Mali.' }],
    entities: [{ type: 'place', text: 'Mali', start: 0, end: 4, sentence: 0, normalized: 'Mali', country: 'ML', kind: 'country', latitude: 17, longitude: -4 }],
    encoding: null,
    regions: [{ start: 0, end: 5 }],
    people: [{ cluster: 0, name: 'X', mentions: [0], ranks: [], rank: null, service: null, titles: [{ text: 'maire', start: 0, end: 5, former: false }] }],
    events: [{ type: 'attack', trigger: { text: 'Mali', start: 0, end: 4 }, sentence: 0, persons: [], post: null, rank: null, place: { entity: 0, name: 'Mali' }, date: null, fatalities: 15, injured: null, approximate: false, perpetrator: null, replaces: null, confidence: 0.7 }],
    warnings: [],
  });
  const mutations: [string, (r: Record<string, any>) => Record<string, any> | void][] = [
    ['an unknown record field', (r) => { r.extra = 1; }],
    ['a missing warnings array', (r) => { delete r.warnings; }],
    ['an encoding extrait never reads', (r) => { r.encoding = 'ebcdic'; }],
    ['a region without its end', (r) => { r.regions = [{ start: 0 }]; }],
    ['a missing people array', (r) => { delete r.people; }],
    ['a person summary title without its former flag', (r) => { delete r.people[0].titles[0].former; }],
    ['a person summary with no mention', (r) => { r.people[0].mentions = []; }],
    ['a person mention without rankNormalized', (r) => { r.entities[0] = { type: 'person', text: 'X', start: 0, end: 1, sentence: 0, name: 'X', rank: null, title: null, honorific: null, cluster: 0 }; }],
    ['a missing documentDate (null is required, not absence)', (r) => { delete r.documentDate; }],
    ['an unknown document date source', (r) => { r.documentDate = { value: '2024', source: 'guess' }; }],
    ['a document date that is not ISO', (r) => { r.documentDate = { value: '6/11/2024', source: 'header' }; }],
    ['a confidence above 1', (r) => { r.language.confidence = 1.5; }],
    ['a fractional offset', (r) => { r.entities[0].start = 0.5; }],
    ['a negative offset', (r) => { r.sentences[0].start = -1; }],
    ['an unknown entity type', (r) => { r.entities[0].type = 'weapon'; }],
    ['an entity field of another type (place with acronym)', (r) => { r.entities[0].acronym = null; }],
    ['a place without longitude', (r) => { delete r.entities[0].longitude; }],
    ['a lower-case country code', (r) => { r.entities[0].country = 'ml'; }],
    ['a person without cluster', (r) => { r.entities[0] = { type: 'person', text: 'X', start: 0, end: 1, sentence: 0, name: 'X', rank: null, rankNormalized: null, title: null, honorific: null }; }],
    ['a person rank that is undefined rather than null', (r) => { r.entities[0] = { type: 'person', text: 'X', start: 0, end: 1, sentence: 0, name: 'X', rankNormalized: null, title: null, honorific: null, cluster: 0 }; }],
    ['a date with an unknown granularity', (r) => { r.entities[0] = { type: 'date', text: 'x', start: 0, end: 1, sentence: 0, value: '2024', granularity: 'century', relative: false, time: null, confidence: 1 }; }],
    ['a date time that is not HH:MM', (r) => { r.entities[0] = { type: 'date', text: 'x', start: 0, end: 1, sentence: 0, value: '2024', granularity: 'time', relative: false, time: '14h30', confidence: 1 }; }],
    ['a rank normalized as a number', (r) => { r.entities[0] = { type: 'rank', text: 'x', start: 0, end: 1, sentence: 0, normalized: 3, service: null }; }],
    ['an error record with a stray field', () => ({ schemaVersion: SCHEMA_VERSION, id: 'x', error: { message: 'm', stack: 's' } })],
    ['an error record without message', () => ({ schemaVersion: SCHEMA_VERSION, id: 'x', error: {} })],
    ['a record that mixes entities and error', (r) => { r.error = { message: 'm' }; }],
    ['a missing events array', (r) => { delete r.events; }],
    ['an unknown event type', (r) => { r.events[0].type = 'protest'; }],
    ['a negative toll', (r) => { r.events[0].fatalities = -1; }],
    ['a fractional toll', (r) => { r.events[0].fatalities = 1.5; }],
    ['an event argument without its entity index', (r) => { r.events[0].place = { name: 'Mali' }; }],
    ['an event without trigger offsets', (r) => { r.events[0].trigger = { text: 'Mali' }; }],
    ['an event argument left undefined rather than null', (r) => { delete r.events[0].perpetrator; }],
  ];
  for (const [name, mutate] of mutations) {
    test(`rejects ${name}`, () => {
      const r = base();
      expect(schemaErrors(mutate(r) ?? r).length).toBeGreaterThan(0);
    });
  }
  test('the unmutated base record validates (the rejections above are the mutations\' doing)', () => {
    expect(schemaErrors(base())).toEqual([]);
  });
});
