/**
 * A city or country is a club or a team when the sentence is a match report. Sentences from
 * MasakhaNEWS fra dev (BBC Afrique).
 */
import { typed } from './typedEntities.js';

describe('clubs and teams named after a place', () => {
  test('a city beaten in a final is its club; the host country stays a place', () => {
    const t = typed('Il était également sur le banc lorsque son équipe a perdu contre Liverpool en finale de la Coupe du monde des clubs au Qatar en décembre dernier.');
    expect(t.Liverpool).toBe('organization');
    expect(t.Qatar).toBe('place');
  });

  test('a country with a score is its team', () => {
    const t = typed("L'Algérie accède aux quarts de finale de la Coupe d'Afrique des nations (CAN) après sa large victoire face à la Guinée 3-0, dimanche au Caire.");
    expect(t['Guinée']).toBe('organization');
    expect(t.Caire).toBe('place');
  });

  test('no match, no club: a year range is no score', () => {
    const t = typed("Lui et Alfred Yekatom sont accusés d'avoir coordonné des attaques contre la population musulmane du pays en 2013-14 à Bangui.");
    expect(t.Bangui).toBe('place');
    expect(typed('La France s’est imposée comme médiatrice entre le Mali et l’Algérie.').France).toBe('place');
  });
});
