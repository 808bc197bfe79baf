import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addName, addWord, emptyLexicons, loadModel, readConll, saveModel, tagEntities, trainModel } from '../../src/model/index.js';
import { sequenceEmissions } from '../../src/model/model.js';

// A tiny corpus in IOB2: people after titles, places after "à"/"de", organizations as acronyms.
const CORPUS = `
Le B-PER
président O
Moussa B-PER
Diallo I-PER
est O
arrivé O
à O
Kayes B-LOC
. O

Le O
ministre O
Awa B-PER
Traoré I-PER
a O
quitté O
Gao B-LOC
pour O
Mopti B-LOC
. O

La O
CEDEAO B-ORG
a O
condamné O
l' O
attaque O
de O
Ségou B-LOC
. O

Selon O
la O
MINUSMA B-ORG
, O
le O
colonel O
Ibrahim B-PER
Koné I-PER
est O
à O
Sikasso B-LOC
. O
`.replace('Le B-PER', 'Le O');

function tinyModel() {
  const docs = readConll(CORPUS.repeat(5), 'tiny');
  const lex = emptyLexicons();
  addWord(lex, 'Moussa', 'FIRST');
  addName(lex, ['Kayes'], 'LOC');
  return trainModel(docs, { epochs: 8, bits: 16, lexicons: lex, seed: 3 });
}

const show = (text: string, spans: { start: number; end: number; type: string }[]) => spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('perceptron tagger', () => {
  const model = tinyModel();

  test('learns its training sentences', () => {
    const text = 'Le ministre Awa Traoré a quitté Gao pour Mopti.';
    expect(show(text, tagEntities(text, undefined, model))).toEqual(['person:Awa Traoré', 'place:Gao', 'place:Mopti']);
    const text2 = 'Selon la MINUSMA, le colonel Ibrahim Koné est à Sikasso.';
    expect(show(text2, tagEntities(text2, undefined, model))).toEqual(['organization:MINUSMA', 'person:Ibrahim Koné', 'place:Sikasso']);
  });

  test('generalizes a little: new name after a title, new place after "à"', () => {
    const text = 'Le président Moussa Keïta est arrivé à Kayes.';
    expect(show(text, tagEntities(text, undefined, model))).toEqual(['person:Moussa Keïta', 'place:Kayes']);
  });

  test('cached fast scoring equals the full feature sum used in training', () => {
    const { fast, slow } = sequenceEmissions(model, 'Selon la CEDEAO, le colonel Moussa Diallo a quitté Kayes hier.');
    expect(fast.length).toBe(slow.length);
    for (let i = 0; i < fast.length; i++) expect(fast[i]).toBeCloseTo(slow[i], 3);
  });

  test('save/load round trip gives the same spans and scores', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extrait-model-test-'));
    try {
      const path = join(dir, 'tiny.bin');
      saveModel(model, path);
      const loaded = loadModel(path);
      expect(loaded.lex.names.get('kayes')).toBe(2);
      const text = 'Selon la MINUSMA, le ministre Awa Traoré est à Kayes. La CEDEAO a condamné.';
      expect(tagEntities(text, undefined, loaded)).toEqual(tagEntities(text, undefined, model));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('spans slice back to the text, also after astral characters', () => {
    const text = '🇲🇱 😀 Le ministre Awa Traoré a quitté Gao 😀 pour Mopti.';
    const spans = tagEntities(text, undefined, model);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
      const slice = text.slice(s.start, s.end);
      // Code point offsets computed from the UTF-16 ones slice the same text.
      const cpStart = [...text.slice(0, s.start)].length;
      const cpEnd = cpStart + [...slice].length;
      expect([...text].slice(cpStart, cpEnd).join('')).toBe(slice);
    }
    expect(show(text, spans)).toContain('person:Awa Traoré');
  });

  test('accepts caller tokens', () => {
    const text = 'le ministre Awa Traoré';
    const tokens = [{ start: 0, end: 2 }, { start: 3, end: 11 }, { start: 12, end: 15 }, { start: 16, end: 22 }];
    expect(show(text, tagEntities(text, tokens, model))).toEqual(['person:Awa Traoré']);
  });

  test('handles empty and punctuation-only text', () => {
    expect(tagEntities('', undefined, model)).toEqual([]);
    expect(tagEntities(' ... !!', undefined, model)).toEqual([]);
  });
});
