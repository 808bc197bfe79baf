import { decode, decodeWindows1252 } from '../../src/io/decode.js';
import { expectLinear } from '../timing.js';

const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decode', () => {
  test('UTF-8 without BOM is read as is', () => {
    const r = decode(bytes('Le général à Bamako'));
    expect(r).toEqual({ ok: true, text: 'Le général à Bamako', encoding: 'utf-8' });
  });

  test('a UTF-8 BOM is stripped, so offset 0 is the first letter', () => {
    const r = decode(bytes([0xef, 0xbb, 0xbf], 'Le colonel'));
    expect(r.ok && r.text).toBe('Le colonel');
    expect(r.ok && r.encoding).toBe('utf-8-bom');
  });

  test('Latin-1 bytes that are not valid UTF-8 decode as Windows-1252, never U+FFFD', () => {
    // "Le général arrivé à Bamako" in ISO-8859-1: é = 0xE9, à = 0xE0.
    const r = decode(bytes('Le g', [0xe9], 'n', [0xe9], 'ral arriv', [0xe9], ' ', [0xe0], ' Bamako'));
    expect(r.ok && r.text).toBe('Le général arrivé à Bamako');
    expect(r.ok && r.encoding).toBe('windows-1252');
  });

  test('Windows-1252 0x80–0x9F are the typographic characters, not C1 controls', () => {
    // 0x92 ’ (the apostrophe of Word documents), 0x9C œ, 0x80 €, 0x85 …, 0x96 –
    expect(decodeWindows1252(Buffer.from([0x6c, 0x92, 0x9c, 0x69, 0x6c, 0x20, 0x80, 0x85, 0x96]))).toBe('l’œil €…–');
    const r = decode(Buffer.from([0x6c, 0x92, 0x61, 0x72, 0x6d, 0xe9, 0x65]));
    expect(r.ok && r.text).toBe('l’armée');
    expect(r.ok && r.text.includes('\ufffd')).toBe(false);
  });

  test('UTF-16 LE and BE with a BOM', () => {
    const text = 'Général d’Armée 🇲🇱';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    be[0] = 0xfe;
    be[1] = 0xff;
    expect(decode(le)).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decode(be)).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  test('CRLF is kept: offsets refer to the input as given', () => {
    const r = decode(bytes('Un.\r\nDeux.\r\n'));
    expect(r.ok && r.text).toBe('Un.\r\nDeux.\r\n');
  });

  test('NUL bytes or a high share of control bytes mean a binary file', () => {
    expect(decode(bytes('PK', [3, 4, 0, 0], 'abc'))).toEqual({ ok: false, message: 'binary file' });
    const controls = Buffer.alloc(200, 0x01);
    controls.write('du texte', 0);
    expect(decode(controls)).toEqual({ ok: false, message: 'binary file' });
    // A few stray controls in real text are not enough.
    expect(decode(bytes('Le ministre', [0x07], ' de la Défense a parlé longuement ce matin.')).ok).toBe(true);
  });

  test('empty and whitespace-only input are "empty file"', () => {
    expect(decode(Buffer.alloc(0))).toEqual({ ok: false, message: 'empty file' });
    expect(decode(bytes(' \n\t\r\n  '))).toEqual({ ok: false, message: 'empty file' });
    expect(decode(bytes([0xef, 0xbb, 0xbf], '\n'))).toEqual({ ok: false, message: 'empty file' });
  });

  test('a 10 MB line without spaces decodes in linear time', () => {
    const big = Buffer.alloc(10 * 1024 * 1024, 0x61);
    const r = decode(big);
    expect(r.ok && r.text.length).toBe(big.length);
    expectLinear('a line without spaces', (n) => decode(Buffer.alloc(n, 0x61)), 5 * 1024 * 1024);
  });
});
