/**
 * A surname repeated alone after the full name keeps its capitalized particle in the whole
 * pipeline ("Selon Le Pen" after "Marine Le Pen"), whichever cue found the repeat: the people
 * stage alone already did so for repeats it found by the name alone, but a repeat that the
 * tagger or a cue found first read "Pen", "Klerk", "Roux" (diff harness, session 13).
 */
import { extract } from '../../src/extract.js';

function people(text: string): string[] {
  const rec = extract(text);
  const cps = [...text];
  for (const e of rec.entities) expect(cps.slice(e.start, e.end).join('')).toBe(e.text);
  return rec.entities.filter((e) => e.type === 'person').map((e) => e.text);
}

describe('surname particles in the whole pipeline', () => {
  test('the repeat keeps "Le", "De" before the surname', () => {
    expect(people('Paris, le 3 mars 2024. Marine Le Pen a réuni ses cadres samedi. Selon Le Pen, la campagne commence. Jean-Marie Le Pen et Le Pen ont parlé.'))
      .toEqual(['Marine Le Pen', 'Le Pen', 'Jean-Marie Le Pen', 'Le Pen']);
    // the full name may write the particle in lower case
    expect(people("Frederik de Klerk a reçu le prix Nobel de la paix. En 1993, De Klerk et Nelson Mandela ont négocié la fin de l'apartheid.")).toContain('De Klerk');
  });

  test('no particle in the full name, none added: "Selon De Klerk" after "Paul Klerk" is "Klerk"', () => {
    expect(people('Paul Klerk est arrivé lundi. Selon De Klerk, tout va bien.')).toEqual(['Paul Klerk', 'Klerk']);
  });
});
