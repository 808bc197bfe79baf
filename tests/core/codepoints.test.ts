import { CodePointMap } from '../../src/text/codepoints.js';
import { titleCaseName } from '../../src/text/normalize.js';

describe('code points', () => {
  test('identity without astral characters', () => {
    const m = new CodePointMap('Goïta à Bamako');
    expect(m.toCodePoint(6)).toBe(6);
  });

  test('astral characters count once', () => {
    const text = '😀😀 Bamako';
    const m = new CodePointMap(text);
    const s = text.indexOf('Bamako');
    expect(s).toBe(5);
    expect(m.toCodePoint(s)).toBe(3);
    expect([...text].slice(m.toCodePoint(s), m.toCodePoint(s + 6)).join('')).toBe('Bamako');
  });

  test('names in capitals are title-cased for display', () => {
    expect(titleCaseName('Assimi GOÏTA')).toBe('Assimi Goïta');
    expect(titleCaseName('Moussa SALOUA BARMOU')).toBe('Moussa Saloua Barmou');
    expect(titleCaseName('Mahamat Idriss Deby Itno')).toBe('Mahamat Idriss Deby Itno');
  });
});
