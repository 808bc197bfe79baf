/**
 * State bodies in lower case ("l'armée congolaise", "le gouvernement de transition") are
 * organizations; a bare head is not. Sentences from MasakhaNEWS fra dev (BBC Afrique).
 */
import { extract } from '../../src/extract.js';
import type { Entity } from '../../src/types.js';

function organizations(text: string): string[] {
  const rec = extract(text);
  const cps = [...text];
  for (const e of rec.entities) expect(cps.slice(e.start, e.end).join('')).toBe(e.text);
  return rec.entities.filter((e: Entity) => e.type === 'organization').map((e) => e.text);
}

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
