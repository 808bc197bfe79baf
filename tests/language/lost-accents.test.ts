import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';
import { wordEvidence } from '../../src/language/evidence.js';

// Headlines written for this test: French typed without accents, where another language's word
// is a French form that lost its accents ("deputes", "cholera", "proces").
beforeAll(() => preloadLanguageDetector());

describe('French typed without accents', () => {
  test("another language's word that is a French form without its accents is not that language's evidence", () => {
    expect(detectLanguage('Les deputes votent la loi').code).toBe('fr');
    expect(detectLanguage('Epidemie de cholera a Maradi').code).toBe('fr');
    expect(detectLanguage('Le depute demissionne').code).toBe('fr');
    const ev = wordEvidence('Cas de cholera signales dans la region de Mopti');
    expect(ev.otherTotal).toBe(0);
    expect(detectLanguage("PROCES DE L'ANCIEN PRESIDENT").code).toBe('fr');
  });

  test('the same words stay English beside English words, and Romance text keeps its language', () => {
    expect(detectLanguage('Deputes vote on the budget').code).toBe('en');
    expect(detectLanguage('Cholera cases rise in the north').code).toBe('en');
    expect(wordEvidence('Cholera cases rise in the north').other.get('en')).toBeGreaterThan(0);
    expect(detectLanguage('El proceso de paz').code).toBe('es');
    // A capitalized word inside the line is a name or a German noun, not a French form.
    expect(wordEvidence('la Cholera').other.get('en')).toBeGreaterThan(0);
    expect(wordEvidence('la cholera').other.get('en')).toBeUndefined();
    expect(detectLanguage('Il presidente della Repubblica').code).toBe('it');
  });
});
