/**
 * Expressions added after the first version: clock times kept out of the date span, habitual
 * seasons, n-th weekdays, feasts, centuries, days without a month, periods counted from the
 * previous date, and the words that must stay words.
 */
import { recognizeDates } from '../../src/dates/index.js';
import type { DocumentDate } from '../../src/types.js';

const DOC: DocumentDate = { value: '2024-11-06', source: 'option' }; // a Wednesday

/** [text of the mention, value] for every mention found. */
function found(text: string, doc: DocumentDate | null = DOC): [string, string | null][] {
  return recognizeDates(text, doc).map((m) => [text.slice(m.start, m.end), m.value]);
}

describe('a clock time is carried by the date, outside its span', () => {
  test.each([
    ['jeudi 16 septembre 1999, à 18 h', 'jeudi 16 septembre 1999', '1999-09-16T18:00', '18:00'],
    ['le jeudi 23 mai 2002, à 20 h 30, au stade', 'le jeudi 23 mai 2002', '2002-05-23T20:30', '20:30'],
    ['Vers 0 h 40, jeudi, deux voitures', 'jeudi', '2024-11-07T00:40', '00:40'],
    ['le 31 décembre 1999 à minuit', 'le 31 décembre 1999', '1999-12-31T00:00', '00:00'],
  ])('%s', (input, text, value, time) => {
    const ms = recognizeDates(input, DOC);
    expect(ms).toHaveLength(1);
    expect(input.slice(ms[0].start, ms[0].end)).toBe(text);
    expect(ms[0].value).toBe(value);
    expect(ms[0].time).toBe(time);
    expect(ms[0].granularity).toBe('time');
  });
});

describe('seasons', () => {
  test('a season after "en" or in "été comme hiver" is habitual: XXXX', () => {
    expect(found('les ventes connaissent un boom en été.')).toEqual([['été', 'XXXX-SU']]);
    expect(found('Eté comme hiver.')).toEqual([['Eté', 'XXXX-SU'], ['hiver', 'XXXX-WI']]);
    expect(found('Pendant les mois d\u2019été, le camping est plein.')).toEqual([['les mois d\u2019été', 'XXXX-SU']]);
  });
  test('a particular season keeps its year', () => {
    expect(found('cet été')).toEqual([['cet été', '2024-SU']]);
    expect(found('en été 2023')).toEqual([['été 2023', '2023-SU']]);
    expect(found('au printemps de l\'année 2000')).toEqual([['printemps de l\'année 2000', '2000-SP']]);
  });
  test('an event named after a season is no date', () => {
    expect(found('ont participé au printemps de l\'environnement')).toEqual([]);
  });
});

describe('n-th weekday of a month or season', () => {
  test.each([
    ['le premier dimanche du printemps 2000', '2000-03-26'],
    ['le dernier vendredi de juin 1999', '1999-06-25'],
    ['le deuxième mardi du mois de novembre 2024', '2024-11-12'],
    ['le premier dimanche de l\'hiver 2024', '2024-12-22'],
  ])('%s', (input, value) => {
    expect(found(input)).toEqual([[input, value]]);
  });
  test('a year said earlier in the sentence frames it', () => {
    const text = 'Une opération renouvelée l\'an prochain, sans doute le premier dimanche du printemps.';
    expect(found(text, { value: '1999-05-19', source: 'option' })).toEqual([['l\'an prochain', '2000'], ['le premier dimanche du printemps', '2000-03-26']]);
  });
});

describe('year of a yearless date', () => {
  test('"En 2023, … le 6 mars" is in 2023; a year after "depuis" frames nothing', () => {
    expect(found('En 2023, le groupe a attaqué le 6 mars.')).toEqual([['2023', '2023'], ['le 6 mars', '2023-03-06']]);
    expect(found('Depuis 2015, le groupe a attaqué le 6 mars.')).toEqual([['2015', '2015'], ['le 6 mars', '2024-03-06']]);
  });
  test('"dernier" outranks a framing year it contradicts', () => {
    expect(found('A l\'approche de 2025, le stock atteignait le 3 mars dernier un record.')).toEqual([['2025', '2025'], ['le 3 mars dernier', '2024-03-03']]);
  });
  test('"depuis janvier" in a November article is the January before', () => {
    expect(found('depuis janvier')).toEqual([['janvier', '2024-01']]);
    expect(found('en janvier')).toEqual([['janvier', '2025-01']]);
  });
});

