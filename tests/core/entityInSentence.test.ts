import { extract } from '../../src/extract.js';

// The property test found "le secrétaire général du ministère\nÈ́̂̃": the organization reader ran
// over the line break the sentence splitter reads as a sentence end.
describe('an entity stays inside its sentence', () => {
  test('a head noun at a line end does not take the capital word of the next line', () => {
    const text = 'Un communiqué du ministère\nDéfense et sécurité : les chiffres de la semaine';
    const rec = extract(text);
    expect(rec.sentences.map((s) => s.text)).toEqual(['Un communiqué du ministère', 'Défense et sécurité : les chiffres de la semaine']);
    for (const e of rec.entities) {
      const s = rec.sentences[e.sentence];
      expect(e.start).toBeGreaterThanOrEqual(s.start);
      expect(e.end).toBeLessThanOrEqual(s.end);
    }
    expect(rec.entities.some((e) => e.text.includes('\n'))).toBe(false);
  });

  test('a name broken over a hard-wrapped line inside one sentence is kept', () => {
    const text = 'Le ministère de la\nDéfense a publié un communiqué.';
    const rec = extract(text);
    expect(rec.sentences).toHaveLength(1);
    expect(rec.entities.map((e) => e.text)).toContain('ministère de la\nDéfense');
  });
});
