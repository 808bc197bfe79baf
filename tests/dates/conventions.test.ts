/**
 * TimeML span and value conventions (FR-TimeBank annotation guide, section 2.2) that hold for
 * any French news text, pinned with real sentences: HIPE-2022 dev (historical newspapers, with
 * their own dates), MasakhaNEWS fra dev (BBC Afrique) and FR-TimeBank dev-split text.
 */
import { recognizeDates } from '../../src/dates/index.js';
import { extract } from '../../src/extract.js';
import type { DocumentDate } from '../../src/types.js';

const at = (value: string): DocumentDate => ({ value, source: 'option' });

/** Every date found: [text as sliced from the input, value]. */
function dates(text: string, doc: DocumentDate): [string, string | null][] {
  return recognizeDates(text, doc).map((m) => [text.slice(m.start, m.end), m.value]);
}

describe('a list of days of the current month', () => {
  test('"les 12 et 13 courant" gives both days of the document\'s month (HIPE dev, Gazette de Lausanne 1938-09-16)', () => {
    const text = "La Conférence d'automne de l'Union des entreprises suisses de transport eut lieu, les 12 et 13 courant, à Loèche-les-Bains.";
    expect(dates(text, at('1938-09-16'))).toEqual([['12', '1938-09-12'], ['13 courant', '1938-09-13']]);
  });
  test('with no document month the days have no value', () => {
    const text = "La Conférence d'automne de l'Union des entreprises suisses de transport eut lieu, les 12 et 13 courant, à Loèche-les-Bains.";
    expect(dates(text, at('1938')).map(([, v]) => v)).not.toContain('1938-09-12');
  });
});

describe('span: the noun phrase with its article, never the preposition', () => {
  const doc = at('2021-06-15');
  test('"à compter du 1er août prochain": no "du" in the span (MasakhaNEWS dev)', () => {
    const text = 'La secrétaire générale de la Fifa va rester à la disposition de la Confédération africaine de football (CAF) pendant six mois, à compter du 1er août prochain, pour diriger "un audit général" de l\'instance continentale.';
    expect(dates(text, doc)).toContainEqual(['1er août prochain', '2021-08-01']);
  });
  test('"depuis le 1er janvier 2017": "le" in, "depuis" out (MasakhaNEWS dev)', () => {
    const text = "Collin Kaepernick, 32 ans, n'a plus joué depuis le 1er janvier 2017. Durant cette saison, il s'était agenouillé avant les matchs pour protester contre les violences policières contre les Noirs.";
    expect(dates(text, doc)).toEqual([['le 1er janvier 2017', '2017-01-01']]);
  });
  test('"à la fin des années 1980" takes "la", "au début des années 1970" has no article to take (MasakhaNEWS dev)', () => {
    const a = "Après avoir quitté Wellcome, le Dr Almeida est devenue professeur de yoga, mais elle est retournée en virologie dans un rôle de conseil à la fin des années 1980, lorsqu'elle a aidé à prendre de nouvelles photos du virus VIH.";
    expect(dates(a, doc)).toEqual([['la fin des années 1980', '198']]);
    const b = 'Au début des années 1970, le Bangladesh - alors le pays le plus pauvre et le plus densément peuplé du monde - a commencé à déployer ses premiers agents de santé communautaires';
    expect(dates(b, doc)).toEqual([['début des années 1970', '197']]);
  });
  test('"à la fin du mois de juin" (MasakhaNEWS dev) is the noun phrase "la fin du mois de juin"', () => {
    const text = "\"Je pense que nous allons assister à une diplomatie énergique entre la Turquie, l'Otan, la Suède et la Finlande\" avant un sommet de l'Otan à Madrid à la fin du mois de juin, dit-il.";
    expect(dates(text, doc)).toEqual([['la fin du mois de juin', '2021-06']]);
  });
});

describe('a month "de" a year expression is one date (TimeML: "janvier de cette année")', () => {
  const doc = at('2022-11-20');
  test.each([
    ["Le coup d'État d'août 2020 au Mali a été suivi d'un second putsch en mai de l'année dernière.", "mai de l'année dernière", '2021-05'],
    ["En juillet de cette année, j'ai vu vTaiwan en action sur une autre technologie perturbatrice - la réglementation des véhicules électroniques.", 'juillet de cette année', '2022-07'],
    ["Ce jeune ailier, signé au Santos en 2019, a marqué son premier but à la minute de ses débuts au Real en septembre de l'année dernière.", "septembre de l'année dernière", '2021-09'],
  ])('%s (MasakhaNEWS dev)', (text, span, value) => {
    const found = dates(text, doc);
    expect(found).toContainEqual([span, value]);
    // the year expression is no second mention
    expect(found.filter(([t]) => /année/.test(t))).toHaveLength(1);
  });
  test('a written year after "de" too (the annotation guide\'s example); with no document date a relative year leaves the value unknown', () => {
    expect(dates("le mois d'octobre de 1969", at('1999-07-09'))).toEqual([["le mois d'octobre de 1969", '1969-10']]);
    expect(dates("en mai de l'année dernière", null)).toEqual([["mai de l'année dernière", null]]);
  });
});

