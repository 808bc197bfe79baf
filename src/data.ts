/** Shipped data files live in <package>/data; found relative to this module (src/ or dist/). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = join(here, '..', 'data');

const cache = new Map<string, unknown>();

/** Reads and caches a JSON data file by path relative to data/. */
export function loadJson<T>(relPath: string): T {
  let v = cache.get(relPath);
  if (v === undefined) {
    v = JSON.parse(readFileSync(join(DATA_DIR, relPath), 'utf8'));
    cache.set(relPath, v);
  }
  return v as T;
}

/** The entries of a one-per-line list in data/ (relative path): trimmed, without blank lines and # comments. */
export function loadList(relPath: string): string[] {
  return readFileSync(join(DATA_DIR, relPath), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
