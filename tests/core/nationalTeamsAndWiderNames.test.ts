/**
 * General news: national teams named with their sport, and bodies named without a head word
 * (media, groups, agencies). Sentences from WiNER-fr (French Wikinews, CC BY 2.5), months of the
 * training side of the split only (2016), and from the examples of general news.
 */
import { extract } from '../../src/extract.js';
import { typed } from './typedEntities.js';

describe('national teams named with their sport', () => {
  test('"l\'équipe d\'Arménie de football" is one organization, the country inside it no place', () => {
    const t = typed("L' équipe d'Arménie de football a battu aujourd'hui celle du Monténégro réputée nettement meilleure et alors en tête du groupe E des éliminatoires de la Coupe du monde de football 2018 .");
    expect(t["équipe d'Arménie de football"]).toBe('organization');
    expect(t['Arménie']).toBeUndefined();
  });

  test('the format of the team is part of its name', () => {
    const t = typed("Petite déception pour l'équipe de France de handball masculin, qui n'a pas réussi à réaliser un triplé olympique cette après-midi à Rio.");
    expect(t["équipe de France de handball"]).toBe('organization');
    expect(t.Rio).toBe('place');
  });

  test('without its sport, a lower-case "équipe de France" leaves the country a place', () => {
    const t = typed("L'équipe de France espérait que la première médaille viendrait du judo.");
    expect(t['France']).toBe('place');
    expect(Object.keys(t).some((k) => k.startsWith('équipe'))).toBe(false);
  });

  test('"l\'équipe de Jean" is a group of people, not a side', () => {
    const t = typed("L'équipe de Jean Dupont de football amateur s'entraîne le samedi.");
    expect(Object.keys(t).some((k) => k.startsWith('équipe'))).toBe(false);
  });
});

describe('bodies named without a head word', () => {
  test('radio and television channels in a list', () => {
    const t = typed('Il avait notamment travaillé sur RMC , France Info , RTL , Europe 1 , France 5 , France 3 et France Ô , avec Philippe Vandel .');
    for (const n of ['RMC', 'RTL', 'Europe 1', 'France Ô']) expect(t[n]).toBe('organization');
    expect(t['Philippe Vandel']).toBe('person');
  });

  test('a newspaper, a news agency, an armed group', () => {
    expect(typed("À noter que cette attaque survient un an jour pour jour après l'attentat contre Charlie Hebdo.")['Charlie Hebdo']).toBe('organization');
    // the descriptor rule may take the whole "agence d'information … Yonhap": Yonhap is inside an organization
    const y = extract("Selon l'agence d'information nord-coréenne Yonhap , le missile a une portée de 3 000 à 4 000 km.");
    const at = [..."Selon l'agence d'information nord-coréenne "].length;
    expect(y.entities.some((e) => e.type === 'organization' && e.start <= at && e.end >= at + 6)).toBe(true);
    const t = typed("Dans le gouvernorat d'Idleb , il s'est attaqué à la 13 e division de l'Armée syrienne libre .");
    expect(t['Armée syrienne libre']).toBe('organization');
  });

  test('media companies are no persons (the issue: "Time Warner", "Fox Business")', () => {
    const t = typed('Le rachat de Time Warner par AT&T inquiète Fox Business et Hulu.');
    for (const n of ['Time Warner', 'Fox Business', 'Hulu']) expect(t[n]).toBe('organization');
  });

  test('two names joined by a spaced ampersand are a firm; glued, an abbreviation; a place, no partner', () => {
    const t = typed('Le cabinet Ernst & Young a audité Marks & Spencer, puis Dupont & Fils.');
    for (const n of ['Ernst & Young', 'Marks & Spencer', 'Dupont & Fils']) expect(t[n]).toBe('organization');
    const r = typed('La chanteuse de R&B Keyshia Cole chante à Londres & Paris.');
    expect(r).toMatchObject({ Londres: 'place', Paris: 'place' });
    expect(Object.keys(r).some((k) => k.includes('&'))).toBe(false);
  });

  test('clubs named with a club abbreviation before or after their name', () => {
    const t = typed("L’ancien sochalien (2004-2006), passé par l’ AS Monaco (2006-2008), l’ AS Rome (2008-2012), le PSG (2012-2014) et le Milan AC (2014-2016), a signé un contrat de trois ans.");
    for (const n of ['AS Monaco', 'AS Rome', 'Milan AC']) expect(t[n]).toBe('organization');
    const v = typed("L'Espérance compte sept points, le Raja en a six, la Kabylie trois, et l'AS Vita Club un.");
    expect(v['AS Vita Club']).toBe('organization');
    const o = typed("Il a remporté l'US Open en 2016 avant de rejoindre Luleå HF.");
    expect(o['US Open']).toBeUndefined();
    expect(o['Luleå HF']).toBe('organization');
  });

  test('a North American team named after a state or a bay', () => {
    const t = typed('Il a signé avec le Lightning de Tampa Bay après trois saisons chez les Hurricanes de la Caroline.');
    expect(t['Lightning de Tampa Bay']).toBe('organization');
    expect(t['Hurricanes de la Caroline']).toBe('organization');
  });
});

describe('places named with a lower-case noun, rivers and départements', () => {
  test('"la mer Noire" needs no preposition; "la mer noire" in lower case is no name', () => {
    expect(typed('La mer Noire borde la Turquie.')['mer Noire']).toBe('place');
    expect(typed('Une mer noire de monde envahit la place.')['mer noire']).toBeUndefined();
  });

  test('a département named for a river after a preposition', () => {
    expect(typed('Un incendie a détruit une grange en Creuse, selon les pompiers du Lot.')).toMatchObject({ Creuse: 'place', Lot: 'place' });
    expect(typed('Les enfants ont tiré le gros lot.').lot).toBeUndefined();
  });
});
