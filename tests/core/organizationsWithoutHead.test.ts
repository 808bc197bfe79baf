/**
 * Organizations without a capitalized head word: state bodies in lower case ("l'armée
 * congolaise", "le gouvernement de transition"; a bare head is none), and names right after a
 * noun that says what they are ("le parti Chama Cha Mapinduzi", "la chaîne Globo").
 * Sentences from MasakhaNEWS fra dev (BBC Afrique).
 */
import { entityTexts } from './typedEntities.js';

const organizations = (text: string): string[] => entityTexts(text, 'organization');

describe('state bodies written in lower case', () => {
  test('a body and its nationality adjective', () => {
    expect(organizations("Depuis mars, les combats entre l'armée congolaise et les rebelles du M23 ont déplacé plus de 80 000 personnes.")).toContain('armée congolaise');
    expect(organizations("Le gouvernement tunisien n'a pas répondu à la demande de commentaires de la BBC.")).toContain('gouvernement tunisien');
    expect(organizations("Les deux hommes ont servi ensemble pendant cinq ans dans l'armée française, selon BBC Sport Afrique.")).toContain('armée française');
  });

  test('a status adjective or complement: national police, transitional government', () => {
    expect(organizations('Le Conseil national de transition a pour mission de mettre en place dans les prochaines heures un gouvernement de transition.')).toContain('gouvernement de transition');
    const police = "11 personnes accusées de trafic de drogue ont été retrouvées mortes dans une cellule appartenant à la brigade des stupéfiants de la police nationale.";
    expect(organizations(police)).toContain('police nationale');
  });

  test('a body and the country it belongs to', () => {
    const text = "Le gouvernement de la République démocratique du Congo a lancé un plan d'évacuation.";
    expect(organizations(text)).toContain('gouvernement de la République démocratique du Congo');
    expect(organizations('Le gouvernement de la province de Guangdong a répondu aux préoccupations.')).toEqual([]);
  });

  test('a bare head, or a head with another adjective, is none', () => {
    expect(organizations("Le gouvernement n'a pas répondu à la demande de commentaires de la BBC.")).toEqual(['BBC']);
    expect(organizations("La justice saisie l'estime en effet illégal.")).toEqual([]);
    expect(organizations("Les enfants du gouvernement ont servi dans l'armée.")).toEqual([]);
  });
});

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