describe('days named from an event or from the previous date', () => {
  test('"hier, au lendemain de la démission" is yesterday; alone it has no value', () => {
    expect(found('Le vote semblait acquis hier, au lendemain de la démission du gouvernement.')).toEqual([['hier', '2024-11-05'], ['lendemain', '2024-11-05']]);
    expect(found('à la veille du scrutin, il a parlé.')).toEqual([['veille', null]]);
    expect(found('le jour même de l\'attaque')).toEqual([]);
  });
  test('"le lendemain" of a range counts from its last day', () => {
    expect(found('Le tribunal a jugé lundi un homme. Les faits remontent à la nuit du 14 au 15 août 2025. Interpellé le lendemain, il a avoué.')).toEqual([
      ['lundi', '2024-11-04'], ['du 14 au 15 août 2025', '2025-08-14/2025-08-15'], ['le lendemain', '2025-08-16'],
    ]);
  });
  test('"trois jours plus tard", "deux semaines après" count from the previous day of the text', () => {
    expect(found("Le 3 mai 2024, le président est arrêté. Trois jours plus tard, l'état d'urgence est prolongé. Il est libéré deux semaines après.")).toEqual([
      ['Le 3 mai 2024', '2024-05-03'], ['Trois jours plus tard', '2024-05-06'], ['deux semaines après', '2024-05-20'],
    ]);
    expect(found('Le scrutin a eu lieu le 12 octobre 2024. Une semaine auparavant, un candidat avait renoncé.')).toEqual([
      ['le 12 octobre 2024', '2024-10-12'], ['Une semaine auparavant', '2024-10-05'],
    ]);
    // an event after it, the document date before it ("il y a"), or no day before it: none
    expect(found('Le 3 mai 2024, il arrive. Deux jours après son arrivée, il repart.')).toEqual([['Le 3 mai 2024', '2024-05-03']]);
    expect(found('Il a été libéré trois jours plus tard.')).toEqual([]);
  });
  test('a date followed by ", la veille du scrutin" or ", quatre jours plus tard" keeps its own value', () => {
    expect(found('Il est arrivé le 3 mai 2024, la veille du scrutin.')).toEqual([['le 3 mai 2024', '2024-05-03'], ['la veille', '2024-05-03']]);
    expect(found('Le 5 mars 2013, quatre jours plus tard, il signe à Houston.')).toEqual([['Le 5 mars 2013', '2013-03-05']]);
    expect(found('Il est élu en mars 2019. Il démissionne le 3 mai, l\'année suivante.')).toEqual([['mars 2019', '2019-03'], ["le 3 mai, l'année suivante", '2020-05-03']]);
    // as the day, it still takes a clock time
    expect(found('Le 3 mai 2024, il arrive. Le lendemain à 10 h, il repart.')).toEqual([['Le 3 mai 2024', '2024-05-03'], ['Le lendemain', '2024-05-04T10:00']]);
  });
  test('"trois jours plus tard" after a month or a year is not counted from an older day', () => {
    expect(found('Le 3 mai 2024, il arrive. En juin, des otages ont été enlevés avant d\'être relâchés quatre jours plus tard.')).toEqual([
      ['Le 3 mai 2024', '2024-05-03'], ['juin', '2024-06'],
    ]);
  });
  test('"la veille sanitaire", "la veille citoyenne" are no days', () => {
    expect(found('Le ministère a renforcé la veille sanitaire après le 3 mai 2024.')).toEqual([['le 3 mai 2024', '2024-05-03']]);
    expect(found("L'ONG appelle à accentuer la veille citoyenne.")).toEqual([]);
    expect(found('Il est arrivé le 3 mai 2024. La veille, il avait plu.')).toEqual([['le 3 mai 2024', '2024-05-03'], ['La veille', '2024-05-02']]);
  });
  test('"l\'année suivante", "ce jour-là", "la semaine suivante", "le mois précédent"', () => {
    expect(found('En mars 2019, il est élu. L\'année suivante, il démissionne.')).toEqual([['mars 2019', '2019-03'], ['L\'année suivante', '2020']]);
    expect(found('Le 3 mars 2019, il arrive. Ce jour-là, il pleut. La semaine suivante, il part. Le mois précédent, rien.')).toEqual([
      ['Le 3 mars 2019', '2019-03-03'], ['Ce jour-là', '2019-03-03'], ['La semaine suivante', '2019-W10'], ['Le mois précédent', '2019-02'],
    ]);
    expect(found('cette année-là')).toEqual([['cette année-là', null]]);
  });
  test('a day or month "de la même année" / "de l\'année suivante" keeps its day and month, in the previous date\'s year', () => {
    expect(found("L'usine avait fermé en 2009. Les salariés avaient manifesté en mars de l'année suivante, puis le 12 juin de cette année-là.")).toEqual([
      ['2009', '2009'], ["mars de l'année suivante", '2010-03'], ['le 12 juin de cette année-là', '2010-06-12'],
    ]);
    expect(found('Les travaux, lancés au printemps 2019, ont repris le lundi 6 mai de la même année.')).toEqual([
      ['printemps 2019', '2019-SP'], ['le lundi 6 mai de la même année', '2019-05-06'],
    ]);
    expect(found("Le 10 août 1792, le roi est arrêté. Les émeutes ont duré du 3 au 5 mai de la même année. Il a vécu à Paris de l'été 1970 à octobre de la même année.")).toEqual([
      ['Le 10 août 1792', '1792-08-10'], ['du 3 au 5 mai de la même année', '1792-05-03/1792-05-05'], ["l'été 1970 à octobre de la même année", '1970-SU/1970-10'],
    ]);
    expect(found("En 2009, l'usine ferme. Ils manifestent en juin-juillet de l'année suivante.")).toEqual([['2009', '2009'], ["juin-juillet de l'année suivante", '2010-06/2010-07']]);
    // with no dated mention before it, the year is unknown
    expect(found('Il est revenu le 12 juin de la même année.')).toEqual([['le 12 juin de la même année', null]]);
  });
});

