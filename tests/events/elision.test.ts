/**
 * Shapes found by probing with articles written for these tests (agency style): nouns after an
 * elided article ("l'arrestation de", "l'assassinat de", "l'enlèvement de", which the patterns
 * read only as "l' arrestation"), counted arrests ("a arrêté quinze personnes"), a meeting with
 * "les responsables", a condition ("si le suspect était arrêté"), and an arrest told first by its
 * count and then by a name.
 */
import { extract } from '../../src/extract.js';
import { findTriggers } from '../../src/events/triggers.js';
import { briefEvents as events } from './helpers.js';

describe('a noun after an elided article: "l\'arrestation de X"', () => {
  test('arrest, death and kidnapping nouns read "l\'" with and without a space after it', () => {
    expect(events('L\'arrestation de Moussa Diarra a surpris ses proches.')).toEqual([{ type: 'arrest', trigger: 'L\'arrestation', persons: ['Moussa Diarra'] }]);
    expect(events('L’assassinat du journaliste Norbert Zongo a choqué le pays.')).toEqual([{ type: 'death', trigger: 'L’assassinat', persons: ['Norbert Zongo'] }]);
    expect(events('Sa famille a appris l\'enlèvement de Pierre Martin par la radio.')).toEqual([{ type: 'kidnapping', trigger: 'l\'enlèvement', persons: ['Pierre Martin'] }]);
    expect(events('Sa famille a appris l\' enlèvement de Pierre Martin par la radio.')).toEqual([{ type: 'kidnapping', trigger: 'l\' enlèvement', persons: ['Pierre Martin'] }]);
  });
  test('the attack nouns take no "l\'" ("l\'attaque adverse", "l\'attentat" recalled)', () => {
    const text = 'Le gardien a repoussé l\'attaque adverse. Un an après l\'attentat, la ville se souvient.';
    expect(findTriggers(text, [{ start: 0, end: 40 }, { start: 41, end: text.length }], [])).toEqual([]);
  });
});

describe('counted arrests and meetings with representatives', () => {
  test('"La police a arrêté quinze personnes dimanche à Kano"', () => {
    const [e] = extract('Kano, 14 février 2025 - La police a arrêté quinze personnes dimanche à Kano après des heurts.').events;
    expect(e).toMatchObject({ type: 'arrest', trigger: { text: 'a arrêté' }, place: { name: 'Kano' } });
  });
  test('"a reçu mardi à Libreville les responsables des syndicats"', () => {
    const text = 'Le Premier ministre Raymond Ndong Sima a reçu mardi à Libreville les responsables des syndicats, dont Marcel Libama.';
    expect(events(text)).toEqual([{ type: 'meeting', trigger: 'a reçu', persons: ['Raymond Ndong Sima', 'Marcel Libama'] }]);
  });
});

describe('a condition reports no event', () => {
  test('"Si le suspect était arrêté, il serait jugé à Abuja"', () => {
    expect(events('Si le suspect était arrêté, il serait jugé à Abuja.')).toEqual([]);
    expect(events('Le ministre Paul Ndong saisirait la justice s\'il était limogé.')).toEqual([]);
  });
  test('"même si" concedes, and "si X a été arrêté, c\'est que" tells what happened', () => {
    expect(events('Même si Moussa Diarra a été arrêté lundi, ses partisans manifestent.')).toEqual([{ type: 'arrest', trigger: 'a été arrêté', persons: ['Moussa Diarra'] }]);
    expect(events('Si Moussa Diarra a été arrêté lundi, c\'est pour fraude.')).toEqual([{ type: 'arrest', trigger: 'a été arrêté', persons: ['Moussa Diarra'] }]);
  });
});

describe('an arrest told by its count, then by a name', () => {
  test('"ont annoncé l\'arrestation de huit soldats. Le colonel X est arrêté avec sept autres": one arrest', () => {
    const text = 'Les autorités ont annoncé lundi l\'arrestation de huit soldats. Le lieutenant-colonel Paul Zida est arrêté avec sept autres militaires.';
    expect(extract(text).events.filter((e) => e.type === 'arrest')).toHaveLength(1);
  });
});
