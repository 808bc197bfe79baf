/**
 * Where a name opened by a head word ends: before the town it sits in ("la Commission européenne
 * à Bruxelles"), before a second name after "et" ("le Rassemblement national et Les
 * Républicains"), after the adjective of its last capitalized word ("la commission des lois de
 * l'Assemblée nationale"). Sentences written for this test.
 */
import { extract } from '../../src/extract.js';

const typed = (text: string) => extract(text).entities.filter((e) => e.type === 'organization' || e.type === 'place').map((e) => `${e.type}:${e.text}`);

describe('a headed name', () => {
  test('stops before the town it sits in', () => {
    expect(typed('L’aide a été débloquée par la Commission européenne à Bruxelles mercredi.')).toEqual(['organization:Commission européenne', 'place:Bruxelles']);
    expect(typed('Le recours a été déposé devant la Cour fédérale à Abuja.')).toEqual(['organization:Cour fédérale', 'place:Abuja']);
    // a campus of a region's university network is named by its town
    expect(typed('Elle enseigne à l’université de Californie à Berkeley depuis 2019.')).toEqual(['organization:université de Californie à Berkeley']);
  });

  test('stops before a second name after "et"', () => {
    expect(typed('Le Rassemblement national et Les Républicains se sont abstenus.')).toEqual(['organization:Rassemblement national', 'organization:Les Républicains']);
  });

  test('takes the adjective of its last capitalized word', () => {
    expect(typed('Le texte a été adopté par la commission des lois de l’Assemblée nationale.')).toEqual(['organization:commission des lois de l’Assemblée nationale']);
    expect(typed('Le comité Nobel indique avoir tenté de joindre le lauréat.')).toEqual(['organization:comité Nobel']);
  });
});
