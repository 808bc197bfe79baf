/**
 * The nominations list of a council of ministers' communiqué (src/people/titles/listedPost.ts):
 * "Post : [honorific] [rank] Name", one post a line. Communiqué written for these tests.
 */
import { extract } from '../../src/extract.js';

const COMMUNIQUE = `COMMUNIQUÉ DU CONSEIL DES MINISTRES DU MERCREDI 25 NOVEMBRE 2026

AU TITRE DES MESURES INDIVIDUELLES

AU TITRE DU MINISTERE DE LA DEFENSE ET DES ANCIENS COMBATTANTS :
- Chef d'Etat-major général adjoint des Armées : Général de Brigade Oumar DIARRA ;
- Directeur du Génie militaire : Colonel-major Abdoulaye KONATE.

AU TITRE DU MINISTERE DE L'ECONOMIE ET DES FINANCES :
- Directeur général des Impôts : Monsieur Mahamadou TRAORE, Inspecteur des Impôts ;
- Conseiller technique : Madame Aminata COULIBALY.
`;

const titlesOf = (text: string) => Object.fromEntries(extract(text).people.map((p) => [p.name, p.titles.map((t) => t.text)]));

test('the post before the colon is the person’s, before any post apposed after the name', () => {
  expect(titlesOf(COMMUNIQUE)).toEqual({
    'Oumar Diarra': ["Chef d'Etat-major général adjoint des Armées"],
    'Abdoulaye Konate': ['Directeur du Génie militaire'],
    'Mahamadou Traore': ['Directeur général des Impôts', 'Inspecteur des Impôts'],
    'Aminata Coulibaly': ['Conseiller technique'],
  });
});

test('the offsets of a listed post are code points into the input', () => {
  const text = `🇲🇱 Nominations\n- Directeur du Génie militaire : Colonel-major Abdoulaye KONATE.`;
  const [p] = extract(text).people;
  const t = p.titles[0];
  expect([...text].slice(t.start, t.end).join('')).toBe('Directeur du Génie militaire');
});

test('a label before a colon that is no post gives nothing', () => {
  expect(titlesOf('Contact presse : Madame Aminata COULIBALY, 76 00 00 00.')).toEqual({ 'Aminata Coulibaly': [] });
  expect(titlesOf('Le ministre a déclaré : Moussa Keïta sera reçu demain.')).toEqual({ 'Moussa Keïta': [] });
});
