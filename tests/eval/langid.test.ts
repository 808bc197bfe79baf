import { langidLabel, readLangid } from '../../src/eval/readers/langid.js';

describe('langid reader', () => {
  test('language and group from the path', () => {
    expect(langidLabel('lingua/language-testdata/word-pairs/fr.txt')).toEqual({ language: 'fr', group: 'word-pairs' });
    expect(langidLabel('masakhaner2/bam/test.sentences.txt')).toEqual({ language: 'bam', group: 'test.sentences' });
    expect(langidLabel('data/LICENSE.txt')).toBeNull();
  });

  test('one document per non-empty line', () => {
    const c = readLangid('Bonjour à tous\n\n  Il fait beau  \n', 'sentences/fr.txt');
    expect(c.documents.map((d) => [d.text, d.language, d.group])).toEqual([
      ['Bonjour à tous', 'fr', 'sentences'],
      ['Il fait beau', 'fr', 'sentences'],
    ]);
    expect(() => readLangid('x', 'notes.txt')).toThrow(/cannot tell the language/);
  });
});
