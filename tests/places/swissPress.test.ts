/**
 * Places of the French-language Swiss press, old and new: Swiss and Belgian towns of 5,000
 * inhabitants or more are listed like French ones, foreign cities under their French exonyms, and
 * a cue before a column's line break still introduces the name that starts the next line.
 * Sentences written for this test in the style of a 19th-century paper.
 */
import { describe, expect, test } from '@jest/globals';
import { recognizePlaces, lookupPlace } from '../../src/places/index.js';
import { extract } from '../../src/extract.js';
import { recognizeDatelines } from '../../src/places/datelines.js';

const names = (text: string) => recognizePlaces(text).map((p) => text.slice(p.start, p.end));

describe('places of the Swiss press', () => {
  test('Swiss towns and French exonyms are listed', () => {
    expect(lookupPlace('Soleure')).toMatchObject({ country: 'CH', normalized: 'Soleure' });
    expect(lookupPlace('Thoune')?.country).toBe('CH');
    expect(lookupPlace('Vérone')).toMatchObject({ country: 'IT', normalized: 'Vérone' });
    expect(lookupPlace('Constantinople')).toMatchObject({ country: 'TR', normalized: 'Istanbul' });
    expect(names("La foire de Berthoud a attiré des marchands venus de Thoune, de Soleure et de Ratisbonne.")).toEqual(['Berthoud', 'Thoune', 'Soleure', 'Ratisbonne']);
  });

  test('a cue noun ending a printed line introduces the unlisted name on the next', () => {
    const text = "Les pompiers du village de\nGrenzwiller sont accourus en toute hâte.";
    expect(names(text)).toEqual(['Grenzwiller']);
    expect(names(text.replace('de\n', 'de\n\n'))).toEqual([]);
  });
});

describe('countries abbreviated in sports results', () => {
  test('an abbreviation in parentheses after a rider is his country', () => {
    const text = "Course de côte de Chexbres : 1. Rossier (S) 12'04\". 2. Bontempi (It, à 8\"). 3. Lambot (Be) m. t. 4. Kübler (Sui).";
    const found = recognizePlaces(text).filter((p) => p.end - p.start <= 3).map((p) => [text.slice(p.start, p.end), p.country]);
    expect(found).toEqual([['S', 'CH'], ['It', 'IT'], ['Be', 'BE'], ['Sui', 'CH']]);
  });

  test('spaces inside the parenthesis, a doubled parenthesis, a code glued to more letters', () => {
    const text = '1. Olano ( Esp) 2. Guidi (\u00a0It, à 3") 3. Rossier ((S) 4. Lambot (Bel) 5. Kübler (Suisse) 6. Coppi (It).';
    const found = recognizePlaces(text).filter((p) => p.end - p.start <= 3).map((p) => text.slice(p.start, p.end));
    // "((S)": the code must follow the name's own parenthesis; "Suisse" is no code (three letters at most)
    expect(found).toEqual(['Esp', 'It', 'Bel', 'It']);
  });

  test('the same letters elsewhere are no country', () => {
    expect(names("Le rapport (Fr) est en annexe. Be reste un mot.")).toEqual([]);
    // one alone is no list of results
    expect(names('Le coureur Rossier (S) a abandonné.')).toEqual([]);
  });
});

