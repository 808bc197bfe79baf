/**
 * General French news: parties named by a common word ("Renaissance", "Horizons", "Ensemble")
 * are organizations only where the text says they are parties; the flags a newsroom puts before
 * a story ("URGENT -", "VIDEO.") are no organization; a firm listed with its acronym part
 * ("Oddo BHF") is read whole. Sentences written for this test.
 */
import { extract } from '../../src/extract.js';

const typed = (text: string, type: string) => extract(text).entities.filter((e) => e.type === type).map((e) => e.text);
const orgs = (text: string) => typed(text, 'organization');

describe('parties named by a common word', () => {
  test('after a post or a party noun', () => {
    const text = 'Le député Horizons Jean Martin a voté contre le texte.';
    expect(orgs(text)).toEqual(['Horizons']);
    expect(typed(text, 'person')).toEqual(['Jean Martin']);
    expect(orgs('Le porte-parole de Renaissance a dénoncé une manœuvre.')).toEqual(['Renaissance']);
    expect(orgs('La présidente du groupe Ensemble au conseil régional a démissionné.')).toEqual(['Ensemble']);
  });

  test('in brackets after a person', () => {
    expect(orgs('« Nous voterons contre », a prévenu Marie Lenoir (Renaissance) mardi.')).toEqual(['Renaissance']);
    expect(orgs('Paul Durand (Horizons, Seine-Maritime) a déposé un amendement.')).toEqual(['Horizons']);
  });

  test('the words elsewhere stay words', () => {
    expect(orgs('Ensemble, les oppositions ont réuni 289 voix.')).toEqual([]);
    expect(orgs('La Renaissance italienne est au cœur de l’exposition du musée.')).toEqual([]);
    expect(orgs('Les Horizons lointains est le titre de son dernier roman.')).toEqual([]);
  });

  test('after a cue and its adjective', () => {
    expect(orgs('La coalition présidentielle Ensemble obtient 20 % des voix.')).toEqual(['Ensemble']);
  });

  test('once named so, its other mentions without a determiner', () => {
    const text = 'Le porte-parole de Renaissance a reconnu la défaite. Chez Horizons, on appelle au sursaut. Paul Durand (Horizons) a été battu. Renaissance perd 12 sièges. La Renaissance italienne et les Horizons perdus sont deux romans. Ensemble, ils ont fait campagne.';
    expect(orgs(text)).toEqual(['Renaissance', 'Horizons', 'Horizons', 'Renaissance']);
  });

  test('listed names of the current parties', () => {
    expect(orgs('Les Écologistes et le Nouveau Front populaire ont déposé une motion.')).toEqual(['Les Écologistes', 'Nouveau Front populaire']);
  });
});

describe('news flags in capitals', () => {
  test('are no organization', () => {
    expect(orgs('URGENT - Le Conseil constitutionnel valide l’essentiel de la loi.')).toEqual(['Conseil constitutionnel']);
    expect(orgs('VIDEO. Incendie à Marseille : les images des pompiers.')).toEqual([]);
    expect(orgs('EXCLUSIF. Le patron de TotalEnergies s’explique.')).toEqual(['TotalEnergies']);
  });
});

describe('a firm named with its acronym part', () => {
  test('is read whole', () => {
    expect(orgs('Selon les analystes d’Oddo BHF, le titre est sous-évalué.')).toEqual(['Oddo BHF']);
    expect(typed('Chez Oddo BHF, on juge l’accord bien valorisé.', 'person')).toEqual([]);
  });
});
