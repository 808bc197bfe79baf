/**
 * The library entry point: one text in, one record out.
 */
import type { ExtractOptions, ExtraitRecord } from './types.js';
import { createDoc } from './pipeline/doc.js';
import { DEFAULT_PIPELINE, type Stage } from './pipeline/stages.js';
import { buildRecord } from './pipeline/record.js';

export function extract(text: string, options: ExtractOptions = {}, pipeline: Stage[] = DEFAULT_PIPELINE): ExtraitRecord {
  const doc = createDoc(text, options);
  for (const stage of pipeline) {
    if (stage.frenchOnly && !doc.processAsFrench) continue;
    stage.run(doc);
  }
  return buildRecord(doc);
}
