/**
 * A full name with a particle ("François Roger de Gaignières", "Pierre Savorgnan de Brazza") is
 * one person when the tagger is sure of the whole, even where the rules read the given names and
 * the surname apart; a place after "de" stays a place. Sentences written for extrait.
 */
import { extract } from '../../src/extract.js';

function typed(text: string): string[] {
  const rec = extract(text);
  const cps = [...text];
  for (const e of rec.entities) expect(cps.slice(e.start, e.end).join('')).toBe(e.text);
  return rec.entities.filter((e) => e.type !== 'date').map((e) => `${e.type}:${e.text}`);
}

describe('given names, a particle and a surname', () => {
  test('one person, not two', () => {
    expect(typed('La collection de François Roger de Gaignières fut léguée au roi en 1711.')).toEqual(['person:François Roger de Gaignières']);
    expect(typed("L'explorateur Pierre Savorgnan de Brazza fonde la ville en 1880.")).toEqual(['person:Pierre Savorgnan de Brazza']);
    expect(typed("Le coureur Igor González de Galdeano remporte l'étape.")).toContain('person:Igor González de Galdeano');
  });

  test('a town after a person keeps its own reading', () => {
    const found = typed('Le général Amadou Diallo de Bamako est arrivé hier.');
    expect(found).toContain('person:Amadou Diallo');
    expect(found).toContain('place:Bamako');
  });
});
