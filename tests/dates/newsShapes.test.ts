/**
 * Session 15: dates in shapes of general news written for these tests (datelines, announced
 * plans, articles with no date of their own). Each sentence is ours.
 */
import { recognizeDates } from '../../src/dates/index.js';
import type { DocumentDate } from '../../src/types.js';
import { resolveDocumentDate } from '../../src/dates/documentDate.js';

const at = (value: string): DocumentDate => ({ value, source: 'option' });

/** Every date found: [text as sliced from the input, value]. */
function dates(text: string, doc: DocumentDate | null): [string, string | null][] {
  return recognizeDates(text, doc).map((m) => [text.slice(m.start, m.end), m.value]);
}

function one(text: string, doc: DocumentDate | null, span: string) {
  const found = recognizeDates(text, doc).filter((m) => text.slice(m.start, m.end) === span);
  expect(found).toHaveLength(1);
  return found[0];
}

describe("a dateline's dash opens the article, it is no range", () => {
  test('"le 3 décembre 2026 - Hier soir" is two dates', () => {
    const text = 'Paris, le 3 décembre 2026 - Hier soir, la police est intervenue dans le quartier.';
    expect(dates(text, at('2026-12-03'))).toEqual([
      ['le 3 décembre 2026', '2026-12-03'],
      ['Hier soir', '2026-12-02'],
    ]);
  });

  test('"Lyon, le 9 mars 2026 – Mardi, …" keeps the weekday on its own', () => {
    const text = 'Lyon, le 9 mars 2026 – Mardi, les syndicats ont appelé à la grève.';
    expect(dates(text, at('2026-03-09')).map(([t]) => t)).toEqual(['le 9 mars 2026', 'Mardi']);
  });

  test('a range of months written with a dash stays one range', () => {
    const text = 'Le bilan couvre la période juillet 2025 – Juin 2026.';
    expect(dates(text, at('2026-09-01'))).toEqual([['juillet 2025 – Juin 2026', '2025-07/2026-06']]);
  });
});

describe('a date inside an announced or planned object leans to the future', () => {
  const doc = at('2026-06-15');
  test.each([
    ['Le directeur a annoncé jeudi son départ au 15 juillet.', '15 juillet', '2026-07-15'],
    ["Le conseil a reporté au 2 juillet l'examen du texte.", '2 juillet', '2026-07-02'],
    ['La date limite a été fixée au 30 juin, a précisé la préfecture.', '30 juin', '2026-06-30'],
    ["Le ministre avait promis que le pont serait rouvert d'ici le 20 août.", 'le 20 août', '2026-08-20'],
    ['Le syndicat a confirmé le vote, prévu le 3 juillet.', 'le 3 juillet', '2026-07-03'],
    // nine months ahead against three back: a past month counts double, still the next one
    ['Le gouvernement a annoncé son retrait au 31 janvier.', '31 janvier', '2027-01-31'],
  ])('%s', (text, span, value) => {
    expect(one(text, doc, span).value).toBe(value);
  });

  test('a plan already past stays in the past ("prévu le 10 juin, a été annulé")', () => {
    expect(one('Le sommet, prévu le 10 juin, a été annulé.', doc, 'le 10 juin').value).toBe('2026-06-10');
  });

  test('without a plan word, the past tense still sends the date back', () => {
    expect(one('Le directeur a quitté ses fonctions le 15 juillet.', doc, 'le 15 juillet').value).toBe('2025-07-15');
  });
});

describe('a yearless date with no document date', () => {
  test('takes the year written before it, not a nearer one written after', () => {
    const text = "En 2019, le club est monté en première division, porté par un public fidèle et un entraîneur venu d'Espagne. Le 12 mars, il a battu le champion (promis à un stade neuf pour 2031).";
    const m = one(text, null, 'Le 12 mars');
    expect(m.value).toBe('2019-03-12');
    expect(m.relative).toBe(false);
  });

  test('takes a year written only later as a weak hint (lower confidence)', () => {
    const text = 'Le festival aura lieu le 12 mars. Les organisateurs en avaient parlé en 2027.';
    const m = one(text, null, 'le 12 mars');
    expect(m.value).toBe('2027-03-12');
    expect(m.confidence).toBeLessThan(0.7);
  });

  test("takes the year that closes its list (\"en janvier et en novembre 1910\")", () => {
    const text = "En 1898, la mission avait échoué. L'armée coloniale a été battue à deux reprises, en janvier et en novembre 1910.";
    expect(one(text, null, 'janvier').value).toBe('1910-01');
  });
});

