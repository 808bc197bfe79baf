/**
 * Records of messy news text end to end (session 14): abbreviated ranks that a sentence cut
 * separated from their name, capitals and emoji outside the BMP (offsets are code points).
 * Sentences written for these tests.
 */
import { extract } from '../../src/extract.js';

function record(text: string) {
  const rec = extract(text);
  const cps = [...text];
  for (const s of rec.sentences) expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
  for (const e of rec.entities) expect(cps.slice(e.start, e.end).join('')).toBe(e.text);
  return rec;
}

describe('messy news records', () => {
  test('a person after an abbreviated rank with its period keeps the rank', () => {
    const rec = record('Bamako, 12 mars 2025 (AMAP) - Le Gal Moussa Diarra a reçu mardi le Lt-Col. Abdoulaye Keïta, commandant de zone, au palais de Koulouba.');
    expect(rec.sentences).toHaveLength(1);
    const keita = rec.entities.find((e) => e.type === 'person' && e.text === 'Abdoulaye Keïta');
    expect(keita).toMatchObject({ rank: 'Lt-Col.' });
  });

  test('a sentence opening with mathematical capitals is a sentence of its own, offsets in code points', () => {
    const rec = record('🔴 Niger : 15 soldats ont été tués 😢 près de Tillabéri. 𝐋𝐞 𝐛𝐢𝐥𝐚𝐧 pourrait s’alourdir, selon le général Salifou Mody.');
    expect(rec.sentences.map((s) => s.text)).toEqual(['🔴 Niger : 15 soldats ont été tués 😢 près de Tillabéri.', '𝐋𝐞 𝐛𝐢𝐥𝐚𝐧 pourrait s’alourdir, selon le général Salifou Mody.']);
    const mody = rec.entities.find((e) => e.type === 'person' && e.text === 'Salifou Mody');
    expect(mody).toMatchObject({ sentence: 1, rank: 'général' });
  });
});
