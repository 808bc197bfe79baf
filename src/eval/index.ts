/** Evaluation API: readers, scorer and the `extrait eval` runner, for scripts and other modules. */
export { evaluate, detectFormat, EVAL_FORMATS, type EvalOptions, type EvalReport, type EvalFormat } from './run.js';
export { formatReport } from './report.js';
export { readConll, type ConllOptions } from './readers/conll.js';
export { readHipe } from './readers/hipe.js';
export { readConllu, type ConlluOptions } from './readers/conllu.js';
export { readLangid, langidLabel } from './readers/langid.js';
export type { GoldCorpus } from './readers/corpus.js';
export { SpanScorer, BoundaryScorer, LanguageScorer, fuzzyPairs, strictPairs, prf, normalizeLanguage } from './score.js';
export type { PRF, Counts, Span, TypeScore } from './score.js';
export { ComponentScorer, type ComponentScore } from './components.js';
export { decodeTags, detectScheme, type TagScheme, type Chunk } from './chunks.js';
export { typeForLabel } from './labels.js';
export type { GoldDocument, GoldEntity } from './types.js';
