/**
 * African national football teams are named by their nicknames more often than by "l'équipe de":
 * "les Lions de la Teranga", "les Éléphants de Côte d'Ivoire". Sentences written for this test.
 */
import { extract } from '../../src/extract.js';

const orgs = (text: string) => extract(text).entities.filter((e) => e.type === 'organization').map((e) => e.text);

describe('national teams by their nicknames', () => {
  test('are organizations, whole', () => {
    expect(orgs('Les Lions de la Teranga ont battu les Super Eagles (2-0) samedi à Dakar.')).toEqual(['Lions de la Teranga', 'Super Eagles']);
    expect(orgs('Les Éléphants de Côte d’Ivoire affronteront les Lions indomptables en demi-finale.')).toEqual(['Éléphants de Côte d’Ivoire', 'Lions indomptables']);
  });
});
