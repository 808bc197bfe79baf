/**
 * Round trips through the evaluation readers: what we write as CoNLL or BRAT, the eval stack
 * reads back as exactly the entities of the record (strict F1 = 1.0).
 */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConll } from '../../src/eval/readers/conll.js';
import { SpanScorer } from '../../src/eval/score.js';
import { EXTRAIT_TYPES } from '../../src/eval/labels.js';
import { bratPath } from '../../src/formats/brat.js';
import { readBrat } from '../../src/formats/bratReader.js';
import { tagTokens } from '../../src/formats/conll.js';
import { createFormatter, writeBrat } from '../../src/formats/index.js';
import type { ExtraitRecord } from '../../src/types.js';
import { RecordBuilder, seed, seed001, seed003 } from './seedRecords.js';

function emoji(): { text: string; rec: ExtraitRecord } {
  const text = '🇲🇱 Le colonel Assimi Goïta 😀 a reçu,\nle 6 novembre 2024, les FAMa à Bamako-Koulouba.\n\nFin 𝒜.';
  const rec = new RecordBuilder('emoji', text)
    .rank('colonel', 'colonel')
    .person('Assimi Goïta', { rank: 'colonel' })
    .date('6 novembre 2024', '2024-11-06')
    .org('FAM', 'Forces armées maliennes', 'FAMa')
    .place('Bamako')
    .place('Koulouba')
    .build();
  return { text, rec };
}

const CASES = [seed001(), seed003(), emoji()];

/**
 * Where the record's entities land in the text the CoNLL reader rebuilds (tokens joined by one
 * space, sentences by one line break, per its documentation: one character between tokens
 * either way): first token at or after the entity's start, last token ending at or before its end.
 */
function projected(text: string, rec: ExtraitRecord) {
  const pos: { start: number; end: number; orig: [number, number] }[] = [];
  let at = 0;
  for (const t of tagTokens(text, rec.entities, rec.sentences)) {
    if (pos.length > 0) at += 1;
    const len = [...t.text].length;
    pos.push({ start: at, end: at + len, orig: [t.start, t.end] });
    at += len;
  }
  return rec.entities.map((e) => {
    const inside = pos.filter((p) => p.orig[0] >= e.start && p.orig[1] <= e.end);
    return { type: e.type, start: inside[0].start, end: inside[inside.length - 1].end };
  });
}

describe('round trip', () => {
  test('CoNLL → eval reader (src/eval/readers/conll.ts) → strict F1 = 1.0', () => {
    const f = createFormatter('conll', { color: false });
    const out = f.header() + CASES.map(({ rec, text }) => f.record(rec, text)).join('') + f.footer();
    const corpus = readConll(out, 'roundtrip');
    expect(corpus.notes[0]).toMatch(/scheme IOB2.*documents by -DOCSTART-/);
    expect(corpus.documents).toHaveLength(CASES.length);
    const scorer = new SpanScorer(EXTRAIT_TYPES);
    corpus.documents.forEach((gold, i) => {
      const { text, rec } = CASES[i];
      // Independent of offsets: same types, same surface forms up to whitespace, same order.
      expect(gold.entities.map((g) => [g.type, g.text.replace(/\s/g, '')])).toEqual(rec.entities.map((e) => [e.type, e.text.replace(/\s/g, '')]));
      for (const g of gold.entities) expect([...gold.text].slice(g.start, g.end).join('')).toBe(g.text);
      scorer.add(gold.entities, projected(text, rec));
    });
    const { overall, perType } = scorer.result();
    expect(overall.gold).toBe(CASES.reduce((n, c) => n + c.rec.entities.length, 0));
    expect(overall.strict.f1).toBe(1);
    for (const t of perType) expect([t.type, t.strict.f1]).toEqual([t.type, 1]);
  });

  test('BRAT → readBrat → the record\'s own offsets, strict F1 = 1.0 and date values', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extrait-rt-'));
    try {
      const scorer = new SpanScorer(EXTRAIT_TYPES);
      for (const { text, rec } of CASES) {
        writeBrat(dir, rec, text);
        const base = join(dir, bratPath(rec.id));
        const gold = readBrat(readFileSync(`${base}.txt`, 'utf8'), readFileSync(`${base}.ann`, 'utf8'), rec.id);
        expect(gold.entities.map((g) => [g.type, g.start, g.end, g.text])).toEqual(rec.entities.map((e) => [e.type, e.start, e.end, e.text]));
        expect(gold.entities.filter((g) => g.type === 'date').map((g) => g.value)).toEqual(
          rec.entities.flatMap((e) => (e.type === 'date' ? [e.value] : [])),
        );
        scorer.add(gold.entities, rec.entities.map((e) => ({ ...e, value: e.type === 'date' ? e.value : undefined })));
      }
      const { overall, perType } = scorer.result();
      expect(overall.strict.f1).toBe(1);
      expect(perType.find((t) => t.type === 'date')!.values!.strictAccuracy).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('pipeline output (extract) round-trips too, whatever it finds', async () => {
    // Loaded here so that the pipeline's own state never breaks the hand-built round trips above.
    const { extract } = await import('../../src/extract.js');
    const names = ['000_77d6c83b56ae88aa.txt', '001_b9ab8dd1b559bc1b.txt', '002_e588e8767efe691e.txt', '003_86d2324232bdc04a.txt', '004_ae873413d8af6167.txt'];
    const docs = names.map((n) => {
      const text = seed(n);
      return { text, rec: extract(text, { id: `seeds/${n}` }) };
    });
    const entities = docs.reduce((n, d) => n + d.rec.entities.length, 0);
    // the seeds hold dozens of entities: none would mean the pipeline is broken, not a pass
    expect(entities).toBeGreaterThan(50);
    for (const { text, rec } of docs) {
      for (const e of rec.entities) expect([...text].slice(e.start, e.end).join('')).toBe(e.text);
    }
    const f = createFormatter('conll', { color: false });
    const corpus = readConll(docs.map((d) => f.record(d.rec, d.text)).join(''), 'pipeline');
    const scorer = new SpanScorer(EXTRAIT_TYPES);
    // CoNLL keeps the outermost of overlapping entities only.
    docs.forEach((d, i) => {
      scorer.add(corpus.documents[i]?.entities ?? [], projected(d.text, { ...d.rec, entities: flatOnly(d.rec) }));
    });
    expect(scorer.result().overall.strict.f1).toBe(1);
  });
});

function flatOnly(rec: ExtraitRecord) {
  const sorted = [...rec.entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  let end = 0;
  for (const e of sorted) {
    if (e.start >= end) {
      kept.push(e);
      end = e.end;
    }
  }
  return kept;
}
