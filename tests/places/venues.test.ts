/**
 * Venues named like bodies ("le Stade de France", "le Zénith de Pau") are places; clubs named
 * "Stade" stay organizations (src/places/venues.ts). Sentences written for these tests.
 */
import { extract } from '../../src/extract.js';
import { isVenueName } from '../../src/places/venues.js';

const typed = (text: string) => {
  const cps = [...text];
  const out: Record<string, string> = {};
  for (const e of extract(text).entities) {
    expect(cps.slice(e.start, e.end).join('')).toBe(e.text);
    out[e.text] = e.type;
  }
  return out;
};

describe('venues named with a capital are places', () => {
  test('a national stadium, a concert hall and a ground named after a person', () => {
    const t = typed("Les Bleus recevront l'Italie au Stade de France, puis le chanteur se produira au Zénith de Pau.");
    expect(t['Stade de France']).toBe('place');
    expect(t['Zénith de Pau']).toBe('place');
    expect(typed("La finale se jouera au Stade Modibo Keïta dimanche prochain.")['Stade Modibo Keïta']).toBe('place');
    expect(typed("Les athlètes se retrouvent au Stade olympique de Montréal pour les qualifications.")['Stade olympique de Montréal']).toBe('place');
  });

  test('clubs named "Stade" stay organizations', () => {
    expect(isVenueName('Stade rennais')).toBe(false);
    expect(isVenueName('Stade Malien')).toBe(false);
    expect(isVenueName('Stade de Reims')).toBe(false);
    expect(typed('Le Stade Malien a battu le Djoliba en finale de la coupe.')['Stade Malien']).toBe('organization');
  });

  test('a listed seat of power stays the body it speaks for', () => {
    expect(typed('Le Palais de Koulouba a publié un communiqué lundi soir.')['Palais de Koulouba']).toBe('organization');
  });
});
