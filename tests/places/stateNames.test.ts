/**
 * A state's official long name is a place, the country it names ("la Fédération de Russie", "la
 * République du Mali"), not an organization; "au Caire", "du Havre" name Le Caire and Le Havre.
 * Sentences written for these tests, in the style of agency dispatches.
 */
import { recognizePlaces } from '../../src/places/index.js';
import { extract } from '../../src/extract.js';

const places = (text: string) => recognizePlaces(text).map((m) => [text.slice(m.start, m.end), m.normalized, m.country]);
const entities = (text: string) => extract(text).entities.filter((e) => e.type === 'place' || e.type === 'organization').map((e) => [e.type, e.text]);

describe("a state's long name", () => {
  test('is the country, read from the state form on', () => {
    expect(places("Le ministre a rencontré l'ambassadeur de la République islamique de Mauritanie et celui du Royaume du Maroc.")).toEqual([
      ['République islamique de Mauritanie', 'Mauritanie', 'MR'],
      ['Royaume du Maroc', 'Maroc', 'MA'],
    ]);
    expect(places("Le gouvernement de la République du Mali a protesté ; la République fédérale d'Allemagne suspend son aide.")).toEqual([
      ['République du Mali', 'Mali', 'ML'],
      ["République fédérale d'Allemagne", 'Allemagne', 'DE'],
    ]);
    // an official heading in capitals
    expect(places('RÉPUBLIQUE DU NIGER\nFraternité - Travail - Progrès')[0]).toEqual(['RÉPUBLIQUE DU NIGER', 'Niger', 'NE']);
    // forms without "de": listed in countries-fr.tsv
    expect(places('Le président de la République française a reçu le Premier ministre de la République tunisienne.')).toEqual([
      ['République française', 'France', 'FR'],
      ['République tunisienne', 'Tunisie', 'TN'],
    ]);
    // the Republic of China is Taiwan
    expect(places('Les îles revendiquées par la République de Chine.')).toEqual([['République de Chine', 'Taïwan', 'TW']]);
  });

  test('is a place, not an organization headed "Fédération" or "Confédération"', () => {
    expect(entities('La Fédération de Russie a opposé son veto, la Confédération suisse s\'est abstenue.')).toEqual([
      ['place', 'Fédération de Russie'],
      ['place', 'Confédération suisse'],
    ]);
    // a longer name holding it stays one organization
    expect(entities('La Banque de la République du Burundi a relevé son taux directeur.')).toEqual([
      ['organization', 'Banque de la République du Burundi'],
    ]);
  });

  test('not a group, a post, a coup or a lower-case republic', () => {
    expect(places("L'État islamique d'Irak et du Levant a revendiqué l'attaque.").map((p) => p[0])).toEqual(['Irak', 'Levant']);
    expect(places("Le chef de l'État du Niger est arrivé. L'État du Qatar médiatise.").map((p) => p[0])).toEqual(['Niger', 'État du Qatar']);
    expect(places("Depuis le coup d'État du Niger, la république du Mali observe.").map((p) => p[0])).toEqual(['Niger', 'Mali']);
    // "l'État d'Australie-Occidentale" is a state of the country, not the country
    expect(places("Un voyageur venu de l'État d'Australie occidentale.").map((p) => p[0])).toEqual(['Australie']);
  });
});

describe('a name listed with its article, after "au", "du", "aux", "des"', () => {
  test('is read with the article the contraction holds', () => {
    expect(places("Le président égyptien a reçu ses homologues au Caire ; les navires quittent le port du Havre.")).toEqual([
      ['Caire', 'Le Caire', 'EG'],
      ['Havre', 'Le Havre', 'FR'],
    ]);
    expect(places("Une course au départ des Sables-d'Olonne, une autre au Mans.")).toEqual([
      ["Sables-d'Olonne", "Les Sables-d'Olonne", 'FR'],
      ['Mans', 'Le Mans', 'FR'],
    ]);
  });

  test('never over a longer name nor a name that is also a word', () => {
    expect(places('Le ministre se rend au Cap-Vert, puis au Cap.')).toEqual([
      ['Cap-Vert', 'Cap-Vert', 'CV'],
      ['Cap', 'Le Cap', 'ZA'],
    ]);
    // "Le Port" (La Réunion) is also a word: "du Port autonome" is no town
    expect(places('Les dockers du Port autonome de Dakar sont en grève.').map((p) => p[0])).toEqual(['Dakar']);
  });
});
