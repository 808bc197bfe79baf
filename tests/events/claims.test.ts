/**
 * A claim told after an attack names its author (src/events/refiners/claims.ts). Sentences
 * written for these tests.
 */
import { extract } from '../../src/extract.js';

const authors = (text: string) => extract(text).events.filter((e) => e.type === 'attack').map((e) => e.perpetrator?.name ?? null);

test('"L\'attaque a été revendiquée … par le JNIM" in the next sentence', () => {
  const text = "Au moins douze soldats ont été tués lundi dans une embuscade près de Boni. L'attaque a été revendiquée dans la soirée par le JNIM.";
  expect(authors(text)).toEqual(["Groupe de soutien à l'islam et aux musulmans"]);
});

test('"Le JNIM a revendiqué l\'opération": the group is the subject', () => {
  expect(authors("Une attaque a visé mardi un poste militaire à Djibo. Le JNIM a revendiqué l'opération dans un communiqué.")).toEqual(["Groupe de soutien à l'islam et aux musulmans"]);
});

test('a claim after a second attack is the second attack\'s', () => {
  const text = "Une attaque a visé lundi un poste de gendarmerie à Kaya. Mardi, une embuscade a fait six morts près de Djibo. Elle a été revendiquée par le JNIM.";
  expect(authors(text)).toEqual([null, "Groupe de soutien à l'islam et aux musulmans"]);
});
