/**
 * A name right after a noun that says what it is ("le parti Chama Cha Mapinduzi", "la chaîne
 * Globo"). Sentences from MasakhaNEWS fra dev (BBC Afrique).
 */
import { extract } from '../../src/extract.js';
import type { Entity } from '../../src/types.js';

function organizations(text: string): string[] {
  const rec = extract(text);
  const cps = [...text];
  for (const e of rec.entities) expect(cps.slice(e.start, e.end).join('')).toBe(e.text);
  return rec.entities.filter((e: Entity) => e.type === 'organization').map((e) => e.text);
}

describe('names after a descriptive noun', () => {
  test('party, channel, newspaper, pressure group', () => {
    expect(organizations('Il veut maintenant se présenter au parlement comme candidat du parti Chama Cha Mapinduzi, au pouvoir.')).toContain('Chama Cha Mapinduzi');
    expect(organizations("Elle préférait que son histoire soit l'un des romans de la chaîne Globo plutôt qu'un livre.")).toContain('Globo');
    expect(organizations("Une enquête menée auprès de 1 000 divorcés pour le compte du groupe Resolution, qui milite en faveur d'un accès plus facile.")).toContain('Resolution');
    expect(organizations("Ils ont fait l'objet d'enquêtes par 37 organisations de médias, dont le Guardian et le journal Expresso du Portugal.")).toContain('Expresso');
  });

  test("a term's abbreviation after lower-case words is no body; a body's after its capitalized name is", () => {
    expect(organizations("Dans plusieurs cas, le captage, l'utilisation et le stockage du dioxyde de carbone (CCUS), permettraient d'obtenir les réductions.")).toEqual([]);
    expect(organizations("Selon l'Agence internationale de l'énergie (AIE), la demande d'électricité devrait doubler.")).toEqual(["Agence internationale de l'énergie", 'AIE']);
  });

  test('a tournament group named by a letter is no body', () => {
    const text = 'Tunisiens et Angolais prennent provisoirement la tête du groupe E, en attendant le match entre le Mali et la Mauritanie.';
    expect(organizations(text)).not.toContain('E');
  });
});
