/**
 * A maker's name with a model designation names the product, not the company
 * (src/organizations/modelNames.ts). Sentences written for this test.
 */
import { entityTexts } from './typedEntities.js';

describe('a maker and a model number are a product', () => {
  test('aircraft and cars are no mention of their maker', () => {
    expect(entityTexts("Un Boeing 737 de la compagnie s'est posé en urgence à Niamey.", 'organization')).toEqual([]);
    expect(entityTexts('Il a terminé la course au volant de sa Peugeot 205 rouge.', 'organization')).toEqual([]);
    expect(entityTexts('Le pilote essaie une Ferrari F 430 sur le circuit.', 'organization')).toEqual([]);
  });

  test('the company itself, a year or a count after it stay an organization', () => {
    expect(entityTexts('Boeing a annoncé de lourdes pertes au troisième trimestre.', 'organization')).toEqual(['Boeing']);
    expect(entityTexts('Chez Renault 2024 restera une année record, selon la direction.', 'organization')).toEqual(['Renault']);
    expect(entityTexts("Chez Airbus 350 salariés seront concernés par le plan.", 'organization')).toEqual(['Airbus']);
  });
});
