/**
 * The built pipeline (dist/) as the measuring scripts drive it stage by stage, the way
 * src/extract.ts does: the document, its stages, the record, and the per-document state
 * released after each record. Run `npm run build` first.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const { createDoc } = await import(join(root, 'dist/pipeline/doc.js'));
export const { DEFAULT_PIPELINE } = await import(join(root, 'dist/pipeline/stages.js'));
export const { buildRecord } = await import(join(root, 'dist/pipeline/record.js'));
export const { releaseTokenTable, tokenTableOf } = await import(join(root, 'dist/text/tokenTable.js'));
export const { releaseWordIndex } = await import(join(root, 'dist/text/lexiconMatcher.js'));