describe('datelines in capitals', () => {
  const typed = (text: string) => {
    const cps = [...text];
    return extract(text, {}).entities.filter((e) => ['person', 'place', 'organization'].includes(e.type)).map((e) => `${e.type}:${cps.slice(e.start, e.end).join('')}`);
  };

  const read = (text: string) => recognizeDatelines(text).map((p) => text.slice(p.start, p.end));

  test('the name opens the text, a line, a sentence or follows a dash, blanks between', () => {
    expect(read('  BERLIN 30 octobre. Rien')).toEqual(['BERLIN']);
    // a hyphen inside a name is passed; one before capitals opens a name, as a dash does
    expect(read('x\n \u00a0SAINT-ÉTIENNE, le 3 mai -LYON 4 (AFP)')).toEqual(['SAINT-ÉTIENNE', 'LYON']);
    expect(read('Jean-PIERRE MARTIN, 12 (Havas)')).toEqual(['PIERRE MARTIN']);
    // mid-sentence capitals are no dateline
    expect(read('Il a vu le BERLIN 30 octobre.')).toEqual([]);
    expect(read('VALAIS. — La grève. GENÈVE. — Non.')).toEqual(['VALAIS', 'GENÈVE']);
  });

  test('a name opens with a capital, then a capital, an apostrophe, a hyphen or a combining mark, ASCII or not', () => {
    expect(read("Fin! L'HAŸ-LES-ROSES, 4 mai. Rien")).toEqual(["L'HAŸ-LES-ROSES"]);
    expect(read('Fin ; ÉVIAN\u00a03 (ATS) et: E\u0301VIAN 4 juin')).toEqual(['ÉVIAN', 'E\u0301VIAN']);
    expect(read('1914.BERLIN 3 (Havas)')).toEqual(['BERLIN']);
    // "Le", "Il": a capital then a lower-case letter opens no name; a tab is no blank of OPENS
    expect(read('Fin. Le 3 mai. Il 4 (AFP)')).toEqual([]);
    expect(read('Fin?\tBERLIN 3 mai')).toEqual([]);
  });

  test('a name in capitals opening an item, before its date, is the place it comes from', () => {
    expect(typed("Un drame au village\nLONDRES, 12 (Havas). — Un incendie a détruit l'entrepôt.")).toContain('place:LONDRES');
    // garbled by OCR past any list, the position still tells
    expect(typed("Les nouvelles sont rares. BRAXELLAS 4 mars. Le roi est rentré au palais.")).toContain('place:BRAXELLAS');
    expect(typed("La récolte fut bonne. ARGOVIE. — Le grand conseil s'est réuni.")).toContain('place:ARGOVIE');
  });

  test('a heading in capitals without a date is no place', () => {
    expect(typed('Au jour le jour. FAITS DIVERS. — Un cheval emballé a renversé une voiture.').some((e) => e.startsWith('place:'))).toBe(false);
  });
});

describe('a land named like a famous person', () => {
  test('after "en" it is the land', () => {
    const text = "Les troupes de la reine, arrivées en Aragon, ont été battues par celles de don Carlos.";
    const cps = [...text];
    const found = extract(text, {}).entities.filter((e) => e.type === 'person' || e.type === 'place').map((e) => `${e.type}:${cps.slice(e.start, e.end).join('')}`);
    expect(found).not.toContain('person:Aragon');
  });
});

describe('the agency a dateline credits', () => {
  test('in parentheses after the date, however OCR spelled it, it is an organization', () => {
    const orgs = (text: string) => {
      const cps = [...text];
      return extract(text, {}).entities.filter((e) => e.type === 'organization').map((e) => cps.slice(e.start, e.end).join(''));
    };
    expect(orgs("Les incendies de forêt\nToulon, 3 août, (ag.) — Le feu a repris dans les Maures.")).toContain('ag.');
    expect(orgs("Le traité de commerce\nVIENNE, 12 (Beuter). — Le ministre a signé hier le traité.")).toContain('Beuter');
    // a parenthesis after a number that no dateline opens is no agency
    expect(orgs('Il a payé 12 (douze) francs au marchand.')).toEqual([]);
  });

  test('a Belgian commune named like a pronoun is no place without a preposition', () => {
    expect(names('Celles qui le voulaient ont quitté la salle.')).toEqual([]);
  });
});

describe('a town in a newspaper title', () => {
  test('is part of the title, not a place of the story', () => {
    const places = (text: string) => {
      const cps = [...text];
      return extract(text, {}).entities.filter((e) => e.type === 'place').map((e) => cps.slice(e.start, e.end).join(''));
    };
    expect(places("On lit dans la Gazette de Lausanne que la récolte sera bonne à Morges.")).toEqual(['Morges']);
    expect(places("Le Courrier de Genève annonce l'arrivée du prince.")).toEqual([]);
    // in lower case the noun says what was read, not a title
    expect(places("Il a lu le journal de Genève à Berne.")).toEqual(['Genève', 'Berne']);
  });
});

describe('a "Saint-" compound before a word in capitals', () => {
  test('is no given name of a person', () => {
    const text = 'La diligence, descendant de Sainte-Croix SUT Yverdon, a versé au premier tournant.';
    const cps = [...text];
    const persons = extract(text, {}).entities.filter((e) => e.type === 'person').map((e) => cps.slice(e.start, e.end).join(''));
    expect(persons).toEqual([]);
  });
});
