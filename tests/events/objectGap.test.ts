/**
 * Verbs that take things as often as persons (src/events/arguments/objectGap.ts): a person named
 * inside a thing's phrase after "a suspendu", "a écarté" is no one dismissed. Sentences written
 * for these tests.
 */
import { briefEvents as events } from './helpers.js';

const dismissals = (text: string) => events(text).filter((e) => e.type === 'dismissal');

describe('the person is inside a thing the verb takes', () => {
  test.each([
    'Le Conseil d\'État a suspendu mardi l\'arrêté pris par le préfet de police de Paris, Laurent Nuñez, qui interdisait la manifestation.',
    'La police a écarté la piste criminelle après l\'audition de Pierre Durand.',
    'La chaîne a suspendu la diffusion de l\'émission de Cyril Hanouna.',
    'Le gouvernement a suspendu les activités de l\'association dirigée par Marie Lefort.',
  ])('%s', (text) => {
    expect(dismissals(text)).toEqual([]);
  });
});

describe('the person is the object: the dismissal stays', () => {
  test.each([
    ['Le président de la Transition a suspendu mardi le gouverneur de la région de Gao, le colonel Moussa Traoré.', 'Moussa Traoré'],
    ['Le ministre a suspendu pour trois mois le maire de Kayes, Amadou Diallo.', 'Amadou Diallo'],
    ['Le conseil d\'administration a écarté son directeur général, Pierre Martin, jeudi.', 'Pierre Martin'],
    ['Le chef de l\'État a relevé de ses fonctions le chef d\'état-major, le général Ibrahim Keïta.', 'Ibrahim Keïta'],
    ['Le gouvernement a également suspendu Me Paul Sow, avocat au barreau de Dakar.', 'Paul Sow'],
  ])('%s', (text, person) => {
    expect(dismissals(text).map((e) => e.persons)).toEqual([[person]]);
  });
});
