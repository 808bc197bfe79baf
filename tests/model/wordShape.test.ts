/**
 * The tagger's word features read characters through memo tables (shape, case) and fold ASCII
 * words without a regex; the lexicons answer through a hash index. The features the shipped
 * weights were trained on must not move: each is checked here against its plain definition,
 * on every BMP character alone and on the words of real articles.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { capOf, shapeHash, Cap } from '../../src/model/wordShape.js';
import { fold, parseLexicons, serializeLexicons } from '../../src/model/lexicon.js';
import { hashString } from '../../src/model/hash.js';
import { defaultModel } from '../../src/model/index.js';

// The definitions as first written (per character toLowerCase / toUpperCase / property tests).
const LETTER = /[\p{L}\p{M}]/u;
function plainShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < Math.min(word.length, 24); i++) {
    const code = word.charCodeAt(i);
    const ch = word[i];
    let c: string;
    if (code >= 0x61 && code <= 0x7a) c = 'x';
    else if (code >= 0x41 && code <= 0x5a) c = 'X';
    else if (code >= 0x30 && code <= 0x39) c = 'd';
    else if (code < 0x80) c = ch;
    else if (ch.toLowerCase() !== ch.toUpperCase()) c = ch === ch.toUpperCase() ? 'X' : 'x';
    else if (ch === '’') c = "'";
    else if (LETTER.test(ch)) c = 'x';
    else c = ch;
    if (c !== last) {
      out += c;
      last = c;
      if (out.length >= 6) break;
    }
  }
  return out;
}
function plainCap(word: string): number {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < Math.min(word.length, 32); i++) {
    const ch = word[i];
    if (ch.toLowerCase() === ch.toUpperCase()) continue;
    if (ch === ch.toUpperCase()) upper++;
    else lower++;
  }
  if (upper === 0 && lower === 0) return Cap.NONE;
  if (upper === 0) return Cap.LOWER;
  if (lower === 0) return Cap.ALLCAPS;
  const first = word[0];
  return first === first.toUpperCase() ? Cap.INITIAL : Cap.MIXED;
}
function plainFold(s: string): string {
  if (!/[^\x00-\x7f]|[A-Z]/.test(s)) return s;
  let r = s.toLowerCase();
  if (/[^\x00-\x7f]/.test(r)) r = r.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’ʼ‘]/g, "'").replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  return r;
}

function realWords(): string[] {
  const dir = join(process.cwd(), 'fixtures/seeds');
  const words = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    for (const w of readFileSync(join(dir, f), 'utf8').split(/\s+/)) if (w) words.add(w);
  }
  return [...words];
}

describe('tagger word features', () => {
  const words = realWords();
  const bmp: string[] = [];
  for (let c = 0; c < 0x10000; c++) bmp.push(String.fromCharCode(c));
  // mixed words: a capital or small letter before or after every character
  const mixed = bmp.flatMap((c) => [`A${c}b`, `a${c}B`, `${c}ab`, `${c}AB`]);

  test('the words are real and varied', () => {
    expect(words.length).toBeGreaterThan(500);
    expect(words.some((w) => /[^\x00-\x7f]/.test(w))).toBe(true);
    expect(words.some((w) => /^[A-ZÉ]/.test(w))).toBe(true);
  });

  test('shape hash equals the hash of the shape string', () => {
    expect([...words, ...bmp, ...mixed].filter((w) => shapeHash(w) !== hashString(plainShape(w)))).toEqual([]);
    // the test can fail: different shapes hash differently
    expect(shapeHash('Bamako')).not.toBe(shapeHash('BAMAKO'));
  });

  test('capitalization class equals the per-character definition', () => {
    expect([...words, ...bmp, ...mixed].filter((w) => capOf(w) !== plainCap(w))).toEqual([]);
    expect([capOf('Bamako'), capOf('BAMAKO'), capOf('bamako'), capOf('iPhone'), capOf('1.200')]).toEqual([Cap.INITIAL, Cap.ALLCAPS, Cap.LOWER, Cap.MIXED, Cap.NONE]);
  });

  test('folding equals the regex definition', () => {
    expect([...words, ...bmp, ...mixed].filter((w) => fold(w) !== plainFold(w))).toEqual([]);
    expect(fold('ŒUVRE d’État')).toBe("oeuvre d'etat");
  });

  test('folding a word of Latin letters a unit at a time equals the regex definition', () => {
    // random strings of units below U+0250 (the table's range), and a few longer than its buffer
    let seed = 7;
    const rand = (k: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % k);
    const latin: string[] = [];
    for (let k = 0; k < 20000; k++) latin.push(String.fromCharCode(...Array.from({ length: 1 + rand(12) }, () => (rand(3) ? 0xc0 + rand(0x190) : 0x41 + rand(58)))));
    for (let k = 0; k < 20; k++) latin.push('Éé'.repeat(30 + k));
    expect(latin.filter((w) => fold(w) !== plainFold(w))).toEqual([]);
    expect(fold('ÉTATS-UNIS')).toBe('etats-unis');
    expect(fold('Cœur')).toBe('coeur');
  });

  test('lexicon lookups through the hash index find every key and nothing else', () => {
    const lex = defaultModel().lex;
    const copy = parseLexicons(serializeLexicons(lex));
    for (const table of ['words', 'names', 'nameStarts'] as const) {
      const entries = [...lex[table].entries()];
      expect(entries.length).toBeGreaterThan(500);
      expect(entries.filter(([k, v]) => copy[table].get(k) !== v)).toEqual([]);
      // absent keys (a letter added): absent from the index too, unless the model has them
      expect(entries.filter(([k]) => copy[table].get(k + 'q') !== lex[table].get(k + 'q'))).toEqual([]);
    }
    expect(copy.words.get('zzzz-not-a-word')).toBeUndefined();
  });
});
