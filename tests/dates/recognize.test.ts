import { readFileSync } from 'node:fs';
import { recognizeDates } from '../../src/dates/index.js';
import type { DocumentDate } from '../../src/types.js';
import type { DateMention } from '../../src/mentions.js';
import { expectLinear } from '../timing.js';

const DOC: DocumentDate = { value: '2024-11-06', source: 'option' }; // a Wednesday

function only(text: string, doc: DocumentDate | null = DOC): DateMention & { text: string } {
  const found = recognizeDates(text, doc);
  expect(found).toHaveLength(1);
  return { ...found[0], text: text.slice(found[0].start, found[0].end) };
}

describe('absolute and yearless dates (document date 2024-11-06)', () => {
  test.each([
    ['mercredi 6 novembre 2024', 'mercredi 6 novembre 2024', '2024-11-06', 'day'],
    ['Ils se sont réunis le 6 mars 2024.', 'le 6 mars 2024', '2024-03-06', 'day'],
    ['signée le 16 septembre 2023,', 'le 16 septembre 2023', '2023-09-16', 'day'],
    ['le 14/07/2024', 'le 14/07/2024', '2024-07-14', 'day'],
    ['tenue en avril 2025', 'avril 2025', '2025-04', 'month'],
    ['créée en 2023', '2023', '2023', 'year'],
    ['dans les années 90', 'les années 90', '199', 'decade'],
    ['attendu fin octobre', 'fin octobre', '2024-10', 'month'],
    ['prévu début 2024', 'début 2024', '2024', 'year'],
    // the article belongs to the noun phrase (TimeML), the preposition does not
    ['jusqu\u2019à la mi-juillet', 'la mi-juillet', '2024-07', 'month'],
    ['au cours du mois de juin', 'mois de juin', '2024-06', 'month'],
    ['au 1er trimestre 2024', '1er trimestre 2024', '2024-Q1', 'quarter'],
    ['du 3 au 5 mai 2025', 'du 3 au 5 mai 2025', '2025-05-03/2025-05-05', 'range'],
    ['entre le 2 mai et le 14 juillet', 'entre le 2 mai et le 14 juillet', '2024-05-02/2024-07-14', 'range'],
    ['le 6 mai dernier', 'le 6 mai dernier', '2024-05-06', 'day'],
  ])('%s', (input, text, value, granularity) => {
    const m = only(input);
    expect(m.text).toBe(text);
    expect(m.value).toBe(value);
    expect(m.granularity).toBe(granularity);
  });

  test('"le 1er janvier" in a June article is this year, in a November one the coming January', () => {
    expect(only('le 1er janvier', { value: '2024-06-10', source: 'option' }).value).toBe('2024-01-01');
    expect(only('le 1er janvier', DOC).value).toBe('2025-01-01');
  });

  test('"dernier" puts a yearless date before the document date', () => {
    expect(only('le 20 décembre dernier', DOC).value).toBe('2023-12-20');
    expect(only('le 13 avril prochain', DOC).value).toBe('2025-04-13');
  });
});

describe('relative expressions', () => {
  test.each([
    ['ce mercredi', '2024-11-06', 'day'],
    ['vendredi dernier', '2024-11-01', 'day'],
    ['lundi prochain', '2024-11-11', 'day'],
    ['hier', '2024-11-05', 'day'],
    ['aujourd\u2019hui', '2024-11-06', 'day'],
    ['le mois dernier', '2024-10', 'month'],
    ['l\u2019an dernier', '2023', 'year'],
    ['il y a deux semaines', '2024-10-23', 'day'],
    ['dimanche matin', '2024-11-03', 'day'],
    ['cette semaine', '2024-W45', 'week'],
  ])('%s', (input, value, granularity) => {
    const m = only(input);
    expect(m.text).toBe(input);
    expect(m.value).toBe(value);
    expect(m.granularity).toBe(granularity);
    expect(m.relative).toBe(true);
  });

  test('"la veille" is the day before the previous dated mention', () => {
    const text = 'La réunion du 12 mars 2024 a été préparée la veille.';
    const found = recognizeDates(text, DOC);
    expect(found.map((m) => m.value)).toEqual(['2024-03-12', '2024-03-11']);
  });

  test('with no document date, relative expressions have no value', () => {
    for (const t of ['hier', 'vendredi dernier', 'le mois dernier', 'l\'an dernier', 'ce mercredi']) {
      const m = only(t, null);
      expect(m.value).toBeNull();
      expect(m.relative).toBe(true);
    }
  });

  test('a month-only document date resolves "le mois dernier", and "hier" only to the month', () => {
    const doc: DocumentDate = { value: '2024-11', source: 'header' };
    expect(only('le mois dernier', doc).value).toBe('2024-10');
    const hier = only('hier', doc);
    expect(hier.value).toBe('2024-11');
    expect(hier.granularity).toBe('month');
    expect(hier.confidence).toBeLessThan(0.7);
  });
});

