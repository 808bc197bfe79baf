/**
 * Gold events, JSON Lines (README "Evaluating events"): one document per line,
 *   {"id", "text", "date"?, "events": [{"type", "trigger"?, "persons"?, "post"?, "rank"?,
 *    "place"?, "date"?, "fatalities"?, "injured"?, "perpetrator"?, "replaces"?}]}
 * with every argument a surface ("Bamako", "2024-11-06", 89). A key left out is not scored;
 * a key given as null expects nothing. Instead of "text", a line may name where its text is:
 * "textFile" (a path relative to the gold file) or "tsv": {"file", "row"} (a data row, 0-based
 * after the header, of a quoted TSV with headline and text columns, under --data-dir) — so a
 * corpus whose licence forbids copying its text can be annotated without copying it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface GoldEvent {
  type: string;
  trigger?: string;
  persons?: string[];
  post?: string | null;
  rank?: string | null;
  place?: string | null;
  date?: string | null;
  fatalities?: number | null;
  injured?: number | null;
  perpetrator?: string | null;
  replaces?: string | null;
}

export interface GoldEventDocument {
  id: string;
  text: string;
  date?: string;
  events: GoldEvent[];
}

/** Rows of a tab-separated file whose fields may be quoted ("" inside quotes is a quote). */
export function parseQuotedTsv(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === '\t') { row.push(field); field = ''; i++; continue; }
    if (c === '\n' || c === '\r') {
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
      i += c === '\r' && source[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += c;
    i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const tsvCache = new Map<string, string[][]>();

function tsvText(path: string, row: number): string {
  let rows = tsvCache.get(path);
  if (!rows) tsvCache.set(path, (rows = parseQuotedTsv(readFileSync(path, 'utf8'))));
  const header = rows[0];
  const r = rows[row + 1];
  if (!r) throw new Error(`${path}: no data row ${row}`);
  const headline = r[header.indexOf('headline')];
  const body = r[header.indexOf('text')];
  if (body === undefined) throw new Error(`${path}: no "text" column`);
  // the headline is the article's first line, as on the page
  return headline ? `${headline}\n\n${body}` : body;
}

/** `keep` chooses entries before their texts are read (a test without ../shared keeps the inline and file texts). */
export function readGoldEvents(path: string, dataDir: string = resolve('../shared/data'), keep: (entry: Record<string, unknown>) => boolean = () => true): GoldEventDocument[] {
  const docs: GoldEventDocument[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, n) => {
    if (!line.trim()) return;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line);
    } catch {
      throw new Error(`${path}:${n + 1}: not JSON`);
    }
    if (!keep(o)) return;
    const id = String(o.id ?? `${path}:${n + 1}`);
    let text: string;
    if (typeof o.text === 'string') text = o.text;
    else if (typeof o.textFile === 'string') text = readFileSync(join(dirname(path), o.textFile), 'utf8');
    else if (o.tsv && typeof o.tsv === 'object') {
      const t = o.tsv as { file: string; row: number };
      text = tsvText(join(dataDir, t.file), t.row);
    } else throw new Error(`${path}:${n + 1}: no "text", "textFile" or "tsv"`);
    if (!Array.isArray(o.events)) throw new Error(`${path}:${n + 1}: "events" must be an array`);
    for (const e of o.events as GoldEvent[]) if (typeof e?.type !== 'string') throw new Error(`${path}:${n + 1}: an event without "type"`);
    docs.push({ id, text, date: typeof o.date === 'string' ? o.date : undefined, events: o.events as GoldEvent[] });
  });
  return docs;
}
