import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../../src/eval/run.js';
import type { Entity, ExtraitRecord } from '../../src/types.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'extrait-eval-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in pipeline: finds fixed words, so the expected scores can be worked out by hand. */
function fakeExtract(words: Record<string, Entity['type']>, seen: { id?: string; referenceDate?: string }[] = []) {
  return (text: string, options: { id?: string; referenceDate?: string }): ExtraitRecord => {
    seen.push(options);
    const entities = [] as Entity[];
    for (const [w, type] of Object.entries(words)) {
      for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
        entities.push({ type, text: w, start: i, end: i + w.length, sentence: 0 } as Entity);
      }
    }
    const sentences = [] as ExtraitRecord['sentences'];
    const re = /[^.]+\.\s*/g;
    for (let m = re.exec(text); m; m = re.exec(text)) sentences.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    return {
      schemaVersion: '1.1', id: options.id ?? 'x', documentDate: null, warnings: [], entities, people: [], sentences,
      language: text.includes(' the ') ? { code: 'en', confidence: 1, reliable: true } : { code: 'fr', confidence: 0.5, reliable: text.length > 15 },
    };
  };
}

describe('evaluate', () => {
  test('CoNLL directory: format detected, MISC and other files reported, types from the corpus', async () => {
    writeFileSync(join(dir, 'a.conll'), 'Ousmane B-PER\nà O\nBamako B-LOC\nle O\n6 O\njuin O\n.\tO\n\nla O\nCoupe B-MISC\nCAN I-MISC\n\n');
    writeFileSync(join(dir, 'LICENSE.txt'), 'Permission is granted.\n');
    const r = await evaluate({ gold: dir, extractFn: fakeExtract({ Bamako: 'place', Ousmane: 'place', juin: 'date', CAN: 'organization' }) });
    expect(r.format).toBe('conll');
    expect(r.notes).toEqual(expect.arrayContaining(['format detected: conll', 'skipped LICENSE.txt: not conll']));
    expect(r.types).toEqual(['person', 'place']); // what the file annotates
    expect(r.entitiesRead).toBe(3);
    expect(r.entitiesScored).toBe(2);
    expect(r.skipped).toEqual({ 'label MISC has no extrait type': 1 });
    expect(r.predictionsIgnored).toEqual({ 'date (not scored on this corpus)': 1, 'organization (not scored on this corpus)': 1 });
    const [person, place] = r.entities!.perType;
    expect(person.strict).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    // place: Bamako right, "Ousmane" wrongly a place → P 1/2, R 1
    expect(place.strict).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(r.entities!.overall.strict.f1).toBeCloseTo(0.5); // tp 1, fp 1, fn 1
  });

  test('--types adds a type the corpus does not annotate, and says what that means', async () => {
    writeFileSync(join(dir, 'a.bio'), 'Bamako B-LOC\nle O\n6 O\njuin O\n\n');
    const r = await evaluate({ gold: join(dir, 'a.bio'), types: ['place', 'date'], extractFn: fakeExtract({ juin: 'date' }) });
    expect(r.entities!.perType.map((t) => [t.type, t.strict.fp, t.strict.fn])).toEqual([['place', 0, 1], ['date', 1, 0]]);
    expect(r.notes.join('\n')).toMatch(/type date is not annotated in this corpus/);
  });

  test('HIPE: document date passed as reference date; components scored', async () => {
    const H = 'TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC';
    const rows = [
      H, '# hipe2022:document_id = d1', '# hipe2022:date = 1923-01-15',
      'le\tO\tO\tO\tO\tO\tO\t_\t_\t_',
      'général\tB-PER\tO\tO\tO\tB-comp.title\tO\t_\t_\t_',
      'Weygand\tI-PER\tO\tO\tO\tB-comp.name\tO\t_\t_\tNoSpaceAfter|EndOfSentence',
    ];
    writeFileSync(join(dir, 'h.tsv'), rows.join('\n') + '\n');
    const seen: { id?: string; referenceDate?: string }[] = [];
    const run = fakeExtract({ Weygand: 'person' }, seen);
    const r = await evaluate({
      gold: join(dir, 'h.tsv'),
      extractFn: (t, o) => {
        const rec = run(t, o);
        for (const e of rec.entities) Object.assign(e, { rank: 'général', title: null });
        return rec;
      },
    });
    expect(seen).toEqual([{ id: 'd1', referenceDate: '1923-01-15' }]);
    // gold "général Weygand", ours "Weygand": strict miss, fuzzy hit
    expect(r.entities!.perType[0]).toMatchObject({ type: 'person', strict: { tp: 0 }, fuzzy: { tp: 1 } });
    expect(r.components).toMatchObject({ tp: 1, fp: 0, fn: 0, goldTitles: 1 });
  });

  test('TimeML: DATE scored with values, DCT as reference date, dates on a TIME expression neutral', async () => {
    const tml = `<?xml version='1.0' encoding='UTF-8'?>
<TimeML><DOCID>d</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t1" type="DATE" value="1999-05-17" /></DCT>
<TEXT>Il est venu <TIMEX3 tid="t2" type="DATE" value="1999-05-16">hier</TIMEX3> vers <TIMEX3 tid="t3" type="TIME" value="1999-05-16T15:00">15 heures</TIMEX3>, et reviendra en <TIMEX3 tid="t4" type="DATE" value="1999-06">juin</TIMEX3>.</TEXT>
</TimeML>`;
    writeFileSync(join(dir, '1999-05-17-0121.tml'), tml);
    const seen: { id?: string; referenceDate?: string }[] = [];
    const base = fakeExtract({ hier: 'date', '15 heures': 'date', juin: 'date' }, seen);
    const r = await evaluate({
      gold: dir,
      extractFn: (t, o) => {
        const rec = base(t, o);
        for (const e of rec.entities) Object.assign(e, { value: e.text === 'hier' ? '1999-05-16' : e.text === 'juin' ? '1998-06' : null });
        return rec;
      },
    });
    expect(r.format).toBe('timeml');
    expect(seen).toEqual([{ id: '1999-05-17-0121.tml', referenceDate: '1999-05-17' }]);
    expect(r.skipped).toEqual({ 'TIMEX3 type TIME (only DATE is scored)': 1 });
    expect(r.predictionsIgnored).toEqual({ 'date overlapping a TIME/DURATION/SET expression': 1 });
    const d = r.entities!.perType[0];
    expect(d.strict).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    // "hier" right, "juin" resolved to the wrong year
    expect(d.values).toMatchObject({ gold: 2, strictMatched: 2, strictCorrect: 1, strictAccuracy: 0.5 });
  });

  test('file-level split: index % N == 0 is dev', async () => {
    for (let i = 0; i < 7; i++) writeFileSync(join(dir, `f${i}.bio`), `Mali${i} B-LOC\n\n`);
    const dev = await evaluate({ gold: dir, split: 'dev', extractFn: fakeExtract({}) });
    const test = await evaluate({ gold: dir, split: 'test', extractFn: fakeExtract({}) });
    expect(dev.files).toBe(3); // f0, f3, f6
    expect(test.files).toBe(4);
    expect(dev.entitiesRead + test.entitiesRead).toBe(7);
  });

  test('CoNLL-U: sentence boundaries scored', async () => {
    const src = ['# text = Il pleut.', '1\tIl\t_\t_\t_\t_\t_\t_\t_\t_', '', '# text = M. Diallo vient.', '1\tM.\t_\t_\t_\t_\t_\t_\t_\t_', '', '# text = Fin.', '1\tFin\t_\t_\t_\t_\t_\t_\t_\t_', ''].join('\n');
    writeFileSync(join(dir, 't.conllu'), src);
    const r = await evaluate({ gold: join(dir, 't.conllu'), extractFn: fakeExtract({}) });
    // text "Il pleut. M. Diallo vient. Fin."; gold ends 9 and 26 (31 is the document end).
    // The fake splits after every ".": ends 9, 12 ("M."), 26 → P 2/3, R 1
    expect(r.sentences).toMatchObject({ gold: 2, predicted: 3, tp: 2, fp: 1, fn: 0 });
    expect(r.sentences!.precision).toBeCloseTo(2 / 3);
  });

  test('langid: groups from folders, French recall and false French', async () => {
    mkdirSync(join(dir, 'sentences'));
    writeFileSync(join(dir, 'sentences', 'fr.txt'), 'Le président est arrivé hier.\nOui.\n');
    writeFileSync(join(dir, 'sentences', 'en.txt'), 'This is the end.\nHello.\n');
    const r = await evaluate({ gold: dir, format: 'langid', extractFn: fakeExtract({}) });
    const [s] = r.language!;
    expect(s).toMatchObject({ group: 'sentences', texts: 4, french: 2, other: 2, frenchRecall: 1, falseFrench: 0.5 });
    expect(s.accuracy).toBe(0.75);
  });

  test('a document on which the pipeline throws is reported and scored as empty', async () => {
    writeFileSync(join(dir, 'a.conll'), '-DOCSTART- O\n\nBamako B-LOC\n\n-DOCSTART- O\n\nKayes B-LOC\n\n');
    const r = await evaluate({
      gold: join(dir, 'a.conll'),
      extractFn: (t, o) => {
        if (t.includes('Kayes')) throw new Error('boom');
        return fakeExtract({ Bamako: 'place' })(t, o);
      },
    });
    expect(r.errors).toEqual([{ id: 'a.conll#2', message: 'boom' }]);
    expect(r.entities!.perType[0].strict).toMatchObject({ tp: 1, fn: 1 });
  });

  test('a path without any gold file is an error', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'rien\n');
    await expect(evaluate({ gold: dir })).rejects.toThrow(/no file in a known gold format/);
  });
});
