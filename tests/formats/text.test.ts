import { describe, expect, test } from '@jest/globals';
import { createFormatter } from '../../src/formats/index.js';
import { colorLevel, terminalSafe } from '../../src/formats/text.js';
import { SCHEMA_VERSION, type ErrorRecord } from '../../src/types.js';
import { RecordBuilder, seed001 } from './seedRecords.js';

const ANSI = /\u001b\[[0-9;]*m/;

function withEnv<T>(env: Record<string, string | undefined>, f: () => T): T {
  const saved: Record<string, string | undefined> = {};
  for (const k of Object.keys(env)) {
    saved[k] = process.env[k];
    if (env[k] === undefined) delete process.env[k];
    else process.env[k] = env[k];
  }
  try {
    return f();
  } finally {
    for (const k of Object.keys(saved)) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  }
}

describe('text formatter', () => {
  test('summary: id, language, document date, entities grouped by type with normalized values', () => {
    const { text, rec } = seed001();
    const out = withEnv({ FORCE_COLOR: undefined, NO_COLOR: undefined }, () => createFormatter('text', { color: false }).record(rec, text));
    expect(out).not.toMatch(ANSI);
    const lines = out.split('\n');
    expect(lines[0]).toBe('seeds/001_b9ab8dd1b559bc1b.txt');
    expect(lines[1]).toMatch(/^ {2}language +fr \(confidence 0\.97\)$/);
    expect(lines[2]).toMatch(/^ {2}date +2024-11 \(header\)$/);
    const heads = lines.filter((l) => /^ {2}\S/.test(l) && !/language|date /.test(l)).map((l) => l.trim().split(' ')[0]);
    expect(heads).toEqual(['people', 'ranks', 'places', 'dates', 'organizations']);
    // one line per person of the record's people array, whatever the spellings and carried facts
    expect(out).toContain('    Assimi Goïta ×2 — Président de la Transition, Président en exercice de la Confédération des États du Sahel «Assimi GOÏTA», «GOÏTA»\n');
    expect(out).toContain('    2024-11-06 ×2 «mercredi 6 novembre 2024», «6 novembre 2024»\n');
    expect(out).toContain('    Koulouba — ML\n');
    expect(out).toContain('    Alliance des États du Sahel ×2 — AES «AES»\n');
    expect(out).toContain('  people 2 mentions, 1 person\n');
  });

  test('colour with chalk when asked; NO_COLOR and FORCE_COLOR honoured', () => {
    const { text, rec } = seed001();
    const render = (color: boolean) => createFormatter('text', { color }).record(rec, text);
    const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
    const colored = withEnv({ FORCE_COLOR: undefined, NO_COLOR: undefined }, () => render(true));
    expect(colored).toMatch(ANSI);
    expect(plain(colored)).toBe(withEnv({ FORCE_COLOR: undefined, NO_COLOR: undefined }, () => render(false)));
    expect(withEnv({ FORCE_COLOR: undefined, NO_COLOR: '1' }, () => render(true))).not.toMatch(ANSI);
    expect(withEnv({ FORCE_COLOR: '0', NO_COLOR: undefined }, () => render(true))).not.toMatch(ANSI);
    expect(withEnv({ FORCE_COLOR: '1', NO_COLOR: undefined }, () => render(false))).toMatch(ANSI);

    expect(colorLevel(true, {})).toBeGreaterThanOrEqual(1);
    expect(colorLevel(false, {})).toBe(0);
    expect(colorLevel(true, { NO_COLOR: '1' })).toBe(0);
    expect(colorLevel(true, { NO_COLOR: '' })).toBeGreaterThanOrEqual(1); // empty NO_COLOR is unset (no-color.org)
    expect(colorLevel(false, { FORCE_COLOR: '3' })).toBe(3);
    expect(colorLevel(true, { FORCE_COLOR: 'false' })).toBe(0);
    expect(colorLevel(false, { FORCE_COLOR: '', NO_COLOR: '1' })).toBe(1);
  });

  test('terminal escapes and control characters from the article are neutralized', () => {
    expect(terminalSafe('a\u001b[2Jb\u0007c\nd\u009be')).toBe('a\u241b[2Jb\u2407c d\ufffde');
    const text = 'Le colonel \u001b]0;pwned\u0007Traoré à Bamako.';
    const rec = new RecordBuilder('x\u001b[31m.txt', text).person('colonel \u001b]0;pwned\u0007Traoré', { name: 'Traoré\u001b[2J' }).build();
    const err: ErrorRecord = { schemaVersion: SCHEMA_VERSION, id: 'e', error: { message: 'bad\u001b[1A' } };
    const f = withEnv({ FORCE_COLOR: undefined, NO_COLOR: undefined }, () => createFormatter('text', { color: false }));
    const out = f.record(rec, text) + f.record(err, null);
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u0007');
    expect(out).toContain('e\n  error bad\u241b[1A\n');
  });
});
