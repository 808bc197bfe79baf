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
  test('agency datelines without "le", and a "Le …" date line', () => {
    expect(resolveDocumentDate('Niamey, 14 mars 2025 (AFP) - Le chef de la junte a reçu mardi dernier…', {})).toEqual({ value: '2025-03-14', source: 'dateline' });
    expect(resolveDocumentDate('NIAMEY (Niger), lundi 3 mars 2025 (APS) - Le', {})).toEqual({ value: '2025-03-03', source: 'dateline' });
    expect(resolveDocumentDate('Ouagadougou, 12/03/2025 - Le gouvernement…', {})).toEqual({ value: '2025-03-12', source: 'dateline' });
    expect(resolveDocumentDate('Titre\nLe 14 mars 2025 à 10h23\nTexte', {})).toEqual({ value: '2025-03-14', source: 'dateline' });
    // a date later in the line is no dateline, nor a long first sentence that opens on a date
    expect(resolveDocumentDate('Paris, 2 000 manifestants le 3 mars 2024 ont défilé.', {})).toBeNull();
    expect(resolveDocumentDate('Le 3 mars 2024, des hommes armés ont attaqué le camp de Boulkessi et tué douze soldats.', {})).toBeNull();
    // a long paragraph that opens on a date, cut at the head's end, is no date line either
    expect(resolveDocumentDate(`Titre\n\n${'Texte du chapeau, assez long. '.repeat(25)}\nLe 28 juillet 2016, lors d'une rare allocution télévisée, le chef du groupe a parlé.`, {})).toBeNull();
    expect(resolveDocumentDate('Le Caire, le 2 avril 2025 - Le', {})).toEqual({ value: '2025-04-02', source: 'dateline' });
    expect(resolveDocumentDate('Titre\nIl y a trente ans, le 25 décembre 1991, Mikhaïl Gorbatchev démissionnait.', {})).toBeNull();
    // a dateline that opens a paragraph longer than the head is read
    expect(resolveDocumentDate(`Niamey, 14 mars 2025 (AFP) - ${'Le chef de la junte a reçu les ministres. '.repeat(30)}`, {})).toEqual({ value: '2025-03-14', source: 'dateline' });
    // no year: nothing to resolve against
    expect(resolveDocumentDate('Bamako, 12 mars (AFP) - Le gouvernement…', {})).toBeNull();
  });
  test('publication lines with a colon or "en ligne", an agency dateline after the dash, an ISO date line', () => {
    const body = '\n\nLe ministre a annoncé hier une réforme, qui entrera en vigueur lundi prochain.';
    expect(resolveDocumentDate(`Dernière mise à jour : 3 décembre 2026${body}`, {})).toEqual({ value: '2026-12-03', source: 'dateline' });
    expect(resolveDocumentDate(`Publié : 03/12/2026 - 10:15${body}`, {})).toEqual({ value: '2026-12-03', source: 'dateline' });
    expect(resolveDocumentDate(`Publié en ligne le 3 décembre 2026${body}`, {})).toEqual({ value: '2026-12-03', source: 'dateline' });
    expect(resolveDocumentDate(`OUAGADOUGOU (AFP) - 3 décembre 2026 - Une attaque a visé dimanche un convoi.`, {})).toEqual({ value: '2026-12-03', source: 'dateline' });
    expect(resolveDocumentDate(`Grève à la SNCF\n2026-12-03 10:15${body}`, {})).toEqual({ value: '2026-12-03', source: 'dateline' });
    expect(resolveDocumentDate(`jeu. 3 déc. 2026 à 10:15\n\nRésultats : le groupe publie ses comptes${body}`, {})).toEqual({ value: '2026-12-03', source: 'dateline' });
    // the date must follow the colon or the dash: a date later in the sentence is none
    expect(resolveDocumentDate(`Mise à jour : le rapport rendu le 3 décembre 2026 est contesté.`, {})).toBeNull();
    expect(resolveDocumentDate(`PARIS (Reuters) - Le procès ouvert le 2 février 2026 reprend.`, {})).toBeNull();
    // a year line is no ISO date line
    expect(resolveDocumentDate(`Bilan\n2026 : une année record\nTexte`, {})).toBeNull();
  });
  test('agency datelines with a month abbreviated without its period', () => {
    const body = ' - Au moins douze militaires ont été tués lundi dans une embuscade.';
    expect(resolveDocumentDate(`BAMAKO, 2 déc 2026 (AFP)${body}`, {})).toEqual({ value: '2026-12-02', source: 'dateline' });
    expect(resolveDocumentDate(`NIAMEY, 1er oct 2026 (AFP)${body}`, {})).toEqual({ value: '2026-10-01', source: 'dateline' });
    expect(resolveDocumentDate(`Dakar, 2 sept 2026 (APS)${body}`, {})).toEqual({ value: '2026-09-02', source: 'dateline' });
    expect(resolveDocumentDate(`Titre\nPublié le 14 fév 2026 à 10h12\nTexte`, {})).toEqual({ value: '2026-02-14', source: 'dateline' });
    // the full names and dotted forms still read, and "sept" alone stays the number seven
    expect(resolveDocumentDate(`Dakar, 2 septembre 2026 (APS)${body}`, {})).toEqual({ value: '2026-09-02', source: 'dateline' });
    expect(resolveDocumentDate(`Paris, 2 sept 000 manifestants ont défilé.`, {})).toBeNull();
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
