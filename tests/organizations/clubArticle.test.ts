/**
 * "Le Horoya AC a recruté": a club named before its abbreviation, opening a sentence, leaves the
 * sentence's article out; a town's article stays ("Le Havre AC", "Le Mans FC").
 * Sentences written for this test.
 */
import { extract } from '../../src/extract.js';

const orgs = (text: string) => extract(text).entities.filter((e) => e.type === 'organization').map((e) => e.text);

test("a sentence's article is no part of the club's name, a town's is", () => {
  expect(orgs('Le Horoya AC a recruté un attaquant ivoirien.')).toEqual(['Horoya AC']);
  expect(orgs('Le Frölunda HC a battu Luleå.')).toEqual(['Frölunda HC']);
  expect(orgs('Le Havre AC a gagné samedi. Le Mans FC a perdu.')).toEqual(['Le Havre AC', 'Le Mans FC']);
});
