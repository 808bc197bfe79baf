import { readConllu } from '../../src/eval/readers/conllu.js';

describe('readConllu', () => {
  test('newdoc and newpar: a space inside a paragraph, a blank line between paragraphs', () => {
    const src = [
      '# newdoc id = n1', '# newpar', '# text = Il pleut.', '1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_', '2\tpleut\tpleuvoir\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No', '3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_', '',
      '# text = M. Dupont vient.', '1\tM.\t_\t_\t_\t_\t_\t_\t_\t_', '',
      '# newpar', '# text = Fin.', '1\tFin\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No', '',
      '# newdoc id = n2', '# text = Autre texte.', '1\tAutre\t_\t_\t_\t_\t_\t_\t_\t_', '',
    ].join('\n');
    const c = readConllu(src, 'pud.conllu');
    expect(c.documents.map((d) => d.text)).toEqual(['Il pleut. M. Dupont vient.\n\nFin.', 'Autre texte.']);
    expect(c.documents[0].sentences).toEqual([
      { start: 0, end: 9 },
      { start: 10, end: 26 },
      { start: 28, end: 32 },
    ]);
    expect(c.documents[1].sentences).toEqual([{ start: 0, end: 12 }]);
  });

  test('without # text: tokens joined by SpaceAfter, multiword tokens written once', () => {
    const src = [
      '1\tIl\t_\t_\t_\t_\t_\t_\t_\t_',
      '2\tva\t_\t_\t_\t_\t_\t_\t_\t_',
      '3-4\tau\t_\t_\t_\t_\t_\t_\t_\t_',
      '3\tà\t_\t_\t_\t_\t_\t_\t_\t_',
      '4\tle\t_\t_\t_\t_\t_\t_\t_\t_',
      '5\tmarché\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No',
      '6\t.\t_\t_\t_\t_\t_\t_\t_\t_',
      '',
    ].join('\n');
    const c = readConllu(src, 'x');
    expect(c.documents[0].text).toBe('Il va au marché.');
    expect(c.notes.join(' ')).toMatch(/1 sentences without "# text" rebuilt/);
  });

  test('no newdoc: N sentences per document; offsets in code points', () => {
    const src = Array.from({ length: 5 }, (_, i) => `# text = Phrase ${i} 😀.\n1\tPhrase\t_\t_\t_\t_\t_\t_\t_\t_\n`).join('\n');
    const c = readConllu(src, 'gsd', { docSize: 2 });
    expect(c.documents.map((d) => d.sentences!.length)).toEqual([2, 2, 1]);
    const d = c.documents[0];
    const cps = [...d.text];
    expect(d.sentences!.map((s) => cps.slice(s.start, s.end).join(''))).toEqual(['Phrase 0 😀.', 'Phrase 1 😀.']);
  });
});
