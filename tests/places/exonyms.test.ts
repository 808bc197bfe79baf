/**
 * French names of foreign cities (data/places/city-names-fr.tsv) and Sahel towns GeoNames lacks
 * (data/places/towns.tsv). Sentences written for this test.
 */
import { recognizePlaces } from '../../src/places/index.js';

const places = (text: string) => recognizePlaces(text).map((m) => [text.slice(m.start, m.end), m.normalized, m.country]);

test('French exonyms and Sahel towns', () => {
  expect(places('Le cargo a quitté Le Pirée pour Tobrouk, puis a rejoint Port-Soudan.')).toEqual([
    ['Le Pirée', 'Le Pirée', 'GR'],
    ['Tobrouk', 'Tobrouk', 'LY'],
    ['Port-Soudan', 'Port-Soudan', 'SD'],
  ]);
  // with the contracted article, and under the GeoNames spelling
  expect(places('Il a débarqué au Pirée ; à Tobruk la trêve tient.')).toEqual([
    ['Pirée', 'Le Pirée', 'GR'],
    ['Tobruk', 'Tobrouk', 'LY'],
  ]);
  expect(places('Des hommes armés ont attaqué Solhan et Tankoualou, au Burkina Faso.').map((p) => p[2])).toEqual(['BF', 'BF', 'BF']);
});
