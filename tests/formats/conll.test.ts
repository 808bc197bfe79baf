import { describe, expect, test } from '@jest/globals';
import { createFormatter } from '../../src/formats/index.js';
import { tokenize } from '../../src/formats/tokenize.js';
import { SCHEMA_VERSION, type ErrorRecord, type ExtraitRecord } from '../../src/types.js';
import { RecordBuilder, seed001, seed003 } from './seedRecords.js';
import { expectLinear } from '../timing.js';

function conll(...docs: [ExtraitRecord | ErrorRecord, string | null][]): string {
  const f = createFormatter('conll', { color: false });
  return f.header() + docs.map(([r, t]) => f.record(r, t)).join('') + f.footer();
}

interface Sentence {
  tokens: string[];
  tags: string[];
}

/** A strict IOB2 reader written for this test: fails on any malformed line or tag. */
function parse(out: string): Sentence[][] {
  const docs: Sentence[][] = [];
  let sent: Sentence = { tokens: [], tags: [] };
  let afterDocstart = false;
  expect(out.endsWith('\n\n')).toBe(true);
  for (const line of out.slice(0, -1).split('\n')) {
    if (line === '-DOCSTART-\tO') {
      expect(sent.tokens).toHaveLength(0);
      docs.push([]);
      afterDocstart = true;
      continue;
    }
    if (line === '' && afterDocstart) {
      // CoNLL-2003 layout: -DOCSTART- is a one-line "sentence" of its own.
      afterDocstart = false;
      continue;
    }
    expect(afterDocstart).toBe(false);
    if (line === '') {
      expect(sent.tokens.length).toBeGreaterThan(0);
      docs[docs.length - 1].push(sent);
      sent = { tokens: [], tags: [] };
      continue;
    }
    const cols = line.split('\t');
    expect(cols).toHaveLength(2);
    expect(cols[0]).toMatch(/^\S+$/);
    expect(cols[1]).toMatch(/^(O|[BI]-(PER|LOC|ORG|DATE|RANK))$/);
    if (cols[1].startsWith('I-')) {
      const prev = sent.tags[sent.tags.length - 1];
      expect(prev?.slice(2)).toBe(cols[1].slice(2));
    }
    sent.tokens.push(cols[0]);
    sent.tags.push(cols[1]);
  }
  return docs;
}

function chunks(doc: Sentence[]): [string, string][] {
  const out: [string, string][] = [];
  for (const s of doc) {
    s.tags.forEach((t, i) => {
      if (t.startsWith('B-')) out.push([t.slice(2), s.tokens[i]]);
      else if (t.startsWith('I-')) out[out.length - 1][1] += ' ' + s.tokens[i];
    });
  }
  return out;
}

const TAG = { person: 'PER', place: 'LOC', organization: 'ORG', date: 'DATE', rank: 'RANK' } as const;
const squash = (s: string) => s.replace(/\s+/g, '');

describe('tokenizer', () => {
  test('French conventions: elisions, punctuation, compounds, numbers', () => {
    const words = (t: string) => tokenize(t).map((x) => x.text);
    expect(words('Les chefs d’Etat-Major de l’AES, réunis jusqu’à mercredi.')).toEqual([
      'Les', 'chefs', 'd’', 'Etat-Major', 'de', 'l’', 'AES', ',', 'réunis', 'jusqu’', 'à', 'mercredi', '.',
    ]);
    expect(words("Qu'il s'agisse d'aujourd'hui : 1.000 soldats à 12:30, le lieutenant-colonel «Doumbia».")).toEqual([
      "Qu'", 'il', "s'", 'agisse', "d'", "aujourd'hui", ':', '1.000', 'soldats', 'à', '12:30', ',', 'le', 'lieutenant-colonel', '«', 'Doumbia', '»', '.',
    ]);
    // Sentence-final dot after a number is not part of it; NBSP separates.
    expect(words('en 2024.\u00a0Le 6\u202fnovembre')).toEqual(['en', '2024', '.', 'Le', '6', 'novembre']);
    // Control characters never become tokens (NEL is a line break for Python readers).
    expect(words('Mali\u0085Niger\u0000\u001b[0m')).toEqual(['Mali', 'Niger', '[', '0m']);
  });

  test('code point offsets past astral characters', () => {
    const text = '😀 Le 🇲🇱 Mali.';
    for (const t of tokenize(text)) expect([...text].slice(t.start, t.end).join('')).toBe(t.text);
    expect(tokenize(text).find((t) => t.text === 'Mali')!.start).toBe(8);
  });

  test('pathological inputs stay linear', () => {
    expect(tokenize('a'.repeat(5_000_000))).toHaveLength(1);
    expect(tokenize('M. '.repeat(200_000))).toHaveLength(400_000);
    expect(tokenize('1-'.repeat(500_000) + '!').map((t) => t.text.length)).toEqual([999_999, 1, 1]);
    expect(tokenize("l'".repeat(300_000)).length).toBeGreaterThan(0);
    expectLinear('a line without spaces', (n) => tokenize('a'.repeat(n)), 2_500_000);
    expectLinear('"M. " repeated', (n) => tokenize('M. '.repeat(n)), 50_000);
    expectLinear('"1-" repeated', (n) => tokenize('1-'.repeat(n) + '!'), 250_000);
    expectLinear('elisions repeated', (n) => tokenize("l'".repeat(n)), 50_000);
  });
});

