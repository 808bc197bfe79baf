/**
 * `extrait --version`: what a bug report or a reproducibility note needs, like `spacy info`:
 * the package and record schema versions, the tagger's weights and what they were trained on,
 * the shipped data and its size, and the Node.js that runs it. Reads file headers and sizes
 * only (no model load, no pipeline), so it answers at once.
 */
import { closeSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readModelFile } from '../model/fileHeader.js';
import { SCHEMA_VERSION } from '../types.js';

const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));

export interface VersionReport {
  extrait: string;
  schemaVersion: string;
  node: string;
  platform: string;
  location: string;
  model: { file: string; bytes: number; created: string | null; trainedOn: string[] } | { file: string; error: string };
  /** Bytes and files of each data/ area, and the total. */
  data: { bytes: number; files: number; areas: Record<string, { bytes: number; files: number }> };
}

export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function sizeOf(path: string): { bytes: number; files: number } {
  const st = statSync(path);
  if (!st.isDirectory()) return { bytes: st.size, files: 1 };
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(path)) {
    const s = sizeOf(join(path, name));
    bytes += s.bytes;
    files += s.files;
  }
  return { bytes, files };
}

/** The JSON header sits in the first bytes of an uncompressed model file. */
function modelHeader(path: string): VersionReport['model'] {
  const file = relative(PACKAGE_DIR, path);
  try {
    const fd = openSync(path, 'r');
    const head = Buffer.alloc(64 * 1024);
    let n: number;
    try {
      n = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
    const isGzip = head[0] === 0x1f && head[1] === 0x8b;
    const { header } = readModelFile(isGzip ? readFileSync(path) : head.subarray(0, n));
    return { file, bytes: statSync(path).size, created: header.info?.created ?? null, trainedOn: header.info?.trainedOn ?? [] };
  } catch (err) {
    return { file, error: (err as Error).message };
  }
}

export function versionReport(modelPath?: string): VersionReport {
  const dataDir = join(PACKAGE_DIR, 'data');
  const areas: VersionReport['data']['areas'] = {};
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dataDir).sort()) {
    const s = sizeOf(join(dataDir, name));
    areas[name] = s;
    bytes += s.bytes;
    files += s.files;
  }
  return {
    extrait: packageVersion(),
    schemaVersion: SCHEMA_VERSION,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    location: PACKAGE_DIR.replace(/\/$/, ''),
    model: modelHeader(modelPath ?? join(dataDir, 'model', 'ner-fr.bin')),
    data: { bytes, files, areas },
  };
}

function mb(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

export function formatVersion(r: VersionReport): string {
  const pad = (label: string) => label.padEnd(15);
  const lines = [
    `extrait ${r.extrait}`,
    `${pad('record schema')}${r.schemaVersion} (docs/record.schema.json)`,
  ];
  if ('error' in r.model) lines.push(`${pad('model')}${r.model.file}: ${r.model.error}`);
  else {
    lines.push(`${pad('model')}${r.model.file}, ${mb(r.model.bytes)}${r.model.created ? `, trained ${r.model.created}` : ''} (data/model/README.md)`);
    r.model.trainedOn.forEach((t, i) => lines.push(`${pad(i === 0 ? '  trained on' : '')}${t}`));
  }
  const areas = Object.entries(r.data.areas).map(([name, s]) => `${name} ${mb(s.bytes)}`).join(', ');
  lines.push(`${pad('data')}${mb(r.data.bytes)} in ${r.data.files} files: ${areas}`);
  lines.push(`${pad('node')}${r.node} (${r.platform})`);
  lines.push(`${pad('location')}${r.location}`);
  return lines.join('\n') + '\n';
}
