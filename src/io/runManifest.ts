/**
 * What a run was made from, kept next to its output as FILE.run.json, so that --resume
 * continues only the same run: the same inputs, the same options, the same extrait and
 * model. Records made two ways must never end up in one file.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Manifest = Record<string, string>;

export function manifestPath(output: string): string {
  return `${output}.run.json`;
}

export interface ManifestInput {
  version: string;
  inputs: string[];
  inputFormat: string;
  glob?: string;
  referenceDate?: string;
  force?: boolean;
  model: boolean;
  modelFile?: string;
  maxBytes: number;
  timeoutMs: number;
  /** --language: records made without detection differ from detected ones */
  language?: string;
  idBase?: string;
}

function modelFileIdentity(path: string): string {
  try {
    const st = statSync(path);
    return `${resolve(path)} (${st.size} bytes, modified ${st.mtime.toISOString()})`;
  } catch {
    return resolve(path);
  }
}

/** Keys are named as the user knows them: the command-line options. */
export function buildManifest(m: ManifestInput): Manifest {
  return {
    'extrait version': m.version,
    inputs: JSON.stringify(m.inputs.length ? m.inputs.map((i) => (i === '-' ? '-' : resolve(i))) : ['-']),
    'input-format': m.inputFormat,
    glob: m.glob ?? '(default)',
    'reference-date': m.referenceDate ?? '(none)',
    force: String(!!m.force),
    model: m.model ? 'shipped tagger' : 'none (--no-model)',
    'model-file': m.modelFile ? modelFileIdentity(m.modelFile) : '(none)',
    'max-bytes': String(m.maxBytes),
    'timeout-ms': String(m.timeoutMs),
    language: m.language ?? '(detected)',
    'id-base': m.idBase ? resolve(m.idBase) : '(none)',
  };
}

export function writeManifest(output: string, manifest: Manifest): void {
  writeFileSync(manifestPath(output), JSON.stringify(manifest, null, 2) + '\n');
}

/** null when no earlier manifest exists (an output made by hand or by an older extrait). */
export function readManifest(output: string): Manifest | null {
  const p = manifestPath(output);
  if (!existsSync(p)) return null;
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/** "key: earlier → now" for every difference. */
export function manifestDifferences(earlier: Manifest, now: Manifest): string[] {
  const keys = new Set([...Object.keys(earlier), ...Object.keys(now)]);
  const out: string[] = [];
  for (const k of keys) if (earlier[k] !== now[k]) out.push(`${k}: ${earlier[k] ?? '(not recorded)'} → ${now[k] ?? '(none)'}`);
  return out;
}
