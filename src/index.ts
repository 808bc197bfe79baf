/**
 * The package's public surface (`import { extract } from 'extrait'`): the extraction function,
 * the record contract and the pipeline types a caller needs to pass a custom stage list.
 * Everything else under src/ is internal and may change without a schemaVersion bump.
 */
export { extract } from './extract.js';
export { SCHEMA_VERSION } from './types.js';
export type {
  DateEntity, DateGranularity, DocumentDate, DocumentDateSource, Entity, EntityType, ErrorRecord,
  ExtractOptions, ExtraitRecord, LanguageInfo, OrganizationEntity, PersonEntity, PlaceEntity,
  RankEntity, SentenceRecord,
} from './types.js';
export { DEFAULT_PIPELINE, type Stage } from './pipeline/stages.js';
export type { Doc } from './pipeline/doc.js';
export { RECORD_SCHEMA_PATH, recordSchema } from './schema.js';
