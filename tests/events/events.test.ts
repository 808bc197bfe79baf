/**
 * The event stage on real articles (seeds, MasakhaNEWS dev) and on the issue's own examples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract.js';
import type { EventRecord } from '../../src/types.js';
import { invariantViolations, schemaErrors } from '../robustness/helpers.js';
import { devDocuments, masakhanewsArticle, triggersBothWays, withMasakhanews, HAS_MASAKHANEWS } from './helpers.js';

const seed = (name: string) => readFileSync(join(process.cwd(), 'fixtures/seeds', name), 'utf8');
const brief = (e: EventRecord) => ({ type: e.type, persons: e.persons.map((p) => p.name), post: e.post, date: e.date?.value ?? null });

describe('voices of a trigger (the issue\'s examples)', () => {
  test('"X est nommé <post> en remplacement de Y": an appointment, and Y dismissed from that post', () => {
    const rec = extract('Niamey, le 13 janvier 2020. Le général de division Salifou Modi est nommé chef d’état-major des armées en remplacement du général Ahmed Mohamed.');
    expect(rec.events.map((e) => ({ ...brief(e), replaces: e.replaces?.name ?? null }))).toEqual([
      { type: 'appointment', persons: ['Salifou Modi'], post: 'chef d’état-major des armées', date: null, replaces: 'Ahmed Mohamed' },
      { type: 'dismissal', persons: ['Ahmed Mohamed'], post: 'chef d’état-major des armées', date: null, replaces: null },
    ]);
  });
  test('"le président a nommé X au poste de …": the object is the appointee', () => {
    const rec = extract('Le président Mohamed Bazoum a nommé le général Salifou Modi au poste de chef d’état-major des armées.');
    expect(rec.events.map(brief)).toEqual([{ type: 'appointment', persons: ['Salifou Modi'], post: 'chef d’état-major des armées', date: null }]);
  });
  test('a promotion takes the new grade as written', () => {
    const rec = extract('Le colonel Assimi Goïta a été promu au grade de général d’armée le 16 octobre 2024.');
    expect(rec.events.map((e) => ({ type: e.type, persons: e.persons.map((p) => p.name), rank: e.rank, date: e.date?.value }))).toEqual([
      { type: 'promotion', persons: ['Assimi Goïta'], rank: 'général d’armée', date: '2024-10-16' },
    ]);
  });
  test('an argument the text does not give is null, never guessed', () => {
    const [e] = extract('Une attaque a visé un poste de la gendarmerie.').events;
    expect(e).toMatchObject({ type: 'attack', place: null, date: null, fatalities: null, injured: null, perpetrator: null, persons: [] });
  });
});

describe('when: the date of the trigger\'s clause', () => {
  const dated = (text: string) => extract(text, { referenceDate: '2025-01-20' }).events.map((e) => ({ type: e.type, date: e.date?.value ?? null }));
  test('a relative clause opened by "où" after a date holds its own date, later in the clause', () => {
    expect(dated("Le chef d'état-major s'est rendu le week-end dernier à Djibo, où une attaque avait fait 15 morts parmi les supplétifs le 12 janvier."))
      .toEqual([{ type: 'attack', date: '2025-01-12' }]);
  });
  test('a date after the trigger in the same clause is its date (WiNER-fr 2016/12/2016_12_06-001)', () => {
    expect(dated("Le ministre de l'Intérieur Bernard Cazeneuve a été nommé par François Hollande premier ministre en remplacement de Manuel Valls ce mardi 6 décembre 2016."))
      .toContainEqual({ type: 'appointment', date: '2016-12-06' });
  });
  test('"lorsque" dates its clause by the date before it; a date completing a noun ("les élections du 30 mai") dates that noun', () => {
    expect(dated('En novembre 2024, lorsque 53 personnes ont été tuées par des djihadistes présumés, la région a basculé.')).toEqual([{ type: 'attack', date: '2024-11' }]);
    expect(dated('Le Premier ministre arménien, Armen Darbinian, a remis sa démission au président à la suite des élections législatives du 30 mai 1999.')).toEqual([{ type: 'dismissal', date: null }]);
  });
});

describe('seeds', () => {
  test('seed 002: the sidebar headline "Donald Trump limoge le chef d\'état-major" is page noise, no dismissal', () => {
    const rec = extract(seed('002_e588e8767efe691e.txt'));
    expect(rec.events.map((e) => e.type)).toEqual(['meeting', 'attack']);
  });
  test('seed 001: the audience, its later mentions and its date are one meeting', () => {
    const rec = extract(seed('001_b9ab8dd1b559bc1b.txt'));
    expect(rec.events).toHaveLength(1);
    expect(rec.events[0]).toMatchObject({ type: 'meeting', place: { name: 'Koulouba' }, date: { value: '2024-11-06' } });
  });
});

describe('MasakhaNEWS dev articles', () => {
  withMasakhanews('a resignation and a hand-over of power in one sentence (Gorbatchev to Eltsine)', () => {
    const events = extract(masakhanewsArticle(48)).events.map(brief);
    expect(events).toContainEqual({ type: 'dismissal', persons: ['Mikhaïl Gorbatchev'], post: 'dirigeant de l\'Union soviétique de l\'époque', date: '1991-12-25' });
    expect(events).toContainEqual({ type: 'appointment', persons: ['Boris Eltsine'], post: 'nouveau président de la Fédération de Russie', date: '1991-12-25' });
  });
  withMasakhanews('a coup: the ousted president dismissed, the coup leader appointed in his place', () => {
    const events = extract(masakhanewsArticle(206)).events;
    const dismissal = events.find((e) => e.type === 'dismissal')!;
    const appointment = events.find((e) => e.type === 'appointment')!;
    expect(dismissal.persons.map((p) => p.name)).toEqual(['Alpha Condé']);
    expect(appointment.persons.map((p) => p.name)).toEqual(['Mamady Doumbouya']);
    expect(appointment.replaces?.name).toBe('Alpha Condé');
  });
  withMasakhanews('an attack told in the headline and the body is one attack, with its toll and its village', () => {
    const attacks = extract(masakhanewsArticle(91)).events.filter((e) => e.type === 'attack');
    expect(attacks.map((e) => ({ fatalities: e.fatalities, place: e.place?.name }))).toEqual([{ fatalities: 15, place: 'Dibilou' }]);
  });
  withMasakhanews('"X, Y et Z sont tous décédés": one death per person', () => {
    const dead = extract(masakhanewsArticle(89)).events.filter((e) => e.type === 'death').map((e) => e.persons.map((p) => p.name).join());
    for (const name of ['Vladimir Schuckin', 'Hudson Inyangala', 'Robert Ayisi']) expect(dead).toContain(name);
  });
  withMasakhanews('"A lire aussi: … Johnny Clegg est décédé" is a link to another article, no death', () => {
    expect(extract(masakhanewsArticle(30)).events.filter((e) => e.type === 'death')).toEqual([]);
  });
  withMasakhanews('"MSF annonce avoir arrêté ses activités" arrests no one; the office attacked is the event', () => {
    expect(extract(masakhanewsArticle(102)).events.map((e) => ({ type: e.type, place: e.place?.name }))).toEqual([{ type: 'attack', place: 'Maïné Soroa' }]);
  });
  withMasakhanews('two football clubs that "se sont rencontrés" hold no meeting', () => {
    expect(extract(masakhanewsArticle(185)).events.filter((e) => e.type === 'meeting')).toEqual([]);
  });
});

describe('on every dev-set article', () => {
  const docs = () => (HAS_MASAKHANEWS ? devDocuments() : devDocuments().filter((d) => d.id.startsWith('seed-')));
  test('records validate; triggers and arguments point where they say', () => {
    for (const d of docs()) {
      const rec = extract(d.text, { id: d.id });
      expect(schemaErrors(rec)).toEqual([]);
      expect(invariantViolations(d.text, rec)).toEqual([]);
    }
  });
  test('the stem prefilter finds exactly the triggers a full search finds', () => {
    const { fast, full, total } = triggersBothWays(docs().map((d) => d.text));
    expect(fast).toEqual(full);
    expect(total).toBeGreaterThan(20);
  });
});
