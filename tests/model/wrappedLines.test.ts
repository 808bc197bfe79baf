/**
 * Newspaper columns break lines inside sentences. The tagger's sequences must not be cut there:
 * a name alone at a sequence start has no context (and no inner capital, so it is never tagged).
 * Sentences written for this test in the style of a 19th-century Swiss paper.
 */
import { describe, expect, test } from '@jest/globals';
import { tokenize } from '../../src/model/tokenize.js';
import { segment } from '../../src/model/segment.js';
import { extract } from '../../src/extract.js';

const sequences = (text: string) => {
  const toks = tokenize(text);
  return segment(text, toks).map(([a, b]) => text.slice(toks[a].start, toks[b - 1].end));
};

const places = (text: string) => {
  const cps = [...text];
  return extract(text, {}).entities.filter((e) => e.type === 'place').map((e) => cps.slice(e.start, e.end).join(''));
};

describe('column-wrapped lines', () => {
  test('a line ending in a lower-case word or a comma continues the sequence', () => {
    const text = "Le régiment, parti hier de\nMorat, a pris ses quartiers à\nPayerne. Le colonel était absent.";
    expect(sequences(text)).toEqual(['Le régiment, parti hier de\nMorat, a pris ses quartiers à\nPayerne.', 'Le colonel était absent.']);
  });

  test('a blank line, a heading in capitals or a final stop still cut', () => {
    expect(sequences('NOUVELLES DU CANTON\nLe grand conseil\n\nsiégera lundi.\nOn annonce')).toEqual(['NOUVELLES DU CANTON', 'Le grand conseil', 'siégera lundi.', 'On annonce']);
  });

  test('a town name that begins a printed line is found after a preposition ending the one before', () => {
    const text = "Le vapeur qui fait le service du lac est arrivé hier soir à\nMorges avec un retard de deux heures.";
    expect(places(text)).toContain('Morges');
    expect(places(text.replace('à\nMorges', 'à Morges'))).toContain('Morges');
  });
});

describe('bodies named over a line break, and their head noun alone', () => {
  const orgs = (text: string) => {
    const cps = [...text];
    return extract(text, {}).entities.filter((e) => e.type === 'organization').map((e) => cps.slice(e.start, e.end).join('').replace(/\s+/g, ' '));
  };

  test('a line that goes on in lower case continues the name', () => {
    expect(sequences('Le message du Conseil\nfédéral fut lu.')).toEqual(['Le message du Conseil\nfédéral fut lu.']);
  });

  test('"le Conseil", "l\'Union" alone point back to a body and are no name', () => {
    const text = "L'Union des sociétés de tir s'est réunie à Berne. Le budget de l'Union pour 1885 a été adopté. Le Conseil adopte ensuite une motion.";
    expect(orgs(text)).not.toContain('Union');
    expect(orgs(text)).not.toContain('Conseil');
  });
});
