/**
 * `extrait eval --format events`: the JSON Lines reader, the scorer (figures computed by hand
 * below), and the command end to end.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseQuotedTsv, readGoldEvents } from '../../src/eval/events/reader.js';
import { EventScorer } from '../../src/eval/events/score.js';
import type { EventRecord } from '../../src/types.js';
import { assertBuilt, cli } from '../cli/helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extrait-evalevents-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A predicted event with only what the scorer reads. */
function predicted(type: EventRecord['type'], trigger: [string, number, number], extra: Partial<EventRecord> = {}): EventRecord {
  return { type, trigger: { text: trigger[0], start: trigger[1], end: trigger[2] }, sentence: 0, persons: [], post: null, rank: null, place: null, date: null, fatalities: null, injured: null, approximate: false, perpetrator: null, replaces: null, confidence: 0.8, ...extra };
}

describe('parseQuotedTsv', () => {
  test('quoted fields hold tabs, newlines and doubled quotes', () => {
    expect(parseQuotedTsv('a\tb\n"x\ty"\t"say ""hi""\nthere"\nlast\t\n')).toEqual([['a', 'b'], ['x\ty', 'say "hi"\nthere'], ['last', '']]);
  });
});

describe('readGoldEvents', () => {
  test('inline text, a text file beside the gold, and a TSV row under the data directory', () => {
    writeFileSync(join(dir, 'article.txt'), 'Texte du fichier.');
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'data', 'c.tsv'), 'category\theadline\ttext\nx\tTitre\t"Corps, ""cité"""\n');
    writeFileSync(join(dir, 'gold.jsonl'), [
      JSON.stringify({ id: 'a', text: 'Texte.', date: '2024-11-06', events: [{ type: 'meeting', place: 'Bamako' }] }),
      JSON.stringify({ id: 'b', textFile: 'article.txt', events: [] }),
      JSON.stringify({ id: 'c', tsv: { file: 'c.tsv', row: 0 }, events: [] }),
    ].join('\n') + '\n');
    const docs = readGoldEvents(join(dir, 'gold.jsonl'), join(dir, 'data'));
    expect(docs.map((d) => [d.id, d.text, d.date])).toEqual([['a', 'Texte.', '2024-11-06'], ['b', 'Texte du fichier.', undefined], ['c', 'Titre\n\nCorps, "cité"', undefined]]);
  });
  test('a line without text or events is an error naming the line', () => {
    writeFileSync(join(dir, 'bad.jsonl'), '{"id":"x","events":[]}\n');
    expect(() => readGoldEvents(join(dir, 'bad.jsonl'))).toThrow(/bad\.jsonl:1: no "text"/);
  });
});

describe('EventScorer', () => {
  const text = 'Le général X est nommé chef. Une attaque à Dibilou a fait 15 morts. Il a reçu Y à Bamako.';
  //            0         1         2         3         4         5         6         7         8
  test('matching by trigger, person or place; per-type counts and argument accuracy', () => {
    const scorer = new EventScorer();
    scorer.add('d', text, [
      { type: 'appointment', trigger: 'est nommé', persons: ['Salifou Modi'], post: 'chef' },
      { type: 'attack', trigger: 'Une attaque', place: 'Dibilou', fatalities: 15 },
      { type: 'meeting', trigger: 'a reçu', persons: ['Y'], place: 'Bamako' },
      { type: 'arrest', persons: ['Z'] },
    ], [
      // matched by its trigger ("est nommé" at 13–22); post right, person right (one name holds the other)
      predicted('appointment', ['est nommé', 13, 22], { persons: [{ entity: 0, name: 'Modi' }], post: 'chef' }),
      // matched by its place though the trigger differs; toll wrong
      predicted('attack', ['a fait', 52, 58], { place: { entity: 1, name: 'Dibilou' }, fatalities: 51 }),
      // same trigger, wrong type: not a match, and spurious
      predicted('dismissal', ['a reçu', 72, 78]),
    ]);
    // gold 4, predicted 3, matched 2 → P 2/3, R 2/4, F1 2·(2/3)(1/2)/(2/3+1/2) = 4/7
    expect(scorer.overall()).toEqual({ type: 'all', gold: 4, predicted: 3, matched: 2, precision: 0.667, recall: 0.5, f1: 0.571 });
    expect(scorer.perType().map((t) => [t.type, t.gold, t.predicted, t.matched, t.f1])).toEqual([
      ['appointment', 1, 1, 1, 1],
      ['arrest', 1, 0, 0, 0],
      ['attack', 1, 1, 1, 1],
      ['dismissal', 0, 1, 0, 0],
      ['meeting', 1, 0, 0, 0],
    ]);
    // scored: appointment persons ✓ post ✓; attack place ✓ fatalities ✗ (always scored for attacks)
    expect(scorer.argumentScores()).toEqual([
      { argument: 'persons', scored: 1, correct: 1, accuracy: 1 },
      { argument: 'post', scored: 1, correct: 1, accuracy: 1 },
      { argument: 'place', scored: 1, correct: 1, accuracy: 1 },
      { argument: 'fatalities', scored: 1, correct: 0, accuracy: 0 },
    ]);
    expect(scorer.misses.map((m) => m.kind).sort()).toEqual(['argument', 'missed', 'missed', 'spurious']);
  });
  test('a gold argument given as null expects null; one left out is not scored', () => {
    const scorer = new EventScorer();
    scorer.add('d', text, [{ type: 'appointment', trigger: 'est nommé', post: null }], [predicted('appointment', ['est nommé', 13, 22], { post: 'chef' })]);
    expect(scorer.argumentScores()).toEqual([{ argument: 'post', scored: 1, correct: 0, accuracy: 0 }]);
  });
});

describe('extrait eval --format events', () => {
  beforeAll(() => assertBuilt());
  test('scores inline-text gold and prints per-type figures', () => {
    const gold = join(dir, 'cmd.jsonl');
    writeFileSync(gold, JSON.stringify({ id: 'x', text: 'Le général de division Salifou Modi est nommé chef d’état-major des armées.', events: [{ type: 'appointment', trigger: 'est nommé', persons: ['Salifou Modi'], post: 'chef d’état-major des armées' }] }) + '\n');
    const r = cli(['eval', '--gold', gold, '--format', 'events', '--json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.overall).toMatchObject({ gold: 1, predicted: 1, matched: 1, f1: 1 });
    expect(report.arguments).toEqual([
      { argument: 'persons', scored: 1, correct: 1, accuracy: 1 },
      { argument: 'post', scored: 1, correct: 1, accuracy: 1 },
    ]);
    const table = cli(['eval', '--gold', gold, '--format', 'events']);
    expect(table.stdout).toMatch(/^appointment\s+1\s+1\s+1\s+100\.0\s+100\.0\s+100\.0$/m);
  });
});

