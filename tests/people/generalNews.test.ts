/**
 * People and their posts in general news (politics, justice, economy), on sentences written for
 * these tests: shapes the Sahel corpora hold few of.
 */
import { recognizeRanks } from '../../src/ranks/ranks.js';
import { recognizePeople } from '../../src/people/people.js';
import { taggerPersonTitle } from '../../src/people/personTitles.js';
import { clusterPeople } from '../../src/resolve/personClusters.js';
import { splitSentences } from '../../src/sentences/split.js';
import { attachTitles } from '../../src/people/personTitles.js';

function people(text: string, withTitlesStage = false) {
  const sentences = splitSentences(text, [{ start: 0, end: text.length }]);
  const ranks = recognizeRanks(text, sentences);
  const found = recognizePeople(text, sentences, { ranks, blocked: [] });
  if (withTitlesStage) attachTitles(text, sentences, found, ranks);
  return clusterPeople(text, found).map((p) => ({
    text: text.slice(p.start, p.end),
    title: p.titleText,
    cluster: p.cluster,
  }));
}

describe('people in general news', () => {
  test('a ministry before the comma is the post of the name after it, not one more person of a list', () => {
    const ps = people('La ministre de la Culture, Claire Vasseur, a annoncé une aide. Le ministre des Finances et du Budget, Moussa Keïta, a présenté le projet de loi.');
    expect(ps.map(({ text, title }) => ({ text, title }))).toEqual([
      { text: 'Claire Vasseur', title: 'ministre de la Culture' },
      { text: 'Moussa Keïta', title: 'ministre des Finances et du Budget' },
    ]);
  });

  test('a name listed between people is still one of them', () => {
    const ps = people('Étaient présents Claire Vasseur, Duchêne et Paul Marchal.');
    expect(ps.map((p) => p.text)).toEqual(['Claire Vasseur', 'Duchêne', 'Paul Marchal']);
  });

  test('"l’avocat de <given name> <surname>": the post is about the name, not held by it', () => {
    const ps = people('L’avocat de Jean Dupont a fait appel. Le porte-parole de Sophie Lemaire a démenti hier.');
    expect(ps.map(({ text, title }) => ({ text, title }))).toEqual([
      { text: 'Jean Dupont', title: null },
      { text: 'Sophie Lemaire', title: null },
    ]);
  });

  test('a surname after "de" is the name’s own particle: the title stays', () => {
    const text = 'Le président de Gaulle a reçu les ministres.';
    const start = text.indexOf('Gaulle');
    const { title } = taggerPersonTitle(text, [{ start: 0, end: text.length }], start, start + 'Gaulle'.length);
    expect(title && text.slice(title.start, title.end)).toBe('président');
  });

  test('a person only the tagger found gets no post across "de" either', () => {
    const text = 'L’avocate de Bernard Vidal, Me Laure Ossant, a plaidé.';
    const start = text.indexOf('Bernard');
    expect(taggerPersonTitle(text, [{ start: 0, end: text.length }], start, start + 'Bernard Vidal'.length).title).toBeNull();
  });

  test('the initials of a compound given name: "J.-L. Mélenchon"', () => {
    const ps = people('J.-L. Mélenchon a réagi sur les réseaux sociaux. Selon J.-M. Le Pen, rien ne change. Le député J.-F. COPÉ a démenti.');
    expect(ps.map((p) => p.text)).toEqual(['J.-L. Mélenchon', 'J.-M. Le Pen', 'J.-F. COPÉ']);
  });

  // [what is asserted, text, run the titles stage, the people and their titles]
  const posts: [string, string, boolean, { text: string; title: string | null }[]][] = [
    ['adjectives no ending gives away stay in the post: nationalities, parties',
      'Le président russe Igor Vassine a reçu la sénatrice écologiste Claire Vasseur. La cheffe de la diplomatie européenne Anna Kessler et le chef du gouvernement espagnol Pablo Ortega étaient présents.', false,
      [{ text: 'Igor Vassine', title: 'président russe' }, { text: 'Claire Vasseur', title: 'sénatrice écologiste' }, { text: 'Anna Kessler', title: 'cheffe de la diplomatie européenne' }, { text: 'Pablo Ortega', title: 'chef du gouvernement espagnol' }]],
    ['a caption "Name – post" keeps its post when a paragraph follows',
      'Les écoles resteront fermées lundi.\n\nClaire Vasseur – ministre de l’Éducation\n\nLes syndicats ont réagi dans la soirée.', true,
      [{ text: 'Claire Vasseur', title: 'ministre de l’Éducation' }]],
    ['a post after a comma still introduces the next name on the same line',
      'Il a reçu Paul Marchal, le président russe Igor Vassine et leurs délégations.', true,
      [{ text: 'Paul Marchal', title: null }, { text: 'Igor Vassine', title: 'président russe' }]],
    ['"commercial" is no "comme" ending the post; "garde des Sceaux" and "parties civiles" are read whole',
      'Paul Marchal, directeur commercial de Vétra, a démissionné. Claire Vasseur, garde des Sceaux, a répondu. Selon Me Anne Ferrand, avocate des parties civiles, le dossier est solide.', true,
      [{ text: 'Paul Marchal', title: 'directeur commercial de Vétra' }, { text: 'Claire Vasseur', title: 'garde des Sceaux' }, { text: 'Anne Ferrand', title: 'avocate des parties civiles' }]],
    ['"comme" still ends a post', 'Paul Marchal, directeur de Vétra comme son père, a démissionné.', true, [{ text: 'Paul Marchal', title: 'directeur de Vétra' }]],
    ['"l’avocate de la famille, Me X": the lawyer’s honorific stands between the post and the name',
      'L’avocate de la famille de la victime, Me Sarah Benhamou, a demandé une contre-expertise.', false,
      [{ text: 'Sarah Benhamou', title: 'avocate de la famille de la victime' }]],
    ['posts of diplomacy, sport and business: "émissaire", "milieu de terrain", "sélectionneuse", "cofondateur"',
      'Il a reçu l’émissaire de l’Union africaine, Aïssata Kané. Le milieu de terrain Paul Marchal est forfait et la sélectionneuse Claire Vasseur a tranché. Le cofondateur de Vétra, Anne Ferrand, est parti.', false,
      [{ text: 'Aïssata Kané', title: 'émissaire de l’Union africaine' }, { text: 'Paul Marchal', title: 'milieu de terrain' }, { text: 'Claire Vasseur', title: 'sélectionneuse' }, { text: 'Anne Ferrand', title: 'cofondateur de Vétra' }]],
    ['"Maître" is the lawyer’s honorific, not a word of the name', 'L’avocat de la défense, Maître Paul Marchal, a plaidé. Maître Marchal a demandé la relaxe.', false,
      [{ text: 'Paul Marchal', title: 'avocat de la défense' }, { text: 'Marchal', title: 'avocat de la défense' }]],
  ];
  test.each(posts)('%s', (_what, text, withTitlesStage, expected) => {
    expect(people(text, withTitlesStage).map(({ text, title }) => ({ text, title }))).toEqual(expected);
  });

  test('a surname repeated with its capitalized particle at a sentence start joins the full name', () => {
    const ps = people('Moussa Ag Intahmad, chef du mouvement, a confirmé la trêve. Ag Intahmad a précisé que les combats avaient cessé. Ben Laden fut tué en 2011 ; Oussama Ben Laden était en fuite.');
    const byText = Object.fromEntries(ps.map((p) => [p.text, p.cluster]));
    expect(byText['Ag Intahmad']).toBe(byText['Moussa Ag Intahmad']);
    expect(byText['Ben Laden']).toBe(byText['Oussama Ben Laden']);
  });

  test('a particle before a given name stays a part: "Di Maria" is not "Josep Maria Bartomeu"', () => {
    const ps = people('Josep Maria Bartomeu a démissionné. Di Maria a marqué dimanche.');
    const byText = Object.fromEntries(ps.map((p) => [p.text, p.cluster]));
    expect(byText['Di Maria']).not.toBe(byText['Josep Maria Bartomeu']);
  });

  test('"X, maire de Lyon, président de la métropole, a …": both apposed posts are the person’s', () => {
    const text = 'Paul Marchal, maire de Lyon, président de la métropole, a démissionné. Claire Vasseur, ministre d’État, ministre de la Défense, a répondu.';
    const sentences = splitSentences(text, [{ start: 0, end: text.length }]);
    const ranks = recognizeRanks(text, sentences);
    const found = recognizePeople(text, sentences, { ranks, blocked: [] });
    attachTitles(text, sentences, found, ranks);
    const posts = found.map((p) => [p.title, ...(p.moreTitles ?? [])].map((t) => t && text.slice(t.start, t.end)));
    expect(posts).toEqual([['maire de Lyon', 'président de la métropole'], ['ministre d’État', 'ministre de la Défense']]);
  });
});