describe('the date of an event reported once it happened', () => {
  const doc: DocumentDate = { value: '2026-12-03', source: 'option' }; // a Thursday
  test('"l\'attaque du 7 août", "l\'attentat de dimanche" are past in a future-tense sentence', () => {
    expect(found("Le procès des auteurs de l'attaque du 7 août s'ouvrira le 12 janvier.", doc)).toEqual([['7 août', '2026-08-07'], ['le 12 janvier', '2027-01-12']]);
    expect(found("Les victimes de l'attentat de dimanche seront honorées.", doc)).toEqual([['dimanche', '2026-11-29']]);
    // other nouns leave the tense its say
    expect(found('Le sommet du 7 août réunira vingt pays.', doc)).toEqual([['7 août', '2027-08-07']]);
  });
});

describe('coordinated weekdays', () => {
  test('"mardi et mercredi" in one direction are two days of one week, in order', () => {
    // a Wednesday: next Tuesday and Wednesday, not next Tuesday and today
    expect(found('Le trafic sera très perturbé mardi et mercredi.', { value: '2026-10-28', source: 'option' })).toEqual([['mardi', '2026-11-03'], ['mercredi', '2026-11-04']]);
    // a Tuesday: last week's Tuesday and Wednesday
    expect(found('Ils ont manifesté mardi et mercredi.', { value: '2026-10-27', source: 'option' })).toEqual([['mardi', '2026-10-20'], ['mercredi', '2026-10-21']]);
    expect(found('Deux attaques ont visé mardi et mercredi des positions.', { value: '2026-12-03', source: 'option' })).toEqual([['mardi', '2026-12-01'], ['mercredi', '2026-12-02']]);
  });
});

