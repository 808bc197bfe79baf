import { readHipe } from '../../src/eval/readers/hipe.js';
import { expectSpansMatchText } from './helpers.js';

const HEADER = 'TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC';
const row = (token: string, coarse: string, comp: string, misc = '_', nested = 'O') =>
  [token, coarse, 'O', coarse === 'O' ? 'O' : `${coarse}.x`, 'O', comp, nested, '_', '_', misc].join('\t');

const SAMPLE = [
  HEADER,
  '# hipe2022:document_id = EXP-1798-01-04-a-i0005',
  '# hipe2022:date = 1798-01-04',
  '# hipe2022:language = fr',
  row('Le', 'O', 'O'),
  row('général', 'B-pers', 'B-comp.title'),
  row('Bonaparte', 'I-pers', 'B-comp.name', 'NoSpaceAfter'),
  row(',', 'O', 'O'),
  row('ministre', 'O', 'O'), // outside the mention: gold components live inside person mentions
  row('à', 'O', 'O'),
  row('Lau¬', 'B-loc', 'O', 'NoSpaceAfter|EndOfLine'),
  row('sanne', 'I-loc', 'O', 'NoSpaceAfter'),
  row('.', 'O', 'O', 'EndOfSentence'),
  row('Le', 'B-time', 'O'),
  row('3', 'I-time', 'O'),
  row('nivôse', 'I-time', 'O', 'EndOfLine'),
  row('la', 'B-prod', 'O'),
  row('Gazette', 'I-prod', 'O', 'NoSpaceAfter'),
  row('.', 'O', 'O', 'EndOfSentence'),
  '',
  '# hipe2022:document_id = GDL-2',
  row('M.', 'B-pers', 'B-comp.title'),
  row('le', 'I-pers', 'O'),
  row('ministre', 'I-pers', 'B-comp.function'),
  row('de', 'I-pers', 'I-comp.function'),
  row('la', 'I-pers', 'I-comp.function'),
  row('guerre', 'I-pers', 'I-comp.function', 'NoSpaceAfter'),
  row('.', 'O', 'O', 'EndOfSentence'),
].join('\n');

describe('readHipe', () => {
  const c = readHipe(SAMPLE, 'hipe.tsv');

  test('documents by document_id, with their date', () => {
    expect(c.documents.map((d) => [d.id, d.documentDate])).toEqual([
      ['EXP-1798-01-04-a-i0005', '1798-01-04'],
      ['GDL-2', undefined],
    ]);
  });

  test('MISC flags rebuild spacing and line breaks, including a hyphen cut at a line end', () => {
    expect(c.documents[0].text).toBe('Le général Bonaparte, ministre à Lau¬\nsanne. Le 3 nivôse\nla Gazette.');
    expect(c.documents[0].sentences).toEqual([
      { start: 0, end: 44 },
      { start: 45, end: 68 },
    ]);
  });

  test('coarse entities mapped, time → date, prod kept with its label', () => {
    const d = c.documents[0];
    expect(d.entities.filter((e) => !e.type.startsWith('comp.')).map((e) => [e.type, e.text])).toEqual([
      ['person', 'général Bonaparte'],
      ['place', 'Lau¬\nsanne'],
      ['date', 'Le 3 nivôse'],
      ['prod', 'la Gazette'],
    ]);
    expect(c.annotatedTypes.sort()).toEqual(['date', 'person', 'place']);
    for (const doc of c.documents) expectSpansMatchText(doc);
  });

  test('person components from NE-FINE-COMP', () => {
    const comps = c.documents[1].entities.filter((e) => e.type.startsWith('comp.'));
    expect(comps.map((e) => [e.type, e.text])).toEqual([
      ['comp.title', 'M.'],
      ['comp.function', 'ministre de la guerre'],
    ]);
  });

  test('columns are found by the header, in any order', () => {
    const src = ['MISC\tTOKEN\tNE-COARSE-LIT', '# hipe2022:document_id = d', '_\tNiamey\tB-LOC'].join('\n');
    const d = readHipe(src, 'x').documents[0];
    expect(d.text).toBe('Niamey');
    expect(d.entities).toEqual([{ type: 'place', label: 'LOC', start: 0, end: 6, text: 'Niamey' }]);
  });
});
