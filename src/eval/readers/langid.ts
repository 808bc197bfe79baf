/**
 * Language identification test files: one text per line, the file named by its language code
 * (lingua's language-testdata/<group>/<code>.txt, where the group is single-words, word-pairs or
 * sentences), or a folder named by the code holding the file (masakhaner2/bam/test.sentences.txt).
 */
import type { GoldDocument } from '../types.js';
import type { GoldCorpus } from './corpus.js';

const CODE = /^[a-z]{2,3}$/;

/** Language code and group of a langid file from its path, or null when the path names no code. */
export function langidLabel(path: string): { language: string; group: string } | null {
  const parts = path.split(/[\\/]/).filter(Boolean);
  const file = parts[parts.length - 1] ?? '';
  const stem = file.replace(/\.[^.]*$/, '');
  const parent = parts[parts.length - 2] ?? '';
  if (CODE.test(stem)) return { language: stem, group: parent || 'all' };
  if (CODE.test(parent)) return { language: parent, group: stem };
  return null;
}

export function readLangid(source: string, path: string, language?: string): GoldCorpus {
  const label = language ? { language, group: 'all' } : langidLabel(path);
  if (!label) throw new Error(`${path}: cannot tell the language from the file name (expected e.g. fr.txt or fr/…)`);
  const documents: GoldDocument[] = [];
  let n = 0;
  for (const raw of source.split('\n')) {
    n++;
    const text = raw.trim();
    if (!text) continue;
    documents.push({ id: `${path}:${n}`, text, entities: [], language: label.language, group: label.group });
  }
  return {
    format: 'langid',
    documents,
    annotatedTypes: [],
    notes: [],
  };
}
