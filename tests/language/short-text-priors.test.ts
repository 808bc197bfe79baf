import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';
import { wordEvidence } from '../../src/language/evidence.js';
import { lexicons } from '../../src/language/lexicons.js';
import { inFrenchDictionary } from '../../src/language/dictionary.js';

// Words and sentences written for this test.
beforeAll(() => preloadLanguageDetector());

const onlyDictionary = (w: string) => inFrenchDictionary(w) && !lexicons().french.has(w) && !lexicons().other.has(w);

describe('a word alone that only the French dictionary knows', () => {
  // A shape model once sent such words to "und" ("mirant" is also Catalan) but took every
  // twentieth everyday French word with it (UD French dev word types: recall 0.794 -> 0.743).
  test('is French, everyday words and rare ones alike', () => {
    for (const w of ['nutritionniste', 'vulnérabilité', 'oiseau', 'troupeau', 'vocabulaire', 'richesses']) {
      expect(onlyDictionary(w) || lexicons().french.has(w)).toBe(true);
      expect([w, detectLanguage(w).code]).toEqual([w, 'fr']);
    }
  });
});

describe('a French-table word alone with a Romance ending', () => {
  test('a passé simple ending in -a is shared with Catalan, Italian, Portuguese', () => {
    for (const w of ['sembla', 'entra']) {
      expect(lexicons().french.has(w) && !lexicons().other.has(w)).toBe(true);
      expect(detectLanguage(w).code).toBe('und');
    }
  });

  test('a French future stays French, and so does the same form beside another French word', () => {
    for (const w of ['deviendra', 'pourra', 'trouvera']) expect(detectLanguage(w).code).toBe('fr');
    expect(detectLanguage('il entra').code).toBe('fr');
  });
});

describe('English table: French forms English has only as borrowings or shares with French news', () => {
  test('accented borrowings and common French news words are French', () => {
    for (const w of ['protégés', 'village', 'mission']) {
      expect(lexicons().other.get(w)).toBeUndefined();
      expect(detectLanguage(w).code).toBe('fr');
    }
  });

  test('a participle in -i is not a Spanish homograph (Spanish writes "investí")', () => {
    expect(lexicons().other.get('investi')).toBeUndefined();
    expect(detectLanguage('investi').code).toBe('fr');
  });
});

describe('prose with a French function-word lead', () => {
  test('one English content word does not block a French sentence', () => {
    const s = 'Le candidat est doué de freedom.';
    const ev = wordEvidence(s);
    expect(ev.otherTotal).toBeGreaterThan(0); // "freedom", an English word only
    expect(ev.french).toBeLessThan(2 * ev.otherTotal); // so French words are not twice the others'
    expect(detectLanguage(s).code).toBe('fr');
  });

  test('a sentence whose function words are another language\'s stays that language', () => {
    expect(detectLanguage('The lichen is gifted with sensations.').code).not.toBe('fr');
    expect(detectLanguage('El liquen está dotado de sensaciones.').code).not.toBe('fr');
  });
});

describe('French forms the French tables leave to English or Spanish', () => {
  test('are shared words: French writing every word of a pair makes it French', () => {
    for (const pair of ['les directives', 'des revues', 'les incidences']) {
      const ev = wordEvidence(pair);
      expect(ev.otherTotal).toBe(0);
      expect(ev.sharedLead).toBeGreaterThan(0);
      expect(detectLanguage(pair).code).toBe('fr');
    }
  });

  test('an English function word beside them is still not French', () => {
    for (const pair of ['the directives are clear', 'these revues were popular']) expect(detectLanguage(pair).code).not.toBe('fr');
  });
});

describe('names French alone writes so (data/language/french-names.txt)', () => {
  test('an exonym or a French given name alone is French', () => {
    for (const w of ['Bruxelles', 'Pékin', 'Stéphane', 'Jacques']) {
      expect(lexicons().names.has(w.toLowerCase())).toBe(true);
      expect(detectLanguage(w).code).toBe('fr');
    }
  });

  test('names other languages write the same are no evidence', () => {
    // "Moscou" is Catalan and Portuguese too; "Paris" is everyone's.
    for (const w of ['Moscou', 'Paris']) {
      expect(lexicons().names.has(w.toLowerCase())).toBe(false);
      expect(detectLanguage(w).code).toBe('und');
    }
  });
});
