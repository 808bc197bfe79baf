import { readConll } from '../../src/eval/readers/conll.js';
import { expectSpansMatchText } from './helpers.js';

describe('readConll', () => {
  test('CoNLL-2003 style: -DOCSTART- documents, sentences on lines, MISC kept with its label', () => {
    const src = [
      '-DOCSTART- -X- O O', '',
      'Assimi NNP B-NP B-PER', 'Goïta NNP I-NP I-PER', 'à IN B-PP O', 'Bamako NNP B-NP B-LOC', '. . O O', '',
      'La DT B-NP O', 'CEDEAO NNP I-NP B-ORG', 'et CC O O', 'la DT O O', 'Coupe NN O B-MISC', '. . O O', '',
      '-DOCSTART- -X- O O', '',
      'Le DT O O', '6 CD O B-DATE', 'novembre NN O I-DATE', '', '',
    ].join('\n');
    const c = readConll(src, 'a.conll');
    expect(c.documents).toHaveLength(2);
    const [d1, d2] = c.documents;
    expect(d1.text).toBe('Assimi Goïta à Bamako .\nLa CEDEAO et la Coupe .');
    expect(d1.entities.map((e) => [e.type, e.text, e.start, e.end])).toEqual([
      ['person', 'Assimi Goïta', 0, 12],
      ['place', 'Bamako', 15, 21],
      ['organization', 'CEDEAO', 27, 33],
      ['MISC', 'Coupe', 40, 45],
    ]);
    expect(d1.entities[0].label).toBe('PER');
    expect(d2.text).toBe('Le 6 novembre');
    expect(d2.entities).toEqual([{ type: 'date', label: 'DATE', start: 3, end: 13, text: '6 novembre' }]);
    expect(c.annotatedTypes.sort()).toEqual(['date', 'organization', 'person', 'place']);
    expect(c.notes[0]).toMatch(/IOB2/);
    for (const d of c.documents) expectSpansMatchText(d);
  });

  test('WikiNEuRal style: a numbering first column, tab-separated, IOB2, 20 sentences per document', () => {
    const sentence = (n: number) => `0\tÀ\tO\n1\tNiamey\tB-LOC\n2\t,\tO\n3\tM.\tO\n4\tBazoum${n}\tB-PER\n5\tparle\tO\n`;
    const src = Array.from({ length: 45 }, (_, i) => sentence(i)).join('\n');
    const c = readConll(src, 'w.conllu');
    expect(c.documents.map((d) => d.text.split('\n').length)).toEqual([20, 20, 5]);
    const d = c.documents[1];
    expect(d.id).toBe('w.conllu#2');
    expect(d.text.startsWith('À Niamey , M. Bazoum20 parle\nÀ Niamey')).toBe(true);
    expect(d.entities.slice(0, 2)).toEqual([
      { type: 'place', label: 'LOC', start: 2, end: 8, text: 'Niamey' },
      { type: 'person', label: 'PER', start: 14, end: 22, text: 'Bazoum20' },
    ]);
    expect(c.notes[0]).toMatch(/token column 2/);
    for (const doc of c.documents) expectSpansMatchText(doc);
  });

  test('offsets are code points after an astral character', () => {
    const c = readConll('🇲🇱 O\nMali B-LOC\n\n', 'e.bio');
    const d = c.documents[0];
    expect(d.text).toBe('🇲🇱 Mali');
    // the flag is two code points (four UTF-16 units)
    expect(d.entities[0]).toMatchObject({ start: 3, end: 7, text: 'Mali' });
    expectSpansMatchText(d);
  });

  test('IOB1 (Europeana): I- opens; a file without blank lines is cut after final punctuation, never inside an entity', () => {
    const rows: string[] = [];
    for (let i = 0; i < 60; i++) {
      rows.push('Le O', 'général O', 'Jean I-PER', 'Dupont I-PER', 'arrive O', 'à O', 'Rennes I-LOC', '. O');
    }
    rows.push('Rue I-LOC', 'du I-LOC', 'Pré I-LOC', '. I-LOC', 'Paris I-LOC'); // an entity containing "."
    const c = readConll(rows.join('\n') + '\n', 'enp.bio', { maxSentenceTokens: 50 });
    expect(c.notes[0]).toMatch(/IOB1/);
    expect(c.notes.join(' ')).toMatch(/1 sentences over 50 tokens cut/);
    const all = c.documents.flatMap((d) => d.entities);
    expect(all.filter((e) => e.type === 'person')).toHaveLength(60);
    expect(all[all.length - 1].text).toBe('Rue du Pré . Paris');
    // 61 lines (the last one kept whole), 20 per document
    expect(c.documents.map((d) => d.text.split('\n').length)).toEqual([20, 20, 20, 1]);
    for (const d of c.documents) expectSpansMatchText(d);
  });

  test('--column picks the tag column; --doc-size groups sentences; comments and CRLF', () => {
    const src = '# sent_id = 1\r\nAmadou\tB-PER\tNNP\r\nToumani\tI-PER\tNNP\r\n\r\n# sent_id = 2\r\nKayes\tB-LOC\tNNP\r\n\r\n';
    const c = readConll(src, 'x.tsv', { tagColumn: 2, docSize: 1 });
    expect(c.documents.map((d) => d.text)).toEqual(['Amadou Toumani', 'Kayes']);
    expect(c.documents[0].entities[0]).toMatchObject({ type: 'person', text: 'Amadou Toumani' });
  });

  test('BIOES is detected and decoded', () => {
    const c = readConll('Ouagadougou S-LOC\nMinistère B-ORG\nde I-ORG\nla I-ORG\nDéfense E-ORG\n\n', 'b.iob');
    expect(c.notes[0]).toMatch(/BIOES/);
    expect(c.documents[0].entities.map((e) => e.text)).toEqual(['Ouagadougou', 'Ministère de la Défense']);
  });

  test('a "#" token is a token, not a comment', () => {
    const c = readConll('# O\nMali B-LOC\n\n', 'h.conll');
    expect(c.documents[0].text).toBe('# Mali');
  });
});
