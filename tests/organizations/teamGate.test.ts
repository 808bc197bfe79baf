/**
 * The team pattern ("les Bruins de Boston", "l'Olympique de Marseille") is tried only where an
 * article, a capitalized word or two, blanks and "de" may follow one another (teamNames.ts,
 * deMayFollow; issue #16). The gate must be a necessary condition: gated and ungated scans find
 * the same teams on real articles (the seeds, MasakhaNEWS French dev, WiNER-fr 2016: French
 * Wikinews, CC BY 2.5) and on sentences made to hold teams of every shape.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrganizationMention } from '../../src/mentions.js';
import { teamNames } from '../../src/organizations/teamNames.js';
import { setWordGates } from '../../src/text/anchorGate.js';
import { newsDev, seeds } from '../newsTexts.js';

const devTexts = newsDev;
const winer = join(process.cwd(), '../shared/data/winer-fr/2016');
const winerTexts = existsSync(winer)
  ? readdirSync(winer).filter((m) => /^\d\d$/.test(m)).slice(0, 3).flatMap((m) => readdirSync(join(winer, m)).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(winer, m, f), 'utf8')))
  : [];
const made = [
  'En finale de hockey, les Bruins de Boston ont battu les Red Wings de Détroit, puis les Bruins Dede de Boston.',
  "Le Stade de Reims reçoit l'Olympique de Marseille et l’Olympique  de Lyon ; les Aigles du Mali jouent au\u00a0Stade\u00a0de\u00a0Reims.",
  "Le match des Nailers de Wheeling contre les Canadiens de Montréal, les Lions d'Afrique, les Éléphants de Côte d'Ivoire.",
  'Saison de football : 3les Lions de Paris, des Saint-Étienne de Lyon, aux Saint-Germain de Paris, au Mont-Blanc de Chamonix, les A de Reims.',
  'les Bruins\tde Boston, les Bruins  Sox de Boston, les Bruins Red  de Boston, les Bruins-Red de Boston, le Bayern De Munich, les Rangers du Texas',
];
const texts = [...seeds, ...devTexts, ...winerTexts, ...made];

function run(text: string, gated: boolean): OrganizationMention[] {
  setWordGates(gated);
  const out: OrganizationMention[] = [];
  try {
    teamNames(text, { start: 0, end: text.length }, out);
    // a region cut inside a word: the gate gives way to the full scan there, but the rest must agree
    const mid = text.length >> 1;
    teamNames(text, { start: mid, end: text.length }, out);
  } finally {
    setWordGates(true);
  }
  return out;
}

test('the gated team scan finds what the ungated one finds', () => {
  // the seeds and made sentences; MasakhaNEWS dev and WiNER-fr 2016 when ../shared is there
  expect(texts.length).toBeGreaterThan(newsDev.length > 0 ? 100 : 9);
  let found = 0;
  for (const [n, text] of texts.entries()) {
    const ungated = run(text, false);
    found += ungated.length;
    expect([n, run(text, true)]).toEqual([n, ungated]);
  }
  // teams were there to find (not a comparison of empty lists)
  expect(found).toBeGreaterThan(15);
});
