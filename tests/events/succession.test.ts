/**
 * Successions, resignations, elections and the road-accident "renverser", on sentences written
 * for these tests (agency style): who is appointed when "X a été remplacé par Y", "Y succède à X,
 * qui occupait le poste", "Y remplace X à la tête de"; "a rendu son tablier" and "a annoncé son
 * départ du gouvernement" as resignations (the contract's dismissal); "élu maire", "réélu pour un
 * mandat" as appointments; and "un camion a renversé le cycliste X", which ousts no one.
 */
import { extract } from '../../src/extract.js';
import { briefEvents as events } from './helpers.js';

describe('"renverser" ousts only someone in power', () => {
  test('a lorry knocking a cyclist down is no dismissal', () => {
    const text = 'Un camion a renversé le cycliste Marc Dupuis mardi matin à Lyon. Le conducteur a pris la fuite.';
    expect(events(text).filter((e) => e.type === 'dismissal')).toEqual([]);
  });
  test('a pedestrian knocked down, in the passive, is no dismissal', () => {
    const text = 'Le retraité Henri Lemoine a été renversé par une voiture devant la mairie de Rennes samedi soir.';
    expect(events(text).filter((e) => e.type === 'dismissal')).toEqual([]);
  });
  test('soldiers overthrowing the president are still a dismissal', () => {
    const text = 'Des militaires ont renversé le président Paul Ndong mercredi à Libreville, selon la télévision publique.';
    expect(events(text)).toContainEqual({ type: 'dismissal', trigger: 'ont renversé', persons: ['Paul Ndong'] });
  });
});

describe('a successor is appointed to the post of the one replaced', () => {
  test('"X a été remplacé par Y": Y is appointed, replacing X, to X\'s post', () => {
    const [appointment] = extract('Dakar, 4 avril 2025 - Le gouverneur de la Banque centrale, Amadou Diallo, a été remplacé par Fatou Ndiaye.')
      .events.filter((e) => e.type === 'appointment');
    expect(appointment).toMatchObject({ persons: [{ name: 'Fatou Ndiaye' }], replaces: { name: 'Amadou Diallo' }, post: 'gouverneur de la Banque centrale' });
  });
  test('"a limogé X. Il est remplacé par Y": the two mentions of X\'s dismissal merge, Y still gets the post', () => {
    const text = 'Le président a limogé lundi le chef d\'état-major général des armées, le général Oumar Diarra. Il est remplacé par le général Abdoulaye Coulibaly.';
    const appointment = extract(text).events.find((e) => e.type === 'appointment');
    expect(appointment).toMatchObject({ trigger: { text: 'est remplacé' }, persons: [{ name: 'Abdoulaye Coulibaly' }], replaces: { name: 'Oumar Diarra' }, post: 'chef d\'état-major général des armées' });
  });
  test('"Y succède à M. X, qui occupait le poste": Y is appointed', () => {
    const text = 'Le directeur de la police, Amadou Diallo, a été limogé lundi. Mme Fatou Ndiaye succède à M. Diallo, qui occupait le poste depuis 2019.';
    expect(events(text)).toContainEqual({ type: 'appointment', trigger: 'succède', persons: ['Fatou Ndiaye'] });
  });
  test('"Y remplace X à la tête de": Y is appointed and X leaves', () => {
    const found = extract('Le banquier Karim Benali remplace Youssef Amrani à la tête de la Caisse des dépôts.').events;
    expect(found.find((e) => e.type === 'appointment')).toMatchObject({ persons: [{ name: 'Karim Benali' }], replaces: { name: 'Youssef Amrani' } });
    expect(found.find((e) => e.type === 'dismissal')).toMatchObject({ persons: [{ name: 'Youssef Amrani' }] });
  });
  test('"le remplace à la tête de": the clitic is the one replaced, the subject the appointee', () => {
    const text = 'Le ministre Youssef Amrani a été limogé jeudi. Le général Karim Benali le remplace à la tête du ministère de la Défense.';
    expect(events(text)).toContainEqual({ type: 'dismissal', trigger: 'a été limogé', persons: ['Youssef Amrani'] });
    expect(events(text).filter((e) => e.type === 'appointment' && e.persons.includes('Youssef Amrani'))).toEqual([]);
  });
});

describe('resignations told without "démission"', () => {
  test('"a rendu son tablier"', () => {
    expect(events('Le ministre de l\'Intérieur, Paul Mensah, a rendu son tablier jeudi soir.')).toEqual([
      { type: 'dismissal', trigger: 'a rendu son tablier', persons: ['Paul Mensah'] },
    ]);
  });
  test('"a annoncé son départ du gouvernement", but not a departure for a trip', () => {
    expect(events('La ministre de la Santé, Awa Coulibaly, a annoncé son départ du gouvernement lundi.')).toEqual([
      { type: 'dismissal', trigger: 'a annoncé son départ', persons: ['Awa Coulibaly'] },
    ]);
    expect(events('La ministre de la Santé, Awa Coulibaly, a annoncé son départ pour Genève lundi.')).toEqual([]);
  });
});

describe('elections: "élu maire", "réélu pour un mandat"', () => {
  test('a mayor elected and a president re-elected are appointments', () => {
    const text = 'Jean Mbarga a été élu maire de Douala dimanche. Le président sortant Alassane Koné a été réélu pour un troisième mandat.';
    expect(events(text)).toEqual([
      { type: 'appointment', trigger: 'a été élu', persons: ['Jean Mbarga'] },
      { type: 'appointment', trigger: 'a été réélu', persons: ['Alassane Koné'] },
    ]);
  });
  test('a candidate not elected, or elected player of the month, is no appointment', () => {
    expect(events('L\'opposant Paul Eto n\'a pas été élu maire de Douala.')).toEqual([]);
    expect(events('Le milieu Samuel Eto a été élu meilleur joueur du mois.')).toEqual([]);
  });
});