describe('a clock time with a colon', () => {
  test('"Publié le 3 décembre 2026 à 07:30" puts the time on the header date', () => {
    const m = one('Publié le 3 décembre 2026 à 07:30\n\nLe gouvernement a présenté son plan.', at('2026-12-03'), 'le 3 décembre 2026');
    expect(m.value).toBe('2026-12-03T07:30');
    expect(m.time).toBe('07:30');
  });

  test('a score is no time, and a time needs its "à"', () => {
    const text = "L'équipe s'est imposée 3:1 mardi. Le match de mercredi, 20:15, est annulé.";
    expect(recognizeDates(text, at('2026-12-03')).map((m) => m.time)).toEqual([null, null]);
  });
});

describe('parts of days and years in letters', () => {
  const doc = at('2026-12-03');
  test('"la nuit dernière" is the day before the document day, as "hier soir"', () => {
    const m = one('La nuit dernière, des tirs ont été entendus près du camp.', doc, 'La nuit dernière');
    expect([m.value, m.relative]).toEqual(['2026-12-02', true]);
  });

  test('"à l\'aube" after a day joins its span; "à l\'aube de sa carrière" does not', () => {
    const text = "Mardi à l'aube, l'armée a frappé. Le 2 décembre, à l'aube de sa carrière, il a signé.";
    expect(dates(text, doc)).toEqual([
      ["Mardi à l'aube", '2026-12-01'],
      ['Le 2 décembre', '2026-12-02'],
    ]);
  });

  test('a year in letters after "en" / "l\'an", never a count', () => {
    const text = "En deux mille vingt, les faits étaient similaires. L'an deux mille a marqué les esprits. Il est né en mil neuf cent quatre-vingt-dix-huit. Le livre s'est vendu en deux mille exemplaires.";
    expect(dates(text, null)).toEqual([
      ['deux mille vingt', '2020'],
      ["L'an deux mille", '2000'],
      ['mil neuf cent quatre-vingt-dix-huit', '1998'],
    ]);
  });
});

describe('a dateline after a label in capitals', () => {
  test.each([
    ['COMMUNIQUÉ DE PRESSE – Niamey, 5 janvier 2027\n\nLe ministère annonce le lancement du programme.', '2027-01-05'],
    ['EXCLUSIF - Bamako, le 4 mars 2026 - Le ministre a parlé hier.', '2026-03-04'],
    ['URGENT – Abidjan, 12 mai 2026 (AFP) – Le président a démissionné ce matin.', '2026-05-12'],
  ])('%s', (text, value) => {
    expect(resolveDocumentDate(text, {})).toEqual({ value, source: 'dateline' });
  });

  test('a sentence in capitals is no label: its date stays a date of the text', () => {
    expect(resolveDocumentDate('ALERTE - Le 4 mars 2026, il a parlé.', {})).toBeNull();
  });
});

describe('quotes and interviews in the first person', () => {
  test('"Nous serons prêts en juin" in a January article is the June ahead', () => {
    expect(one('« Nous serons prêts en juin », assure la directrice.', at('2027-01-20'), 'juin').value).toBe('2027-06');
  });

  test('"nous aurons fini en mars" too', () => {
    expect(one('Nous aurons fini en mars, promet le chef de chantier.', at('2026-11-20'), 'mars').value).toBe('2027-03');
  });
});

describe('a narrative year frames the day opening the next sentence', () => {
  const text = 'En 2021, la Cour des comptes relève les mêmes anomalies. Le 17 novembre, le parquet ouvre une enquête.';
  test('"En 2021, … . Le 17 novembre, …" is November 2021, not the November nearest the document date', () => {
    expect(one(text, at('2024-07-02'), 'Le 17 novembre').value).toBe('2021-11-17');
  });

  test('a year inside its sentence frames nothing in the next one', () => {
    const other = 'La Cour des comptes a relevé en 2021 les mêmes anomalies. Le 17 novembre, le parquet ouvrira une enquête.';
    expect(one(other, at('2024-07-02'), 'Le 17 novembre').value).toBe('2024-11-17');
  });
});
