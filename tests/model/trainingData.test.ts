import { readConll, trimPersonSpans } from '../../src/model/trainingData.js';

const spans = (doc: { text: string; entities: { start: number; end: number; type: string }[] }) =>
  doc.entities.map((e) => `${e.type}:${doc.text.slice(e.start, e.end)}`);

describe('CoNLL reader', () => {
  test('IOB1: I- after O opens an entity, B- splits adjacent ones', () => {
    const [doc] = readConll(['Emmanuel I-PER', 'Desoles I-PER', 'à O', 'Rennes I-LOC', 'Paris I-LOC', 'Lyon B-LOC', '. O'].join('\n'));
    expect(doc.text).toBe('Emmanuel Desoles à Rennes Paris Lyon .');
    expect(spans(doc)).toEqual(['person:Emmanuel Desoles', 'place:Rennes Paris', 'place:Lyon']);
  });

  test('IOB2 with index column (wikineural) and sentence breaks; MISC dropped', () => {
    const docs = readConll(['0\tOn\tO', '1\tla\tO', '2\tvoit\tO', '3\tau\tO', '4\tPakistan\tB-LOC', '', '0\tLe\tO', '1\tTour\tB-MISC', '2\tde\tI-MISC', '3\tJean\tB-PER', '4\tMarc\tI-PER'].join('\n'));
    expect(docs).toHaveLength(1);
    expect(docs[0].text).toBe('On la voit au Pakistan\nLe Tour de Jean Marc');
    expect(spans(docs[0])).toEqual(['place:Pakistan', 'person:Jean Marc']);
  });

  test('BIOES', () => {
    const [doc] = readConll(['Union B-ORG', 'africaine E-ORG', 'Mali S-LOC', 'Niger S-LOC'].join('\n'));
    expect(spans(doc)).toEqual(['organization:Union africaine', 'place:Mali', 'place:Niger']);
  });

  test('HIPE TSV: header columns, NoSpaceAfter, documents, comments', () => {
    const tsv = [
      'TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tMISC',
      '# hipe2022:document_id = d1',
      'M\tB-pers\t_\tNoSpaceAfter',
      '.\tI-pers\t_\t_',
      'Wey\tI-pers\t_\t_',
      'à\tO\t_\t_',
      'l\tO\t_\tNoSpaceAfter',
      "'\tO\t_\tNoSpaceAfter",
      'Ecole\tB-org\t_\tEndOfSentence',
      '# hipe2022:document_id = d2',
      'Berne\tB-loc\t_\t_',
    ].join('\n');
    const docs = readConll(tsv, 'hipe');
    expect(docs.map((d) => d.id)).toEqual(['hipe#d1', 'hipe#d2']);
    expect(docs[0].text).toBe("M. Wey à l'Ecole\n");
    expect(spans(docs[0])).toEqual(['person:M. Wey', 'organization:Ecole']);
    expect(spans(trimPersonSpans(docs[0]))).toEqual(['person:Wey', 'organization:Ecole']);
    expect(spans(docs[1])).toEqual(['place:Berne']);
  });

  test('trimPersonSpans keeps the name part of a span with a function', () => {
    const text = 'le vice-président du Conseil, M. Louis Thorens, a parlé';
    const start = text.indexOf('vice');
    const end = text.indexOf(', a parlé');
    const out = trimPersonSpans({ id: 'x', text, entities: [{ start, end, type: 'person' }] });
    expect(spans({ text, entities: out.entities })).toEqual(['person:Louis Thorens']);
  });
});

describe('refineTokens', () => {
  test('splits our tokens where the corpus split glued OCR words, not at elisions', async () => {
    const { refineTokens } = await import('../../src/model/trainingData.js');
    const { tokenize } = await import('../../src/model/tokenize.js');
    const [doc] = readConll(['Jules\tB-PER\t_\t_', 'Siegfried\tI-PER\t_\tNoSpaceAfter', 'compte\tO\t_\t_', 'l\tO\t_\tNoSpaceAfter', "'\tO\t_\tNoSpaceAfter", 'Union\tB-ORG\t_\t_'].map((l) => l).join('\n').replace(/^/, 'TOKEN\tNE-COARSE-LIT\tX\tMISC\n'));
    expect(doc.text).toBe("Jules Siegfriedcompte l'Union");
    const toks = refineTokens(doc.text, tokenize(doc.text), doc.tokens!);
    expect(toks.map((t) => doc.text.slice(t.start, t.end))).toEqual(['Jules', 'Siegfried', 'compte', "l'", 'Union']);
  });
});
