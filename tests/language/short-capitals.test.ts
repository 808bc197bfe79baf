import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';
import { wordEvidence } from '../../src/language/evidence.js';

// Rubric labels written for this test: short titles in capitals used to be read as acronyms.
beforeAll(() => preloadLanguageDetector());

describe('a short title in capitals', () => {
  test('three words in capitals are words, however short', () => {
    expect([wordEvidence('A LA UNE').read, detectLanguage('A LA UNE').code]).toEqual([3, 'fr']);
  });

  test('one or two acronyms stay acronyms: no language', () => {
    expect(wordEvidence('PSG OM').read).toBe(0);
    for (const acronyms of ['AES', 'RDC, ONU']) expect([acronyms, detectLanguage(acronyms).code]).toEqual([acronyms, 'und']);
  });
});
