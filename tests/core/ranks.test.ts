import { recognizeRanks } from '../../src/ranks/ranks.js';

function ranksIn(text: string): string[] {
  return recognizeRanks(text, [{ start: 0, end: text.length }]).map((r) => text.slice(r.start, r.end));
}

function normalizedIn(text: string): string[] {
  return recognizeRanks(text, [{ start: 0, end: text.length }]).map((r) => r.normalized);
}

describe('ranks', () => {
  test('full grades, whatever the case and apostrophe', () => {
    expect(ranksIn('le Général de brigade Moussa Saloua BARMOU')).toEqual(['Général de brigade']);
    expect(ranksIn('le général de corps d’armée, Sadio Camara')).toEqual(['général de corps d’armée']);
    expect(ranksIn("Son Excellence le Général d'Armée Assimi GOÏTA")).toEqual(["Général d'Armée"]);
    expect(normalizedIn('le Général de Division Oumar DIARRA')).toEqual(['général de division']);
    expect(ranksIn('le lieutenant-colonel Abdoulaye Maïga et le colonel-major Diarra')).toEqual(['lieutenant-colonel', 'colonel-major']);
    expect(normalizedIn('le capitaine de frégate Dupont')).toEqual(['capitaine de frégate']);
    expect(normalizedIn("l'adjudant-chef Koné et le maréchal des logis-chef Ba")).toEqual(['adjudant-chef', 'maréchal des logis-chef']);
  });

  test('services are recorded', () => {
    const t = 'le commissaire divisionnaire Traoré et le général de brigade aérienne Ouédraogo';
    const r = recognizeRanks(t, [{ start: 0, end: t.length }]);
    expect(r.map((x) => [x.normalized, x.service])).toEqual([
      ['commissaire divisionnaire', 'police'],
      ['général de brigade aérienne', 'air'],
    ]);
  });

  test('"général" that is no grade', () => {
    expect(ranksIn('le secrétaire général de l’ONU, Antonio Guterres')).toEqual([]);
    expect(ranksIn('En général, les attaques ont lieu la nuit.')).toEqual([]);
    expect(ranksIn('les Chefs d’État-Major Général des pays membres')).toEqual([]);
    expect(ranksIn('le quartier général de la force')).toEqual([]);
    expect(ranksIn('le directeur général Ibrahim Sy')).toEqual([]);
    expect(ranksIn('un intérêt général et le consensus général')).toEqual([]);
  });

  test('"général" that is a grade', () => {
    expect(ranksIn('le général a déclaré')).toEqual(['général']);
    expect(ranksIn('l’appel du général de Gaulle')).toEqual(['général']);
    expect(ranksIn('le général de division Diarra')).toEqual(['général de division']);
    expect(ranksIn('selon le Général BARMOU')).toEqual(['Général']);
  });

  test('team captains are no rank', () => {
    expect(ranksIn('le capitaine des Lions, Kalidou Koulibaly, a marqué un but')).toEqual([]);
    expect(ranksIn("Le capitaine de l'équipe a parlé")).toEqual([]);
    expect(ranksIn('Le capitaine Ibrahim Traoré dirige le Burkina Faso.')).toEqual(['capitaine']);
  });

  test('functions introduced by "commandant de" are no rank', () => {
    expect(ranksIn('le commandant de la force Barkhane')).toEqual([]);
    expect(ranksIn('le commandant Sidibé')).toEqual(['commandant']);
  });

  test('no grade inside other words', () => {
    expect(ranksIn('la colonelle, les généralités, le majordome')).toEqual([]);
  });
});