describe('times of day', () => {
  test('"à 15h30" attaches to its date', () => {
    const m = only('mercredi 6 novembre 2024 à 15h30');
    expect(m.value).toBe('2024-11-06T15:30');
    expect(m.time).toBe('15:30');
    expect(m.granularity).toBe('time');
  });
  test('"vers 6 heures du matin" attaches to "dimanche"', () => {
    const m = only('dimanche vers 6 heures du matin');
    expect(m.value).toBe('2024-11-03T06:00');
    expect(m.time).toBe('06:00');
  });
  test('"ce matin à 10h" takes the document day; a bare time is skipped', () => {
    expect(only('ce matin à 10h').value).toBe('2024-11-06T10:00');
    expect(recognizeDates('Le convoi est parti à 15h30.', DOC)).toEqual([]);
  });
});

describe('weekday consistency (seed 004)', () => {
  const seed = readFileSync(new URL('../../fixtures/seeds/004_ae873413d8af6167.txt', import.meta.url), 'utf8');
  test('"vendredi 20 juin dernier" with "avril 2025" in the text and no document date is 2025-06-20', () => {
    const found = recognizeDates(seed, null);
    const friday = found.find((m) => seed.slice(m.start, m.end).includes('20 juin'));
    expect(friday?.value).toBe('2025-06-20');
    expect(friday?.relative).toBe(false);
    expect(found.some((m) => m.value === '2025-04')).toBe(true);
  });
  test('a weekday no nearby year agrees with lowers the confidence', () => {
    // 20 June was a Thursday in 2024 and a Tuesday in 2023; "dernier" forbids 2025
    const m = only('le vendredi 20 juin dernier', DOC);
    expect(m.confidence).toBeLessThan(0.5);
  });
  test('a weekday moves the year to a nearby one where it fits', () => {
    // no document date, text year 2024: 20 June 2025 is the nearby Friday
    const found = recognizeDates('En 2024, rien. Puis le vendredi 20 juin, tout a changé.', null);
    expect(found.map((m) => m.value)).toEqual(['2024', '2025-06-20']);
  });
});

describe('no invented dates', () => {
  test.each([
    'la continuité du maintien de la paix',
    'un match à Marseille',
    'Ousmane Mai a déclaré',
    '1.500 personnes déplacées',
    '2 000 personnes',
    '2000 soldats',
    'la route nationale numéro 6',
    'page 12',
    'tél : +223 76 12 34 56',
    'la mer est calme et le jeu est ouvert',
    'il a été blessé',
    'les 3-4 ans',
  ])('%s', (text) => {
    expect(recognizeDates(text, DOC)).toEqual([]);
  });

  test('"juin" alone in lower case is a month', () => {
    expect(only('attendu en juin').value).toBe('2024-06');
  });
});

describe('robustness', () => {
  test('offsets are into the original text (typographic apostrophes, emoji)', () => {
    const text = '🎉 Aujourd’hui, et l’an dernier.';
    const found = recognizeDates(text, DOC);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['Aujourd’hui', 'l’an dernier']);
  });
  test('a 1 MB line without spaces and "M. M. M." repeated stay linear', () => {
    expectLinear('a line without spaces', (n) => recognizeDates('x'.repeat(n) + '12', DOC), 500_000);
    expectLinear('"M. " repeated', (n) => recognizeDates('M. '.repeat(n), DOC), 50_000);
    expectLinear('"2024" repeated', (n) => recognizeDates('2024'.repeat(n), DOC), 25_000);
  });
});
