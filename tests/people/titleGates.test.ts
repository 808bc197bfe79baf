/**
 * The title shapes' word gates (the party's first word in titles/party.ts, the stop words of
 * titles/extent.ts) skip the patterns where the text shows none of their words. They must be
 * necessary conditions: with the gates and without them the titles stage gives every person the
 * same titles, on the seeds and on MasakhaNEWS French dev, and on sentences written to hold the
 * shapes.
 */
import { testIf } from '../skip.js';
import { NEWS_DEV, newsDev, seeds } from '../newsTexts.js';
import { sameWithAndWithoutGates as sameGated } from '../gates.js';
import { releaseTokenTable } from '../../src/text/tokenTable.js';
import { createDoc } from '../../src/pipeline/doc.js';
import { DEFAULT_PIPELINE } from '../../src/pipeline/stages.js';

const dev = newsDev;
const withDev = testIf(dev.length > 0, `${NEWS_DEV} is absent`);

const STAGES = DEFAULT_PIPELINE.slice(0, DEFAULT_PIPELINE.findIndex((s) => s.name === 'titles') + 1);

/** Each person's name with the title text the titles stage gives it ("-" for none, "(ancien)" when past). */
function titlesOf(text: string): string[] {
  const doc = createDoc(text, {});
  for (const stage of STAGES) stage.run(doc);
  releaseTokenTable();
  return doc.people.map((p) => `${p.name}: ${p.title ? doc.text.slice(p.title.start, p.title.end) : '-'}${p.titleFormer ? ' (ancien)' : ''}`);
}

/** Compares both readings; the number of titles found. */
const sameWithAndWithoutGates = (texts: string[]): number => sameGated(texts, titlesOf, (titles) => titles.filter((t) => !t.endsWith(': -')).length);

test('sentences holding each gated shape: the gates let them through', () => {
  const texts = [
    'Le colonel Abdoulaye Maïga a été nommé gouverneur de la région de Kayes. Il succède au général Moussa Traoré.',
    'Le gouverneur de la région de Ségou, le colonel Issa Diarra, a été nommé en remplacement du colonel-major Amadou Koné.',
    'Le président a nommé le général Oumar Diarra chef d’état-major général des armées.',
    'M. Charles Zévaès, socialiste, défend ce projet devant le conseil, et M. Henri Losey (rad.) souligne le coût.',
    'Le président a NOMMÉ le général Oumar Sidibé chef d’état-major de l’armée de terre.',
    'L’ANCIEN ministre Moussa Mara et l’ex-président Ibrahim Boubacar Keïta étaient présents.',
    'Le colonel Sadio Camara EST NOMMÉ ministre de la Défense. Mme Aïssata Touré, qui DEVIENT directrice de cabinet, arrive.',
  ];
  const titled = texts.map(titlesOf);
  expect(titled[0]).toContain('Moussa Traoré: gouverneur de la région de Kayes (ancien)');
  expect(titled[1].some((t) => t.startsWith('Amadou Koné: gouverneur de la région de Ségou'))).toBe(true);
  expect(titled[2]).toContain('Oumar Diarra: chef d’état-major général des armées');
  expect(titled[3]).toEqual(expect.arrayContaining(['Charles Zévaès: socialiste', 'Henri Losey: rad.']));
  // the nomination verb in capitals: the decree shape's verb gate reads any case
  expect(titled[4]).toContain('Oumar Sidibé: chef d’état-major de l’armée de terre');
  // a past post in capitals and after a hyphen: the former-word gate reads both
  expect(titled[5]).toEqual(['Moussa Mara: ANCIEN ministre (ancien)', 'Ibrahim Boubacar Keïta: ex-président (ancien)']);
  // auxiliaries and verbs in capitals, and after "qui": the predicate gate reads any case
  expect(titled[6]).toEqual(['Sadio Camara: ministre de la Défense', 'Aïssata Touré: directrice de cabinet']);
  expect(sameWithAndWithoutGates(texts)).toBeGreaterThan(4);
});

test('seeds: the gated shapes give the titles the full patterns give', () => {
  expect(sameWithAndWithoutGates(seeds)).toBeGreaterThan(10);
});

withDev('MasakhaNEWS French dev: the gated shapes give the titles the full patterns give', () => {
  expect(sameWithAndWithoutGates(dev)).toBeGreaterThan(100);
});
