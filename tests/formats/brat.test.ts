import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bratAnnotations, bratPath, bratText } from '../../src/formats/brat.js';
import { readBrat } from '../../src/formats/bratReader.js';
import { writeBrat } from '../../src/formats/index.js';
import { RecordBuilder, seed001 } from './seedRecords.js';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'extrait-brat-'));
}

const python = ['/usr/bin/python3', '/usr/local/bin/python3'].find(existsSync);

describe('brat writer', () => {
  test('a seed article: .txt copy and .ann with T lines and AnnotatorNotes', () => {
    const { text, rec } = seed001();
    const dir = tmp();
    try {
      writeBrat(dir, rec, text);
      expect(readFileSync(join(dir, 'seeds/001_b9ab8dd1b559bc1b.txt'), 'utf8')).toBe(text);
      const ann = readFileSync(join(dir, 'seeds/001_b9ab8dd1b559bc1b.ann'), 'utf8');
      const lines = ann.trimEnd().split('\n');
      expect(lines.filter((l) => l.startsWith('T'))).toHaveLength(rec.entities.length);
      expect(lines).toContain('T2\tPerson 279 291\tAssimi GOÏTA');
      expect(lines).toContain('#2\tAnnotatorNotes T2\tname=Assimi Goïta | rank=Général d’Armée | title=Président de la Transition');
      expect(lines).toContain('T3\tDate 301 325\tmercredi 6 novembre 2024');
      expect(lines).toContain('#3\tAnnotatorNotes T3\tvalue=2024-11-06 | granularity=day');
      expect(ann).toMatch(/\tPlace 443 451\tKoulouba\n#\d+\tAnnotatorNotes T\d+\tnormalized=Koulouba \| country=ML \(Mali\) \| kind=area \| coordinates=12.6615, -7.9959\n/);
      expect(ann).toMatch(/\tOrganization 409 412\tAES\n#\d+\tAnnotatorNotes T\d+\tnormalized=Alliance des États du Sahel \| acronym=AES\n/);
      for (const l of lines) expect(l.split('\t')).toHaveLength(3);
      expect(readFileSync(join(dir, 'annotation.conf'), 'utf8')).toMatch(/^\[entities\]\nPerson\nRank\nPlace\nDate\nOrganization\n/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('offsets are code points: right after emoji, and as Python (BRAT) reads the .txt', () => {
    const text = '🇲🇱 Le colonel Assimi Goïta 😀 à Bamako,\r\nle 6 novembre\r\n2024.\rFin 𝒜.';
    const rec = new RecordBuilder('astral.txt', text)
      .rank('colonel', 'colonel')
      .person('Assimi Goïta', { rank: 'colonel' })
      .place('Bamako')
      .date('6 novembre\r\n2024', '2024-11-06')
      .build();
    const txt = bratText(text);
    expect(txt).not.toContain('\r');
    expect([...txt]).toHaveLength([...text].length);
    const ann = bratAnnotations(rec, txt);
    const bamako = rec.entities.find((e) => e.text === 'Bamako')!;
    expect(bamako.start).toBe(31);
    expect(ann).toContain('\tPlace 31 37\tBamako\n');
    // An entity across a line break: two fragments, texts joined by one space.
    const d = rec.entities.find((e) => e.type === 'date')!;
    expect(ann).toContain(`\tDate ${d.start} ${d.start + 11};${d.start + 12} ${d.end}\t6 novembre  2024\n`);

    if (!python) {
      console.warn('python3 not found: BRAT offset check through Python skipped');
      return;
    }
    const dir = tmp();
    try {
      writeBrat(dir, rec, text);
      // BRAT's own reading: UTF-8, universal newlines, str indices; each fragment must match.
      const script = [
        'import sys',
        "text = open(sys.argv[1], encoding='utf-8').read()",
        "for line in open(sys.argv[2], encoding='utf-8').read().splitlines():",
        "    if not line.startswith('T'): continue",
        "    tid, spec, surface = line.split('\\t')",
        "    frags = [tuple(map(int, f.split())) for f in spec.split(' ', 1)[1].split(';')]",
        "    got = ' '.join(text[s:e] for s, e in frags)",
        "    print(tid, 'ok' if got == surface else 'MISMATCH ' + repr(got) + ' != ' + repr(surface))",
      ].join('\n');
      const out = execFileSync(python, ['-c', script, join(dir, 'astral.txt'), join(dir, 'astral.ann')], { encoding: 'utf8' });
      expect(out.trim().split('\n')).toEqual(['T1 ok', 'T2 ok', 'T3 ok', 'T4 ok']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('ids become safe relative paths inside the output directory', () => {
    expect(bratPath('articles/001.txt')).toBe('articles/001');
    expect(bratPath('stdin')).toBe('stdin');
    expect(bratPath('../../etc/passwd')).toBe('__/__/etc/passwd');
    expect(bratPath('/abs/path/x.json')).toBe('abs/path/x');
    expect(bratPath('C:\\Users\\x\\a b?.txt')).toBe('C_/Users/x/a_b_');
    expect(bratPath('')).toBe('document');
    expect(bratPath('.hidden')).toBe('_hidden');
    const { text, rec } = seed001();
    const dir = tmp();
    try {
      writeBrat(join(dir, 'out'), { ...rec, id: '../../escape.txt' }, text);
      expect(readdirSync(dir)).toEqual(['out']);
      expect(readdirSync(join(dir, 'out', '__', '__')).sort()).toEqual(['escape.ann', 'escape.txt']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('brat reader', () => {
  test('reads T lines (discontinuous spans, other corpora type names) and date values from notes', () => {
    const txt = 'Le Mali et\nle Niger, 6 mars 2024.';
    const ann = [
      'T1\tPlace 3 7\tMali',
      'T2\tLOC 14 19\tNiger',
      'T3\tDate 21 32\t6 mars 2024',
      '#1\tAnnotatorNotes T3\tvalue=2024-03-06 | granularity=day',
      'T4\tOrganization 8 10;11 13\tet le',
      'R1\tLocatedIn Arg1:T1 Arg2:T2',
      'A1\tNegated T1',
      '',
    ].join('\n');
    const doc = readBrat(txt, ann, 'x');
    expect(doc.entities).toEqual([
      { type: 'place', start: 3, end: 7, text: 'Mali' },
      { type: 'organization', start: 8, end: 13, text: 'et\nle' },
      { type: 'place', start: 14, end: 19, text: 'Niger' },
      { type: 'date', start: 21, end: 32, text: '6 mars 2024', value: '2024-03-06' },
    ]);
  });
});
