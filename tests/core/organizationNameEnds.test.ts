/**
 * Where a name opened by a head word ("Ligue", "Parlement", "Communauté") stops: a preposition
 * whose ending looks like an adjective's ("derrière"), the noun of an adverbial phrase ("à l'âge
 * de", "à l'issue de", "sur la question du") are no part of the body's name. Sentences
 * written for extrait in the style of sports and political news.
 */
import { entityTexts } from './typedEntities.js';

const organizations = (text: string): string[] => entityTexts(text, 'organization');

describe('a headed name stops before what is not its name', () => {
  test('"derrière" is a preposition, not an adjective ending in -ière', () => {
    const orgs = organizations("L'équipe termine troisième de la Ligue nationale derrière Boston et Saint-Louis.");
    expect(orgs).toContain('Ligue nationale');
    expect(orgs.some((o) => o.includes('derrière'))).toBe(false);
  });

  test('"à l\'âge de", "à l\'issue de", "à la fin" start an adverbial phrase', () => {
    expect(organizations("Il fait ses débuts en Ligue nationale de hockey à l'âge de 30 ans.")).toContain('Ligue nationale de hockey');
    expect(organizations("Il est élu recrue de l'année dans la Ligue américaine à l'issue de sa première saison.")).toContain('Ligue américaine');
    expect(organizations('La Communauté des États indépendants à la fin de la guerre froide ne comptait que onze membres.')).toContain('Communauté des États indépendants');
  });

  test('"sur la question du" and "au match des" are what the body does, not its name', () => {
    expect(organizations('Le vote du Parlement européen sur la question du Brexit est attendu jeudi.')).toContain('Parlement européen');
    expect(organizations('Il représente la Ligue nationale au match des étoiles pour la troisième fois.')).toContain('Ligue nationale');
  });

  test('names that do run on through their prepositions keep them', () => {
    expect(organizations("Le Commissariat à l'énergie atomique a publié son rapport annuel.")).toContain("Commissariat à l'énergie atomique");
    expect(organizations("Le Ministère de l'Économie et des Finances a publié mardi ses prévisions.")).toContain("Ministère de l'Économie et des Finances");
    // a school named after a person, all lower-case words before the name
    expect(organizations("Il a suivi une formation à l'Ecole de maintien de la paix Alioune Blondin Bèye de Bamako.")).toContain('Ecole de maintien de la paix Alioune Blondin Bèye de Bamako');
  });
});
