/**
 * Tagging a text: tokens in typed arrays, cut into sequences, each sequence scored by a
 * SequenceScorer (the word-cache one for shipped int16 weights, the float one for weights
 * being trained, the uncached reference in tests), decoded, read back as spans.
 */
import { NTAGS } from './features.js';
import { segmentEnds } from './segment.js';
import { TokenSpans, tokenizeInto, type Token } from './tokenize.js';
import { TYPE_OF_TAG, spansOfTags, viterbi, viterbiIntegers } from './viterbi.js';
import type { ModelEntityType } from './trainingData.js';

// module bindings: jest's VM looks up the global Math many times slower than node does
const { exp, min, round } = Math;

export interface TaggedSpan {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  type: ModelEntityType;
  /** 0..1: how clearly the model preferred this reading (margin-based, not a probability). */
  score: number;
}

export interface SequenceScorer {
  /** Emission scores of tokens [from, from + n) of `tokens` into em[0, n * NTAGS), in weight units. */
  score(text: string, tokens: TokenSpans, from: number, n: number, em: Float64Array): void;
  /** The emissions are integers and so are the model's transitions: viterbiIntegers applies. */
  readonly integers: boolean;
}

export interface DecodingModel {
  trans: Float32Array;
  scale: number;
  info: { [key: string]: unknown };
}

// reused from text to text: tagging allocates nothing per token
const spans = new TokenSpans();
const ends: number[] = [];
let em = new Float64Array(128 * NTAGS);
let tags = new Uint8Array(128);
let margins = new Float64Array(128);

/** Tag a text; `tokens` (UTF-16 spans) default to the model's tokenizer. */
export function tagSequences(model: DecodingModel, scorer: SequenceScorer, text: string, tokens?: Token[], rawMargins?: number[]): TaggedSpan[] {
  // Margins (how much worse the best other reading is) become 0.5..1 scores; the temperature
  // is set at training time so that the median span margin on held-out text gives 0.9.
  const temperature = typeof model.info.temperature === 'number' && model.info.temperature > 0 ? model.info.temperature : 1;
  if (tokens) {
    spans.length = 0;
    for (const t of tokens) spans.push(t.start, t.end);
  } else tokenizeInto(text, spans);
  const { start, end } = spans;
  segmentEnds(text, start, end, spans.length, ends);
  const out: TaggedSpan[] = [];
  let from = 0;
  for (let k = 0; k < ends.length; from = ends[k++]) {
    const to = ends[k];
    // names are capitalized: a sequence with no capital after its first word has nothing for
    // the tagger to find that the rules have not (about a third of news sentences; the
    // sentence-initial word alone is the rules' and the gazetteer's call)
    if (!hasInnerCapital(text, start, from, to)) continue;
    const n = to - from;
    if (tags.length < n) {
      em = new Float64Array(n * NTAGS);
      tags = new Uint8Array(n);
      margins = new Float64Array(n);
    }
    scorer.score(text, spans, from, n, em);
    if (scorer.integers) viterbiIntegers(em, model.trans, n, tags, margins);
    else viterbi(em, model.trans, n, tags, margins);
    for (const s of spansOfTags(tags, n)) {
      let m = Infinity;
      for (let i = s.from; i < s.to; i++) m = min(m, margins[i]);
      const margin = m * model.scale;
      if (rawMargins) rawMargins.push(margin);
      const score = 1 / (1 + exp(-margin / temperature));
      out.push({ start: start[from + s.from], end: end[from + s.to - 1], type: TYPE_OF_TAG[s.tag]!, score: round(score * 1000) / 1000 });
    }
  }
  spans.shrink();
  return out;
}

function hasInnerCapital(text: string, start: Int32Array, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(start[i]);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c <= 0xde) || (c > 0xff && /\p{Lu}/u.test(text[start[i]]))) return true;
  }
  return false;
}
