/**
 * The document's token table replaces the word scans of the places recognizer and of the
 * lexicon matcher: on real articles it must give the same words and folded keys, and the
 * readers must give the same answers with it, including on text outside the BMP (where the
 * matcher keeps its own reading of words).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TokenTable, keyOfId, releaseTokenTable, tokenTableOf } from '../../src/text/tokenTable.js';
import { foldWord } from '../../src/text/fold.js';
import { recognizeRanks } from '../../src/ranks/ranks.js';
import { extract } from '../../src/extract.js';

const seeds = join(process.cwd(), 'fixtures/seeds');
const articles = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seeds, f), 'utf8'));

test('words and folded keys are the letter/mark/digit runs of the text and their foldWord', () => {
  for (const text of articles) {
    const t = new TokenTable(text);
    const runs = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)];
    expect(t.length).toBe(runs.length);
    expect(t.hasSurrogates).toBe(false);
    for (let i = 0; i < t.length; i++) {
      expect([t.start[i], t.end[i]]).toEqual([runs[i].index, runs[i].index! + runs[i][0].length]);
      expect(t.folded(i)).toBe(foldWord(runs[i][0]));
    }
  }
});

test('equal words share one interned key id; capitalization shapes', () => {
  const text = 'Le président Ousmane Sonko a quitté DAKAR pour Thiès ; le Président est revenu à Dakar.';
  const t = new TokenTable(text);
  const ids = Array.from({ length: t.length }, (_, i) => t.keyId(i));
  const idOf = (w: string) => ids[[...Array(t.length).keys()].find((i) => t.word(i) === w)!];
  expect(idOf('président')).toBe(idOf('Président'));
  expect(idOf('DAKAR')).toBe(idOf('Dakar'));
  expect(keyOfId(idOf('Thiès'))).toBe('thies');
  const at = (w: string) => [...Array(t.length).keys()].find((i) => t.word(i) === w)!;
  expect([t.capitalized(at('Ousmane')), t.capitalized(at('président')), t.allCaps(at('DAKAR')), t.allCaps(at('Dakar'))]).toEqual([true, false, true, false]);
});

test('a table outlives an interner reset: its keys are re-interned, never stale', () => {
  const t = new TokenTable('Bamako et Ségou');
  expect(t.folded(2)).toBe('segou');
  // push the interner past its bound, then release: ids are reassigned
  const filler = new TokenTable(Array.from({ length: 210_000 }, (_, i) => `w${i}`).join(' '));
  for (let i = 0; i < filler.length; i++) filler.keyId(i);
  releaseTokenTable();
  new TokenTable('Zinder').keyId(0);
  expect([t.folded(0), t.folded(2)]).toEqual(['bamako', 'segou']);
});

test('ranks found with the table equal those found in a text with characters outside the BMP', () => {
  // the emoji makes the matcher fall back to its own word scan: same answers either way
  const plain = 'Le général de corps d’armée Sadio Camara et le lieutenant-colonel Abdoulaye Maïga.';
  const astral = plain.replace('Camara', 'Camara 🇲🇱');
  const ranks = (text: string) => recognizeRanks(text, [{ start: 0, end: text.length }]).map((r) => [r.normalized, text.slice(r.start, r.end)]);
  expect(tokenTableOf(astral).hasSurrogates).toBe(true);
  expect(ranks(astral)).toEqual(ranks(plain));
  expect(ranks(plain).map((r) => r[0])).toEqual(["général de corps d'armée", 'lieutenant-colonel']);
});

test('the pipeline gives the same record for a text whether or not its table was built before', () => {
  const text = articles[1];
  const first = JSON.stringify(extract(text, { id: 'a' }));
  tokenTableOf(text).folded(0);
  expect(JSON.stringify(extract(text, { id: 'a' }))).toBe(first);
});

test('keys read back through the spelling table equal foldWord, across tables, past its growth and with astral letters', () => {
  // 70,000 spellings (the table starts at 32,768 and doubles), case and accent variants of each
  // word, words that share their first units, and letters outside the BMP
  const words: string[] = [];
  for (let i = 0; i < 17_500; i++) {
    const w = `préfet${i.toString(36)}`;
    words.push(w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1), w.normalize('NFD').replace(/\p{M}/gu, ''));
  }
  words.push('𝐀𝐥𝐢', 'Ségou𝐀', 'œuvre', 'ŒUVRE');
  const text = words.join(' ');
  const first = new TokenTable(text);
  const ids: number[] = [];
  for (let i = 0; i < first.length; i++) {
    ids.push(first.keyId(i));
    expect(first.folded(i)).toBe(foldWord(first.word(i)));
  }
  // a second document with the same words in another order: the same ids
  const second = new TokenTable([...words].reverse().join(' '));
  for (let i = 0; i < second.length; i++) expect(second.keyId(i)).toBe(ids[first.length - 1 - i]);
  expect(keyOfId(ids[0])).toBe('prefet0');
  expect(ids[0]).toBe(ids[1]);
  expect(ids[0]).toBe(ids[3]);
});

test('a surrogate is flagged wherever it stands in a word, and counts as a word unit', () => {
  // the table's scan reads the class table in place: a surrogate opening a word, inside one,
  // ending the text, or alone between separators must each flag the text
  for (const text of ['𝐀ssimi Goïta', 'Assimi Go𝐢ta', 'Assimi Goïta 𝐀', 'Bamako, 🇲🇱 !']) {
    const t = new TokenTable(text);
    expect(t.hasSurrogates).toBe(true);
  }
  const t = new TokenTable('à Go𝐢ta, le 3 mai');
  expect(Array.from({ length: t.length }, (_, i) => t.word(i))).toEqual(['à', 'Go𝐢ta', 'le', '3', 'mai']);
  expect(new TokenTable('Assimi Goïta, le 3 mai – « Bamako »').hasSurrogates).toBe(false);
});
