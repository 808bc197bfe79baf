/**
 * People in 19th- and early 20th-century news: honorifics of old print, words of court reports,
 * noble and clerical titles, and surnames a firm or a town shares.
 */
import { extract } from '../../src/extract.js';
import type { Entity } from '../../src/types.js';
import { entityTexts, typed } from './typedEntities.js';

describe('people of the old press', () => {
  test('after an honorific or a rank a firm\'s name is a surname', () => {
    const t = typed('Le général Ferrari a repoussé hier les Autrichiens. Après la guerre, Mlle Chanel rouvrait ses salons de la rue Cambon.');
    expect(t.Ferrari).toBe('person');
    expect(t.Chanel).toBe('person');
  });

  test('the firm stays a firm without a cue before it', () => {
    const t = typed('Les ventes de Ferrari ont progressé de dix pour cent cette année.');
    expect(t.Ferrari).toBe('organization');
  });

  test('"Mad." and "Mlles" of old print', () => {
    const t = typed('On souscrit à Payerne chez Mad. Savary, et à Yverdon chez Mlles Bezençon.');
    expect(t.Savary).toBe('person');
    expect(t.Bezençon).toBe('person');
    expect(t.Mad).toBeUndefined();
  });

  test('words of court and police reports: le nommé, le sieur, la veuve, l\'accusé', () => {
    const t = typed('Le nommé Rochat a été arrêté mardi. Le sieur Dufour et la veuve Perret ont déposé plainte. L\'accusé Girod nie tout.');
    expect(t.Rochat).toBe('person');
    expect(t.Dufour).toBe('person');
    expect(t.Perret).toBe('person');
    expect(t.Girod).toBe('person');
  });

  test('"la veuve de X" is X\'s widow: the particle stays out of the name', () => {
    expect(entityTexts('La veuve de Tompkins a cédé une partie de ces terres jeudi.', 'person')).toEqual(['Tompkins']);
  });

  test('after a noble or clerical title a town\'s name is the person\'s', () => {
    const t = typed('Au temps de la reine Victoria, le pasteur évangélique Hamm tenait la paroisse.');
    expect(t.Victoria).toBe('person');
    expect(t.Hamm).toBe('person');
  });

  test('after a post a lone town name stays the place', () => {
    const t = typed('Le préfet a visité Genève mardi.');
    expect(t['Genève']).toBe('place');
  });
});

describe('names wrapped over two printed lines', () => {
  test('a person never spans the sentence cut at a printed line', () => {
    const text = 'Heureux d\'être là, Jacques\nChirac ! Le ministre Pierre\nMoscovici accompagnait le président.';
    const rec = extract(text);
    const people = (rec.entities as Entity[]).filter((e) => e.type === 'person');
    expect(people.length).toBeGreaterThan(0);
    for (const e of people) {
      const sent = rec.sentences[e.sentence];
      expect(e.start).toBeGreaterThanOrEqual(sent.start);
      expect(e.end).toBeLessThanOrEqual(sent.end);
    }
  });

  test('the splitter keeps a name the column broke in one sentence, and the name is one person', () => {
    const text = 'Heureux d\'être là, Jacques\nChirac ! Le ministre Pierre\nMoscovici accompagnait le président.';
    expect(entityTexts(text, 'person')).toEqual(['Jacques\nChirac', 'Pierre\nMoscovici']);
    expect(extract(text).sentences).toHaveLength(2);
  });

  test('a blank line, a heading in capitals or a sentence opening the next line stays apart', () => {
    expect(entityTexts('Le peintre Jacques\n\nChirac reçoit à Berne.', 'person')).not.toContain('Jacques\n\nChirac');
    expect(entityTexts('Souvenirs de Jacques\nLA VIE DES CHAMPS\nIl pleut.', 'person').join('|')).not.toMatch(/VIE/);
    expect(extract('Portrait de Jacques\nIl est né à Berne en 1840.').sentences).toHaveLength(2);
  });
});

describe('cues on the printed line before the name', () => {
  test('a title ending one line cues the name that starts the next', () => {
    const t = typed('Worth, un créateur\nanglais qui habillait l\'impératrice\nEugénie. Son essor fut rapide. Ils informèrent aussitôt le\ncomte Radolinski de leur découverte.');
    expect(t['Eugénie']).toBe('person');
    expect(t.Radolinski).toBe('person');
  });

  test('a heading ending on a title word does not make the dateline a person', () => {
    const t = typed('Mort d\'un pasteur\nGenève, le 3 mai. Le culte a eu lieu au temple.');
    expect(t['Genève']).toBe('place');
  });
});

describe('bare names with a shape of their own', () => {
  test('given names joined by a hyphen name one person; a saint\'s town stays a place', () => {
    const t = typed('Hier, Charles-Albert a commencé le siège de la forteresse. La modiste de Marie-Antoinette habitait Saint-Louis.');
    expect(t['Charles-Albert']).toBe('person');
    expect(t['Marie-Antoinette']).toBe('person');
    expect(t['Saint-Louis']).toBe('place');
  });

  test('after a common noun the hyphenated given names name a thing: "le pont Vincent-Thomas"', () => {
    expect(entityTexts('Le pont Vincent-Thomas est fermé depuis lundi.', 'person')).toEqual([]);
  });

  test('a results list of bare numbered surnames beside entries with gaps', () => {
    const people = entityTexts('Puis les autres Suisses : 12. Camenzind. 23. Huser. 28. Dufaux. 53. Hotz, tous m. t. 60. Moos à 44 ". 69. Aebersold m. t.', 'person');
    expect(people).toEqual(expect.arrayContaining(['Camenzind', 'Huser', 'Dufaux', 'Hotz', 'Moos', 'Aebersold']));
  });

  test('a numbered list of topics is no results list', () => {
    expect(entityTexts('Le programme du parti : 1. Santé. 2. Emploi. 3. Impôts. 4. Retraites.', 'person')).toEqual([]);
  });
});
