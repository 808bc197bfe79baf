/**
 * Posts held relative to someone (homologue, successeur, a relative's post), surnames with a
 * lower-case particle, numbered units and the post shapes of sport, culture, business and
 * religion news. Sentences written for these tests.
 */
import { extract } from '../../src/extract.js';
import type { Entity } from '../../src/types.js';
import { titleCaseName } from '../../src/text/normalize.js';

type Person = Extract<Entity, { type: 'person' }>;

function persons(text: string): { text: string; name: string; rank: string | null; title: string | null }[] {
  const rec = extract(text);
  return rec.entities.filter((e): e is Person => e.type === 'person').map((e) => ({ text: e.text, name: e.name, rank: e.rank, title: e.title }));
}

const titleOf = (text: string, name: string) => persons(text).find((p) => p.text === name)?.title ?? null;

describe('relational posts', () => {
  test('"son homologue russe, X": the counterpart is a post', () => {
    expect(titleOf('Le président français a reçu mardi son homologue russe, Vladimir Poutine, au fort de Brégançon.', 'Vladimir Poutine')).toBe('homologue russe');
    const malien = persons('Le chef de l’État nigérien a rencontré son homologue malien, le colonel Assimi Goïta, à Niamey.');
    expect(malien.find((p) => p.text === 'Assimi Goïta')).toMatchObject({ rank: 'colonel', title: 'homologue malien' });
    expect(titleOf('Le ministre a succédé à son prédécesseur, Jean Castex, en juillet.', 'Jean Castex')).toBe('prédécesseur');
  });

  test('the person completing "successeur de", "bras droit de" holds no such post', () => {
    expect(titleOf('On attend toujours le successeur de l’Ivoirien Didier Drogba au poste d’avant-centre.', 'Didier Drogba')).toBeNull();
    const general = persons('Il a rencontré le successeur du général Paul Martin à Lyon.');
    expect(general.find((p) => p.text === 'Paul Martin')).toMatchObject({ rank: 'général', title: null });
    expect(titleOf('On a vu Karl Heinz, le bras droit d’Otto Schmidt, à Berlin.', 'Otto Schmidt')).toBeNull();
    // behind a comma the name is the holder again
    expect(titleOf('Son bras droit au ministère, Karim Benali, a démissionné.', 'Karim Benali')).toBe('bras droit au ministère');
  });

  test('a post governed by a kinship noun is the relative’s', () => {
    expect(titleOf('Le fils du président, Hunter Biden, a été condamné mardi.', 'Hunter Biden')).toBeNull();
    const daughter = persons('La fille du général, Marie Dupont, a témoigné devant la cour.');
    expect(daughter.find((p) => p.text === 'Marie Dupont')).toMatchObject({ rank: null, title: null });
    // said of someone else, the kinship leaves the post to the name apposed to it
    expect(titleOf('Il est le père du joueur de tennis professionnel, Hugo Martin.', 'Hugo Martin')).toBe('joueur de tennis professionnel');
    expect(titleOf('Paul Martin, 45 ans, demi-frère du dirigeant du parti, Jean Martin, est mort.', 'Jean Martin')).toBe('dirigeant du parti');
  });
});

describe('surnames with a lower-case particle', () => {
  test('the particle a rank took in is part of the name, and a later title keeps it', () => {
    const ps = persons('Le général de Gaulle a quitté Londres en 1944. Quelques mois plus tard, le président de Gaulle a installé le gouvernement provisoire.');
    expect(ps.map((p) => [p.text, p.name])).toEqual([['de Gaulle', 'de Gaulle'], ['de Gaulle', 'de Gaulle']]);
  });

  test('"le maréchal de Lattre": a marshal and a particle, not "maréchal de France"', () => {
    expect(persons('Le maréchal de Lattre a commandé la Première armée.')).toMatchObject([{ text: 'de Lattre', name: 'de Lattre', rank: 'maréchal' }]);
    expect(persons('Il fut fait maréchal de France en 1952.').filter((p) => p.rank === 'maréchal')).toEqual([]);
  });

  test('after a preposition a surname alone drops its particle', () => {
    const ps = persons('M. de Mauroy est arrivé hier. On a vu le regard de Mauroy se durcir.');
    expect(ps.map((p) => p.text)).toEqual(['de Mauroy', 'Mauroy']);
  });
});

describe('names a cue word would cut', () => {
  test('"Bruno Le Maire": a capitalized particle takes a word no name holds alone', () => {
    const ps = persons('Le ministre Bruno Le Maire a présenté le budget. Selon Bruno Le Maire, la croissance repartira.');
    expect(ps.map((p) => p.text)).toEqual(['Bruno Le Maire', 'Bruno Le Maire']);
  });

  test('a surname in capitals written before the given name stays with it', () => {
    const ps = persons('DIALLO Mamadou, président de la coopérative, et TRAORÉ Aminata, sa trésorière, ont signé l’accord.');
    expect(ps.map((p) => [p.text, p.name])).toEqual([['DIALLO Mamadou', 'Diallo Mamadou'], ['TRAORÉ Aminata', 'Traoré Aminata']]);
  });
});

describe('numbered units', () => {
  test('an elided unit noun and a capitalized unit after an ordinal stay in the post', () => {
    const ps = persons('Le colonel Moussa Traoré, chef de l’unité 3, a été arrêté. Le lieutenant Ibrahim Koné, chef du 3e Régiment d’infanterie, et le capitaine Sékou Keïta, commandant du 12e Bataillon, ont été entendus.');
    expect(ps.map((p) => p.title)).toEqual(['chef de l’unité 3', 'chef du 3e Régiment d’infanterie', 'commandant du 12e Bataillon']);
  });
});

describe('posts of sport, culture, business and religion news', () => {
  test('a post "par intérim" keeps its interim', () => {
    expect(titleOf('Le ministre de l’Économie par intérim, Antoine Bernard, a démissionné.', 'Antoine Bernard')).toBe('ministre de l’Économie par intérim');
  });

  test('a demonym or a team’s gender after the head stays in the post', () => {
    expect(titleOf('Le pilote monégasque Charles Leclerc a terminé deuxième.', 'Charles Leclerc')).toBe('pilote monégasque');
    expect(titleOf('La capitaine de l’équipe de France féminine, Wendie Renard, est heureuse.', 'Wendie Renard')).toBe('capitaine de l’équipe de France féminine');
    expect(titleOf('Le pilier Uini Atonio est forfait.', 'Uini Atonio')).toBe('pilier');
  });

  test('a mayor’s first deputy', () => {
    expect(titleOf('La maire de Lille et son premier adjoint, Paul Lemaire, étaient présents.', 'Paul Lemaire')).toBe('premier adjoint');
  });

  test('a prelate’s or a doctor’s honorific between the post and the name', () => {
    expect(titleOf('L’archevêque de Paris, Mgr Laurent Ulrich, a célébré la messe.', 'Laurent Ulrich')).toBe('archevêque de Paris');
    expect(titleOf('L’épidémiologiste Arnaud Fontanet a répondu aux questions.', 'Arnaud Fontanet')).toBe('épidémiologiste');
  });

  test('a regnal number stays in capitals in the name', () => {
    expect(titleCaseName('MOHAMMED VI')).toBe('Mohammed VI');
    expect(titleCaseName('Charles III')).toBe('Charles III');
    expect(persons('Le roi Mohammed VI a reçu le pape François.').map((p) => p.name)).toEqual(['Mohammed VI', 'François']);
  });
});
