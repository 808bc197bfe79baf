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

  test('CRLF line ends do not leak into sentences', () => {
    expect(split('Première phrase.\r\nSeconde phrase.\r\n')).toEqual(['Première phrase.', 'Seconde phrase.']);
  });

  test('long text stays linear (100,000 abbreviations)', () => {
    const out = split('M. '.repeat(100000));
    expect(out.length).toBeGreaterThan(0);
    expectLinear('"M. " repeated', (n) => split('M. '.repeat(n)), 50_000);
  });
});
