/**
 * The library entry point: one text in, one record out.
 */
import type { ExtractOptions, ExtraitRecord } from './types.js';
import { createDoc } from './pipeline/doc.js';
import { DEFAULT_PIPELINE, type Stage } from './pipeline/stages.js';
import { buildRecord } from './pipeline/record.js';
import { analysisText } from './text/analysisText.js';
import { releaseWordIndex } from './text/lexiconMatcher.js';
import { checkBudget } from './pipeline/budget.js';
import { releaseTokenTable, tokenTableOf } from './text/tokenTable.js';

export function extract(text: string, options: ExtractOptions = {}, pipeline: Stage[] = DEFAULT_PIPELINE): ExtraitRecord {
  const analysis = analysisText(text);
  const doc = createDoc(analysis.text, options, text, analysis.toSource);
  // the one token table of this document: recognizers given doc.text find it (tokenTableOf)
  tokenTableOf(doc.text);
  for (const stage of pipeline) {
    if (stage.frenchOnly && !doc.processAsFrench) continue;
    try {
      stage.run(doc);
    } catch (err) {
      // one faulty recognizer must not cost the user the whole document: the record says
      // what is missing, and the other stages still run
      doc.warnings.push(`stage "${stage.name}" failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    // a batch run's per-document CPU limit (no-op otherwise)
    checkBudget();
  }
  const record = buildRecord(doc);
  // the shared word index would otherwise keep this document's words alive until the next one
  releaseWordIndex();
  releaseTokenTable();
  return record;
}
