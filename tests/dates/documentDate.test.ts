import { readFileSync } from 'node:fs';
import { resolveDocumentDate } from '../../src/dates/documentDate.js';

const seed = (name: string) => readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');

describe('resolveDocumentDate', () => {
  test('seed 000 header " date 2024-11" keeps month precision', () => {
    expect(resolveDocumentDate(seed('000_77d6c83b56ae88aa.txt'), {})).toEqual({ value: '2024-11', source: 'header' });
  });
  test('option > input > header > url', () => {
    const text = ' date 2024-11 Le Mali…';
    const url = 'https://example.org/2023/01/02/article';
    expect(resolveDocumentDate(text, { referenceDate: '2025-01-15', inputDate: '2024-02-03', url })).toEqual({ value: '2025-01-15', source: 'option' });
    expect(resolveDocumentDate(text, { inputDate: '2024-02-03T10:00:00Z', url })).toEqual({ value: '2024-02-03', source: 'input' });
    expect(resolveDocumentDate(text, { url })).toEqual({ value: '2024-11', source: 'header' });
    expect(resolveDocumentDate('Pas de date ici.', { url })).toEqual({ value: '2023-01-02', source: 'url' });
    expect(resolveDocumentDate('Pas de date ici.', { url: 'https://x.ml/actualite/2024-11-06-titre.html' })).toEqual({ value: '2024-11-06', source: 'url' });
    expect(resolveDocumentDate('Pas de date ici.', {})).toBeNull();
  });
  test('datelines', () => {
    expect(resolveDocumentDate('Titre\nPublié le 6 novembre 2024 à 10h12\nTexte', {})).toEqual({ value: '2024-11-06', source: 'dateline' });
    expect(resolveDocumentDate('Bamako, le 12 mars 2024 (AFP) - Le gouvernement…', {})).toEqual({ value: '2024-03-12', source: 'dateline' });
    expect(resolveDocumentDate('Titre\nmercredi 6 novembre 2024\nTexte', {})).toEqual({ value: '2024-11-06', source: 'dateline' });
  });
  test('a date deep in the body is not a dateline', () => {
    expect(resolveDocumentDate(seed('002_e588e8767efe691e.txt'), {})).toBeNull();
  });
  test('input dates in other formats', () => {
    expect(resolveDocumentDate('', { inputDate: '06/11/2024' })).toEqual({ value: '2024-11-06', source: 'input' });
    expect(resolveDocumentDate('', { inputDate: 'Wed, 06 Nov 2024 10:00:00 GMT' })).toEqual({ value: '2024-11-06', source: 'input' });
    expect(resolveDocumentDate('', { inputDate: '2024' })).toEqual({ value: '2024', source: 'input' });
  });
});
