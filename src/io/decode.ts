/**
 * Bytes → text for one document. Scraped news arrives as UTF-8 (with or without a BOM),
 * as UTF-16 from Windows tools, or as Windows-1252 from old French sites: every one of
 * them must decode without U+FFFD, because offsets are computed on the decoded text and a
 * replacement character silently changes what an entity's `text` says.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; message: string };

/**
 * Node 20's TextDecoder('windows-1252') is really ISO-8859-1 for 0x80–0x9F (it yields C1
 * controls), so the 27 printable code points of that range are mapped here. The five
 * undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay C1 controls, as the WHATWG table says.
 */
const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020,
  0x87: 0x2021, 0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152,
  0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022,
  0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => {
    const mapped = CP1252_HIGH[c.charCodeAt(0)];
    return mapped === undefined ? c : String.fromCharCode(mapped);
  });
}

/** Bytes sampled for the control-character ratio: enough to judge, cheap on 10 MB inputs. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes above which a NUL-free file is still taken for binary. */
const MAX_CONTROL_RATIO = 0.1;

function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    // Tab, LF, VT, FF, CR and ESC (ANSI colour in terminal captures) occur in real text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_RATIO;
}

function isBlank(text: string): boolean {
  return !/\S/.test(text);
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decode(bytes: Uint8Array): Decoded {
  let text: string;
  let encoding: Encoding;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2));
    encoding = 'utf-16le';
    if (text.includes('\0')) return { ok: false, message: 'binary file' };
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2));
    encoding = 'utf-16be';
    if (text.includes('\0')) return { ok: false, message: 'binary file' };
  } else {
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = bom ? bytes.subarray(3) : bytes;
    if (looksBinary(body)) return { ok: false, message: 'binary file' };
    try {
      text = utf8Fatal.decode(body);
      encoding = bom ? 'utf-8-bom' : 'utf-8';
    } catch {
      // Not valid UTF-8: French text in a legacy single-byte encoding. Windows-1252 is a
      // superset of Latin-1's printable range, so it reads both correctly.
      text = decodeWindows1252(body);
      encoding = 'windows-1252';
    }
  }
  if (isBlank(text)) return { ok: false, message: 'empty file' };
  return { ok: true, text, encoding };
}
