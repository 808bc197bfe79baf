/**
 * The record contract as a JSON Schema (docs/record.schema.json, draft 2020-12), for users who
 * validate records before loading them into a database, and for the robustness tests.
 * Read on demand: nothing happens at import time.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** Absolute path of the schema file (resolved from src/ or dist/). */
export const RECORD_SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'record.schema.json');

let cached: Record<string, unknown> | null = null;

/** The parsed schema (a fresh parse once, then cached; do not mutate it). */
export function recordSchema(): Record<string, unknown> {
  if (!cached) cached = JSON.parse(readFileSync(RECORD_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  return cached;
}