describe('a post naming a numbered unit keeps its number', () => {
  test.each([
    ['Le commandant de la zone de défense n°5, le lieutenant-colonel Abdoulaye Maïga, a été relevé de ses fonctions.', 'Abdoulaye Maïga', 'commandant de la zone de défense n°5'],
    ['Le commandant du secteur 3, le colonel Issa Coulibaly, a été relevé.', 'Issa Coulibaly', 'commandant du secteur 3'],
    ['Le chef du 3e bataillon, le commandant Ali Touré, a été tué.', 'Ali Touré', 'chef du 3e bataillon'],
    ['Le colonel Moussa Sanogo, commandant de la 5ème région militaire, a été nommé.', 'Moussa Sanogo', 'commandant de la 5ème région militaire'],
    ['La maire du 16e arrondissement, Claire Morel, a parlé.', 'Claire Morel', 'maire du 16e arrondissement'],
  ])('%s', (text, name, title) => {
    expect(people(text, true).filter((p) => p.text === name).map((p) => p.title)).toEqual([title]);
  });
});

describe('a ministry of several portfolios listed after commas is one post', () => {
  test.each([
    ['La ministre de l\'Énergie, du Pétrole et des Mines, Aïssatou Diouf, a parlé.', 'Aïssatou Diouf', 'ministre de l\'Énergie, du Pétrole et des Mines'],
    ['Paul Morel, ministre de l\'Agriculture, de l\'Élevage et de la Pêche, a parlé.', 'Paul Morel', 'ministre de l\'Agriculture, de l\'Élevage et de la Pêche'],
  ])('%s', (text, name, title) => {
    expect(people(text, true).filter((p) => p.text === name).map((p) => p.title)).toEqual([title]);
  });

  test('a given name after the comma is the next person of a list, not a portfolio', () => {
    const text = 'En présence de Claire Martin, présidente de la Communauté de communes du Grand Nord, d\'Élisabeth Roux, déléguée à la culture, il a parlé.';
    expect(people(text, true).filter((p) => p.text === 'Claire Martin').map((p) => p.title)).toEqual(['présidente de la Communauté de communes du Grand Nord']);
  });
});
