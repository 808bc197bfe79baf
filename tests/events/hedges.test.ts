/**
 * Triggers whose clause says the event did not happen, may happen or is denied report no event
 * (src/events/hedges.ts); reported and announced events stay. Sentences written for these tests.
 */
import { briefEvents as events } from './helpers.js';

describe('negated, possible and denied events are not reported', () => {
  test('"Aucun suspect n\'a été arrêté", "Personne n\'a été tué": a negation the pattern cannot see', () => {
    expect(events('Aucun suspect n\'a été arrêté après l\'attaque du marché de Sévaré, a indiqué la police.').filter((e) => e.type === 'arrest')).toEqual([]);
    expect(events('Personne n\'a été tué lors de l\'incident, a assuré le gouverneur de Mopti, le général Abass Dembélé.')).toEqual([]);
  });
  test('"pourrait être limogé", "devrait être nommé", "risque d\'être arrêté": not yet, maybe never', () => {
    expect(events('Le ministre de la Justice, Mamoudou Kassogué, pourrait être limogé dans les prochains jours, selon plusieurs sources.')).toEqual([]);
    expect(events('Le colonel Abdoulaye Maïga devrait être nommé Premier ministre, a appris l\'AFP.')).toEqual([]);
    expect(events('L\'opposant Oumar Mariko risque d\'être arrêté s\'il rentre au pays.')).toEqual([]);
  });
  test('"a démenti avoir été limogé", "pour ne pas être arrêté"', () => {
    expect(events('Le ministre des Mines, Amadou Keïta, a démenti avoir été limogé.')).toEqual([]);
    expect(events('Le député Moussa Diarra s\'est réfugié à l\'ambassade pour ne pas être arrêté.')).toEqual([]);
  });
});

describe('what still reports an event', () => {
  test('restrictive "ne … que": it happened, later than expected', () => {
    expect(events('Le suspect Issa Coulibaly n\'a été arrêté que trois jours plus tard à Ségou.')).toContainEqual({ type: 'arrest', trigger: 'a été arrêté', persons: ['Issa Coulibaly'] });
  });
  test('"avant que X ne prête serment": the "ne" these conjunctions take negates nothing', () => {
    expect(events('Le décret a été signé quelques heures avant que Bola Tinubu ne prête serment, le 29 mai.')).toContainEqual({ type: 'appointment', trigger: 'prête serment', persons: ['Bola Tinubu'] });
  });
  test('a reported event ("aurait été arrêté") and an announced one ("sera nommé")', () => {
    expect(events('Le journaliste Ibrahim Diallo aurait été arrêté par des hommes en civil, selon sa famille.')).toEqual([{ type: 'arrest', trigger: 'aurait été arrêté', persons: ['Ibrahim Diallo'] }]);
    expect(events('Le général Oumar Diarra sera nommé chef d\'état-major lundi.').map((e) => e.type)).toEqual(['appointment']);
  });
});
