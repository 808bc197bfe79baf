/**
 * Turns chrono results (ours and chrono.fr's) into values, at document level: a day and month
 * without a year take the document date's year (or, with no document date, the year of the
 * nearest absolute date in the text), moved by "dernier"/"prochain" and by a weekday that
 * contradicts it; relative expressions are computed from the document date only when it is
 * precise enough ("hier" needs a day, "le mois dernier" a month), else their value is null.
 */
import type { ParsingComponents, ParsingResult } from 'chrono-node';
import type { DateGranularity, DocumentDate } from '../types.js';
import type { DateMention } from '../mentions.js';
import { TAG, resultTags, tagValue } from './tags.js';
import { addDays, compareParts, easterSunday, formatYmd, toUtc, isoWeek, isValidYmd, nthWeekday, pad2, pad4, weekdayOf, type Ymd } from './calendar.js';

/** A day and month this close to the document date keep its year when their weekday does not fit it: the weekday is the slip. */
const WEEKDAY_SLIP_DAYS = 45;

export type Precision = 'year' | 'month' | 'day';

export interface DocAnchor {
  y: number;
  m?: number;
  d?: number;
  precision: Precision;
}

/** A chrono result placed in the document (UTF-16 offsets). */
export interface Candidate {
  start: number;
  end: number;
  result: ParsingResult;
}

const RANK: Record<string, number> = { year: 1, quarter: 2, month: 2, week: 3, day: 3 };

export function anchorOf(documentDate: DocumentDate | null): DocAnchor | null {
  if (!documentDate) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(documentDate.value);
  if (!m) return null;
  const y = parseInt(m[1], 10);
  if (!m[2]) return { y, precision: 'year' };
  const mo = parseInt(m[2], 10);
  if (!m[3]) return { y, m: mo, precision: 'month' };
  return { y, m: mo, d: parseInt(m[3], 10), precision: 'day' };
}

/** The reference instant given to chrono: the anchor, its missing parts filled mid-period. */
export function referenceDate(anchor: DocAnchor | null): Date {
  if (!anchor) return new Date(2000, 6, 1, 12);
  return new Date(anchor.y, (anchor.m ?? 7) - 1, anchor.d ?? 15, 12);
}

interface Point {
  value: string | null;
  granularity: DateGranularity;
  relative: boolean;
  confidence: number;
  /** The calendar position when known, for ranges and "la veille". */
  ymd: Partial<Ymd> | null;
}

function certain(c: ParsingComponents, k: 'year' | 'month' | 'day' | 'weekday' | 'hour'): number | undefined {
  return c.isCertain(k) ? (c.get(k) ?? undefined) : undefined;
}

function format(gran: string, y: number, m: number, d: number, tags: ReadonlySet<string>): string | null {
  switch (gran) {
    case 'decade': return tagValue(tags, TAG.decade) ?? null;
    case 'year': return pad4(y);
    case 'half': return `${pad4(y)}-H${tagValue(tags, TAG.half)}`;
    case 'quarter': return `${pad4(y)}-Q${tagValue(tags, TAG.quarter) ?? Math.floor((m - 1) / 3) + 1}`;
    case 'season': return `${pad4(y)}-${tagValue(tags, TAG.season)}`;
    case 'month': return `${pad4(y)}-${pad2(m)}`;
    case 'week': {
      const w = isoWeek({ y, m, d });
      return `${pad4(w.year)}-W${pad2(w.week)}${tags.has(TAG.weekend) ? '-WE' : ''}`;
    }
    default:
      return isValidYmd({ y, m, d }) ? formatYmd({ y, m, d }) : null;
  }
}

/** Record granularity for a parser granularity (the record has no "season"). */
function recordGranularity(gran: string): DateGranularity {
  return gran === 'season' ? 'quarter' : (gran as DateGranularity);
}

/** The anaphoric tag of a day or month in the year of the previous mention (refiners/yearComplement.ts). */
const IN_YEAR = 'in-year:';
/** "depuis 2015", "avant 2020": a year that bounds, not frames, what follows. */
const BOUNDARY_BEFORE = /(?:depuis|dès|des|avant|après|jusqu'en|jusqu'à|entre|fin|début|mi-?)\s*$/i;
/** From a yearless date to the dated item closing its list: "juin et juillet 2019", "janvier et en novembre 1910". */
const COORDINATED_YEAR = /^[^.!?\n,;]{0,24}\s(?:et|ou)\s[^.!?\n,;]{0,16}$/u;
/** A sentence opening with "En"/"Dès"/"Courant" and the year. */
const OPENS_WITH_YEAR = /(?:^|[.!?]\s+|\n\s*)(?:en|dès|courant|au\s+cours\s+de)\s+$/iu;
/** One sentence end, then the date opening the next sentence. */
const NEXT_SENTENCE_OPENS = /^[^.!?\n]*[.!?]\s+(?:l[ea]\s+)?$/iu;
/** How far (UTF-16 units) a year expression frames yearless dates after it in its sentence. */
const FRAME_REACH = 160;

