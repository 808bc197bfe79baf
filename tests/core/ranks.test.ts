import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from '@jest/globals';
import { previousWord, recognizeRanks } from '../../src/ranks/ranks.js';
import { splitSentences } from '../../src/sentences/split.js';
import { setWordGates } from '../../src/text/anchorGate.js';
import { HAS_MASAKHANEWS, masakhanewsDevRow } from '../events/helpers.js';
import { parseQuotedTsv } from '../../src/eval/events/reader.js';

function ranksIn(text: string): string[] {
  return recognizeRanks(text, [{ start: 0, end: text.length }]).map((r) => text.slice(r.start, r.end));
}

function normalizedIn(text: string): string[] {
  return recognizeRanks(text, [{ start: 0, end: text.length }]).map((r) => r.normalized);
}

describe('ranks', () => {
  test('full grades, whatever the case and apostrophe', () => {
    expect(ranksIn('le Général de brigade Moussa Saloua BARMOU')).toEqual(['Général de brigade']);
    expect(ranksIn('le général de corps d’armée, Sadio Camara')).toEqual(['général de corps d’armée']);
    expect(ranksIn("Son Excellence le Général d'Armée Assimi GOÏTA")).toEqual(["Général d'Armée"]);
    expect(normalizedIn('le Général de Division Oumar DIARRA')).toEqual(['général de division']);
    expect(ranksIn('le lieutenant-colonel Abdoulaye Maïga et le colonel-major Diarra')).toEqual(['lieutenant-colonel', 'colonel-major']);
    expect(normalizedIn('le capitaine de frégate Dupont')).toEqual(['capitaine de frégate']);
    expect(normalizedIn("l'adjudant-chef Koné et le maréchal des logis-chef Ba")).toEqual(['adjudant-chef', 'maréchal des logis-chef']);
  });

  test('abbreviated grades written with their period', () => {
    expect(normalizedIn('le Cdt. Ali Hassan et le Lcl. Abakar Mahamat, avec le Cne. Issa Moussa et le Sgt. Karim Diallo'))
      .toEqual(['commandant', 'lieutenant-colonel', 'capitaine', 'sergent']);
    expect(ranksIn('le porte-parole, le Col.-Maj. Amadou Abdramane')).toEqual(['Col.-Maj.']);
  });

  test('services are recorded', () => {
    const t = 'le commissaire divisionnaire Traoré et le général de brigade aérienne Ouédraogo';
    const r = recognizeRanks(t, [{ start: 0, end: t.length }]);
    expect(r.map((x) => [x.normalized, x.service])).toEqual([
      ['commissaire divisionnaire', 'police'],
      ['général de brigade aérienne', 'air'],
    ]);
  });

  test('"général" that is no grade', () => {
    expect(ranksIn('le secrétaire général de l’ONU, Antonio Guterres')).toEqual([]);
    expect(ranksIn('En général, les attaques ont lieu la nuit.')).toEqual([]);
    expect(ranksIn('les Chefs d’État-Major Général des pays membres')).toEqual([]);
    expect(ranksIn('le quartier général de la force')).toEqual([]);
    expect(ranksIn('le directeur général Ibrahim Sy')).toEqual([]);
    expect(ranksIn('un intérêt général et le consensus général')).toEqual([]);
  });

  test('"général" that is a grade', () => {
    expect(ranksIn('le général a déclaré')).toEqual(['général']);
    expect(ranksIn('l’appel du général de Gaulle')).toEqual(['général']);
    expect(ranksIn('le général de division Diarra')).toEqual(['général de division']);
    expect(ranksIn('selon le Général BARMOU')).toEqual(['Général']);
  });

  test('team captains are no rank', () => {
    expect(ranksIn('le capitaine des Lions, Kalidou Koulibaly, a marqué un but')).toEqual([]);
    expect(ranksIn("Le capitaine de l'équipe a parlé")).toEqual([]);
    expect(ranksIn('Le capitaine Ibrahim Traoré dirige le Burkina Faso.')).toEqual(['capitaine']);
  });

  test('functions introduced by "commandant de" are no rank', () => {
    expect(ranksIn('le commandant de la force Barkhane')).toEqual([]);
    expect(ranksIn('le commandant Sidibé')).toEqual(['commandant']);
  });

  test('no grade inside other words', () => {
    expect(ranksIn('la colonelle, les généralités, le majordome')).toEqual([]);
  });
});

