import { detectLanguage, preloadLanguageDetector } from '../../src/language/detect.js';
import { wordEvidence } from '../../src/language/evidence.js';

// Short texts written for this test (rubric labels, two-word captions, single words), French and
// the Romance neighbours French is taken for. "und" is the answer when the words give no side.
beforeAll(() => preloadLanguageDetector());

const UND = { code: 'und', confidence: 0, reliable: false };

describe('short text: French ending on a word the French dictionary lacks', () => {
  test('Catalan and Spanish futures and Romanian participles are not French', () => {
    // They end like French participles ("déclaré", "terminé"), but no French form is written so.
    for (const w of ['acabaré', 'parlaré', 'tornaré', 'hablaré', 'transferat', 'terminat', 'considerat']) {
      expect(detectLanguage(w)).toEqual(UND);
    }
  });

  test('French words of the dictionary keep their French ending', () => {
    for (const w of ['gendarmerie', 'boulangerie', 'agriculteurs', 'stationnement']) expect(detectLanguage(w).code).toBe('fr');
  });
});

describe('short text: a word no French dictionary holds weighs against French', () => {
  test('an Italian pair with one French-looking word is not French', () => {
    // "grandi" is a French participle; "corrispondono" is no French form.
    expect(wordEvidence('corrispondono grandi').notInDictionary).toBe(1);
    expect(detectLanguage('corrispondono grandi').code).not.toBe('fr');
    for (const pair of ['treni soppressi', 'sindaco dimissionario', 'escoles tancades', 'guvernul demisionat', 'comboios suprimidos']) {
      expect(detectLanguage(pair).code).not.toBe('fr');
    }
  });

  test('French pairs stay French, reliably when both words are French', () => {
    for (const pair of ['grève illimitée', 'préfet démissionnaire', 'écoles fermées', 'élus municipaux', 'inondations meurtrières']) {
      expect(detectLanguage(pair)).toMatchObject({ code: 'fr', reliable: true });
    }
    expect(detectLanguage('trains supprimés').code).toBe('fr');
  });

  test('a French form another list also holds is no sign against French', () => {
    // "hormones" is English too, so not in the dictionary, but it is a French form.
    expect(wordEvidence('hormones conséquence').notInDictionary).toBe(0);
    expect(detectLanguage('hormones conséquence').code).toBe('fr');
  });

  test('in capitals an unknown word may be a name', () => {
    expect(wordEvidence('ATTAQUE À KAYES').notInDictionary).toBe(0);
    expect(detectLanguage('ATTAQUE À KAYES').code).toBe('fr');
    expect(detectLanguage('Kayes Bamako')).toEqual(UND);
  });
});

describe('short text: French function words other languages write only as content words', () => {
  test('"pour", "par", "car" lean French beside a shared word', () => {
    // English writes "pour" (to pour), "par" (golf) and "car" as nouns or verbs, rarely.
    expect(wordEvidence('place pour').french).toBeGreaterThan(0);
    expect(detectLanguage('place pour').code).toBe('fr');
    expect(detectLanguage('par nature').code).toBe('fr');
    // A function word English also uses as one ("on") stays shared.
    expect(wordEvidence('on').french).toBe(0);
  });
});

describe('prose: capitalized words after lower-case ones are names or titles', () => {
  test('an English title or an Arabic name inside a French sentence is not read', () => {
    // Written for this test, in the way of an encyclopedia sentence.
    const s = 'Le groupe sort son premier album depuis When We Were Young en 2004.';
    expect(wordEvidence(s).other.get('en') ?? 0).toBe(0);
    expect(detectLanguage(s).code).toBe('fr');
    expect(wordEvidence('Il rencontre le cheikh Al Bu Said dans la capitale.').other.size).toBe(0);
  });

  test('a sentence start and text in title case are still read', () => {
    expect(wordEvidence('The teachers went on strike').other.get('en')).toBeGreaterThan(0);
    expect(wordEvidence('Teachers Strike Over Unpaid Wages').read).toBeGreaterThan(0);
  });
});

describe('short text: names French alone writes so', () => {
  test('a country as French writes it is French evidence, as others write it none', () => {
    for (const t of ['au Sénégal', "l'Égypte", 'La Turquie', "d'Allemagne"]) expect(detectLanguage(t).code).toBe('fr');
    // Spanish, Italian, English: "Senegal", "Turchia", "Germany" are names, no call.
    for (const t of ['Senegal', 'Turchia', 'Germany']) expect(detectLanguage(t)).toEqual(UND);
    // A name every language writes alike gives nothing.
    expect(wordEvidence('Bamako').read).toBe(0);
  });
});
