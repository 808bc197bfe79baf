/**
 * Statistical person/place/organization tagger (averaged structured perceptron).
 * The shipped weights (data/model/ner-fr.bin, see data/model/README.md for what they were
 * trained on) load on first use, so importing this module costs nothing.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadModel, saveModel, tagWithModel, trainModel, type Model, type TaggedSpan, type TrainOptions } from './model.js';
import type { Token } from './tokenize.js';

export type { Model, TaggedSpan, TrainOptions, ModelInfo, SpanScores } from './model.js';
export type { TrainingDocument, TrainingEntity, ModelEntityType } from './trainingData.js';
export { loadModel, saveModel, trainModel, scoreModel, serializeModel, deserializeModel, shareWordTable } from './model.js';
export { sharedWordMemory, type SharedWordMemory } from './wordTable.js';
export { readConll, refineTokens, trimPersonSpans } from './trainingData.js';
export { readBratTraining } from './bratData.js';
export { tokenize, type Token } from './tokenize.js';
export type { Lexicons } from './lexicon.js';
export { emptyLexicons, addName, addWord } from './lexicon.js';

/** Path of the shipped model: data/model/ sits two levels above both src/model and dist/model. */
export function shippedModelPath(): string {
  return fileURLToPath(new URL('../../data/model/ner-fr.bin', import.meta.url));
}

let shipped: Model | null = null;
let current: Model | null = null;

/** The model tagEntities uses by default: one set with setModel / useModelFile, else the shipped one. */
export function defaultModel(): Model {
  if (current) return current;
  if (!shipped) {
    const path = shippedModelPath();
    if (!existsSync(path)) throw new Error(`extrait: NER model not found at ${path}`);
    shipped = loadModel(path);
  }
  return shipped;
}

/** Use another model for every later tagEntities call (`extrait --model model.bin`); null restores the shipped one. */
export function setModel(model: Model | null): void {
  current = model;
}

export function useModelFile(path: string): Model {
  const m = loadModel(path);
  setModel(m);
  return m;
}

/**
 * Person, place and organization spans found by the statistical model. Offsets are UTF-16
 * indices into `text`. `tokens` (UTF-16 spans) may come from the pipeline's tokenizer;
 * by default the model's own tokenizer is used, which is what it was trained on.
 */
export function tagEntities(text: string, tokens?: { start: number; end: number }[], model?: Model): TaggedSpan[] {
  return tagWithModel(model ?? defaultModel(), text, tokens as Token[] | undefined);
}

export function trainAndSave(docs: Parameters<typeof trainModel>[0], opts: TrainOptions, path: string): Model {
  const model = trainModel(docs, opts);
  saveModel(model, path);
  return model;
}
