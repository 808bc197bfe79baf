import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outermost, readBratPair } from '../../src/eval/readers/brat.js';
import { evaluate } from '../../src/eval/run.js';
import type { Entity, ExtraitRecord } from '../../src/types.js';
import { expectSpansMatchText } from './helpers.js';

// A sentence of MasakhaNEWS fra dev (BBC Afrique), annotated by hand the way WiNER does it:
// the cup is an Event holding a nested Location.
const TEXT = "L'Algérie, vainqueur de la Coupe d'Afrique des Nations, a gagné 135 points au cours de l'année, à peine trois points derrière le Qatar, champion d'Asie.";

/** Code point offsets of the first `needle` in `text` (the BRAT convention). */
function cp(text: string, needle: string): [number, number] {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not in text`);
  const start = [...text.slice(0, i)].length;
  return [start, start + [...needle].length];
}

function ann(text: string, rows: [string, string][]): string {
  return rows.map(([label, s], k) => `T${k + 1}\t${label} ${cp(text, s).join(' ')}\t${s}`).join('\n') + '\n';
}

/** A pipeline that finds fixed strings (code point offsets), so scores can be worked out by hand. */
function fixed(words: Record<string, Entity['type']>) {
  return (text: string, options: { id?: string }): ExtraitRecord => {
    const entities = Object.entries(words)
      .filter(([w]) => text.includes(w))
      .map(([w, type]) => {
        const [start, end] = cp(text, w);
        return { type, text: w, start, end, sentence: 0 } as Entity;
      });
    return {
      schemaVersion: '1.0', id: options.id ?? 'x', documentDate: null, warnings: [], entities, sentences: [],
      language: { code: 'fr', confidence: 1, reliable: true },
    };
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'extrait-brat-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('BRAT gold reader', () => {
  test('nested entities: only the outermost is gold; labels without an extrait type keep their name', () => {
    const a = ann(TEXT, [['Location', 'Algérie'], ['Event', "Coupe d'Afrique des Nations"], ['Location', 'Afrique'], ['Location', 'Qatar'], ['Location', 'Asie']]);
    const { documents, annotatedTypes, skipped } = readBratPair(TEXT, a, 'a.txt');
    const [doc] = documents;
    expect(doc.entities.map((e) => [e.type, e.label ?? null, e.text])).toEqual([
      ['place', null, 'Algérie'],
      ['event', 'Event', "Coupe d'Afrique des Nations"],
      ['place', null, 'Qatar'],
      ['place', null, 'Asie'],
    ]);
    expect(annotatedTypes).toEqual(['place']);
    expect(skipped).toEqual({ 'nested inside another entity (only the outermost is scored)': 1 });
    expectSpansMatchText(doc);
  });

  test('offsets are code points: an emoji before the entities does not shift them', () => {
    const text = '🇲🇱 Le président Assimi Goïta a reçu le Premier ministre à Koulouba.';
    const { documents } = readBratPair(text, ann(text, [['Person', 'Assimi Goïta'], ['Location', 'Koulouba']]), 'b.txt');
    expect(documents[0].entities.map((e) => e.text)).toEqual(['Assimi Goïta', 'Koulouba']);
    expectSpansMatchText(documents[0]);
  });

  test('outermost keeps overlapping but not nested spans, and one copy of a duplicated span', () => {
    const e = (start: number, end: number) => ({ type: 'place', start, end, text: '' });
    expect(outermost([e(5, 8), e(0, 10), e(0, 10), e(9, 12), e(12, 14)]).map((x) => [x.start, x.end])).toEqual([[0, 10], [9, 12], [12, 14]]);
  });
});

describe('extrait eval --format brat', () => {
  function writePair(sub: string, name: string, text: string, a: string) {
    mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, sub, `${name}.txt`), text);
    writeFileSync(join(dir, sub, `${name}.ann`), a);
  }

  test('a WiNER-like directory: format detected, predictions inside an Event neither right nor wrong', async () => {
    writePair('2017/05', 'a', TEXT, ann(TEXT, [['Location', 'Algérie'], ['Event', "Coupe d'Afrique des Nations"], ['Location', 'Afrique'], ['Location', 'Qatar'], ['Hour', '135 points']]));
    const second = "L'université de Genève a reçu Ousmane Sonko.";
    writePair('2017/06', 'b', second, ann(second, [['Organization', "université de Genève"], ['Location', 'Genève'], ['Person', 'Ousmane Sonko']]));
    writeFileSync(join(dir, 'readme.md'), '# corpus\n');
    const r = await evaluate({
      gold: dir,
      extractFn: fixed({ Algérie: 'place', Afrique: 'place', Qatar: 'organization', Genève: 'place', 'Ousmane Sonko': 'person', Asie: 'place' }),
    });
    expect(r.format).toBe('brat');
    expect(r.files).toBe(2);
    expect(r.notes).toEqual(['format detected: brat']); // the .txt of each pair is not "skipped"
    expect(r.types).toEqual(['person', 'place', 'organization']);
    expect(r.entitiesRead).toBe(8);
    expect(r.entitiesScored).toBe(4);
    expect(r.skipped).toMatchObject({
      'nested inside another entity (only the outermost is scored)': 2,
      'label Event not scored (predictions inside it neither right nor wrong)': 1,
      'label Hour not scored (predictions inside it neither right nor wrong)': 1,
    });
    expect(r.predictionsIgnored).toEqual({ 'place inside Event (not judged)': 1 });
    const by = Object.fromEntries(r.entities!.perType.map((t) => [t.type, t.strict]));
    expect(by.person).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    // Algérie right; Genève is inside an Organization we missed (a real error); Asie is not gold.
    expect(by.place).toMatchObject({ tp: 1, fp: 2, fn: 1 }); // fn: Qatar typed organization
    expect(by.organization).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  test('an .ann without its .txt is an error, not an empty document', async () => {
    writeFileSync(join(dir, 'lonely.ann'), 'T1\tPerson 0 5\tAdama\n');
    await expect(evaluate({ gold: dir, format: 'brat', extractFn: fixed({}) })).rejects.toThrow(/no lonely\.txt beside it/);
  });
});
