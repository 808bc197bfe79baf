/**
 * "les Nickname(s) de <town>" with a town no gazetteer lists: a team when the sentence is about
 * sport (src/organizations/teamNames.ts, unlistedTown). Sentences written for this test.
 */
import { entityTexts, typed } from './typedEntities.js';

describe('teams of towns nobody listed', () => {
  test('a plural nickname and a small town in a sentence about hockey are one team', () => {
    const t = typed("Le défenseur a joué deux saisons dans l'ECHL avec les Stingers de Pocatello avant de rejoindre la LNH.");
    expect(t['Stingers de Pocatello']).toBe('organization');
    expect(t.Pocatello).toBeUndefined();
  });

  test('the town may be two capitalized words', () => {
    const orgs = entityTexts("Repêché en 2009, il évolue ensuite au hockey junior avec les Grizzlies de Red Deer Valley.", 'organization');
    expect(orgs).toContain('Grizzlies de Red Deer Valley');
  });

  test('no team without sport, after "du" or "de l\'", in a quoted title, or in the singular', () => {
    expect(entityTexts('Les Voyageurs de Pocatello ont visité le musée samedi.', 'organization')).toEqual([]);
    expect(entityTexts("Au match suivant, l'équipe affronte les Gardiens du Néant, un groupe de supporters.", 'organization')).not.toContain('Gardiens du Néant');
    expect(entityTexts("Le joueur de l'équipe lit « Les Chroniques de Narnia » pendant la saison.", 'organization')).toEqual([]);
    expect(entityTexts("L'entraîneur du club a signé avec le Stingers de Pocatello.", 'organization')).not.toContain('Stingers de Pocatello');
    // people of a country playing for a club: the club is the name
    expect(entityTexts("En finale de la ligue, les Égyptiens d'Al Korvanne ont battu le club tunisien.", 'organization')).not.toContain("Égyptiens d'Al Korvanne");
  });
});
