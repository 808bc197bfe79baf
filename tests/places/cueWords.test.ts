/**
 * The word before a name that may introduce it ("entre", "à", "l'", "la", "le", "les", "de", "d'",
 * "du", "des") is recognized from its first letter before its folded key is read: written in
 * capitals, with an accent or a curly apostrophe it still introduces the unlisted name after it.
 * Sentences written for this test.
 */
import { describe, expect, test } from '@jest/globals';
import { recognizePlaces } from '../../src/places/index.js';

const unlisted = (text: string) => recognizePlaces(text).filter((p) => !p.known).map((p) => text.slice(p.start, p.end));

describe('the word before an unlisted name, however it is written', () => {
  test('in capitals, accented, with a curly apostrophe', () => {
    expect(unlisted('DES HOMMES ARMÉS ONT FRAPPÉ À Tessit, où deux soldats sont morts.')).toEqual(['Tessit']);
    expect(unlisted('Entre Sévaré et Tigazéfen, la route est coupée.')).toEqual(['Tigazéfen']);
    expect(unlisted('Les localités DE Priwé et Daboura ont été attaquées.')).toEqual(['Priwé', 'Daboura']);
    expect(unlisted('Les habitants du village d\u2019Intahaka ont fui.')).toEqual(['Intahaka']);
  });

  test('a word that is none of them introduces nothing', () => {
    expect(unlisted('Les habitants ont fui Tessit, où deux soldats sont morts.')).toEqual([]);
    expect(unlisted('Ils parlent avec Tigazéfen et Priwé.')).toEqual([]);
  });
});