describe('parts of the current week or month', () => {
  test.each([
    ['attendu en fin de semaine', 'fin de semaine', '2024-W45'],
    ['au début du mois prochain', 'début du mois prochain', '2024-12'],
    ['à la fin du mois dernier', 'la fin du mois dernier', '2024-10'],
  ])('%s', (input, text, value) => {
    expect(found(input)).toEqual([[text, value]]);
  });
});

describe('feasts', () => {
  test.each([
    ['à Noël', 'Noël', '2024-12-25'],
    ['le jour de l\'an', 'le jour de l\'an', '2025-01-01'],
    ['à la Toussaint', 'la Toussaint', '2024-11-01'],
    ['à Pâques 2024', 'Pâques 2024', '2024-03-31'],
    ['le lundi de Pentecôte 2025', 'le lundi de Pentecôte 2025', '2025-06-09'],
    ['l\'Ascension 2024', 'l\'Ascension 2024', '2024-05-09'],
  ])('%s', (input, text, value) => {
    expect(found(input)).toEqual([[text, value]]);
  });
  test('names are not feasts', () => {
    expect(found('Noël Mamère a dit')).toEqual([]);
    expect(found('Toussaint Louverture')).toEqual([]);
    expect(found('l\'accord du Vendredi Saint')).toEqual([]);
    expect(found('après son ascension du Kilimandjaro')).toEqual([]);
  });
});

describe('centuries', () => {
  test.each([
    ['au XXe siècle', 'XXe siècle', '19'],
    ['le 19e siècle', 'le 19e siècle', '18'],
    ['début du XXIe siècle', 'début du XXIe siècle', '20'],
    ['le vingt et unième siècle', 'le vingt et unième siècle', '20'],
  ])('%s', (input, text, value) => {
    const ms = recognizeDates(input, DOC);
    expect(ms.map((m) => [input.slice(m.start, m.end), m.value, m.granularity])).toEqual([[text, value, 'decade']]);
  });
  test('"un demi-siècle" and a lower-case "xxe" are no centuries', () => {
    expect(found('un demi-siècle')).toEqual([]);
    expect(found('au xxe siècle')).toEqual([]);
  });
});

describe('days without their month', () => {
  test('"jeudi 14" is the Thursday 14th nearest the document date', () => {
    expect(found('Le sommet s\'ouvre jeudi 14.')).toEqual([['jeudi 14', '2024-11-14']]);
    expect(found('lundi 3')).toEqual([['lundi 3', null]]); // no Monday 3rd in the months around
    expect(found('lundi 3', null)).toEqual([['lundi 3', null]]);
  });
  test('"ce" belongs to the span, as "le" does', () => {
    expect(found('Rendez-vous ce 15 mai.', { value: '2024-05-10', source: 'option' })).toEqual([['ce 15 mai', '2024-05-15']]);
    expect(found('ce lundi 2', { value: '2024-11-28', source: 'option' })).toEqual([['ce lundi 2', '2024-12-02']]);
  });
  test('a list takes the month written at its end', () => {
    expect(found('les 4 et 5 juin')).toEqual([['4', '2024-06-04'], ['5 juin', '2024-06-05']]);
    expect(found('samedi 12 et dimanche 13 juin 2021')).toEqual([['samedi 12', '2021-06-12'], ['dimanche 13 juin 2021', '2021-06-13']]);
  });
  test('numbers that are not days', () => {
    expect(found('les 3 et 4 ans')).toEqual([]);
    expect(found('mardi 5 personnes')).toEqual([['mardi', '2024-11-05']]);
  });
});

describe('words that stay words', () => {
  test.each(['La liste est désormais complète.', 'sans transfert d\'ici là', 'un été très chaud a été annoncé', 'il a été comme prévu'])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

test('offsets stay code-point safe with emoji before the new expressions', () => {
  const text = '🎉 Noël et le premier dimanche de mars 2024';
  const ms = recognizeDates(text, DOC);
  expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(['Noël', 'le premier dimanche de mars 2024']);
  expect(ms[1].value).toBe('2024-03-03');
});
