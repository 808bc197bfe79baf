import { readFileSync } from 'node:fs';
import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';

// The team-written probe set (fixtures/langid/README.md): the items on even lines; odd lines stay held out.
beforeAll(() => preloadLanguageDetector());

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(`fixtures/langid/${file}`, root), 'utf8').split('\n').filter(Boolean)
  .filter((_, i) => i % 2 === 0).map((l) => { const [lang, shape, text] = l.split('\t'); return { lang, shape, text }; });
const share = <T>(xs: T[], test: (x: T) => boolean) => xs.filter(test).length / xs.length;

describe('short items in the shapes users stream', () => {
  const frenchFile = read('probe-fr.tsv');
  const french = frenchFile.filter((x) => x.lang === 'fr');
  const names = frenchFile.filter((x) => x.lang === 'und');
  const others = read('probe-other.tsv');

  test('French headlines, labels, captions, tweets and snippets are French', () => {
    expect(french.length).toBeGreaterThan(100);
    expect(share(french, (x) => detectLanguage(x.text).code === 'fr')).toBeGreaterThanOrEqual(0.9);
    // Entities are lost only when French is called another language.
    expect(share(french, (x) => !['fr', 'und'].includes(detectLanguage(x.text).code))).toBeLessThanOrEqual(0.01);
  });

  test('the same shapes in six other languages are not taken for French', () => {
    expect(others.length).toBeGreaterThan(100);
    expect(share(others, (x) => detectLanguage(x.text).code === 'fr')).toBeLessThanOrEqual(0.01);
  });

  test('a bare name or acronym is no language, and no call is confidently wrong', () => {
    expect(share(names, (x) => detectLanguage(x.text).code === 'und')).toBeGreaterThanOrEqual(0.9);
    const wrongSure = [...frenchFile, ...others].filter((x) => {
      const got = detectLanguage(x.text);
      return got.reliable && got.code !== x.lang && !(x.lang === 'und' && got.code === 'fr');
    });
    expect(wrongSure.length / (frenchFile.length + others.length)).toBeLessThanOrEqual(0.01);
  });
});

describe('a lone capitalized word', () => {
  // Rubric labels: one capitalized word no word table holds, which used to be skipped as a name.
  test('is French when the French dictionary holds it, and no language when it is a name', () => {
    for (const w of ['Nécrologie', 'Décryptage']) expect([w, detectLanguage(w).code]).toEqual([w, 'fr']);
    for (const w of ['Tillabéri', 'Ouallam', 'Goïta']) expect([w, detectLanguage(w).code]).toEqual([w, 'und']);
  });
});

describe('confidence of a French call below the marker fast path', () => {
  const text = "Le conseil régional a voté jeudi un plan d'aide aux éleveurs touchés par la sécheresse. "
    + "Les élus de l'opposition ont dénoncé des montants trop faibles et une répartition injuste entre les communes. "
    + 'Le président de la région a promis une rallonge avant la fin du mois.';

  test('grows with the French evidence: a paragraph is sure, a short headline is not', () => {
    const paragraph = detectLanguage(text);
    expect(paragraph.code).toBe('fr');
    expect(paragraph.confidence).toBeGreaterThanOrEqual(0.9);
    const headline = detectLanguage('Sécheresse : les éleveurs attendent');
    expect(headline.code).toBe('fr');
    expect(headline.confidence).toBeLessThan(0.8);
    // A French word beside names is French, barely.
    expect(detectLanguage('Paris et Rabat').confidence).toBeLessThan(0.3);
  });
});
