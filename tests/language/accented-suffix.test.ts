import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';
import { wordEvidence } from '../../src/language/evidence.js';
import { lexicons } from '../../src/language/lexicons.js';
import { inFrenchDictionary, inFrenchDictionaryUnaccented } from '../../src/language/dictionary.js';

// Words written for this test; the French ones are rare derivations, as in French news and
// science text (MasakhaNEWS French dev), that no table nor the dictionary holds.
beforeAll(() => preloadLanguageDetector());

const unlisted = (w: string) => !lexicons().french.has(w) && !lexicons().other.has(w) && !inFrenchDictionary(w) && !inFrenchDictionaryUnaccented(w);

describe('a French accent inside a word no table holds, with a French suffix', () => {
  test('is French evidence: alone and beside a shared function word', () => {
    // Each was "und" before the rule.
    for (const w of ['délocalisation', 'décarbonisation', 'télétravailleurs', 'géolocalisation', 'désinformations']) {
      expect([w, unlisted(w)]).toEqual([w, true]);
      expect([w, detectLanguage(w).code]).toEqual([w, 'fr']);
    }
    expect(detectLanguage('de décarbonisation').code).toBe('fr');
  });

  test('only as much as a dictionary form: one such word is no reliable call', () => {
    const r = detectLanguage('délocalisation');
    expect(r.reliable).toBe(false);
    expect(wordEvidence('délocalisation').french).toBe(0.5);
  });

  test('not with the accents and endings other languages write there', () => {
    // Catalan "è" and "ï" before -ment, -iques; Sardinian "ù"; Spanish and Catalan "-és".
    for (const w of ['tècnicament', 'increïblement', 'maleïdament', 'iscravitùdine', 'irlandés']) {
      expect([w, wordEvidence(w).french]).toEqual([w, 0]);
      expect([w, detectLanguage(w).code]).not.toEqual([w, 'fr']);
    }
  });

  test('no accent, no evidence: the suffix alone is British English too', () => {
    for (const w of ['decarbonisation', 'delocalisation']) {
      expect([w, wordEvidence(w).french, wordEvidence(w).unknown]).toEqual([w, 0, 1]);
      expect([w, detectLanguage(w).code]).toEqual([w, 'und']);
    }
  });
});