/**
 * recognizeRanks reads a sentence only where a word may open a grade (one pass over the
 * document's words) or where a word straddles the sentence's ends; with the word gates turned off
 * every sentence is read by the matcher. Both must find the same ranks.
 */
describe('the document-wide gate finds what reading every sentence finds', () => {
  afterAll(() => setWordGates(true));
  const both = (text: string, sentences: { start: number; end: number }[]) => {
    setWordGates(true);
    const gated = recognizeRanks(text, sentences);
    setWordGates(false);
    const full = recognizeRanks(text, sentences);
    setWordGates(true);
    return [gated, full];
  };

  test('edge cases: a grade cut by a sentence end, grades at both ends, "premier" and "s\'est" that open no grade', () => {
    const text = "Le sergent-chef Ba s'est rendu. Le premier ministre et le général. Colonel Diarra, le lieutenant-colonel Maïga";
    const cases = [
      [{ start: 0, end: text.length }],
      [{ start: 0, end: 12 }, { start: 12, end: text.length }], // "sergent-chef" cut inside "sergent"
      [{ start: 4, end: 40 }, { start: 40, end: 80 }, { start: 80, end: text.length }],
      splitSentences(text, [{ start: 0, end: text.length }]),
    ];
    let found = 0;
    for (const sentences of cases) {
      const [gated, full] = both(text, sentences);
      expect(gated).toEqual(full);
      found += gated.length;
    }
    expect(found).toBeGreaterThanOrEqual(8);
  });

  test('seed articles and MasakhaNEWS dev, split into sentences', () => {
    const dir = join(process.cwd(), 'fixtures', 'seeds');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
    if (HAS_MASAKHANEWS) {
      const rows = parseQuotedTsv(readFileSync(join(process.cwd(), '..', 'shared', 'data', 'masakhanews-fra', 'dev.tsv'), 'utf8')).length - 1;
      for (let i = 0; i < rows; i++) texts.push(masakhanewsDevRow(i));
    }
    let found = 0;
    for (const text of texts) {
      const [gated, full] = both(text, splitSentences(text, [{ start: 0, end: text.length }]));
      expect(gated).toEqual(full);
      found += gated.length;
    }
    // the five seeds alone name 11 ranks; with the dev set, many more
    expect(found).toBeGreaterThan(HAS_MASAKHANEWS ? 20 : 8);
  });
});

describe('the word before a grade', () => {
  // what previousWord stands for: the regex it replaced, which tried every start of its window
  const regex = (text: string, from: number, pos: number): string => {
    const m = /([\p{L}\p{M}-]+)['’]?\s*$/u.exec(text.slice(Math.max(from, pos - 40), pos));
    return m ? m[1].toLowerCase() : '';
  };

  test('read backwards, it is the regex\'s word at every position of real text and of edge cases', () => {
    const dir = join(process.cwd(), 'fixtures', 'seeds');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).slice(0, 6).map((f) => readFileSync(join(dir, f), 'utf8'));
    texts.push("le secrétaire\u00a0général, l’État-major’ \t\n général", 'a-b-c’  x', '😀ab 𝐀cd général', 'x\u0301y z', "  '  ", "ça'", 'en général');
    const differ: string[] = [];
    for (const t of texts) {
      for (let pos = 0; pos <= t.length; pos++) {
        for (const from of [0, Math.max(0, pos - 5)]) {
          if (previousWord(t, from, pos) !== regex(t, from, pos)) differ.push(JSON.stringify(t.slice(Math.max(0, pos - 40), pos)));
        }
      }
    }
    expect(differ).toEqual([]);
    expect(previousWord('le secrétaire général', 0, 14)).toBe('secrétaire');
    expect(previousWord("l’État-major' ", 0, 14)).toBe('état-major');
  });
});
