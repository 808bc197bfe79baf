/**
 * How French a word looks, letter by letter: two character 4-gram models, one of the French
 * forms seen in edited and OCR French text (lexicon-fr.json), one of the words of the other
 * Latin-script languages' tables (lexicon-other.json), written to data/language/shape-fr.json by
 * scripts/build-language-lexicons.mjs.
 *
 * The French dictionary (./dictionary.ts) holds every French form, the rarest too: "mirant",
 * "sembles", "havies", "dormit" are French forms nobody writes in the news, and everyday
 * Catalan, Portuguese or Romanian words. A word only the dictionary knows is French evidence only
 * when it is also shaped like the French of the corpus ("nutritionniste", "gouttelettes"), not
 * like the other languages' words. Loaded on first use: only a short text with such a word pays.
 */
import { loadJson } from '../data.js';

interface ShapeFile { order: number; french: Record<string, number>; other: Record<string, number> }

interface Model { counts: Map<string, number>; contexts: Map<string, number> }

/** Probability of a letter no model has seen after any context (≈ one letter of an alphabet of 60). */
const FLOOR = 1 / 60;
/** Interpolation: a context seen n times weighs n / (n + CONTEXT_PRIOR) against the shorter one. */
const CONTEXT_PRIOR = 3;

let cached: { order: number; french: Model; other: Model } | null = null;

function model(counts: Record<string, number>): Model {
  const m: Model = { counts: new Map(Object.entries(counts)), contexts: new Map() };
  for (const [g, n] of m.counts) {
    const h = g.slice(0, -1);
    m.contexts.set(h, (m.contexts.get(h) ?? 0) + n);
  }
  return m;
}

function load() {
  if (cached) return cached;
  const f = loadJson<ShapeFile>('language/shape-fr.json');
  cached = { order: f.order, french: model(f.french), other: model(f.other) };
  return cached;
}

/** Log-probability of the word (padded with "^" before and "$" after) under one model. */
function logProb(m: Model, order: number, word: string): number {
  const s = '^'.repeat(order - 1) + word + '$';
  let total = 0;
  for (let i = order - 1; i < s.length; i++) {
    let p = FLOOR;
    // From the letter alone to the longest context: each context seen often enough takes over.
    for (let k = 1; k <= order; k++) {
      const g = s.slice(i - k + 1, i + 1);
      const n = m.contexts.get(g.slice(0, -1)) ?? 0;
      if (!n) continue;
      const weight = n / (n + CONTEXT_PRIOR);
      p = weight * ((m.counts.get(g) ?? 0) / n) + (1 - weight) * p;
    }
    total += Math.log(p);
  }
  return total;
}

/**
 * log P(word | French shape) − log P(word | other languages' shape), in nats; above 0 the word
 * looks more French than not. `word` is lower case, NFC.
 */
export function frenchShapeScore(word: string): number {
  const { order, french, other } = load();
  return logProb(french, order, word) - logProb(other, order, word);
}

/** Whether the shape model has been loaded (French articles and most headlines never load it). */
export function shapeLoaded(): boolean {
  return cached !== null;
}
