/**
 * A council of ministers' nominations, one post a line under "mesures individuelles"
 * (src/events/nominationLists.ts). Communiqué written for these tests.
 */
import { extract } from '../../src/extract.js';

const COMMUNIQUE = `COMMUNIQUÉ DU CONSEIL DES MINISTRES DU MERCREDI 25 NOVEMBRE 2026

Le Conseil des Ministres s'est réuni en session ordinaire, le mercredi 25 novembre 2026, au Palais de Koulouba.

AU TITRE DES MESURES INDIVIDUELLES

AU TITRE DU MINISTERE DE LA DEFENSE ET DES ANCIENS COMBATTANTS :
- Chef d'Etat-major général adjoint des Armées : Général de Brigade Oumar DIARRA ;
- Directeur du Génie militaire : Colonel-major Abdoulaye KONATE.

AU TITRE DU MINISTERE DE L'ECONOMIE ET DES FINANCES :
- Directeur général des Impôts : Monsieur Mahamadou TRAORE, Inspecteur des Impôts.

Bamako, le 25 novembre 2026
Le Secrétaire général du Gouvernement,
Madame Fatoumata SIDIBE
`;

const appointments = (text: string) => extract(text).events.filter((e) => e.type === 'appointment').map((e) => [e.persons.map((p) => p.name), e.post]);

test('each listed line under the heading is an appointment to its post', () => {
  expect(appointments(COMMUNIQUE)).toEqual([
    [['Oumar Diarra'], "Chef d'Etat-major général adjoint des Armées"],
    [['Abdoulaye Konate'], 'Directeur du Génie militaire'],
    [['Mahamadou Traore'], 'Directeur général des Impôts'],
  ]);
});

test('the same lines with no nominations heading appoint no one', () => {
  const text = 'Contacts utiles :\n- Directeur du Génie militaire : Colonel-major Abdoulaye KONATE ;\n- Directeur général des Impôts : Monsieur Mahamadou TRAORE.';
  expect(appointments(text)).toEqual([]);
});
