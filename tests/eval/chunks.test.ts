import { decodeTags, detectScheme } from '../../src/eval/chunks.js';

const spans = (tags: string[], scheme?: Parameters<typeof decodeTags>[1]) =>
  decodeTags(tags, scheme).chunks.map((c) => `${c.label}:${c.start}-${c.end}`);

describe('decodeTags', () => {
  test('IOB2: B- opens, I- continues, O closes', () => {
    expect(spans(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC'])).toEqual(['PER:0-2', 'LOC:3-4', 'LOC:4-6']);
  });

  test('IOB1: I- opens a chunk, B- separates two adjacent chunks of one label', () => {
    const tags = ['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC', 'I-ORG'];
    expect(spans(tags, 'iob1')).toEqual(['PER:0-2', 'PER:2-3', 'LOC:4-5', 'ORG:5-6']);
    expect(decodeTags(tags, 'iob1').invalid).toBe(0);
    // The same tags read as IOB2: same chunks, but the I- openings are counted as slips.
    expect(decodeTags(tags, 'iob2').invalid).toBe(3);
  });

  test('BIOES: E- closes, S- is one token, a chunk left open is invalid', () => {
    expect(spans(['B-ORG', 'I-ORG', 'E-ORG', 'S-PER', 'S-PER', 'O'], 'bioes')).toEqual(['ORG:0-3', 'PER:3-4', 'PER:4-5']);
    expect(decodeTags(['B-ORG', 'I-ORG', 'E-ORG', 'S-PER'], 'bioes').invalid).toBe(0);
    expect(decodeTags(['B-ORG', 'I-ORG', 'O'], 'bioes').invalid).toBe(1);
    // BILOU spelling
    expect(spans(['B-LOC', 'L-LOC', 'U-PER'])).toEqual(['LOC:0-2', 'PER:2-3']);
  });

  test('a change of label inside I- tags starts a new chunk; bare labels read as I-', () => {
    expect(spans(['I-PER', 'I-LOC', 'LOC', 'O', 'PER'])).toEqual(['PER:0-1', 'LOC:1-3', 'PER:4-5']);
  });
});

describe('detectScheme', () => {
  test('tells the three schemes apart', () => {
    expect(detectScheme(['B-PER', 'I-PER', 'O', 'B-LOC'])).toBe('iob2');
    expect(detectScheme(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC'])).toBe('iob1');
    expect(detectScheme(['B-PER', 'E-PER', 'O'])).toBe('bioes');
    expect(detectScheme(['S-PER'])).toBe('bioes');
  });

  test('a few I- slips in an IOB2 corpus do not make it IOB1', () => {
    expect(detectScheme(['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'I-ORG', 'O', 'B-ORG'])).toBe('iob2');
  });
});
