/**
 * The trigger patterns of an event type are compiled when a document first holds one of its
 * stems (events/triggers.ts): a text about an appointment never builds the attack or
 * kidnapping patterns. Its own file, so that no other test has compiled them first.
 */
import { findTriggers, compiledTriggerTypes } from '../../src/events/triggers.js';

function sentencesOf(text: string) {
  return [{ start: 0, end: text.length }];
}

test('only the types whose stems occur are compiled, and each still finds its triggers', () => {
  const appointment = 'Le colonel Abdoulaye Maïga a été nommé Premier ministre par le président de la Transition.';
  const found = findTriggers(appointment, sentencesOf(appointment), []);
  expect(found.map((t) => [t.type, appointment.slice(t.start, t.end)])).toEqual([['appointment', 'a été nommé']]);
  expect(compiledTriggerTypes()).toEqual(['appointment']);

  const attack = 'Des hommes armés ont attaqué un poste de la gendarmerie près de Ménaka.';
  expect(findTriggers(attack, sentencesOf(attack), []).map((t) => t.type)).toEqual(['attack']);
  expect(compiledTriggerTypes()).toEqual(['appointment', 'attack']);
});

test('searching every sentence (no stem prefilter) compiles every type', () => {
  const text = 'Il pleut sur Bamako.';
  expect(findTriggers(text, sentencesOf(text), [], { prefilter: false })).toEqual([]);
  expect(compiledTriggerTypes()).toEqual(['appointment', 'arrest', 'attack', 'death', 'dismissal', 'kidnapping', 'meeting', 'promotion']);
});
