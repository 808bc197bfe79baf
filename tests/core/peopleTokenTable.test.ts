/**
 * The people and titles stages read the document's token table and per-unit tables instead of
 * scanning every word with regexes (issue #16). On real articles (the seeds, MasakhaNEWS French
 * dev) and on the same articles decomposed to NFD (words with combining marks take the slow
 * path) or with a letter outside the BMP (the table is set aside), the new readings must give
 * what the old ones gave: the old scans are written out here as the reference.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { scanHeads } from '../../src/people/titles/headScan.js';
import { peopleLexicon, phraseKey } from '../../src/people/lexicon.js';
import { complementHeadAt } from '../../src/people/titles/complementHeads.js';
import { complementEnd, headComplementEnd, headsOf } from '../../src/people/titles.js';
import { allCapsAt } from '../../src/people/letterCase.js';
import { isAllCaps } from '../../src/text/normalize.js';
import { releaseTokenTable, tokenTableOf } from '../../src/text/tokenTable.js';
import { extract } from '../../src/extract.js';
import type { Span } from '../../src/mentions.js';

const seeds = join(process.cwd(), 'fixtures/seeds');
const seedTexts = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seeds, f), 'utf8'));
const devPath = join(process.cwd(), '../shared/data/masakhanews-fra/dev.tsv');
const devTexts = existsSync(devPath)
  ? readFileSync(devPath, 'utf8').split('\n').slice(1).filter(Boolean).slice(0, 80).map((l) => l.split('\t').slice(1).join('\n'))
  : [];
const articles = [...seedTexts, ...devTexts];
/** The same articles decomposed, and one with a letter outside the BMP glued to a title word. */
const variants = [...articles, ...articles.slice(0, 20).map((t) => t.normalize('NFD')), `${articles[0]} 𝐀président de la République 𝒳ministre`];

/** The head scan before the token table: every Latin-letter run, its lower case looked up. */
function oldHeads(text: string): Span[] {
  const { titleHeadsByFirst } = peopleLexicon();
  const heads: Span[] = [];
  const re = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index > 0 && text.charCodeAt(m.index - 1) >= 0x250 && /[\p{L}\p{M}]/u.test(text[m.index - 1])) continue;
    const lower = m[0].toLowerCase();
    let matched = false;
    for (const p of titleHeadsByFirst.get(lower) ?? []) {
      const e = m.index + p.length;
      if (e > text.length || (e < text.length && /[\p{L}\p{M}]/u.test(text[e]))) continue;
      if (p.length === m[0].length ? p === lower : phraseKey(text.slice(m.index, e)) === p) {
        heads.push({ start: m.index, end: e });
        re.lastIndex = e;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const c = complementHeadAt(text, m.index, lower);
    if (c) {
      heads.push(c);
      re.lastIndex = c.end;
    }
  }
  return heads;
}

test('title heads read from the token table are the heads of the word-by-word scan', () => {
  let found = 0;
  for (const text of variants) {
    const heads = scanHeads(text);
    expect(heads).toEqual(oldHeads(text));
    found += heads.length;
    releaseTokenTable();
  }
  // real news names posts: the comparison is not between two empty lists
  expect(found).toBeGreaterThan(articles.length);
});

test('a head glued to digits or to another script is found as the run scan finds it', () => {
  // "2ministre": the run after the digits is a head; after a Greek letter it is not a word start
  const text = 'Le 2ministre de la Défense et le αministre des Finances.';
  expect(scanHeads(text)).toEqual(oldHeads(text));
  expect(scanHeads(text).map((h) => text.slice(h.start, h.end))).toContain('ministre');
});

test('heads in capitals, with accents or a ligature pass the letter filter as their folded keys do', () => {
  // the filter rejects a word from its letters before its key is made: any spelling of a head must pass
  const text = 'Le PRÉSIDENT Bazoum, la Première ministre, le Ministre des Finances et le PREMIER MINISTRE ont reçu le préfet. Œuvre et sœur.';
  const heads = scanHeads(text);
  expect(heads).toEqual(oldHeads(text));
  expect(heads.map((h) => text.slice(h.start, h.end).toLowerCase())).toEqual(expect.arrayContaining(['président', 'ministre', 'préfet']));
  releaseTokenTable();
});

test('a complement read once per head answers every limit as a fresh reading does', () => {
  for (const text of variants.slice(0, 30)) {
    tokenTableOf(text);
    for (const h of headsOf(text).slice(0, 40)) {
      // limits asked out of order: the kept reading must serve shorter and longer ones
      const limits = [60, 5, 160, 0, 33, 400, 12, 90].map((d) => Math.min(text.length, h.end + d));
      for (const limit of limits) expect(headComplementEnd(text, h.end, limit)).toBe(complementEnd(text, h.end, limit));
    }
    releaseTokenTable();
  }
});

test('all-caps words read from the case table as the Unicode regexes read them', () => {
  const words = variants.flatMap((t) => t.match(/[^\s]+/g) ?? []);
  words.push('GOÏTA', 'BAMAKO', 'A', 'É.', 'Ǆ', '𝐀𝐁', 'ÉTATS-UNIS', 'McDONALD');
  const differ = words.filter((w) => allCapsAt(w, 0, w.length) !== isAllCaps(w));
  expect(differ).toEqual([]);
  expect(words.filter((w) => isAllCaps(w)).length).toBeGreaterThan(10);
});

test('people and titles with a letter outside the BMP before them: same people, offsets in code points', () => {
  // "𝐀 " before the article: the token table is set aside for the old readings (surrogates), and
  // every person and title moves by two code points (three UTF-16 units)
  let people = 0;
  for (const text of seedTexts) {
    const plain = extract(text, { id: 'plain' });
    const shifted = extract(`𝐀 ${text}`, { id: 'shifted' });
    const persons = (r: typeof plain, d: number) => r.entities.filter((e) => e.type === 'person').map((e) => [e.text, e.start + d, e.end + d]);
    expect(persons(shifted, 0)).toEqual(persons(plain, 2));
    expect(shifted.people.map((p) => p.titles.map((t) => [t.text, t.start]))).toEqual(plain.people.map((p) => p.titles.map((t) => [t.text, t.start + 2])));
    const cps = [...`𝐀 ${text}`];
    for (const e of shifted.entities) if (e.type === 'person') expect(cps.slice(e.start, e.end).join('')).toBe(e.text);
    people += persons(plain, 0).length;
  }
  expect(people).toBeGreaterThan(5);
});
