/**
 * Who speaks of an event is not in it (src/events/arguments/speakers.ts): the inverted subject
 * of an attribution after the statement. Sentences written for these tests.
 */
import { briefEvents as events } from './helpers.js';

describe('a spokesperson quoted after the statement is the speaker', () => {
  test('meeting: "…, a indiqué le porte-parole du gouvernement, le colonel X" does not take part', () => {
    const text = 'Le chef de la junte nigérienne, le général Abdourahamane Tiani, a reçu mardi à Niamey le ministre burkinabè Jean Emmanuel Ouédraogo, a indiqué le porte-parole du gouvernement, le colonel Amadou Abdramane.';
    expect(events(text)).toEqual([{ type: 'meeting', trigger: 'a reçu', persons: ['Abdourahamane Tiani', 'Jean Emmanuel Ouédraogo'] }]);
  });
  test('meeting named again in the next sentence: "« La rencontre … », a affirmé le porte-parole X"', () => {
    const text = 'Le président tchadien Mahamat Idriss Déby s\'est entretenu lundi avec l\'opposant Succès Masra à N\'Djamena. "La rencontre s\'est déroulée dans un climat cordial", a affirmé le porte-parole du gouvernement, Gassim Cherif Mahamat.';
    const meetings = events(text).filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => e.persons)).toEqual([['Mahamat Idriss Déby', 'Succès Masra']]);
  });
  test('arrest: "a interpellé quatre suspects, a précisé le procureur X" did not arrest the prosecutor', () => {
    const arrests = events('La gendarmerie a interpellé dimanche quatre trafiquants présumés à Agadez, a précisé le procureur de la République, Moussa Idé.').filter((e) => e.type === 'arrest');
    expect(arrests.map((e) => e.persons)).toEqual([[]]);
  });
  test('death: "« … sont morts », a déclaré le gouverneur X" is no death of the governor', () => {
    expect(events('« Six personnes sont mortes dans l\'incendie », a déclaré le gouverneur de Kayes, Moussa Soumaré.').filter((e) => e.type === 'death')).toEqual([]);
  });
});

describe('a speaker who took part stays', () => {
  test('"», a déclaré X à l\'issue de sa rencontre avec Y": the trigger follows the attribution', () => {
    const text = '« Nous avons eu des échanges francs », a déclaré le Premier ministre Ali Lamine Zeine à l\'issue de sa rencontre avec le président togolais Faure Gnassingbé.';
    expect(events(text)).toContainEqual({ type: 'meeting', trigger: 'sa rencontre', persons: ['Ali Lamine Zeine', 'Faure Gnassingbé'] });
  });
});

describe('"il" points back to the protagonist, not to the speaker of an attribution', () => {
  test('"X a disparu, a déclaré son avocat, Me Y. Il aurait été arrêté": X', () => {
    const text = 'Le militant Issa Traoré a disparu dimanche à Bamako, a déclaré son avocat, Me Moussa Keïta. Il aurait été arrêté par des agents en civil.';
    expect(events(text)).toEqual([{ type: 'arrest', trigger: 'aurait été arrêté', persons: ['Issa Traoré'] }]);
  });
  test('a speaker named alone is still the one "il" points to', () => {
    const text = '« La situation est grave », a déclaré le procureur Moussa Keïta. Il a été limogé mardi par le ministre.';
    expect(events(text)).toEqual([{ type: 'dismissal', trigger: 'a été limogé', persons: ['Moussa Keïta'] }]);
  });
});

describe('a source opening the sentence ("Selon X, le suspect a été interpellé") is not the subject', () => {
  test.each([
    'Selon le procureur de la République, Thierry Dran, le suspect a été interpellé jeudi matin à son domicile.',
    'Lyon, 2 décembre 2026 - Selon le procureur de la République, Thierry Dran, le suspect a été interpellé jeudi matin.',
    'Selon le porte-parole Jean Roux, deux hommes ont été arrêtés mercredi.',
  ])('%s', (text) => {
    const arrests = events(text).filter((e) => e.type === 'arrest');
    expect(arrests.map((e) => e.persons)).toEqual([[]]);
  });
  test.each([
    ['Selon une source sécuritaire, le ministre Paul Koné a été limogé mardi.', 'dismissal', 'Paul Koné'],
    ['D\'après la police, Marc Blanc, 54 ans, a été arrêté lundi à Lyon.', 'arrest', 'Marc Blanc'],
    ['D\'après les récits de Louis Bergman, Hans Krug a été tué en 1944.', 'death', 'Hans Krug'],
  ])('the subject named after the source stays: %s', (text, type, person) => {
    expect(events(text).filter((e) => e.type === type).map((e) => e.persons)).toEqual([[person]]);
  });
});
