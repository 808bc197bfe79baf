/**
 * Bytes → text for one document. Scraped news arrives as UTF-8 (with or without a BOM),
 * as UTF-16 from Windows tools, or as Windows-1252 from old French sites: every one of
 * them must decode without U+FFFD, because offsets are computed on the decoded text and a
 * replacement character silently changes what an entity's `text` says.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded =
  /** replaced: invalid sequences (or lone surrogates) turned into U+FFFD, when there were any. */
  | { ok: true; text: string; encoding: Encoding; replaced?: number }
  | { ok: false; message: string };

/** The warning a record carries when decoding replaced something. */
export function replacementWarning(encoding: Encoding, replaced: number): string {
  const n = replaced === 1 ? '1' : String(replaced);
  return encoding.startsWith('utf-16')
    ? `${n} lone UTF-16 surrogate${replaced === 1 ? '' : 's'} replaced by U+FFFD`
    : `${n} invalid UTF-8 byte sequence${replaced === 1 ? '' : 's'} replaced by U+FFFD (the rest is valid UTF-8)`;
}

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
const utf8Lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Bytes that are not valid UTF-8 are either a legacy single-byte text (every accented letter
 * an invalid sequence, hardly a valid multi-byte one) or UTF-8 with a few damaged bytes (a
 * cut download, one pasted Latin-1 line). Decided by the share of invalid sequences among
 * non-ASCII ones: at most one in five, it is UTF-8 and the bad ones become U+FFFD.
 */
export function decodeUtf8OrLegacy(body: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252'; replaced?: number } {
  try {
    return { text: utf8Fatal.decode(body), encoding: 'utf-8' };
  } catch {
    const lossy = utf8Lossy.decode(body);
    let invalid = 0;
    let valid = 0;
    for (let i = 0; i < lossy.length; i++) {
      const c = lossy.charCodeAt(i);
      if (c === 0xfffd) invalid++;
      else if (c >= 0x80 && (c < 0xdc00 || c > 0xdfff)) valid++; // a surrogate pair counts once
    }
    // U+FFFD written as such in the input is not a replacement
    const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    for (let at = 0; (at = buf.indexOf(REPLACEMENT_UTF8, at)) !== -1; at += 3) invalid--;
    if (invalid > 0 && valid >= 4 * invalid) return { text: lossy, encoding: 'utf-8', replaced: invalid };
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

const REPLACEMENT_UTF8 = Buffer.from([0xef, 0xbf, 0xbd]);

/** Lone surrogates in UTF-16 units (TextDecoder turns each into U+FFFD). */
function loneSurrogates(bytes: Uint8Array, bigEndian: boolean): number {
  let n = 0;
  let highPending = false;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const u = bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8);
    const isLow = u >= 0xdc00 && u <= 0xdfff;
    if (highPending) {
      highPending = false;
      if (isLow) continue;
      n++;
    }
    if (u >= 0xd800 && u <= 0xdbff) highPending = true;
    else if (isLow) n++;
  }
  return highPending ? n + 1 : n;
}

export function decode(bytes: Uint8Array): Decoded {
  let text: string;
  let encoding: Encoding;
  let replaced = 0;
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const bigEndian = bytes[0] === 0xfe;
    encoding = bigEndian ? 'utf-16be' : 'utf-16le';
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(2));
    if (text.includes('\0')) return { ok: false, message: 'binary file' };
    replaced = loneSurrogates(bytes.subarray(2), bigEndian);
  } else {
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = bom ? bytes.subarray(3) : bytes;
    if (looksBinary(body)) return { ok: false, message: 'binary file' };
    // Windows-1252 is a superset of Latin-1's printable range, so it reads both correctly.
    const d = decodeUtf8OrLegacy(body);
    text = d.text;
    encoding = d.encoding === 'utf-8' && bom ? 'utf-8-bom' : d.encoding;
    replaced = d.replaced ?? 0;
  }
  if (isBlank(text)) return { ok: false, message: 'empty file' };
  return replaced ? { ok: true, text, encoding, replaced } : { ok: true, text, encoding };
}
