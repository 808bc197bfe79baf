/**
 * A generic body in the complement of a post ("des armées du Niger", "de la Transition malienne")
 * is the post's, not an organization of its own; a listed body inside a post stays one.
 * Sentences from the seed articles (fixtures/seeds/001, 003, 000), as written.
 */
import { extract } from '../../src/extract.js';
import { isPostScope } from '../../src/organizations/postScopes.js';

const orgTexts = (text: string) => extract(text).entities.filter((e) => e.type === 'organization').map((e) => e.text);

describe('bodies inside a post', () => {
  test('the armies of a country inside a chief of staff post are the title (seed 001)', () => {
    const text = 'À l’issue de la rencontre, le Chef d’État-major général des armées du Niger, le Général de brigade Moussa Saloua BARMOU, a exprimé sa satisfaction quant à la qualité des échanges et à la vision partagée par les trois pays.';
    const rec = extract(text);
    expect(rec.entities.find((e) => e.type === 'person')).toMatchObject({ title: 'Chef d’État-major général des armées du Niger' });
    expect(orgTexts(text)).not.toContain('armées du Niger');
  });

  test('capitalized armies inside a post are the title too; the Alliance after it stays a body (seed 003)', () => {
    const text = 'Présidée par le Chef d’Etat-major Général des Armées du Mali, le Général de Division Oumar DIARRA, la rencontre stratégique de haut niveau a regroupé en plus des Chefs d’Etat-major Généraux des armées, les experts, les Directeurs de Services des trois pays pour la validation du projet qui engage la sécurité des trois pays de l’Alliance des Etats du Sahel.';
    const orgs = orgTexts(text);
    expect(orgs).not.toContain('Armées du Mali');
    expect(orgs).toContain('Alliance des Etats du Sahel');
  });

  test('the Transition a president heads is his post, the Confederation he chairs a body (seed 001)', () => {
    const text = 'Le Président de la Transition malienne, Son Excellence le Général d’Armée Assimi GOÏTA, a reçu, mercredi 6 novembre 2024, les Chefs d’État-Major Général des pays membres de l’Alliance des États du Sahel (AES). En tant que Président en exercice de la Confédération des États du Sahel, le Général GOÏTA a accueilli ses homologues pour examiner un plan d’action élaboré par les experts en défense de l’AES, un plan visant à structurer et dynamiser la lutte commune contre les groupes armés et les défis sécuritaires dans la région.';
    const orgs = orgTexts(text);
    expect(orgs).not.toContain('Transition malienne');
    expect(orgs).toContain('Confédération des États du Sahel');
  });

  test('outside any person\'s post the same words are a body (seed 000)', () => {
    const text = '« La réunion était une occasion pour nous et nos partenaires d’évoquer des stratégies de sécurité conjointes, des opérations conjointes en cours et des questions et défis de sécurité auxquels sont confrontés les trois pays de l’AES », a ajouté le chef d\'état-major des forces armées du Niger.';
    expect(orgTexts(text)).toContain('forces armées du Niger');
  });

  test('what counts as a post scope', () => {
    expect(isPostScope('armées du Niger')).toBe(true);
    expect(isPostScope('Transition malienne')).toBe(true);
    expect(isPostScope('Forces armées maliennes')).toBe(false); // a listed body
    expect(isPostScope('Confédération des États du Sahel')).toBe(false);
    expect(isPostScope('armées de Tombouctou et du désert')).toBe(false);
  });
});