describe('conll formatter', () => {
  test('a seed article: every entity as one B/I chunk of its tokens, sentences separated', () => {
    const { text, rec } = seed001();
    const out = conll([rec, text]);
    expect(out.startsWith('-DOCSTART-\tO\n\n')).toBe(true);
    const docs = parse(out);
    expect(docs).toHaveLength(1);
    const got = chunks(docs[0]);
    expect(got.map(([t, s]) => [t, squash(s)])).toEqual(rec.entities.map((e) => [TAG[e.type], squash(e.text)]));
    // Exact token splits for a few entities.
    expect(got).toContainEqual(['RANK', 'Général d’ Armée']);
    expect(got).toContainEqual(['PER', 'Assimi GOÏTA']);
    expect(got).toContainEqual(['DATE', 'mercredi 6 novembre 2024']);
    // No token is lost: the tokens are the text without its whitespace.
    expect(docs[0].flatMap((s) => s.tokens).join('')).toBe(squash(text));
    // One block per sentence that holds tokens.
    expect(docs[0].length).toBe(rec.sentences.length);
  });

  test('entity boundaries inside a token split it', () => {
    const text = 'Le Mali-Niger et les FAMa.';
    const rec = new RecordBuilder('split', text).place('Mali').org('FAM', 'Forces armées maliennes', 'FAMa').build();
    const [doc] = parse(conll([rec, text]));
    expect(doc[0].tokens).toEqual(['Le', 'Mali', '-Niger', 'et', 'les', 'FAM', 'a', '.']);
    expect(doc[0].tags).toEqual(['O', 'B-LOC', 'O', 'O', 'O', 'B-ORG', 'O', 'O']);
  });

  test('adjacent entities of one type stay apart (B- then B-); no sentence break inside an entity', () => {
    const text = 'Mali Niger\nBurkina\nFaso';
    const b = new RecordBuilder('adj', text).place('Mali').place('Niger');
    const rec = b.build();
    rec.entities.push({ ...rec.entities[0], text: 'Burkina\nFaso', start: 11, end: 23, normalized: 'Burkina Faso', sentence: 1 });
    expect([...text].slice(11, 23).join('')).toBe('Burkina\nFaso');
    const [doc] = parse(conll([rec, text]));
    expect(doc.map((s) => s.tags)).toEqual([['B-LOC', 'B-LOC'], ['B-LOC', 'I-LOC']]);
  });

  test('overlapping entities: the outer one is kept', () => {
    const text = 'Le général Moussa Barmou arrive.';
    const rec = new RecordBuilder('nest', text).rank('général', 'général').person('général Moussa Barmou').build();
    const [doc] = parse(conll([rec, text]));
    expect(doc[0].tags).toEqual(['O', 'B-PER', 'I-PER', 'I-PER', 'O', 'O']);
  });

  test('several documents each open with -DOCSTART-; error records and missing text write nothing', () => {
    const a = seed001();
    const b = seed003();
    const err: ErrorRecord = { schemaVersion: SCHEMA_VERSION, id: 'x', error: { message: 'boom' } };
    const out = conll([a.rec, a.text], [err, null], [b.rec, b.text], [b.rec, null]);
    const docs = parse(out);
    expect(docs).toHaveLength(2);
    expect(chunks(docs[1]).map(([t]) => t)).toEqual(b.rec.entities.map((e) => TAG[e.type]));
  });

  test('without sentences, lines are the blocks', () => {
    const text = 'Titre\n\nLe Mali. Le Niger\nFin';
    const rec = { ...new RecordBuilder('nosent', text).place('Mali').build(), sentences: [] };
    const [doc] = parse(conll([rec, text]));
    expect(doc.map((s) => s.tokens.join(' '))).toEqual(['Titre', 'Le Mali . Le Niger', 'Fin']);
  });
});
