import { recognizeRanks } from '../../src/ranks/ranks.js';
import { recognizePeople } from '../../src/people/people.js';
import { clusterPeople } from '../../src/resolve/personClusters.js';
import { splitSentences } from '../../src/sentences/split.js';

function people(text: string) {
  const sentences = splitSentences(text, [{ start: 0, end: text.length }]);
  const ranks = recognizeRanks(text, sentences);
  return clusterPeople(text, recognizePeople(text, sentences, { ranks, blocked: [] })).map((p) => ({
    text: text.slice(p.start, p.end),
    name: p.clusterName,
    rank: p.rankText,
    title: p.titleText,
    cluster: p.cluster,
  }));
}

describe('people', () => {
  test('a name after its rank and function', () => {
    const [p] = people('À l’issue de la rencontre, le Chef d’État-major général des armées du Niger, le Général de brigade Moussa Saloua BARMOU, a exprimé sa satisfaction.');
    expect(p).toMatchObject({ text: 'Moussa Saloua BARMOU', name: 'Moussa Saloua Barmou', rank: 'Général de brigade', title: 'Chef d’État-major général des armées du Niger' });
  });

  test('function, comma, rank, name', () => {
    const [p] = people('Des discours ont été tenus par le ministre de la Défense, le général Barthelemy Simpore.');
    expect(p).toMatchObject({ text: 'Barthelemy Simpore', rank: 'général', title: 'ministre de la Défense' });
  });

  test('an appositive function after the name', () => {
    const [p] = people('Cette audience accordée par Assimi GOÏTA, Président en exercice de la Confédération des Etats du Sahel s’est tenue à Koulouba.');
    expect(p).toMatchObject({ text: 'Assimi GOÏTA', title: 'Président en exercice de la Confédération des Etats du Sahel' });
  });

  test('honorifics: M. Guterres', () => {
    const ps = people('M. Guterres a salué la décision.');
    expect(ps.map((p) => p.text)).toEqual(['Guterres']);
  });

  test('mentions of one person form one cluster', () => {
    const ps = people('Le président de la Transition, Assimi GOÏTA, a reçu les délégations. Le Président GOÏTA a salué leur travail. Assimi Goïta est arrivé.');
    expect(ps.map((p) => p.text)).toEqual(['Assimi GOÏTA', 'GOÏTA', 'Assimi Goïta']);
    expect(new Set(ps.map((p) => p.cluster)).size).toBe(1);
    expect(ps.every((p) => p.name === 'Assimi Goïta')).toBe(true);
  });

  test('two people do not merge', () => {
    const ps = people('Le capitaine Ibrahim Traoré a reçu Bertrand Traoré.');
    expect(ps.map((p) => p.text)).toEqual(['Ibrahim Traoré', 'Bertrand Traoré']);
    expect(ps[0].cluster).not.toBe(ps[1].cluster);
    expect(ps[0].rank).toBe('capitaine');
  });

  test('a function complement is no person ("ministre de la Défense du Niger")', () => {
    expect(people('Selon le ministre de la Défense du Niger, la situation est calme.')).toEqual([]);
    expect(people('le chef d’état-major des forces armées du Niger a parlé.')).toEqual([]);
  });

  test('a title-case headline stops the name at the surname in capitals', () => {
    const ps = people('Le Président Assimi GOÏTA Accueille les Chefs d’État-Major');
    expect(ps.map((p) => p.text)).toEqual(['Assimi GOÏTA']);
  });

  test('a byline in "Prénom NOM" shape', () => {
    expect(people('Siaka DIAMOUTENE /Maliweb.net').map((p) => p.text)).toEqual(['Siaka DIAMOUTENE']);
  });
});
