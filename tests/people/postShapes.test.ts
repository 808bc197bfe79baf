/**
 * Posts in general news written for these tests: an organization's name as a complement, the
 * post of a name apposed after "l’avocat de X,", an adverb before an apposed post, a union or a
 * party after a function noun without "de", and professions of culture, sport and media.
 */
import { extract } from '../../src/extract.js';

const titlesOf = (text: string) => Object.fromEntries(extract(text).people.map((p) => [p.name, p.titles.map((t) => (t.former ? `${t.text} (former)` : t.text))]));

describe('posts in general news', () => {
  test('an organization found by the organizations stage is read whole in the complement', () => {
    expect(titlesOf('Mme Aïchatou Boubacar, représentante de Médecins sans frontières (MSF) à Niamey, a appelé au calme.')).toEqual({
      'Aïchatou Boubacar': ['représentante de Médecins sans frontières'],
    });
    expect(titlesOf('Paul Girard, directeur de Reporters sans frontières, a dénoncé ces arrestations.')).toEqual({
      'Paul Girard': ['directeur de Reporters sans frontières'],
    });
  });

  test('"L’avocat de X, Me Y": the post whose complement is the earlier name is the apposed name’s', () => {
    expect(titlesOf('L’avocat de Gérard Lemaire, Me François Saint-Pierre, a dénoncé une procédure bâclée.')).toEqual({
      'Gérard Lemaire': [],
      'François Saint-Pierre': ['avocat de Gérard Lemaire'],
    });
    expect(titlesOf('Le successeur de Jean Dupont, Paul Martin, prendra ses fonctions lundi.')).toEqual({
      'Jean Dupont': [],
      'Paul Martin': ['successeur de Jean Dupont'],
    });
  });

  test('a name apposed after a comma holds the outer post, unless an indefinite leaves that one unnamed', () => {
    expect(titlesOf('Le conseiller spécial du président, Emmanuel Moulin, n’a pas commenté. Le directeur de cabinet du ministre de l’Intérieur, Pierre Colliex, a démenti.')).toEqual({
      'Emmanuel Moulin': ['conseiller spécial du président'],
      'Pierre Colliex': ['directeur de cabinet du ministre de l’Intérieur'],
    });
    expect(titlesOf('Un avocat du footballeur brésilien, Paulo Ramos, a confirmé que son client était absent.')).toEqual({
      'Paulo Ramos': ['footballeur brésilien'],
    });
  });

  test('the body’s acronym in brackets between the post and the comma', () => {
    expect(titlesOf('Le président de la Fédération française de football (FFF), Philippe Diallo, a réagi. Kaja Kallas, haute représentante de l’UE, a rencontré Mohammed ben Salmane, prince héritier d’Arabie saoudite.')).toEqual({
      'Philippe Diallo': ['président de la Fédération française de football'],
      'Kaja Kallas': ['haute représentante de l’UE'],
      'Mohammed ben Salmane': ['prince héritier d’Arabie saoudite'],
    });
  });

  test('a plural adjective stays in the post', () => {
    expect(titlesOf('Claire Fontaine, directrice des ressources humaines du groupe, a signé. Paul Roux, responsable des affaires juridiques, a démenti.')).toEqual({
      'Claire Fontaine': ['directrice des ressources humaines du groupe'],
      'Paul Roux': ['responsable des affaires juridiques'],
    });
  });

  test('an indefinite article before an apposed post; not before the subject of the next clause', () => {
    expect(titlesOf('La victime, Lucie Martin, une infirmière de 28 ans, a été hospitalisée.')).toEqual({ 'Lucie Martin': ['infirmière'] });
    expect(titlesOf('Dans une lettre adressée à Paul Girard, un juge a déclaré que la procédure était close.')).toEqual({ 'Paul Girard': [] });
  });

  test('a name that only follows a complement gives the next name no post', () => {
    expect(titlesOf('En présence du ministre de la Défense Jean Moreau, Paul Girard et Luc Besson ont signé.')).toEqual({
      'Jean Moreau': ['ministre de la Défense'],
      'Paul Girard': [],
      'Luc Besson': [],
    });
  });

  test('an adverb before an apposed post: held now, or ("alors") at the time told', () => {
    expect(titlesOf('Mme de Villeneuve, aujourd’hui présidente du conseil de surveillance du groupe, n’a pas souhaité réagir.')).toEqual({
      'de Villeneuve': ['présidente du conseil de surveillance du groupe'],
    });
    expect(titlesOf('Sophie Durand, actuellement directrice de l’agence, a refusé. Julie Roux, depuis 2019 présidente de la région, a salué la décision.')).toEqual({
      'Sophie Durand': ['directrice de l’agence'],
      'Julie Roux': ['présidente de la région'],
    });
    expect(titlesOf('En 2015, Marc Olivier, alors ministre de l’Intérieur, avait signé le décret.')).toEqual({
      'Marc Olivier': ['alors ministre de l’Intérieur (former)'],
    });
  });

  test('a union or a party right after a function noun, without "de"', () => {
    expect(titlesOf('« C’est inacceptable », a réagi Jean-Pierre Mercier, délégué CGT à Poissy. Nadia Salhi, responsable CFDT du site, a signé.')).toEqual({
      'Jean-Pierre Mercier': ['délégué CGT à Poissy'],
      'Nadia Salhi': ['responsable CFDT du site'],
    });
  });

  test('professions of culture, sport and media are posts', () => {
    expect(titlesOf('Le metteur en scène Jean-Claude Carrière a présenté sa pièce. La chorégraphe Maguy Marin était présente. Le scénariste Paul Lenoir a tout réécrit.')).toEqual({
      'Jean-Claude Carrière': ['metteur en scène'],
      'Maguy Marin': ['chorégraphe'],
      'Paul Lenoir': ['scénariste'],
    });
  });
});
