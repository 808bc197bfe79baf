/**
 * The word gates of the ranks and organizations stages (text/anchorGate.ts,
 * text/foldedWordFilter.ts, the lexicon matcher's filters) skip the text where a regex or a
 * lexicon cannot match. They must be necessary conditions: with the gates and without them
 * (every regex over the whole text, every word folded) the stages find the same spans, on the
 * seeds and on MasakhaNEWS French dev; and offsets stay code points where the gates step aside
 * (characters outside the BMP, combining marks).
 */
import { testIf } from '../skip.js';
import { NEWS_DEV, newsDev, seeds } from '../newsTexts.js';
import { sameWithAndWithoutGates as sameGated } from '../gates.js';
import { FoldedWordFilter } from '../../src/text/foldedWordFilter.js';
import { foldWord } from '../../src/text/fold.js';
import { TokenTable, releaseTokenTable } from '../../src/text/tokenTable.js';
import { PAIR_UNKNOWN, tokenPairs } from '../../src/text/tokenPairs.js';
import { createDoc, type Doc } from '../../src/pipeline/doc.js';
import { clean, language, organizations, ranks, sentences } from '../../src/pipeline/stages.js';
import { extract } from '../../src/extract.js';
import { loadJson } from '../../src/data.js';

const dev = newsDev;
const withDev = testIf(dev.length > 0, `${NEWS_DEV} is absent`);

/** The ranks and organizations of a text, as the pipeline finds them. */
function rankAndOrgSpans(text: string): { ranks: Doc['ranks']; organizations: Doc['organizations'] } {
  const doc = createDoc(text, {});
  for (const stage of [clean, language, sentences, ranks, organizations]) stage.run(doc);
  releaseTokenTable();
  return { ranks: doc.ranks, organizations: doc.organizations };
}

const sameWithAndWithoutGates = (texts: string[]): number => sameGated(texts, rankAndOrgSpans, (r) => r.ranks.length + r.organizations.length);

test('seeds: the gated stages find what the full scans find', () => {
  // the seeds name grades and bodies: the comparison is not between two empty lists
  expect(sameWithAndWithoutGates(seeds)).toBeGreaterThan(20);
});

test('scores and digits inside words: the sport gate finds the clubs the full scan finds', () => {
  // the gate looks for digits once per stretch of text, not in each word: digits at a word's
  // start, inside it, at its end, and a score split over two words must all still be seen
  const texts = [
    'Auxerre 2-1 Lyon, dimanche soir au stade.',
    'Lens a battu Lille 3–0 lors de la 12e journée.',
    'Les U23 de Nantes ont battu Rennes2 hier ; score final 1-1 face à Brest.',
    'Le Sénégal bat l’Égypte 4-2 aux tirs au but. La France s’est imposée comme médiatrice.',
    'En 2013-14, Marseille 0 - 2 Monaco, puis Nice2-0Metz.',
  ];
  expect(sameWithAndWithoutGates(texts)).toBeGreaterThan(3);
});

withDev('MasakhaNEWS French dev: the gated stages find what the full scans find', () => {
  expect(sameWithAndWithoutGates(dev)).toBeGreaterThan(500);
}, 60_000);

test('outside the BMP and with combining marks the gates step aside, and offsets stay code points', () => {
  const seed = seeds.find((t) => /Forces armées|gouvernement/.test(t)) ?? seeds[0];
  // an emoji before every paragraph, and the same article decomposed (NFD: combining accents)
  const texts = [seed.replace(/\n\n/g, '\n\n🇲🇱 '), seed.normalize('NFD'), `😀 ${dev[0] ?? seed}`];
  for (const text of texts) {
    sameWithAndWithoutGates([text]);
    const record = extract(text);
    const spans = record.entities.filter((e) => e.type === 'organization' || e.type === 'rank');
    expect(spans.length).toBeGreaterThan(0);
    for (const e of spans) expect([...text].slice(e.start, e.end).join('')).toBe(e.text);
  }
});

describe('FoldedWordFilter', () => {
  const words = (texts: string[]) => texts.flatMap((t) => t.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
  const textWords = words([...seeds, ...dev.slice(0, 100)]);
  const grades = loadJson<{ grades: { forms: string[] }[] }>('ranks/ranks.json').grades.flatMap((g) => g.forms);
  const gradeWords = [...new Set(words(grades).map(foldWord))];

  test('never says no to a word that folds to one of its words, to a prefix or to a run between digits', () => {
    const filter = new FoldedWordFilter(gradeWords);
    const set = new Set(gradeWords);
    // the text's words, and the same words written in capitals, decomposed, and glued to digits
    const probes = [...new Set(textWords), ...grades.flatMap((g) => words([g, g.toUpperCase(), g.normalize('NFD')])), '3général', 'GÉNÉRAL2', 'Œuvre'];
    const fromText = new Set(textWords);
    let rejected = 0;
    for (const w of probes) {
      const key = foldWord(w);
      const all = `x${w}`;
      if (set.has(key)) expect(filter.mayBe(all, 1, all.length)).toBe(true);
      if ([...set].some((g) => key.startsWith(g))) expect(filter.mayStartWith(all, 1, all.length)).toBe(true);
      if (key.split(/[^\p{L}]+/u).some((run) => set.has(run))) expect(filter.mayHaveRun(all, 1, all.length)).toBe(true);
      if (fromText.has(w) && !filter.mayBe(all, 1, all.length)) rejected++;
    }
    // and it does filter: most words of an article are no grade (the grades' own probes aside,
    // which outnumber the text's words when only the seeds are at hand)
    expect(rejected / fromText.size).toBeGreaterThan(0.9);
  });

  test('the first two letters of a word (tokenPairs) never rule out a word that folds to one of its words or begins with one', () => {
    const filter = new FoldedWordFilter(gradeWords);
    const exact = filter.pairTable(false);
    const prefix = filter.pairTable(true);
    const text = [...new Set(textWords), ...grades, ...grades.map((g) => g.toUpperCase()), 'Œuvre É à'].join(' ');
    const table = new TokenTable(text);
    const codes = tokenPairs(table);
    const fromText = new Set(textWords);
    let ruledOut = 0;
    let textTokens = 0;
    for (let i = 0; i < table.length; i++) {
      const word = text.slice(table.start[i], table.end[i]);
      const key = foldWord(word);
      const known = codes[i] !== PAIR_UNKNOWN;
      if (gradeWords.includes(key)) expect(!known || exact[codes[i]] === 1).toBe(true);
      if (gradeWords.some((g) => key.startsWith(g))) expect(!known || prefix[codes[i]] === 1).toBe(true);
      if (!fromText.has(word)) continue;
      textTokens++;
      if (known && exact[codes[i]] === 0) ruledOut++;
    }
    expect(ruledOut / textTokens).toBeGreaterThan(0.5);
  });

  test('reads accents, capitals and ligatures as folding does', () => {
    const filter = new FoldedWordFilter(['general', 'oeuvre', 'etat']);
    const at = (w: string) => filter.mayBe(w, 0, w.length);
    expect([at('Général'), at('GÉNÉRAL'), at('Œuvre'), at('État'), at('Etats'), at('Bamako')]).toEqual([true, true, true, true, false, false]);
  });
});
