import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';
import { wordEvidence } from '../../src/language/evidence.js';

// Sentences written for this test: French prose quoting an English title that opens the text.
beforeAll(() => preloadLanguageDetector());

describe('a capitalized title right after the first word of a sentence', () => {
  const sentence = "Dans These Things Shall Pass : Stories of Freedom and Dignity, la romancière raconte l'histoire de ses voisins.";

  test('is read as a name, not as English words', () => {
    const ev = wordEvidence(sentence);
    // "These", "Shall" (English table words) are skipped with the title, as "Things", "Pass".
    expect(ev.other.get('en') ?? 0).toBe(0);
  });

  test('the sentence is French', () => {
    expect(detectLanguage(sentence).code).toBe('fr');
  });

  test('an English sentence opening on a capitalized phrase stays English', () => {
    expect(detectLanguage('The United Nations said on Monday that the talks would resume after the holiday, and that both sides had agreed to attend.').code).toBe('en');
  });
});
