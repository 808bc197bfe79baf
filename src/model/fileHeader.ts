/**
 * The head of a model file, readable without loading the weights: `extrait --version` shows
 * what the shipped tagger was trained on from here (the header's `info`), in milliseconds.
 */
// node:zlib only for a gzip'd model (the shipped one is not): loading it cost every start ~1 ms
const gunzipSync = (data: Buffer): Buffer => process.getBuiltinModule('node:zlib').gunzipSync(data);

export const MAGIC = 'EXTRAIT-NER1';

export interface ModelFileHeader {
  bits: number;
  scale: number;
  tags: string[];
  info?: { trainedOn?: string[]; created?: string; [key: string]: unknown };
  rows: number;
  lexBytes: number;
}

/** The decompressed file, its JSON header, and the offset where the weights start. */
export function readModelFile(data: Buffer): { raw: Buffer; header: ModelFileHeader; offset: number } {
  const raw = data[0] === 0x1f && data[1] === 0x8b ? gunzipSync(data) : data;
  if (raw.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not an extrait NER model file');
  const hlen = raw.readUInt32LE(MAGIC.length);
  const start = MAGIC.length + 4;
  const header = JSON.parse(raw.toString('utf8', start, start + hlen)) as ModelFileHeader;
  return { raw, header, offset: start + hlen };
}
