/**
 * The document date, in this order: the referenceDate option > a date given with the input
 * (JSONL "date") > a header or dateline in the first lines of the text > a date in the URL.
 * The value keeps the precision it really has: a month-only header gives "2024-11".
 */
import type { DocumentDate } from '../types.js';
import { alternation, lexicon, monthNumber } from './lexicon.js';
import { normalizeForMatching } from './normalize.js';
import { isValidYmd, pad2, pad4 } from './calendar.js';

const HEAD_CHARS = 800;
const HEAD_LINES = 8;

function ymdValue(y: number, m?: number, d?: number): string | null {
  if (y < 1800 || y > 2199) return null;
  if (m === undefined) return pad4(y);
  if (m < 1 || m > 12) return null;
  if (d === undefined) return `${pad4(y)}-${pad2(m)}`;
  return isValidYmd({ y, m, d }) ? `${pad4(y)}-${pad2(m)}-${pad2(d)}` : null;
}

const ISO = /^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?![\d])/;
const NUMERIC_DMY = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;

let frenchDateRe: RegExp | null = null;
/** "mercredi 6 novembre 2024", "6 nov. 2024", "1er mars 2024", and the agencies' "2 déc 2026". */
function frenchDate(): RegExp {
  if (!frenchDateRe) {
    const lx = lexicon();
    const months = alternation([...Object.keys(lx.months), ...Object.keys(lx.datelineMonths)]);
    // the month ends at a period or a word's end: "sept" must not be read inside "septembre"'s alternatives
    frenchDateRe = new RegExp(`(?<![\\p{L}\\d])(?:(?:${lx.weekdayRe})\\s+)?(\\d{1,2})(?:er)?\\s+(${months})(?![\\p{L}])\\s+(\\d{4})(?!\\d)`, 'iu');
  }
  return frenchDateRe;
}

/** A month of a whole date: full names, dotted abbreviations and, between a day and a year, undotted ones. */
function headMonth(word: string): number | undefined {
  return monthNumber(word) ?? lexicon().datelineMonths[word.toLowerCase()];
}

/** A date written alone: ISO, DD/MM/YYYY or French words; English RFC dates via Date.parse. */
export function parseLooseDate(s: string): string | null {
  const t = normalizeForMatching(s).trim();
  let m = ISO.exec(t);
  if (m) return ymdValue(+m[1], m[2] ? +m[2] : undefined, m[3] ? +m[3] : undefined);
  const fr = frenchDateInside(t);
  if (fr) return fr;
  m = NUMERIC_DMY.exec(t);
  if (m) return ymdValue(+m[3], +m[2], +m[1]);
  const ms = Date.parse(t);
  if (!Number.isNaN(ms) && /[a-z]/i.test(t)) {
    const d = new Date(ms);
    return ymdValue(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}

function frenchDateInside(s: string): string | null {
  const m = frenchDate().exec(s);
  if (!m) return null;
  const month = headMonth(m[2]);
  return month ? ymdValue(+m[3], month, +m[1]) : null;
}

function dateInside(s: string): string | null {
  const fr = frenchDateInside(s);
  if (fr) return fr;
  const m = NUMERIC_DMY.exec(s);
  return m ? ymdValue(+m[3], +m[2], +m[1]) : null;
}

const HEADER_KEY = /^[\s\-*#|]*(?:date(?:\s+de\s+publication)?|published|publication|pubdate)\s*[:=\-]?\s*/i;
const PUBLISHED = /(?:publié|publiée|mis\s+en\s+ligne|mis\s+à\s+jour|modifié)\s+(?:en\s+ligne\s+)?le\s*:?\s*/iu;
/** "Dernière mise à jour : 3 décembre 2026", "Publié : 03/12/2026": without "le", the date must follow the colon. */
const PUBLISHED_COLON = /(?:publié|publiée|mis\s+en\s+ligne|mise?\s+à\s+jour|modifié)\s*:\s*/iu;
/**
 * "Bamako, le 12 mars 2024", "Niamey (Niger), 14 mars 2025 (AFP)", "Le Caire, …": the agency dateline,
 * with or without "le". The place's words are capitalized but for particles ("Aix en Provence", "Bir
 * el Ater"), so a first sentence ("Il y a trente ans, le 25 décembre 1991, …") is no dateline.
 */
const CITY_COMMA = /^\s*\p{Lu}[\p{L}'’-]{1,30}(?: (?:\p{Lu}[\p{L}'’-]*|d[eu]|des|l[ae]s?|sur|en|el|al)){0,4}\s*(?:\([^)]{1,30}\))?\s*,\s*((?:le|Le|LE)\s+)?/u;
/** "COMMUNIQUÉ DE PRESSE – Niamey, 5 janvier 2027": a label in capitals and a dash before the dateline. */
const CAPS_LABEL = /^\s*\p{Lu}[\p{Lu} '’.]{2,40}[-–—]\s*/u;
/** "OUAGADOUGOU (AFP) - 3 décembre 2026 - …": the agency's dateline with the date after the dash. */
const CITY_AGENCY_DASH = /^\s*\p{Lu}[\p{L}'’-]{1,30}(?: (?:\p{Lu}[\p{L}'’-]*|d[eu]|des|l[ae]s?|sur|en|el|al)){0,4}\s*\([^)]{1,30}\)\s*[-–—]\s*/u;
/** A line that is an ISO date, with or without a time: "2026-12-03 10:15". */
const ISO_DAY_LINE = /^[\s\-|•]*(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}[:h]\d{2}(?::\d{2})?\S*)?\s*$/u;
const DATE_ONLY_LINE = /^[\s\-|•]*(?:le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:lun|mar|mer|jeu|ven|sam|dim)\.)\s*)?[\d][^\n]{0,40}$/iu;

