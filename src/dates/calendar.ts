/** Calendar arithmetic on plain (year, month, day) triples, in UTC so no time zone can shift a day. */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function toUtc(v: Ymd): Date {
  return new Date(Date.UTC(v.y, v.m - 1, v.d));
}

export function fromUtc(date: Date): Ymd {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(v: Ymd, days: number): Ymd {
  const t = toUtc(v);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
}

/** 0 = Sunday … 6 = Saturday, like chrono and Date. */
export function weekdayOf(v: Ymd): number {
  return toUtc(v).getUTCDay();
}

export function isValidYmd(v: Ymd): boolean {
  const back = fromUtc(toUtc(v));
  return back.y === v.y && back.m === v.m && back.d === v.d;
}

/** ISO 8601 week: the week containing the Thursday decides the year. */
export function isoWeek(v: Ymd): { year: number; week: number } {
  const t = toUtc(v);
  const dayNum = (t.getUTCDay() + 6) % 7; // Monday = 0
  t.setUTCDate(t.getUTCDate() - dayNum + 3);
  const year = t.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstDayNum = (firstThursday.getUTCDay() + 6) % 7;
  firstThursday.setUTCDate(firstThursday.getUTCDate() - firstDayNum + 3);
  const week = 1 + Math.round((t.getTime() - firstThursday.getTime()) / (7 * 86400000));
  return { year, week };
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
export const pad4 = (n: number): string => String(n).padStart(4, '0');

export function formatYmd(v: Ymd): string {
  return `${pad4(v.y)}-${pad2(v.m)}-${pad2(v.d)}`;
}

/** Compare two dates at month precision, or day precision when both have a day. */
export function compareParts(a: { y: number; m?: number; d?: number }, b: { y: number; m?: number; d?: number }): number {
  if (a.y !== b.y) return a.y - b.y;
  if (a.m === undefined || b.m === undefined) return 0;
  if (a.m !== b.m) return a.m - b.m;
  if (a.d === undefined || b.d === undefined) return 0;
  return a.d - b.d;
}

/** Easter Sunday (Gregorian calendar; anonymous computus, as in Meeus). */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/**
 * The day named by an x/nth tag ("<n>:<weekday>:<m>-<d>:<m>-<d>", n = -1 for "dernier") in
 * the period starting in year `y`; null when the period has no such day.
 */
export function nthWeekday(y: number, tag: string): Ymd | null {
  const [nText, wdText, startText, endText] = tag.split(':');
  const n = parseInt(nText, 10);
  const weekday = parseInt(wdText, 10);
  const [sm, sd] = startText.split('-').map(Number);
  const [em, ed] = endText.split('-').map(Number);
  const start = { y, m: sm, d: sd };
  const end = { y: em < sm ? y + 1 : y, m: em, d: ed };
  if (n > 0) {
    const first = addDays(start, (weekday - weekdayOf(start) + 7) % 7);
    const day = addDays(first, 7 * (n - 1));
    return compareParts(day, end) < 0 ? day : null;
  }
  const lastDay = addDays(end, -1);
  return addDays(lastDay, -((weekdayOf(lastDay) - weekday + 7) % 7));
}
