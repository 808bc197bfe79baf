import { normalizeForMatching } from '../../src/dates/normalize.js';

// The dates stage reads text through this typographic normalization, and maps its spans back
// by offset: each mark must become its plain form, one unit for one, and nothing else change.

describe('typographic normalization', () => {
  const TABLE: Record<string, string> = {
    '\u2019': "'", '\u2018': "'", '\u02BC': "'", '\u00B4': "'", '\u0060': "'",
    '\u00A0': ' ', '\u202F': ' ', '\u2007': ' ', '\u2009': ' ', '\u2002': ' ', '\u2003': ' ',
    '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-',
  };

  test('each BMP unit maps as the table says, and only those change', () => {
    const units = Array.from({ length: 0xd800 }, (_, c) => String.fromCharCode(c)).join('');
    const expected = [...units].map((c) => TABLE[c] ?? c).join('');
    expect(normalizeForMatching(units)).toBe(expected);
  });

  test('a news sentence keeps its length and loses its typographic marks', () => {
    const text = 'Aujourd\u2019hui\u00a0\u2013 le 3\u202Fmai \u2014 l\u2018an dernier';
    const out = normalizeForMatching(text);
    expect(out).toBe("Aujourd'hui - le 3 mai - l'an dernier");
    expect(out.length).toBe(text.length);
    expect(normalizeForMatching('rien à changer')).toBe('rien à changer');
  });
});
