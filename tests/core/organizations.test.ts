import { recognizeOrganizations } from '../../src/organizations/organizations.js';
import { propagateAcronyms } from '../../src/resolve/acronyms.js';

function orgs(text: string) {
  const regions = [{ start: 0, end: text.length }];
  return propagateAcronyms(text, regions, recognizeOrganizations(text, regions)).map((o) => ({ text: text.slice(o.start, o.end), normalized: o.normalized, acronym: o.acronym }));
}

describe('organizations', () => {
  test('an expansion and its acronym are linked both ways', () => {
    const out = orgs("les chefs d’Etat-Major Général des pays membres de l’Alliance des Etats du Sahel (AES) à Bamako. L'AES a décidé.");
    expect(out).toEqual(expect.arrayContaining([
      { text: 'Alliance des Etats du Sahel', normalized: 'Alliance des États du Sahel', acronym: 'AES' },
      { text: 'AES', normalized: 'Alliance des États du Sahel', acronym: 'AES' },
    ]));
    expect(out.filter((o) => o.text === 'AES')).toHaveLength(2);
  });

  test('an acronym defined in the text applies to its later mentions', () => {
    const out = orgs('Le Mouvement pour le Renouveau Démocratique (MRD) a tenu un congrès. Le MRD a élu son président.');
    expect(out).toEqual(expect.arrayContaining([
      { text: 'Mouvement pour le Renouveau Démocratique', normalized: 'Mouvement pour le Renouveau Démocratique', acronym: 'MRD' },
    ]));
    expect(out.filter((o) => o.text === 'MRD')).toHaveLength(2);
  });

  test('armed forces and schools named with lower-case words', () => {
    const texts = orgs('L’Ecole de maintien de la paix Alioune Blondin Bèye de Bamako a accueilli les Forces Armées Maliennes (FAMa).').map((o) => o.text);
    expect(texts).toContain('Ecole de maintien de la paix Alioune Blondin Bèye de Bamako');
    expect(texts).toContain('Forces Armées Maliennes');
  });

  test('a name stops at the end of the sentence', () => {
    const texts = orgs('Il a salué l’Alliance des États du Sahel. Les opérations continuent.').map((o) => o.text);
    expect(texts).toContain('Alliance des États du Sahel');
    expect(texts.some((t) => t.includes('opérations'))).toBe(false);
  });

  test('acronyms are case-sensitive', () => {
    expect(orgs('ua ou Ua ne sont rien, UA est l’Union africaine').filter((o) => o.text === 'UA')).toHaveLength(1);
  });
});
