/**
 * BRAT standoff output: <id>.txt (the text) and <id>.ann (one `T` line per entity, one
 * `#` AnnotatorNotes line with its normalized facts).
 *
 * Offsets: BRAT counts characters of the .txt file as Python reads it (server/src/annotation.py,
 * `open_textfile`: UTF-8, universal newlines), i.e. indices into a Python 3 `str`, which are
 * Unicode code points — the record's own unit, so offsets are copied unchanged. Universal
 * newlines would read "\r\n" as one character, shifting every later offset; the .txt copy
 * therefore writes "\r\n" as " \n" and a lone "\r" as "\n", which keeps its length in code
 * points. An entity that spans a line break becomes a discontinuous span ("10 15;16 22"), since
 * a .ann line cannot hold a newline.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { Entity, ExtraitRecord } from '../types.js';
import { CodePointCursor } from './codePoints.js';
import { BRAT_TYPE, ENTITY_TYPES, entityDetails } from './entityFields.js';
import { makeDirsNoSymlink, uniqueBratName, writeNoFollow } from './bratFiles.js';

/** The .txt BRAT should see: same length in code points, no CR for universal newlines to fold. */
export function bratText(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n')) : text;
}

/**
 * The entity's [start, end) split at the line breaks inside it, as code point offsets, each
 * with its text. `cursor` only moves forward when entities come sorted by start.
 */
function fragments(text: string, cursor: CodePointCursor, e: Entity): [number, number, string][] {
  const slice = text.slice(cursor.toUtf16(e.start), cursor.toUtf16(e.end));
  if (!/[\n\u2028\u2029\u0085]/.test(slice)) return [[e.start, e.end, slice]];
  const frags: [number, number, string][] = [];
  let cp = e.start;
  let from = e.start;
  let piece = '';
  for (const ch of slice) {
    if (ch === '\n' || ch === '\u2028' || ch === '\u2029' || ch === '\u0085') {
      if (cp > from) frags.push([from, cp, piece]);
      from = cp + 1;
      piece = '';
    } else {
      piece += ch;
    }
    cp++;
  }
  if (cp > from) frags.push([from, cp, piece]);
  return frags;
}

/** One line, no tabs: the note and text fields of a .ann line end at a newline. */
function oneLine(s: string): string {
  return s.replace(/[\t\r\n\u0085\u2028\u2029]+/g, ' ');
}

/** The .ann content for a record over `text` (the text as written to the .txt). */
export function bratAnnotations(rec: ExtraitRecord, text: string): string {
  const cursor = new CodePointCursor(text);
  const sorted = [...rec.entities].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let n = 0;
  for (const e of sorted) {
    const type = BRAT_TYPE[e.type];
    if (!type || !(e.start < e.end)) continue;
    const frags = fragments(text, cursor, e);
    if (frags.length === 0) continue;
    n++;
    // BRAT joins discontinuous fragments' texts with one space (annotation.py DISCONT_SEP).
    const surface = frags.map((f) => f[2]).join(' ');
    out += `T${n}\t${type} ${frags.map(([s, t]) => `${s} ${t}`).join(';')}\t${oneLine(surface)}\n`;
    const notes = entityDetails(e).map(([k, v]) => `${k}=${v}`).join(' | ');
    if (notes) out += `#${n}\tAnnotatorNotes T${n}\t${oneLine(notes)}\n`;
  }
  return out;
}

/** annotation.conf declaring the five entity types, so BRAT shows them without warnings. */
export function bratConfig(): string {
  return `[entities]\n${ENTITY_TYPES.map((t) => BRAT_TYPE[t]).join('\n')}\n\n[relations]\n\n[events]\n\n[attributes]\n`;
}

/**
 * A relative path under outDir for a record id: "articles/001.txt" → "articles/001", never
 * escaping outDir ("..", absolute paths, drive letters) and with no character a file system
 * or BRAT's URL would choke on.
 */
export function bratPath(id: string): string {
  const parts = id
    .split(/[\\/]+/)
    .map((p) => p.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, (d) => '_'.repeat(d.length)))
    .filter((p) => p !== '' && p !== '_');
  let path = parts.join('/');
  path = path.replace(/\.(txt|text|html?|json|jsonl)$/i, '');
  return path === '' || path.endsWith('/') ? `${path}document` : path;
}

export function writeBrat(outDir: string, rec: ExtraitRecord, text: string): void {
  const root = resolve(outDir);
  const rel = uniqueBratName(root, rec.id, bratPath(rec.id));
  const base = resolve(root, rel);
  if (base !== root && !base.startsWith(root + sep)) throw new Error(`unsafe BRAT path for id ${JSON.stringify(rec.id)}`);
  makeDirsNoSymlink(root, dirname(rel) === '.' ? '' : dirname(rel));
  const txt = bratText(text);
  writeNoFollow(`${base}.txt`, txt);
  writeNoFollow(`${base}.ann`, bratAnnotations(rec, txt));
  const conf = join(root, 'annotation.conf');
  if (!existsSync(conf)) writeNoFollow(conf, bratConfig());
}
