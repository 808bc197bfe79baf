/**
 * "le Comité international olympique (CIO)": an acronym the lexicons list alone ("CIO", "FIFA",
 * "CAF") names the organization the article spells out, at its definition and after it.
 * Sentences written for this test.
 */
import { extract } from '../../src/extract.js';

const orgs = (text: string) => extract(text).entities.filter((e) => e.type === 'organization').map((e) => [e.text, e.normalized, e.acronym]);

describe('a listed acronym the article spells out', () => {
  test('takes the expansion at its definition and later', () => {
    expect(orgs('Le Comité international olympique (CIO) a attribué les Jeux à Dakar. Le CIO se réunira en mai.')).toEqual([
      ['Comité international olympique', 'Comité international olympique', 'CIO'],
      ['CIO', 'Comité international olympique', 'CIO'],
      ['CIO', 'Comité international olympique', 'CIO'],
    ]);
    expect(orgs('La Confédération africaine de football (CAF) a fixé la date du tirage. La CAF siège au Caire.').map((o) => o[1])).toEqual([
      'Confédération africaine de football',
      'Confédération africaine de football',
      'Confédération africaine de football',
    ]);
  });

  test('keeps its own reading when the article spells nothing out', () => {
    expect(orgs('La FIFA a suspendu la fédération guinéenne.')).toEqual([['FIFA', 'FIFA', null]]);
  });
});
