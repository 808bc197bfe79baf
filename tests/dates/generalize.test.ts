/**
 * Issue 13: dates that generalize. Each group is pinned with real sentences (MasakhaNEWS fra
 * dev, BBC Afrique; HIPE-2022 dev, historical newspapers with their own dates) read with a
 * fixed document date, plus the issue's own examples and negative cases.
 */
import { recognizeDates } from '../../src/dates/index.js';
import { extract } from '../../src/extract.js';
import type { DocumentDate } from '../../src/types.js';

const at = (value: string): DocumentDate => ({ value, source: 'option' });

/** Every date found: [text as sliced from the input, value]. */
function dates(text: string, doc: DocumentDate): [string, string | null][] {
  return recognizeDates(text, doc).map((m) => [text.slice(m.start, m.end), m.value]);
}

function one(text: string, doc: DocumentDate, span: string) {
  const found = recognizeDates(text, doc).filter((m) => text.slice(m.start, m.end) === span);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('durations counted from the document date', () => {
  const doc = at('2020-06-15');
  test.each([
    ["Par John Sudworth Correspondant pour l'Amérique du Nord Il y a dix jours, Xi Jinping s'est présenté devant les membres", 'Il y a dix jours', '2020-06-05'],
    ["S'il y a une phrase que nous entendons constamment depuis deux ans, c'est que le travail ne sera plus jamais le même", 'depuis deux ans', '2018'],
    ['elle sera simplement repoussée au point où elle se trouvait il y a deux ans.', 'il y a deux ans', '2018'],
    ['la concentration sera cinq fois plus élevée d\u2019ici 2050', '2050', '2050'],
    ['Le pays votera dans trois mois.', 'dans trois mois', '2020-09'],
    ['Il est mort il y a vingt-deux ans.', 'il y a vingt-deux ans', '1998'],
  ])('%s', (text, span, value) => {
    const m = one(text, doc, span);
    expect(m.value).toBe(value);
    expect(m.relative).toBe(value !== '2050');
  });

  test('"depuis" in a past-tense clause counts from the past event, not from the document date', () => {
    const text = 'Rita avait la cinquantaine lorsqu\'elle s\'est séparée de son mari depuis 30 ans, après avoir abandonné son travail';
    expect(dates(text, doc)).toEqual([]);
  });

  test('a vague count, a window or a noun phrase is no date', () => {
    expect(dates('Il est malade depuis quelques jours.', doc)).toEqual([]);
    expect(dates('Le rapport sera publié dans les trois mois.', doc)).toEqual([]);
    const text = 'Dans une année moyenne, les engagements de la Chine en matière de financement du développement international s\'élèvent à environ 85 milliards de dollars';
    expect(dates(text, doc)).toEqual([]);
  });
});

describe('the tense of the sentence decides the direction', () => {
  test('"devrait" puts a yearless month after the document date, with a guessed confidence', () => {
    const text = "la ligne ferroviaire, d'un coût de 5,9 milliards de dollars, devrait entrer en service en décembre";
    const m = one(text, at('2021-01-10'), 'décembre');
    expect(m.value).toBe('2021-12');
    expect(m.confidence).toBeLessThan(0.85);
    // the same month in a past-tense sentence is the last December
    expect(one('la ligne est entrée en service en décembre', at('2021-01-10'), 'décembre').value).toBe('2020-12');
  });

  test('"devrait reprendre le 17 juin" read in July is the next 17 June', () => {
    const text = 'La saison de la Premier League devrait reprendre le 17 juin avec Aston Villa contre Sheffield United';
    expect(one(text, at('2020-07-01'), 'le 17 juin').value).toBe('2021-06-17');
  });

  test('a weekday in a passé composé sentence is the last one (chrono alone takes the nearest)', () => {
    // 2020-06-14 is a Sunday: the nearest Tuesday is the 16th, the last one the 9th
    const text = 'Les suspects, âgés de 33 à 52 ans, ont été arrêtés au Cap mardi, à la suite d\u2019une descente';
    const m = one(text, at('2020-06-14'), 'mardi');
    expect(m.value).toBe('2020-06-09');
    expect(m.confidence).toBeLessThan(0.85);
    expect(one('Le sommet s\u2019ouvrira mardi à Addis-Abeba', at('2020-06-18'), 'mardi').value).toBe('2020-06-23');
  });

  test.each([
    ['le procès s\u2019ouvrira fin mars', 'fin mars', '2026-03'],
    ['les élections devraient se tenir à l\u2019automne', 'l\u2019automne', '2025-FA'],
    ['des pluies ont frappé la région entre mai et août', 'entre mai et août', '2024-05/2024-08'],
    ['l\u2019embuscade a eu lieu dans la nuit de vendredi à samedi', 'vendredi à samedi', '2025-06-06/2025-06-07'],
    ['il est venu mardi passé', 'mardi passé', '2025-06-10'],
  ])('issue example: %s', (text, span, value) => {
    // 2025-06-12 is a Thursday
    expect(one(text, at('2025-06-12'), span).value).toBe(value);
  });

  test('a present passive ("il est entendu") is no past tense; a pronominal passé composé is', () => {
    // 2020-06-17 is a Wednesday: the nearest Thursday is the 18th
    const text = 'Les clubs discutent encore de l\'idée lors d\'une réunion jeudi, mais il est entendu que tous ont donné leur accord';
    expect(one(text, at('2020-06-17'), 'jeudi').value).toBe('2020-06-18');
    expect(one('Il s\'est rendu à Goma jeudi.', at('2020-06-17'), 'jeudi').value).toBe('2020-06-11');
  });

  test('an auxiliary far before the date still marks the past when adverbs lead from it to a participle near the date', () => {
    // 2025-06-15 is a Sunday: the nearest Tuesday is the 17th, the last one the 10th
    const adverbs = 'ainsi enfin notamment également toujours finalement ensuite alors récemment encore aussi';
    const text = `Les deux délégations ont ${adverbs} siégé mardi à Genève`;
    // the auxiliary stands more than the tense's reach (80 units) and three words before the first word within it
    expect(text.indexOf('mardi') - (text.indexOf('enfin') + 'enfin'.length)).toBeGreaterThan(80);
    expect(one(text, at('2025-06-15'), 'mardi').value).toBe('2025-06-10');
    // a passé composé farther than the reach says nothing about the date: the nearest Tuesday
    const far = 'Les délégations ont siégé à Genève pour la toute première fois avant la trêve estivale selon les statuts revus et la séance de mardi';
    expect(far.indexOf('mardi') - far.indexOf('siégé') - 'siégé'.length).toBeGreaterThan(80);
    expect(one(far, at('2025-06-15'), 'mardi').value).toBe('2025-06-17');
  });

  test('an adverbial phrase between the auxiliary and its participle keeps the passé composé ("a pour sa part affirmé dimanche")', () => {
    // 2026-12-01 is a Tuesday: the last Sunday is 29 November, the next 6 December; the quote's
    // future ("renoncera") must not outweigh the main clause's participle right before the date
    const text = 'Son homologue, Ivan Petrov, a pour sa part affirmé dimanche que Moscou « ne renoncera pas » à ses objectifs.';
    expect(one(text, at('2026-12-01'), 'dimanche').value).toBe('2026-11-29');
    for (const phrase of ['de son côté', 'quant à lui', 'par ailleurs', 'lui aussi']) {
      expect(one(`Le ministre a ${phrase} indiqué jeudi que la réunion aura lieu.`, at('2026-12-01'), 'jeudi').value).toBe('2026-11-26');
    }
  });

  test('a clause with a letter outside the BMP reads its verbs the same', () => {
    // "𝐢𝐥" in mathematical letters (two UTF-16 units each) before the verb group;
    // 2020-06-18 is a Thursday (nearest Tuesday the 16th), 2020-06-21 a Sunday (nearest the 23rd)
    expect(one('𝐢𝐥 dit que le sommet s\u2019ouvrira mardi à Addis-Abeba', at('2020-06-18'), 'mardi').value).toBe('2020-06-23');
    expect(one('𝐢𝐥 dit que les suspects ont été arrêtés mardi', at('2020-06-21'), 'mardi').value).toBe('2020-06-16');
  });

  test('"cet été" places itself: no tense moves it', () => {
    const text = 'la chaleur exceptionnelle ne s\'est pas limitée à l\'Amérique du Nord cet été.';
    expect(one(text, at('2021-06-15'), 'cet été').value).toBe('2021-SU');
  });

  test('"dernier"/"prochain" written in the text keep the higher confidence', () => {
    expect(one('le 6 mai dernier', at('2025-06-12'), 'le 6 mai dernier').confidence).toBeGreaterThanOrEqual(0.85);
  });
});

describe('written-out numbers and ordinals', () => {
  test('"le 11 courant" and "mardi 17 courant" in 19th-century newspapers (HIPE dev)', () => {
    const a = 'à Anbonne, un tirage franc à la carabine sera commencé le 11 courant et continuera les dimanches suivans';
    expect(one(a, at('1826-06-09'), 'le 11 courant').value).toBe('1826-06-11');
    const b = 'Une seconde représentation aura lieu aujourd\u2019hui mardi 17 courant.';
    expect(dates(b, at('1841-08-17')).map(([, v]) => v)).toContain('1841-08-17');
  });

  test.each([
    ['Le scrutin aura lieu le vingt-deux juin.', 'le vingt-deux juin', '2025-06-22'],
    ['le premier jour du mois de mai', 'le premier jour du mois de mai', '2025-05-01'],
    ['le trente et un décembre 2024', 'le trente et un décembre 2024', '2024-12-31'],
    ['Il a été investi le 1\u1D49\u02B3 juin.', 'le 1\u1D49\u02B3 juin', '2025-06-01'],
  ])('%s', (text, span, value) => {
    expect(one(text, at('2025-06-12'), span).value).toBe(value);
  });

  test('a written count before a month is no day ("trois mai..." without an article)', () => {
    expect(dates('le trente février', at('2025-06-12')).map(([t]) => t)).not.toContain('le trente février');
  });
});

describe('alternatives and lists: one entity per date', () => {
  test.each([
    ['le 12 ou le 19 juin prochains', [['le 12', '2025-06-12'], ['le 19 juin prochains', '2025-06-19']]],
    ['les 4 et 11 mai', [['4', '2025-05-04'], ['11 mai', '2025-05-11']]],
    ['les 12, 13 et 14 juin', [['12', '2025-06-12'], ['13', '2025-06-13'], ['14 juin', '2025-06-14']]],
  ])('%s', (text, expected) => {
    expect(dates(text, at('2025-06-05'))).toEqual(expected);
  });

  test('"prochains" puts the whole list after the document date', () => {
    expect(dates('le 2 ou le 3 juin prochains', at('2025-06-05')).map(([, v]) => v)).toEqual(['2026-06-02', '2026-06-03']);
  });

  test('a plural direction word applies to every date of the list (MasakhaNEWS dev)', () => {
    // 2021-01-12 is a Tuesday: "mardi prochains" is not the document day itself
    const a = 'Le PSG est troisième de la Ligue 1 et affrontera Barcelone en huitièmes de finale de la Ligue des champions en février et mars prochains';
    expect(dates(a, at('2021-04-02')).map(([, v]) => v)).toEqual(['2022-02', '2022-03']);
    const b = 'La demande de libération sous caution est fixée à mardi et jeudi prochains, dans l\'attente d\'une audience d\'extradition';
    expect(dates(b, at('2021-01-12'))).toEqual([['mardi', '2021-01-19'], ['jeudi prochains', '2021-01-14']]);
  });

  test('a decimal is no list', () => {
    expect(dates('2,5 et 3 juin', at('2025-06-05'))).toEqual([['3 juin', '2025-06-03']]);
  });
});

describe('scraped text', () => {
  test('mathematical letters are read through NFKC and the record offsets are code points of the input', () => {
    const text = 'Le vote a eu lieu le \u{1D7D1} \u{1D426}\u{1D41A}\u{1D422} \u{1D7D0}\u{1D7CE}\u{1D7D0}\u{1D7D2} à Bamako.';
    const rec = extract(text, { referenceDate: '2024-06-01' });
    const d = rec.entities.filter((e) => e.type === 'date');
    expect(d).toHaveLength(1);
    expect(d[0].text).toBe('le \u{1D7D1} \u{1D426}\u{1D41A}\u{1D422} \u{1D7D0}\u{1D7CE}\u{1D7D0}\u{1D7D2}');
    expect([...text].slice(d[0].start, d[0].end).join('')).toBe(d[0].text);
    expect((d[0] as { value: string }).value).toBe('2024-05-03');
  });

  test.each([
    ['Il est arrivé le 3 mia 2024.', 'le 3 mia 2024', '2024-05-03'],
    ['la réunion du samdi 12 avril 2025', 'samdi 12 avril 2025', '2025-04-12'],
    ['en Juilet 2024', 'Juilet 2024', '2024-07'],
    ['Il est arrivé l e 3 mai 2024.', 'l e 3 mai 2024', '2024-05-03'],
    ['le 3 ju in 2024', 'le 3 ju in 2024', '2024-06-03'],
  ])('%s', (text, span, value) => {
    expect(dates(text, at('2025-06-12')).find(([t]) => t === span || t.endsWith(span.replace(/^l e /, '')))?.[1]).toBe(value);
  });

  test('no correction outside date context, and "il y a" stays three words', () => {
    expect(dates('Le moi profond et la mia culpa.', at('2025-06-12'))).toEqual([]);
    expect(dates('il y a cinq jours', at('2025-06-12'))).toEqual([['il y a cinq jours', '2025-06-07']]);
  });
});

describe('no date from a name', () => {
  const doc = at('2025-06-12');
  test.each([
    'la planète Mars',
    'une mission vers Mars',
    'le rover Perseverance a atterri sur Mars',
    'les rebelles du M23 (Mouvement du 23 mars) ont repris les combats',
    'au stade du 26 Mars de Bamako',
    'Il habite rue du 4 Septembre.',
    'la province du Mai-Ndombe',
    'les miliciens Maï-Maï',
    'ps. Père Noël, apportez des munitions s\'il vous plaît',
  ])('%s', (text) => {
    expect(dates(text, doc)).toEqual([]);
  });

  test('the month of the same words is still a date', () => {
    expect(dates('Joyeux Noël !', doc).map(([t, v]) => [t, v?.slice(4)])).toEqual([['Noël', '-12-25']]);
    expect(dates('La réunion du 23 mars a eu lieu à Goma.', doc)).toEqual([['23 mars', '2025-03-23']]);
    expect(dates('vers mars, il pleuvra', doc).map(([t]) => t)).toEqual(['mars']);
    expect(dates('en janvier-février', doc)).toEqual([['janvier-février', '2025-01/2025-02']]);
  });
});

describe('two-digit years where the words leave no doubt', () => {
  test.each([
    ['Le football a été suspendu le 17 mars et la saison 2019-20 a finalement été abandonnée', '2019-20', '2019/2020'],
    ['Beaucoup de gens sont partis d\'ici pendant la guerre [1992-95]', '1992-95', '1992/1995'],
    ['Le dernier titre de première division de Liverpool, son 18e, remonte à 1989-90, lorsque Sir Kenny Dalglish', '1989-90', '1989/1990'],
    ['Il a été élu à l\'été 97.', 'l\'été 97', '1997-SU'],
    ['Il est au pouvoir depuis 97, sans interruption.', '97', '1997'],
  ])('%s', (text, span, value) => {
    expect(one(text, at('2021-06-15'), span).value).toBe(value);
  });

  test('a count is no year', () => {
    expect(dates('Il a gagné 2 000 voix en 97 bureaux de vote.', at('2021-06-15'))).toEqual([]);
    expect(dates('Il est en prison depuis 30 ans.', at('2021-06-15'))).toEqual([['depuis 30 ans', '1991']]);
  });
});
