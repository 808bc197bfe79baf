/**
 * A city or country is a club or a team when the sentence is a match report. Sentences from
 * MasakhaNEWS fra dev (BBC Afrique).
 */
import { typed } from './typedEntities.js';
import { sameWithAndWithoutGates } from '../gates.js';
import { clubsInPlay } from '../../src/organizations/clubsInPlay.js';
import { releaseTokenTable } from '../../src/text/tokenTable.js';

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

  test('the patterns are tried only where a capital or a match word opens: the same clubs as at every word', () => {
    // sides opening a sentence, after "le", after an accented match word ("éliminé", "défaite"),
    // a match word glued to a score ("3contre"), and words opening neither pattern
    const texts = [
      'Lens a battu Lille 3-0 au stade. Auxerre s’est imposé 2-1 face à Nantes en championnat.',
      'Le match : Marseille a éliminé Lyon, puis la défaite de Nice face à Monaco 1-2 en coupe de France.',
      'Au stade, score 2-1 : 3contre Rennes et le succès sur Bordeaux ; le joueur de Toulouse a marqué.',
    ];
    const read = (text: string) => {
      const out: { start: number; end: number; normalized: string; acronym: string | null }[] = [];
      clubsInPlay(text, [{ start: 0, end: text.length }], out);
      releaseTokenTable();
      return out;
    };
    expect(sameWithAndWithoutGates(texts, read, (o) => o.length)).toBeGreaterThanOrEqual(6);
  });
});
