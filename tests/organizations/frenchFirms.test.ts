/**
 * Firms and public bodies of French business news named without a head word ("Enedis",
 * "Bpifrance"), and the business district they sit in ("La Défense", spelled with its accent).
 * Sentences written for this test.
 */
import { extract } from '../../src/extract.js';

const entities = (text: string) => extract(text).entities.filter((e) => e.type === 'organization' || e.type === 'place').map((e) => `${e.type}:${(e as { normalized?: string }).normalized ?? e.text}`);

describe('French business news', () => {
  test('firms and bodies named without a head word', () => {
    expect(entities('Enedis annonce que 1,2 million de foyers sont privés de courant.')).toEqual(['organization:Enedis']);
    expect(entities('Bpifrance et la Caisse des dépôts entrent au capital de Doctolib.')).toEqual(['organization:Bpifrance', 'organization:Caisse des dépôts', 'organization:Doctolib']);
  });

  test('a firm nobody listed, after the noun that says what it is', () => {
    expect(entities('Eramet a suspendu ses activités, où sa filiale Comilog exploite le manganèse.')).toEqual(['organization:Eramet', 'organization:Comilog']);
    expect(entities('L’équipementier Valtronix et le motoriste Safran ont profité de la hausse.')).toEqual(['organization:Valtronix', 'organization:Safran']);
  });

  test('La Défense keeps its accent', () => {
    expect(entities('Des militants se sont réunis devant la tour Total à La Défense (Hauts-de-Seine).')).toContain('place:La Défense');
  });
});
