import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';
import { inFrenchDictionary, inFrenchHomographs } from '../../src/language/dictionary.js';
import { wordEvidence } from '../../src/language/evidence.js';

// Words written for this test. French dictionary forms kept over a rare English homograph or an
// accent-less Spanish copy (scripts/build-language-lexicons.mjs frenchOverList), and passés
// simples with a French accent (evidence.ts frenchPastHistoric), "-ement" forms on a French form
// (frenchMentForm), dictionary forms left out of the accent-less spellings (lexicon-fr unaccented).
beforeAll(() => preloadLanguageDetector());

describe('a French form the English list holds only as a rare word', () => {
  test('with French letters or a French ending, is in the dictionary and French alone', () => {
    // SCOWL sizes 60-70: "arête", "corvée", "tuyère" are borrowings English writes rarely.
    for (const word of ['arête', 'corvée', 'tuyère']) {
      expect(inFrenchDictionary(word)).toBe(true);
      expect(inFrenchHomographs(word)).toBe(false);
      expect(detectLanguage(word).code).toBe('fr');
      expect(detectLanguage(word).reliable).toBe(false);
    }
  });

  test('without them, stays a homograph: units and Romance words ("coulombs", "dolce")', () => {
    // Rare English too, but international units and common Italian words.
    for (const word of ['coulombs', 'radians', 'dolce', 'farci']) {
      expect(inFrenchDictionary(word)).toBe(false);
      expect(detectLanguage(word).code).not.toBe('fr');
    }
    // A final "à" is Italian ("pietà").
    expect(inFrenchDictionary('pietà')).toBe(false);
  });

  test('the Spanish list\'s "-ion" without its accent is French ("indivision"); "-ais" stays shared', () => {
    expect(inFrenchDictionary('indivision')).toBe(true);
    expect(detectLanguage('indivision').code).toBe('fr');
    // Portuguese "casais" (couples): the Spanish list's "casais" (casáis) stays a homograph.
    expect(inFrenchDictionary('casais')).toBe(false);
    expect(detectLanguage('casais').code).not.toBe('fr');
  });
});

describe('a passé simple with a French accent the dictionary lacks', () => {
  test('of a French -er verb is French evidence, unreliably', () => {
    for (const word of ['présida', 'régla', 'assiégea', 'développa']) {
      expect(inFrenchDictionary(word)).toBe(false);
      const r = detectLanguage(word);
      expect(r.code).toBe('fr');
      expect(r.reliable).toBe(false);
    }
  });

  test('not without the accent, nor after a vowel (Portuguese "séria", "perpétua")', () => {
    for (const word of ['entra', 'parla', 'séria', 'perpétua']) expect(detectLanguage(word).code).not.toBe('fr');
  });
});

describe('an adverb or noun in "-ement" the dictionary lacks', () => {
  test('on a form only French writes is French evidence ("structurellement", "biologiquement")', () => {
    for (const word of ['structurellement', 'technologiquement', 'biologiquement']) {
      expect(inFrenchDictionary(word)).toBe(false);
      expect(detectLanguage(word).code).toBe('fr');
    }
  });

  test('Catalan adverbs in "-ment" are not ("clarament", "totalment", "finalment")', () => {
    for (const word of ['clarament', 'totalment', 'finalment']) expect(detectLanguage(word).code).not.toBe('fr');
  });
});

describe('a French dictionary form written as a French form without accents would be', () => {
  test('is a French form, not a web spelling ("retirait", "voeux" beside "rétirait", "vœux")', () => {
    for (const word of ['retirait', 'voeux', 'soeur']) {
      expect(wordEvidence(word).frenchWeb).toBe(0);
      expect(detectLanguage(word).code).toBe('fr');
    }
  });

  test('not in -e, -es, which Catalan and Italian write ("excepte", "acceptes", "casse")', () => {
    for (const word of ['excepte', 'acceptes', 'casse', 'isole']) expect(detectLanguage(word).code).not.toBe('fr');
  });
});
