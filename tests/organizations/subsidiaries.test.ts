/**
 * A listed firm's national subsidiary, named by the firm then the country ("Orange Mali", "MTN
 * Cameroun"), is one organization. Sentences written for this test.
 */
import { extract } from '../../src/extract.js';

const typed = (text: string) => extract(text).entities.filter((e) => e.type === 'organization' || e.type === 'place').map((e) => `${e.type}:${e.text}`);

describe('a national subsidiary', () => {
  test('is the firm and the country, one body', () => {
    expect(typed('Orange Mali et Moov Africa Togo se disputent le marché.')).toEqual(['organization:Orange Mali', 'organization:Moov Africa Togo']);
    expect(typed('MTN Cameroun a relevé ses tarifs samedi.')).toEqual(['organization:MTN Cameroun']);
  });

  test('not a word a country alias folds to, nor a numbered channel', () => {
    expect(typed('Veolia Eau a remporté le contrat de Lyon.')).toEqual(['organization:Veolia', 'place:Lyon']);
    expect(typed('Orange a publié ses résultats au Mali.')).toEqual(['organization:Orange', 'place:Mali']);
  });
});
