import { splitSentences } from '../../src/sentences/split.js';
import { expectLinear } from '../timing.js';

function split(text: string): string[] {
  return splitSentences(text, [{ start: 0, end: text.length }]).map((s) => text.slice(s.start, s.end));
}

describe('sentence splitter', () => {
  test('abbreviations and initials do not end sentences', () => {
    expect(split('M. Guterres est arrivé. Mme Diallo aussi.')).toEqual(['M. Guterres est arrivé.', 'Mme Diallo aussi.']);
    expect(split('Le Gén. Camara et le Col. Maïga sont là. Ils parlent.')).toEqual(['Le Gén. Camara et le Col. Maïga sont là.', 'Ils parlent.']);
    expect(split('J.-P. Sartre et A. Diallo ont écrit. Puis rien.')).toEqual(['J.-P. Sartre et A. Diallo ont écrit.', 'Puis rien.']);
    expect(split('Des fruits, p. ex. des mangues. Fin.')).toEqual(['Des fruits, p. ex. des mangues.', 'Fin.']);
  });

  test('numbers and domains', () => {
    expect(split('Le taux est de 3.5 pour cent. Il y a 1.500 soldats.')).toEqual(['Le taux est de 3.5 pour cent.', 'Il y a 1.500 soldats.']);
    expect(split('Source : Bamada.net rapporte les faits. Voilà.')).toEqual(['Source : Bamada.net rapporte les faits.', 'Voilà.']);
  });

  test('guillemets keep the quoted sentence with its speaker', () => {
    expect(split('« Nous sommes prêts. » a-t-il déclaré. Puis il est parti.')).toEqual(['« Nous sommes prêts. » a-t-il déclaré.', 'Puis il est parti.']);
    expect(split('Il a dit : « Nous sommes prêts. » Le ministre est parti.')).toEqual(['Il a dit : « Nous sommes prêts. »', 'Le ministre est parti.']);
  });

  test('ellipses, question and exclamation marks', () => {
    expect(split('Et puis… Rien. Pourquoi ? Parce que ! Voilà')).toEqual(['Et puis…', 'Rien.', 'Pourquoi ?', 'Parce que !', 'Voilà']);
  });

  test('headlines without final punctuation are sentences of their own', () => {
    expect(split('Le Mali renforce sa défense\n\nLes ministres se sont réunis à Bamako.')).toEqual(['Le Mali renforce sa défense', 'Les ministres se sont réunis à Bamako.']);
    expect(split('Titre en une ligne\nLe texte suit.')).toEqual(['Titre en une ligne', 'Le texte suit.']);
  });

  test('hard-wrapped lines continue the sentence', () => {
    expect(split('Les chefs d’état-major se sont réunis à\nBamako pour la réunion.')).toEqual(['Les chefs d’état-major se sont réunis à\nBamako pour la réunion.']);
  });

  test('a headline ending on a surname that given names share is no name cut by a column', () => {
    // the column case stays: a given name at the end of a printed line, its surname on the next
    expect(split('Le président du Conseil, Moussa\nTraoré, a reçu les chefs de\nl’armée hier soir.')).toEqual(['Le président du Conseil, Moussa\nTraoré, a reçu les chefs de\nl’armée hier soir.']);
    // a dateline follows the headline
    expect(split('Sénégal : le ministre limoge le préfet de Mbour, Amadou Ndiaye\nDAKAR, 3 mars 2025 (APS) - Le préfet a été relevé.'))
      .toEqual(['Sénégal : le ministre limoge le préfet de Mbour, Amadou Ndiaye', 'DAKAR, 3 mars 2025 (APS) - Le préfet a été relevé.']);
    expect(split('Mali : la Cour suprême reçoit Oumar Diallo\nBamako (AMAP) - La Cour a entendu l’ancien ministre.'))
      .toEqual(['Mali : la Cour suprême reçoit Oumar Diallo', 'Bamako (AMAP) - La Cour a entendu l’ancien ministre.']);
    // a paragraph much longer than the line before it is no column
    const lead = 'Koulouba a confirmé mercredi la tenue d’une réunion du Conseil des ministres consacrée au budget de la défense et à la sécurité dans le centre du pays.';
    expect(split(`Le président de la Transition reçoit le général Keïta\n${lead}`)).toEqual(['Le président de la Transition reçoit le général Keïta', lead]);
  });

  test('CRLF line ends do not leak into sentences', () => {
    expect(split('Première phrase.\r\nSeconde phrase.\r\n')).toEqual(['Première phrase.', 'Seconde phrase.']);
  });

  test('abbreviated ranks and titles, hyphenated ones included, do not end sentences', () => {
    expect(split('Le Gal Diarra a reçu le Lt-Col. Abdoulaye Keïta mardi. La rencontre a duré deux heures.'))
      .toEqual(['Le Gal Diarra a reçu le Lt-Col. Abdoulaye Keïta mardi.', 'La rencontre a duré deux heures.']);
    expect(split('Le Lcl. Abakar Mahamat a confirmé. Le Col.-Maj. Ali Hassan aussi.')).toEqual(['Le Lcl. Abakar Mahamat a confirmé.', 'Le Col.-Maj. Ali Hassan aussi.']);
    expect(split('Il était escorté par le Slt. Moussa Diallo. Puis il est parti.')).toEqual(['Il était escorté par le Slt. Moussa Diallo.', 'Puis il est parti.']);
    expect(split('L’Hon. Cavaye Djibril a reçu l’Ing. Paul Biya et Ph. Martin. La séance est levée.'))
      .toEqual(['L’Hon. Cavaye Djibril a reçu l’Ing. Paul Biya et Ph. Martin.', 'La séance est levée.']);
  });

  test('nouns that are also abbreviations end a sentence when written in lower case', () => {
    expect(split('Aucun incident n’a été signalé pendant le vol. Les passagers sont sortis.')).toEqual(['Aucun incident n’a été signalé pendant le vol.', 'Les passagers sont sortis.']);
    expect(split('Trois pêcheurs sont portés disparus en mer. Les recherches continuent.')).toEqual(['Trois pêcheurs sont portés disparus en mer.', 'Les recherches continuent.']);
    expect(split('De gros intérêts sont en jeu. Le ministre le sait.')).toEqual(['De gros intérêts sont en jeu.', 'Le ministre le sait.']);
    expect(split('Le gouvernement veut garder le cap. Pas question de reculer.')).toEqual(['Le gouvernement veut garder le cap.', 'Pas question de reculer.']);
    expect(split('Dembélé a ouvert le score à la 23e min. Greenwood a égalisé.')).toEqual(['Dembélé a ouvert le score à la 23e min.', 'Greenwood a égalisé.']);
    // at the end of a line too: the next line is a new sentence, not a name the column cut
    expect(split('Trois pêcheurs sont portés disparus en mer.\nLes recherches continuent.')).toEqual(['Trois pêcheurs sont portés disparus en mer.', 'Les recherches continuent.']);
    expect(split('Il a été reçu par le Lt-Col.\nAbdoulaye Keïta.')).toEqual(['Il a été reçu par le Lt-Col.\nAbdoulaye Keïta.']);
    // capitalized, or before a number, they stay abbreviations
    expect(split('Selon l’art. 49 de la Constitution, le texte passe. Le Prof. Diallo le conteste.')).toEqual(['Selon l’art. 49 de la Constitution, le texte passe.', 'Le Prof. Diallo le conteste.']);
  });

  test('"av. J.-C." may end a sentence; initials before a name do not', () => {
    expect(split('La statue date du IIe siècle av. J.-C. Elle représente une divinité. J.-C. Decaux est venu.'))
      .toEqual(['La statue date du IIe siècle av. J.-C.', 'Elle représente une divinité.', 'J.-C. Decaux est venu.']);
    expect(split('Le livre de J.-C. Ruffin est sorti. Il plaît.')).toEqual(['Le livre de J.-C. Ruffin est sorti.', 'Il plaît.']);
  });

  test('a capital letter closing a label ends the sentence before a function word; initials before a name do not', () => {
    expect(split('Le Sénégal termine premier du groupe A. Les Lions affronteront le Mali en quarts.'))
      .toEqual(['Le Sénégal termine premier du groupe A.', 'Les Lions affronteront le Mali en quarts.']);
    expect(split('Les enfants manquent de vitamine D. On en trouve dans le poisson. Il faut un plan B. D’autres pistes existent.'))
      .toEqual(['Les enfants manquent de vitamine D.', 'On en trouve dans le poisson.', 'Il faut un plan B.', 'D’autres pistes existent.']);
    expect(split('Le recours de J.-M. Le Pen et de A. De Souza est rejeté. Selon J. D’Almeida, M. Le Drian et A. Ouattara ont parlé.'))
      .toEqual(['Le recours de J.-M. Le Pen et de A. De Souza est rejeté.', 'Selon J. D’Almeida, M. Le Drian et A. Ouattara ont parlé.']);
  });

  test('a numbered item keeps its number', () => {
    expect(split('Les mesures du plan :\n1. La hausse des salaires.\n2. Une baisse des impôts.\nIV. Les sanctions'))
      .toEqual(['Les mesures du plan :', '1. La hausse des salaires.', '2. Une baisse des impôts.', 'IV. Les sanctions']);
    // a number ending a sentence is no marker
    expect(split('Le score final est de 3 à 2. Les supporters exultent.')).toEqual(['Le score final est de 3 à 2.', 'Les supporters exultent.']);
  });

  test('a sentence opening with a character outside the BMP or an emoji', () => {
    expect(split('Le bilan est provisoire. 𝐋𝐞 𝐛𝐢𝐥𝐚𝐧 pourrait s’alourdir. 🔴 Les secours sont sur place.'))
      .toEqual(['Le bilan est provisoire.', '𝐋𝐞 𝐛𝐢𝐥𝐚𝐧 pourrait s’alourdir.', '🔴 Les secours sont sur place.']);
  });

  test('"\\n" left by a doubly escaped scrape ends a line; before a lower-case letter it does not', () => {
    const text = String.raw`Par Claire Dupont\nCorrespondante à Dakar Le port a rouvert lundi. Les dockers reprennent.\n\nLes chiffres :\n12 navires\nLe fichier est dans C:\nouveau.`;
    expect(split(text)).toEqual([
      'Par Claire Dupont', 'Correspondante à Dakar Le port a rouvert lundi.', 'Les dockers reprennent.',
      'Les chiffres :', '12 navires', String.raw`Le fichier est dans C:\nouveau.`,
    ]);
  });

  test('long text stays linear (100,000 abbreviations)', () => {
    const out = split('M. '.repeat(100000));
    expect(out.length).toBeGreaterThan(0);
    expectLinear('"M. " repeated', (n) => split('M. '.repeat(n)), 50_000);
    expectLinear('escaped line ends repeated', (n) => split(String.raw`Un mot.\nC:\nouveau `.repeat(n)), 20_000);
  });
});
