/**
 * Acronyms the French press writes as words ("l'Office anti-stupéfiants (Ofast)", "la Compagnie
 * malienne de navigation (Comanav)") and expansions with accented initials ("Institut national de
 * la statistique et des études économiques (Insee)"). Sentences written for this test.
 */
import { extract } from '../../src/extract.js';

const orgs = (text: string) => extract(text).entities.filter((e) => e.type === 'organization').map((e) => [e.text, e.normalized, e.acronym]);

describe('an acronym written as a word', () => {
  test('is defined by the name before it and found after', () => {
    expect(orgs("L'enquête a été confiée à l'Office anti-stupéfiants (Ofast). L'Ofast a saisi 20 kg.")).toEqual([
      ['Office anti-stupéfiants', 'Office anti-stupéfiants', 'Ofast'],
      ['Ofast', 'Office anti-stupéfiants', 'Ofast'],
      ['Ofast', 'Office anti-stupéfiants', 'Ofast'],
    ]);
    expect(orgs('Le bateau de la Compagnie malienne de navigation (Comanav) a été attaqué.').map((o) => o[0])).toEqual([
      'Compagnie malienne de navigation',
      'Comanav',
    ]);
  });

  test('initials read without their accents', () => {
    expect(orgs("Selon l'Institut national de la statistique et des études économiques (Insee), l'inflation ralentit.")).toEqual([
      ['Institut national de la statistique et des études économiques', 'Institut national de la statistique et des études économiques', 'Insee'],
      ['Insee', 'Institut national de la statistique et des études économiques', 'Insee'],
    ]);
  });

  test('not a word the name does not spell, nor a diploma', () => {
    // "Bamako" is no acronym of "Banque mondiale"
    expect(orgs('La Banque mondiale (Bamako) a publié un rapport.').map((o) => o[2])).toEqual([null]);
    expect(orgs("Les candidats au Brevet d'Étude du Premier Cycle (BEPC) sont 300 000.")).toEqual([]);
  });
});