/** Every date read here has digits (ISO, numeric or "6 novembre 2024"): lines without are skipped. */
const DIGIT = /\d/;

function fromHead(text: string): DocumentDate | null {
  const raw = text.slice(0, HEAD_CHARS);
  if (!DIGIT.test(raw)) return null;
  const head = normalizeForMatching(raw);
  const all = head.split('\n');
  // the last line cut by HEAD_CHARS is no whole line: cut short, "Le 28 juillet 2016, lors d'une rare…"
  // would read as a date line (a dateline that opens a long paragraph is still read: only DATE_ONLY_LINE asks for the line's end)
  const cut = text.length > HEAD_CHARS && text[HEAD_CHARS - 1] !== '\n' && text[HEAD_CHARS] !== '\n' ? all[all.length - 1] : null;
  const lines = all.slice(0, HEAD_LINES).filter((line) => DIGIT.test(line));
  for (const line of lines) {
    const key = HEADER_KEY.exec(line);
    if (key) {
      const rest = line.slice(key[0].length);
      const iso = ISO.exec(rest);
      const value = iso
        ? ymdValue(+iso[1], iso[2] ? +iso[2] : undefined, iso[3] ? +iso[3] : undefined)
        : dateInside(rest.slice(0, 60));
      if (value) return { value, source: 'header' };
    }
  }
  for (const line of lines) {
    const pub = PUBLISHED.exec(line);
    if (pub) {
      const value = dateInside(line.slice(pub.index + pub[0].length, pub.index + pub[0].length + 60));
      if (value) return { value, source: 'dateline' };
    }
    const colon = PUBLISHED_COLON.exec(line);
    if (colon) {
      const value = dateAtStart(line.slice(colon.index + colon[0].length));
      if (value) return { value, source: 'dateline' };
    }
    const agency = CITY_AGENCY_DASH.exec(line);
    if (agency) {
      const value = dateAtStart(line.slice(agency[0].length, agency[0].length + 60));
      if (value) return { value, source: 'dateline' };
    }
    const iso = ISO_DAY_LINE.exec(line);
    if (iso) {
      const value = ymdValue(+iso[1], +iso[2], +iso[3]);
      if (value) return { value, source: 'dateline' };
    }
    const body = line.replace(CAPS_LABEL, '');
    const city = CITY_COMMA.exec(body);
    if (city) {
      const rest = body.slice(city[0].length, city[0].length + 60);
      // without "le", only a whole date right after the comma: "Paris, 2 000 manifestants le 3 mars 2024" is no dateline
      const value = city[1] ? frenchDateOrNumericAt(rest) && dateInside(rest) : dateAtStart(rest);
      if (value) return { value, source: 'dateline' };
    }
    if (line !== cut && DATE_ONLY_LINE.test(line)) {
      const value = dateInside(line);
      if (value) return { value, source: 'dateline' };
    }
  }
  return null;
}

/** A whole date (weekday, day, month and year, or DD/MM/YYYY) that starts `s`. */
function dateAtStart(s: string): string | null {
  const fr = frenchDate().exec(s);
  if (fr && fr.index === 0) {
    const month = headMonth(fr[2]);
    return month ? ymdValue(+fr[3], month, +fr[1]) : null;
  }
  const m = NUMERIC_DMY.exec(s);
  return m && m.index === 0 ? ymdValue(+m[3], +m[2], +m[1]) : null;
}

/** The dateline's date must start right after "le". */
function frenchDateOrNumericAt(s: string): boolean {
  return /^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d/iu.test(s);
}

const URL_YMD = /(?:^|[/_\-.])((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])(?:[/_-](0?[1-9]|[12]\d|3[01]))?(?=[/_\-.?#]|$)/;
const URL_COMPACT = /(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/;

function fromUrl(url: string): DocumentDate | null {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // not an absolute URL: search the whole string
  }
  let m = URL_YMD.exec(path);
  if (m) {
    const value = ymdValue(+m[1], +m[2], m[3] ? +m[3] : undefined);
    if (value) return { value, source: 'url' };
  }
  m = URL_COMPACT.exec(path);
  if (m) {
    const value = ymdValue(+m[1], +m[2], +m[3]);
    if (value) return { value, source: 'url' };
  }
  return null;
}

export function resolveDocumentDate(
  text: string,
  opts: { referenceDate?: string; inputDate?: string; url?: string } = {},
): DocumentDate | null {
  if (opts.referenceDate) {
    const value = parseLooseDate(opts.referenceDate);
    if (value) return { value, source: 'option' };
  }
  if (opts.inputDate) {
    const value = parseLooseDate(opts.inputDate);
    if (value) return { value, source: 'input' };
  }
  const head = fromHead(text);
  if (head) return head;
  if (opts.url) return fromUrl(opts.url);
  return null;
}