describe('times named by reference: "à la même époque", "à l\'époque"', () => {
  test('"par rapport à l\'année dernière à la même époque": the document\'s month a year earlier, no range (FR-TimeBank dev text)', () => {
    const text = "L'optimisme des Français enregistre une hausse de 10 points par rapport à l'année dernière à la même époque.";
    expect(dates(text, at('2002-09-01'))).toEqual([["l'année dernière", '2001'], ['la même époque', '2001-09']]);
  });
  test('"à l\'époque" is the period of the date before it (MasakhaNEWS dev)', () => {
    const text = "La société de Mme Dos Santos a proposé de rembourser le prêt de Sonangol en 2017. L'offre de remboursement aurait dû être rejetée car elle ne comprenait pas les 9 millions d'euros d'intérêts dus. Mais Mme Dos Santos était responsable de la Sonangol à l'époque et elle a accepté l'argent comme paiement intégral de sa propre dette.";
    const found = recognizeDates(text, at('2021-06-15'));
    expect(found.map((m) => [text.slice(m.start, m.end), m.value])).toEqual([['2017', '2017'], ["l'époque", '2017']]);
    expect(found[1].confidence).toBeLessThan(found[0].confidence);
  });
  test.each([
    '""Personne ne voulait vraiment nous parler à l\'époque.',
    'Celle-ci s\'établissait à près de 120% du PIB (8,7 milliards de dollars) et non 77%, selon des révélations à l\'époque de Radio France Internationale (RFI).',
    "Il n'est pas clair si le fait qu'Ahmad ait reçu deux séries de dépenses, puisqu'il a prétendu se trouver dans deux pays différents (Russie et Egypte) pendant la même période de neuf jours",
  ])('no date without a time to refer to, nor for an era or a length: %s (MasakhaNEWS dev)', (text) => {
    expect(dates(text, at('2021-06-15'))).toEqual([]);
  });
});

describe('a range stays one mention; its two ends are given beside it (TimeML marks two dates)', () => {
  const ends = (text: string, doc: DocumentDate) =>
    recognizeDates(text, doc).map((m) => (m.ends ?? []).map((e) => [text.slice(e.start, e.end), e.value]));
  test('"entre le 15 juillet et le 15 août" (FR-TimeBank dev text): each end with its article', () => {
    const text = "» Pendant les mois d'été, et particulièrement entre le 15 juillet et le 15 août, le camping affiche complet.";
    expect(ends(text, at('1999-08-06'))).toContainEqual([['le 15 juillet', '1999-07-15'], ['le 15 août', '1999-08-15']]);
  });
  test('"du 8 au 20 novembre 2018" read by one parser is split at "au" (MasakhaNEWS dev)', () => {
    const text = 'Le Réseau , a réalisé cette enquête  du 8 au 20 novembre 2018 dans les 13 chefs-lieux de région et la ville de Pouytenga.';
    const [m] = recognizeDates(text, at('2021-06-15'));
    expect([text.slice(m.start, m.end), m.value]).toEqual(['du 8 au 20 novembre 2018', '2018-11-08/2018-11-20']);
    expect(ends(text, at('2021-06-15'))).toEqual([[['8', '2018-11-08'], ['20 novembre 2018', '2018-11-20']]]);
  });
  test('the record has the one range mention and no extra field; ends keep UTF-16 offsets after an emoji', () => {
    const text = '🎉 Le Réseau , a réalisé cette enquête  du 8 au 20 novembre 2018 dans les 13 chefs-lieux de région.';
    const rec = extract(text, { referenceDate: '2021-06-15' });
    const dates = rec.entities.filter((e) => e.type === 'date');
    expect(dates).toHaveLength(1);
    expect(Object.keys(dates[0])).not.toContain('ends');
    expect([...text].slice(dates[0].start, dates[0].end).join('')).toBe('du 8 au 20 novembre 2018');
    expect(ends(text, at('2021-06-15'))[0].map(([t]) => t)).toEqual(['8', '20 novembre 2018']);
  });
  test('single dates have no ends', () => {
    expect(recognizeDates('le 15 août 1999', at('1999-08-06'))[0].ends).toBeUndefined();
  });
});

describe('"cette nuit-là", "ce soir-là": the day of the previous date, not tonight', () => {
  test('after "le 25 décembre 1991" (MasakhaNEWS dev), read thirty years later', () => {
    const text = "Il y a trente ans, le 25 décembre 1991, Mikhaïl Gorbatchev, le dirigeant de l'Union soviétique de l'époque, démissionnait de ses fonctions et remettait ses pouvoirs présidentiels à Boris Eltsine, le nouveau président de la Fédération de Russie. Cette nuit-là, le drapeau soviétique rouge avec les symboles du marteau et de la faucille est descendu du Kremlin et remplacé par le tricolore russe.";
    expect(dates(text, at('2021-12-26'))).toEqual([['Il y a trente ans', '1991'], ['le 25 décembre 1991', '1991-12-25'], ['Cette nuit-là', '1991-12-25']]);
  });
  test('with no day before it, no date (MasakhaNEWS dev); "ce soir" alone is still the document day', () => {
    const text = 'Cela a conduit la NBA à reprogrammer non seulement ce match, mais aussi tous les autres matchs qui devaient être joués ce soir-là.';
    expect(dates(text, at('2021-06-15'))).toEqual([]);
    expect(dates('Le match aura lieu ce soir.', at('2021-06-15'))).toEqual([['ce soir', '2021-06-15']]);
  });
});
