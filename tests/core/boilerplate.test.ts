import { markBoilerplate } from '../../src/clean/boilerplate.js';

/** The lines of `text` that the cleaner marks as page noise (whole lines only). */
function noiseLines(text: string): string[] {
  return markBoilerplate(text).map((s) => text.slice(s.start, s.end));
}

describe('page noise lines', () => {
  const page = [
    'Niger : le général Tiani nomme un nouveau gouvernement',
    'Temps de lecture : 3 min',
    'Le président du CNSP a signé jeudi soir un décret portant nomination des membres du nouveau gouvernement.',
    'Crédit photo : Présidence du Niger',
    'Photo : Issouf Sanogo / AFP',
    '(Photo : archives)',
    'Photos : DR',
    'Photo d’illustration',
    'Réagir à cet article (12)',
    'Lire la suite…',
    'Réagir vite est essentiel, selon les secours.',
    'Photo : le général Tiani reçoit les ministres à Niamey, le 13 mars.',
    'Le crédit photo de la une revient à un reporter de l’AFP.',
  ].join('\n');

  test('reading time, photo credits and comment links are noise', () => {
    expect(noiseLines(page)).toEqual([
      'Temps de lecture : 3 min', 'Crédit photo : Présidence du Niger', 'Photo : Issouf Sanogo / AFP', '(Photo : archives)', 'Photos : DR',
      'Photo d’illustration', 'Réagir à cet article (12)', 'Lire la suite…',
    ]);
  });

  test('a caption that is a sentence, and prose naming a credit, stay article text', () => {
    const lines = noiseLines(page);
    expect(lines).not.toContain('Photo : le général Tiani reçoit les ministres à Niamey, le 13 mars.');
    expect(lines).not.toContain('Le crédit photo de la une revient à un reporter de l’AFP.');
    expect(lines).not.toContain('Réagir vite est essentiel, selon les secours.');
  });
});
