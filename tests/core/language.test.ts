import { detectLanguage } from '../../src/language/detect.js';

describe('language', () => {
  test('a French paragraph is French, reliably', () => {
    const l = detectLanguage("Les chefs d'état-major des armées de l'Alliance des États du Sahel se sont réunis au Niger pour concrétiser leur engagement envers la création d'une armée commune.");
    expect(l.code).toBe('fr');
    expect(l.reliable).toBe(true);
  });

  test('an English paragraph is reliably English', () => {
    const l = detectLanguage('The defence ministers of the three Sahel states met in Bamako on Friday to discuss the creation of a joint military force against armed groups. They also reviewed recent operations in the border area.');
    expect(l.code).toBe('en');
    expect(l.reliable).toBe(true);
  });

  test('a French sentence full of African names is never called reliably foreign', () => {
    const l = detectLanguage('Hier, Moussa Diallo était à Bamako avec Assimi Goïta.');
    expect(l.reliable).toBe(false);
  });

  test('a one-word headline is unsure', () => {
    expect(detectLanguage('Bamako').reliable).toBe(false);
  });
});