export class DocumentResolver {
  private lastDay: Ymd | null = null;
  /** The last resolved point at any precision, for "l'année suivante" / "ce mois-là". */
  private lastPoint: Partial<Ymd> | null = null;
  /** Whether the last mention resolved was a day (or a range of days) with a value. */
  private lastIsDay = false;
  private readonly textYears: { pos: number; year: number }[] = [];

  /** Year expressions that frame what follows in their sentence ("l'an prochain, … le 3 mai"). */
  private readonly yearFrames: { start: number; end: number; year: number; relative: boolean }[] = [];

  constructor(private readonly anchor: DocAnchor | null, candidates: Candidate[], private readonly text = '') {
    for (const c of candidates) {
      const tags = resultTags(c.result);
      if (tagValue(tags, TAG.gran) === 'year' && !c.result.end && !tags.has('x/weak') && !BOUNDARY_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))) {
        const rel = tagValue(tags, TAG.rel) !== undefined;
        if (!rel || anchor) this.yearFrames.push({ start: c.start, end: c.end, year: c.result.start.get('year') ?? 0, relative: rel });
      }
      if (tagValue(tags, TAG.rel) !== undefined || tagValue(tags, TAG.prev) !== undefined || tagValue(tags, TAG.ana) !== undefined) continue;
      if (tagValue(tags, TAG.gran) === 'decade' || tags.has('x/weak')) continue;
      const y = certain(c.result.start, 'year');
      if (y !== undefined) this.textYears.push({ pos: c.start, year: y });
    }
  }

  resolve(c: Candidate): DateMention | null {
    const r = c.result;
    const tags = resultTags(r);
    let start = this.point(r.start, tags, c.start);
    if (!start) return null;
    if (start.value === null && tags.has(TAG.antecedent)) return null;
    let value = start.value;
    let granularity = start.granularity;
    let confidence = start.confidence;
    let relative = start.relative;
    let time: string | null = null;
    let endsOnDay = false;
    if (r.end) {
      // "de l'été 1970 à octobre de la même année": the end's year is the start's
      const end = this.point(r.end, tags, c.start, r.start.isCertain('year') ? r.start.get('year') ?? undefined : undefined);
      if (!end) return null;
      if (!r.start.isCertain('year') && end.ymd?.y !== undefined && start.ymd?.m !== undefined) {
        // "entre le 2 mai et le 14 juillet 2025": both ends in the end's year unless that inverts them
        const s = { ...start.ymd, y: end.ymd.y } as Ymd;
        if (compareParts(s, end.ymd as Ymd) > 0) s.y -= 1;
        start = this.pointFromParts(s, start.granularity, tags, start.relative, Math.min(start.confidence, end.confidence));
      }
      value = start.value !== null && end.value !== null ? `${start.value}/${end.value}` : null;
      // "dans la nuit du 14 au 15 août 2025. Interpellé le lendemain": counted from the range's last day
      endsOnDay = value !== null && end.ymd?.d !== undefined && end.ymd.y !== undefined;
      if (endsOnDay) this.lastDay = this.lastPoint = end.ymd as Ymd;
      granularity = 'range';
      confidence = Math.min(start.confidence, end.confidence);
      relative = start.relative || end.relative;
    } else {
      const hour = certain(r.start, 'hour');
      if (hour !== undefined) {
        time = `${pad2(hour)}:${pad2(r.start.get('minute') ?? 0)}`;
        if (value !== null && granularity === 'day') {
          value = `${value}T${time}`;
          granularity = 'time';
        }
      }
    }
    if (!r.end && start.value !== null && start.ymd?.d !== undefined && start.ymd.y !== undefined) this.lastDay = start.ymd as Ymd;
    if (!r.end && start.value !== null && start.ymd?.y !== undefined && granularity !== 'decade') this.lastPoint = start.ymd;
    this.lastIsDay = r.end ? endsOnDay : value !== null && (granularity === 'day' || granularity === 'time');
    if (tags.has('x/weak')) confidence = Math.min(confidence, 0.7);
    if (tags.has(TAG.guessed)) confidence = Math.min(confidence, 0.75);
    return { start: c.start, end: c.end, value, granularity, relative, time, confidence };
  }

  /**
   * "jeudi 16": the 16th that is a Thursday in the document's month or the months around it,
   * nearest the document day (or the last dated mention when the document date is not precise).
   */
  private dayInNearbyMonth(day: number, weekday: number): Point {
    const a = this.anchor;
    const base: Partial<Ymd> | null = a && a.m !== undefined ? a : this.lastPoint?.m !== undefined ? this.lastPoint : null;
    if (!base || base.y === undefined || base.m === undefined) return { value: null, granularity: 'day', relative: true, confidence: 0.4, ymd: null };
    const relative = base === a;
    const from = { y: base.y, m: base.m, d: base.d ?? 15 };
    let best: Ymd | null = null;
    let bestDist = Infinity;
    for (const off of [0, -1, 1, -2, 2]) {
      const idx = base.y * 12 + (base.m - 1) + off;
      const ymd = { y: Math.floor(idx / 12), m: (idx % 12) + 1, d: day };
      if (!isValidYmd(ymd) || weekdayOf(ymd) !== weekday) continue;
      const dist = Math.abs(toUtc(ymd).getTime() - toUtc(from).getTime());
      if (dist < bestDist) {
        best = ymd;
        bestDist = dist;
      }
    }
    if (!best) return { value: null, granularity: 'day', relative, confidence: 0.3, ymd: null };
    const sameMonth = best.m === base.m && best.y === base.y;
    return { value: formatYmd(best), granularity: 'day', relative, confidence: sameMonth ? 0.8 : 0.65, ymd: best };
  }

  /**
   * "l'année suivante", "ce mois-là": counted from the last dated mention, at its unit;
   * "point" ("à la même époque") is that mention's period, at most to the month.
   */
  private anaphoric(tag: string): Point {
    const [unit, offsetText] = tag.split(':');
    const offset = parseInt(offsetText, 10);
    const last = unit === 'day' || unit === 'week' ? this.lastDay : this.lastPoint;
    const gran = (unit === 'point' ? (last?.m !== undefined ? 'month' : 'year') : unit) as DateGranularity;
    const unknown: Point = { value: null, granularity: gran, relative: true, confidence: 0.4, ymd: null };
    if (!last || last.y === undefined) return unknown;
    if (unit === 'point') {
      const ymd = { y: last.y, m: last.m };
      const value = ymd.m !== undefined ? `${pad4(ymd.y)}-${pad2(ymd.m)}` : pad4(ymd.y);
      return { value, granularity: gran, relative: true, confidence: 0.6, ymd };
    }
    if (unit === 'year') {
      const ymd = { y: last.y + offset };
      return { value: pad4(ymd.y), granularity: 'year', relative: true, confidence: 0.7, ymd };
    }
    if (last.m === undefined) return unknown;
    if (unit === 'month') {
      const idx = last.y * 12 + (last.m - 1) + offset;
      const ymd = { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
      return { value: `${pad4(ymd.y)}-${pad2(ymd.m)}`, granularity: 'month', relative: true, confidence: 0.7, ymd };
    }
    if (last.d === undefined) return unknown;
    const day = addDays(last as Ymd, unit === 'week' ? 7 * offset : offset);
    const value = unit === 'week' ? format('week', day.y, day.m, day.d, new Set()) : formatYmd(day);
    return { value, granularity: gran, relative: true, confidence: 0.7, ymd: unit === 'day' ? day : { y: day.y, m: day.m } };
  }

  /**
   * "le 4 mai de la même année": that day (or month) in the year of the last dated mention (or of
   * the range's start), moved by the offset.
   */
  private inPreviousYear(tag: string, month: number | undefined, day: number | undefined, startYear?: number): Point {
    // from the component, not the tag: a range's ends share their tags ("l'été 1970 à octobre …")
    const gran: DateGranularity = day !== undefined ? 'day' : 'month';
    const base = startYear ?? this.lastPoint?.y;
    if (base === undefined || month === undefined) return { value: null, granularity: gran, relative: true, confidence: 0.4, ymd: null };
    const ymd = { y: base + parseInt(tag.slice(IN_YEAR.length), 10), m: month, d: day ?? 1 };
    const value = format(gran, ymd.y, ymd.m, ymd.d, new Set());
    return { value, granularity: gran, relative: true, confidence: 0.7, ymd: { y: ymd.y, m: month, d: day } };
  }

  private pointFromParts(ymd: Ymd, granularity: DateGranularity, tags: ReadonlySet<string>, relative: boolean, confidence: number): Point {
    const gran = granularity === 'quarter' && tagValue(tags, TAG.season) ? 'season' : granularity;
    return { value: format(gran, ymd.y, ymd.m, ymd.d, tags), granularity, relative, confidence, ymd };
  }

  private point(c: ParsingComponents, tags: ReadonlySet<string>, pos: number, startYear?: number): Point | null {
    const granTag = tagValue(tags, TAG.gran);
    const rel = tagValue(tags, TAG.rel);
    const prev = tagValue(tags, TAG.prev);
    const day = certain(c, 'day');
    const month = certain(c, 'month');
    const year = certain(c, 'year');
    const weekday = certain(c, 'weekday');

    const ana = tagValue(tags, TAG.ana);
    // a range's start with its own year is no anaphora ("de l'été 1970 à octobre de la même année")
    if (ana !== undefined && !(ana.startsWith(IN_YEAR) && year !== undefined)) {
      return ana.startsWith(IN_YEAR) ? this.inPreviousYear(ana, month, day, startYear) : this.anaphoric(ana);
    }
    if (prev === 'event') {
      // "au lendemain de l'attaque": the day of the date just before it, if any; else unknown
      if (tags.has('x/appos') && this.lastDay) return { value: formatYmd(this.lastDay), granularity: 'day', relative: true, confidence: 0.7, ymd: this.lastDay };
      return { value: null, granularity: 'day', relative: true, confidence: 0.4, ymd: null };
    }
    if (prev !== undefined) {
      // "cette nuit-là" names a day of the text: no falling back on the document day
      const fallback = !tags.has(TAG.antecedent) && this.anchor?.precision === 'day' ? (this.anchor as Ymd) : null;
      // "trois jours plus tard" after "au début du mois": counted from that month, not from an older day
      const stale = tags.has(TAG.afterDay) && !this.lastIsDay;
      const base = stale ? null : this.lastDay ?? fallback;
      if (!base) return { value: null, granularity: 'day', relative: true, confidence: 0.4, ymd: null };
      const ymd = addDays(base, parseInt(prev, 10));
      return { value: formatYmd(ymd), granularity: 'day', relative: true, confidence: this.lastDay ? 0.75 : 0.6, ymd };
    }

    if (rel !== undefined) {
      const gran = granTag ?? rel;
      const known = this.anchor !== null && RANK[this.anchor.precision] >= (RANK[rel] ?? 3);
      if (!known) {
        // "ce mercredi" in an article dated only "2024-11": the value has the precision the
        // anchor really has (the month), with a confidence that says it may straddle its edge
        const a = this.anchor;
        if (a && a.precision !== 'day' && rel !== 'year') {
          const coarse = a.precision === 'month' ? `${pad4(a.y)}-${pad2(a.m as number)}` : pad4(a.y);
          return { value: coarse, granularity: a.precision, relative: true, confidence: 0.6, ymd: null };
        }
        return { value: null, granularity: recordGranularity(gran), relative: true, confidence: 0.5, ymd: null };
      }
      const ymd = { y: c.get('year') ?? 0, m: c.get('month') ?? 1, d: c.get('day') ?? 1 };
      return { value: format(gran, ymd.y, ymd.m, ymd.d, tags), granularity: recordGranularity(gran), relative: true, confidence: 0.85, ymd };
    }

    if (tags.has(TAG.generic) && year === undefined && tagValue(tags, TAG.dir) === undefined) {
      // a habitual season ("en été"): no year to give, TimeML's unspecified year
      const season = tagValue(tags, TAG.season);
      if (season) return { value: `XXXX-${season}`, granularity: 'quarter', relative: false, confidence: 0.6, ymd: null };
    }
    const gran = granTag ?? (day !== undefined ? 'day' : month !== undefined ? 'month' : year !== undefined ? 'year' : null);
    if (gran === null) return null;
    if (tags.has(TAG.nomonth) && day !== undefined && weekday !== undefined) return this.dayInNearbyMonth(day, weekday);
    const easter = tagValue(tags, TAG.easter);
    if (easter !== undefined) {
      const inferred = year === undefined ? this.inferYear(month ?? 4, undefined, undefined, tags, pos) : null;
      const y = year ?? inferred?.year;
      if (y === undefined) return { value: null, granularity: 'day', relative: false, confidence: 0.4, ymd: null };
      const ymd = addDays(easterSunday(y), parseInt(easter, 10));
      return { value: formatYmd(ymd), granularity: 'day', relative: inferred?.relative ?? false, confidence: inferred?.confidence ?? 0.95, ymd };
    }
    const nth = tagValue(tags, TAG.nth);
    if (nth !== undefined) {
      const y = year ?? (month !== undefined ? this.inferYear(month, undefined, undefined, tags, pos) : null);
      const found = y === null ? null : nthWeekday(typeof y === 'number' ? y : y.year, nth);
      const relative = typeof y === 'object' && y !== null && y.relative;
      if (!found) return { value: null, granularity: 'day', relative, confidence: 0.4, ymd: null };
      const confidence = year !== undefined ? 0.95 : (y as { confidence: number }).confidence;
      return { value: formatYmd(found), granularity: 'day', relative, confidence, ymd: found };
    }
    if (year !== undefined) {
      const ymd = { y: year, m: month ?? c.get('month') ?? 1, d: day ?? c.get('day') ?? 1 };
      let confidence = 0.95;
      if (weekday !== undefined && day !== undefined && weekdayOf(ymd) !== weekday) confidence = 0.3;
      return { value: format(gran, ymd.y, ymd.m, ymd.d, tags), granularity: recordGranularity(gran), relative: false, confidence, ymd: { y: year, m: month, d: day } };
    }
    if (month === undefined) return null;
    const inferred = this.inferYear(month, day, weekday, tags, pos);
    if (!inferred) return { value: null, granularity: recordGranularity(gran), relative: false, confidence: 0.4, ymd: { m: month, d: day } };
    const ymd = { y: inferred.year, m: month, d: day ?? 1 };
    return {
      value: format(gran, ymd.y, ymd.m, ymd.d, tags), granularity: recordGranularity(gran),
      relative: inferred.relative, confidence: inferred.confidence, ymd: { y: inferred.year, m: month, d: day },
    };
  }

  /**
   * The year of a date written without one. Candidates are the base year and its neighbours;
   * "dernier" keeps those not after the document date, "prochain" those not before it; a
   * weekday keeps those where it falls on that weekday (20 June was a Friday in 2025, not 2024).
   */
  private inferYear(month: number, day: number | undefined, weekday: number | undefined, tags: ReadonlySet<string>, pos: number):
    { year: number; relative: boolean; confidence: number } | null {
    const said = tagValue(tags, TAG.dir);
    // the sentence's tense stands in for "dernier"/"prochain", but does not outrank a year frame
    const guessed = said === undefined ? tagValue(tags, TAG.tense) : undefined;
    let dir = said;
    let base: number;
    let relative: boolean;
    const frame = this.frameYear(pos);
    // "dernier" / "prochain" outrank a framing year they contradict ("à l'aube de l'an 2000, …
    // le 8 mars dernier" in a 1999 article is March 1999)
    const a0 = this.anchor;
    const contradicts = frame !== null && a0 !== null && dir !== undefined &&
      (dir === 'past' ? compareParts({ y: frame.year, m: month, d: day }, a0) > 0 : compareParts({ y: frame.year, m: month, d: day }, a0) < 0);
    if (frame && !contradicts) {
      // the sentence already said which year: no nearest-year guess, only a weekday may move it
      base = frame.year;
      relative = frame.relative;
      return this.checkWeekday([base, base - 1, base + 1], month, day, weekday, relative, relative ? 0.85 : 0.8);
    }
    dir = said ?? guessed;
    let laterYear = false;
    if (this.anchor) {
      base = this.anchor.y;
      relative = true;
    } else {
      const near = this.nearestTextYear(pos);
      if (near === null) return null;
      base = near.year;
      relative = false;
      laterYear = near.later;
    }
    let candidates = [base, base - 1, base + 1];
    if (this.anchor && dir) {
      const a = this.anchor;
      const ok = candidates.filter((y) => {
        const cmp = compareParts({ y, m: month, d: day }, { y: a.y, m: a.m, d: a.d });
        return dir === 'past' ? cmp <= 0 : cmp >= 0;
      });
      ok.sort((x, y) => Math.abs(x - base) - Math.abs(y - base) || (dir === 'past' ? y - x : x - y));
      if (ok.length) candidates = ok;
    } else if (this.anchor && this.anchor.m !== undefined && NEAREST_YEAR) {
      const a = this.anchor;
      // news look back more often than ahead: a future month counts double; a planned date
      // ("son départ au 15 juillet") looks ahead: there a past month counts double
      const planned = tags.has(TAG.planned);
      const dist = (y: number) => {
        const months = (y - a.y) * 12 + (month - (a.m as number));
        return months > 0 ? (planned ? months : 2 * months) : planned ? -2 * months : -months;
      };
      candidates.sort((x, y) => dist(x) - dist(y) || Math.abs(x - base) - Math.abs(y - base));
    }
    // a direction read from the tense, or none at all, is a guess: lower confidence
    // a year written only later is a weak hint, unless a weekday confirms it (checkWeekday)
    const weak = laterYear && (weekday === undefined || day === undefined);
    const confidence = !relative ? (weak ? 0.5 : 0.7) : said ? 0.85 : guessed ? 0.75 : 0.7;
    return this.checkWeekday(candidates, month, day, weekday, relative, confidence);
  }

  /** The first candidate year, unless a weekday says another one (20 June was a Friday in 2025). */
  private checkWeekday(candidates: number[], month: number, day: number | undefined, weekday: number | undefined, relative: boolean, confidence: number):
    { year: number; relative: boolean; confidence: number } {
    if (weekday !== undefined && day !== undefined) {
      // "jeudi 23 octobre" in an article of Wednesday 21 October that falls on a Friday: a slip of the
      // weekday, not a date a year away (the weekday would move it to the year it fits)
      const a = this.anchor;
      const first = { y: candidates[0], m: month, d: day };
      if (relative && a && a.m !== undefined && a.d !== undefined && isValidYmd(first) && weekdayOf(first) !== weekday &&
        Math.abs(toUtc(first).getTime() - toUtc({ y: a.y, m: a.m, d: a.d }).getTime()) <= WEEKDAY_SLIP_DAYS * 86_400_000) {
        return { year: candidates[0], relative, confidence: 0.4 };
      }
      const match = candidates.find((y) => isValidYmd({ y, m: month, d: day }) && weekdayOf({ y, m: month, d: day }) === weekday);
      if (match === undefined) return { year: candidates[0], relative, confidence: 0.3 };
      return { year: match, relative, confidence: match === candidates[0] ? confidence + 0.05 : 0.8 };
    }
    return { year: candidates[0], relative, confidence };
  }

  /** A year expression earlier in the same sentence, close enough to frame the date at `pos`. */
  private frameYear(pos: number): { year: number; relative: boolean } | null {
    let best: { start: number; end: number; year: number; relative: boolean } | null = null;
    for (const f of this.yearFrames) {
      if (f.end <= pos && pos - f.end <= FRAME_REACH && (!best || f.end > best.end)) best = f;
    }
    if (!best) return null;
    const between = this.text.slice(best.end, pos);
    if (!/[.!?]\s|\n/.test(between)) return best;
    // "En 2021, la Cour relève des anomalies. Le 17 novembre, le parquet …": a narrative whose
    // sentence opens with the year frames the day that opens the next sentence
    return OPENS_WITH_YEAR.test(this.text.slice(Math.max(0, best.start - 12), best.start)) && NEXT_SENTENCE_OPENS.test(between) ? best : null;
  }

  /**
   * The year of the nearest absolute date written before `pos`, else of the nearest after it
   * (`later`): a year written before frames what follows; one written only later is a weaker
   * hint ("le 12 mars. … annoncé en 2027"), which only a weekday can confirm.
   */
  private nearestTextYear(pos: number): { year: number; later: boolean } | null {
    let before: { pos: number; year: number } | null = null;
    let after: { pos: number; year: number } | null = null;
    for (const t of this.textYears) {
      if (t.pos < pos) {
        if (!before || t.pos > before.pos) before = t;
      } else if (!after || t.pos < after.pos) after = t;
    }
    // "en janvier et en novembre 1910": a list's year is written at its end
    if (after && COORDINATED_YEAR.test(this.text.slice(pos, after.pos))) return { year: after.year, later: false };
    if (before) return { year: before.year, later: false };
    return after ? { year: after.year, later: true } : null;
  }
}

/**
 * Year policy for a yearless date when the document date is known and the text says neither
 * "dernier" nor "prochain": true = the year that puts it nearest the document date (a future
 * month counting double), false = always the document's year. Tuned on the fr-timebank dev
 * split ("le 21 décembre" in a 3 January article is last December): value accuracy 0.870 → 0.883.
 */
export let NEAREST_YEAR = true;
export function setNearestYear(v: boolean): void {
  NEAREST_YEAR = v;
}
