/**
 * Shapes found by probing with articles written for these tests (agency style): nouns after an
 * elided article ("l'arrestation de", "l'assassinat de", "l'enlèvement de", which the patterns
 * read only as "l' arrestation"), counted arrests ("a arrêté quinze personnes"), a meeting with
 * "les responsables", a condition ("si le suspect était arrêté") or a question, an arrest told
 * first by its count and then by a name, the first person plural of an interview, an object
 * after "M." (whose period ended the clause), and a council's list of nominations.
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

describe('an interview: a question asks, "nous avons interpellé" tells', () => {
  test('the question reports no arrest, the answer does', () => {
    const text = 'Question : Combien de suspects ont été arrêtés ? Réponse : Nous avons interpellé quatre personnes jeudi à Abidjan, dont le principal suspect, Koffi Yao.';
    expect(events(text)).toEqual([{ type: 'arrest', trigger: 'avons interpellé', persons: ['Koffi Yao'] }]);
  });
  test('a question quoted after the trigger is the speaker\'s: the meeting stands', () => {
    const text = 'Lors de son entretien avec le président Paul Ndong, M. Karim Benali a déclaré : « Pensez-vous que cet accord était possible ? »';
    expect(events(text).map((e) => e.type)).toEqual(['meeting']);
  });
  test('a headline asking whether a minister was dismissed', () => {
    expect(events('Guinée : le ministre des Mines Mamadou Bah a-t-il été limogé ?')).toEqual([]);
    expect(events('Pourquoi le ministre des Mines Mamadou Bah a été limogé ?')).toEqual([]);
  });
});

describe('an arrest told by its count, then by a name', () => {
  test('"ont annoncé l\'arrestation de huit soldats. Le colonel X est arrêté avec sept autres": one arrest', () => {
    const text = 'Les autorités ont annoncé lundi l\'arrestation de huit soldats. Le lieutenant-colonel Paul Zida est arrêté avec sept autres militaires.';
    expect(extract(text).events.filter((e) => e.type === 'arrest')).toHaveLength(1);
  });
});

describe('"a limogé M. X": the honorific\'s period ends no clause', () => {
  test('dismissal and appointment of a person named with "M."', () => {
    expect(events('Le président a limogé M. Kossi Amouzou, directeur du Trésor.')).toEqual([{ type: 'dismissal', trigger: 'a limogé', persons: ['Kossi Amouzou'] }]);
    expect(events('Le président a nommé M. Kossi Amouzou directeur du Trésor.')).toEqual([{ type: 'appointment', trigger: 'a nommé', persons: ['Kossi Amouzou'] }]);
  });
});

describe('with "M." no longer ending the clause, the object is still the right person', () => {
  test('"a désigné, pour remplacer M. Y, M. X": X is appointed, replacing Y', () => {
    const [e] = extract('Le préfet de police a désigné, pour remplacer M. Paul Touré, M. Jean Chanot.').events.filter((x) => x.type === 'appointment');
    expect(e).toMatchObject({ persons: [{ name: 'Jean Chanot' }], replaces: { name: 'Paul Touré' } });
  });
  test('"Après la démission de Sassou en 2019, M. X est devenu président": the noun\'s complement is not X', () => {
    const text = 'Après la démission de Sassou en 2019, M. Karim Benali est devenu président par intérim.';
    expect(events(text).filter((e) => e.type === 'dismissal' && e.persons.includes('Karim Benali'))).toEqual([]);
  });
});

describe('a council of ministers\' list: "sont nommés : M. X, … ; Mme Y, …"', () => {
  const text = 'Lomé, 15 juillet 2026 - Au titre des mesures individuelles, sont nommés : Monsieur Komi Agbeko, directeur général de la Société nationale des phosphates ; Madame Ama Dossou, inspectrice générale des finances ; le colonel Yao Tchalla, directeur de la gendarmerie nationale. Le Conseil a par ailleurs mis fin aux fonctions de M. Kossi Amouzou, directeur du Trésor.';
  test('one appointment per item, each with its own post', () => {
    const found = extract(text).events.filter((e) => e.type === 'appointment').map((e) => [e.persons.map((p) => p.name), e.post]);
    expect(found).toEqual([
      [['Komi Agbeko'], 'directeur général de la Société nationale des phosphates'],
      [['Ama Dossou'], 'inspectrice générale des finances'],
      [['Yao Tchalla'], 'directeur de la gendarmerie nationale'],
    ]);
  });
  test('items opening with "M." and "Mme"', () => {
    const list = 'Sont nommés : M. Komi Agbeko, directeur du Trésor ; Mme Ama Dossou, directrice du budget.';
    expect(extract(list).events.map((e) => [e.persons.map((p) => p.name), e.post])).toEqual([
      [['Komi Agbeko'], 'directeur du Trésor'],
      [['Ama Dossou'], 'directrice du budget'],
    ]);
  });
  test('"a par ailleurs mis fin aux fonctions de M. X"', () => {
    expect(extract(text).events.find((e) => e.type === 'dismissal')).toMatchObject({ persons: [{ name: 'Kossi Amouzou' }], post: 'directeur du Trésor' });
  });
});
