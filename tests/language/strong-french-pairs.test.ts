import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';
import { wordEvidence } from '../../src/language/evidence.js';

// Two-word captions written for this test: a French word no other language writes, with an
// ending only French has, beside a loanword or a coinage the French dictionary lacks.
beforeAll(() => preloadLanguageDetector());

describe('word pairs: a strong French word outweighs one word the dictionary lacks', () => {
  test('a French participle or plural beside a loanword is French', () => {
    for (const pair of ['streaming piraté', 'ransomware paralysé', 'wokisme dénoncé', 'nombreux podcasts']) {
      const ev = wordEvidence(pair);
      // The premise: one word the dictionary lacks, one strong French word.
      expect(ev.notInDictionary).toBe(1);
      expect(ev.frenchStrong).toBe(1);
      expect(detectLanguage(pair).code).toBe('fr');
    }
  });

  test('a French form another language also writes as its own word does not outweigh it', () => {
    // "porte", "temps", "appartement", "toilette", "simplement" are in the French table only, but
    // Italian, Catalan, Dutch, German and Catalan write them too; no ending only French has.
    for (const pair of ['porte chiuse', 'temps perdut', 'appartement gehuurd', 'toilette besetzt', 'simplement fantastico']) {
      expect(wordEvidence(pair).frenchStrong).toBe(0);
      expect(detectLanguage(pair).code).not.toBe('fr');
    }
  });

  test('one strong word waives one unknown word only', () => {
    // Two words the dictionary lacks beside one strong French word: the second still weighs double.
    const ev = wordEvidence('corrispondono ragazzi piraté');
    expect(ev).toMatchObject({ notInDictionary: 2, frenchStrong: 1 });
    expect(detectLanguage('corrispondono ragazzi piraté').code).not.toBe('fr');
  });
});
