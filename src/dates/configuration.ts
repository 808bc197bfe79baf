/**
 * The date recognizer's chrono configuration: a curated part of chrono.fr plus our parsers
 * and refiners. Built on first use (chrono and the lexicon are not loaded at import time).
 *
 * Why chrono.fr alone is not enough (fr-timebank DATE timexes, scripts/dev-timebank.mjs with and
 * without --chrono-only): chrono.fr relaxed F1 0.728 / strict 0.371 on the dev split against
 * 0.976 / 0.952 for this configuration (test split: 0.711 / 0.446 against 0.918 / 0.828). It has
 * no parser for a month with a year
 * ("avril 2025"), a bare year ("en 2023"), decades, "fin/début/mi-", quarters, seasons or
 * "l'an dernier", feasts, centuries, "le premier dimanche de mars", "jeudi 14" or "les 4 et 5
 * juin"; it finds nothing in "aujourd’hui" (typographic apostrophe); it reads "la mer" and "le
 * jeu" as weekdays and "3-4 ans" as a time; it joins "jeudi 16 septembre, à 18 h" into one span;
 * and it resolves every relative or yearless expression against the reference date, so it
 * cannot say "unknown" when the document date is, nor count from the previous date of the text
 * ("l'année suivante", "la veille").
 *
 * Order matters: our noise filter first, chrono's overlap removal and weekday merge, then
 * AttachTime before chrono's date+time merge (so a clock time joins the date's value, not its
 * span), ranges, direction words, articles, relative tags, event anchors, and last a second
 * overlap removal.
 */
// The French locale entry point alone: the package root loads every locale (~4x slower import).
import { Chrono, createCasualConfiguration } from 'chrono-node/fr';
import type { Parser, Refiner } from 'chrono-node';
import { AnchorFlags, FirstChars, digitWord, wordContaining, wordIn, type Gate } from './anchors.js';
import { mayHoldDate } from './chunks.js';
import { checkTagStore, stickyPattern, surroundings, type GatedEngine } from './gated.js';
import { FrParser } from './parsers/base.js';
import { MonthYearParser } from './parsers/monthYear.js';
import { BareYearParser } from './parsers/bareYear.js';
import { DecadeParser } from './parsers/decade.js';
import { PartOfPeriodParser } from './parsers/partOfPeriod.js';
import { PartOfYearParser } from './parsers/partOfYear.js';
import { QuarterParser } from './parsers/quarter.js';
import { SeasonParser } from './parsers/season.js';
import { RelativePeriodParser } from './parsers/relativePeriod.js';
import { CasualDayParser } from './parsers/casualDay.js';
import { TimeOfDayParser } from './parsers/timeOfDay.js';
import { ClockColonParser } from './parsers/clockColon.js';
import { YearInWordsParser } from './parsers/yearInWords.js';
import { DawnSuffixRefiner } from './refiners/dawnSuffix.js';
import { NthWeekdayParser } from './parsers/nthWeekday.js';
import { DayWithoutMonthParser } from './parsers/dayWithoutMonth.js';
import { CenturyParser } from './parsers/century.js';
import { HolidayParser } from './parsers/holiday.js';
import { PartOfCurrentPeriodParser } from './parsers/partOfCurrentPeriod.js';
import { AnaphoricPeriodParser } from './parsers/anaphoricPeriod.js';
import { DurationFromDocumentParser } from './parsers/durationFromDocument.js';
import { WrittenDayParser } from './parsers/writtenDay.js';
import { DayOfCurrentMonthParser } from './parsers/dayOfCurrentMonth.js';
import { ShortYearParser } from './parsers/shortYear.js';
import { SameTimeParser } from './parsers/sameTime.js';
import { DaysFromPreviousParser } from './parsers/daysFromPrevious.js';
import { DateTimeMergeRefiner } from './refiners/dateTimeMerge.js';
import { DropNoiseRefiner } from './refiners/dropNoise.js';
import { BetweenRangeRefiner } from './refiners/betweenRange.js';
import { DirectionSuffixRefiner } from './refiners/directionSuffix.js';
import { ArticlePrefixRefiner } from './refiners/articlePrefix.js';
import { TagRelativeRefiner } from './refiners/tagRelative.js';
import { DropLoneTimeRefiner } from './refiners/dropLoneTime.js';
import { TrimSpanRefiner } from './refiners/trimSpan.js';
import { CasualWeekdayRefiner } from './refiners/casualWeekday.js';
import { AttachTimeRefiner } from './refiners/attachTime.js';
import { EventAnchorRefiner } from './refiners/eventAnchor.js';
import { TenseDirectionRefiner } from './refiners/tenseDirection.js';
import { DateInNameRefiner } from './refiners/dateInName.js';
import { PluralDirectionRefiner } from './refiners/pluralDirection.js';
import { AnaphoricYearComplementRefiner, YearComplementRefiner } from './refiners/yearComplement.js';
import { RangeMergeRefiner } from './refiners/rangeMerge.js';
import { ThatPartOfDayRefiner } from './refiners/thatPartOfDay.js';

/** chrono.fr parsers we keep. Its time-expression parsers read "3-4 ans" and "2 et" as times. */
const KEPT_CHRONO_PARSERS = new Set([
  'ISOFormatParser', 'SlashDateFormatParser', 'FRMonthNameLittleEndianParser', 'FRCasualDateParser',
  'FRCasualTimeParser', 'FRWeekdayParser',
]);

/**
 * Anchors of the chrono.fr parsers we keep, read from their patterns (chrono 2.10): each
 * begins with `(\W|^)` (ISO, month-name, casual, weekday, "il y a") or `([^\d]|^)` (slash
 * dates). A word here contains the keyword: chrono's `\W` is ASCII, so "é" before "mardi" is
 * a boundary to it.
 */
/** chrono.fr's weekday names (WEEKDAY_DICTIONARY) and month names (MONTH_DICTIONARY), without dots. */
const CHRONO_WEEKDAYS = ['dimanche', 'dim', 'lundi', 'lun', 'mardi', 'mar', 'mercredi', 'mer', 'jeudi', 'jeu', 'vendredi', 'ven', 'samedi', 'sam'];
const CHRONO_MONTHS = [
  'janvier', 'jan', 'janv', 'février', 'fév', 'févr', 'fevrier', 'fev', 'fevr', 'mars', 'mar', 'avril', 'avr', 'mai', 'juin', 'jun',
  'juillet', 'juil', 'jul', 'août', 'aout', 'septembre', 'sep', 'sept', 'octobre', 'oct', 'novembre', 'nov', 'décembre', 'decembre', 'dec', 'déc',
];
/** Every chrono.fr month name begins with one of these. */
const MONTH_KEYS = ['jan', 'fév', 'fev', 'mar', 'avr', 'mai', 'juin', 'jun', 'juil', 'jul', 'août', 'aout', 'sep', 'oct', 'nov', 'déc', 'dec'];
/**
 * What follows the day's word in a match of chrono.fr's FRMonthNameLittleEndianParser pattern
 * (`day (au|-|–|jusqu'au|\s) day`, then `-`, `/` or `\s*(de)?\s*` and a month): a letter ending
 * the word ("1er", "12mai") lets anything follow; after a digit, the second day or the month.
 */
const MONTH_NAME_AFTER_DAY = `(?<=\\p{L})|\\s*(?:au|-|–|jusqu'au?|\\s)\\s*\\d|(?:-|/|\\s*(?:de)?\\s*)(?:${MONTH_KEYS.join('|')})`;
const asciiWord = (ch: string | undefined): boolean => ch !== undefined && /[a-z0-9_]/.test(ch);

/**
 * A word holding a weekday where chrono's pattern can read it: after a boundary (its `\W`) or
 * "ce", and before a boundary, a digit, "dernier"/"prochain" or the word's end.
 */
function chronoWeekdayIn(w: string): boolean {
  for (const day of CHRONO_WEEKDAYS) {
    for (let i = w.indexOf(day); i >= 0; i = w.indexOf(day, i + 1)) {
      const ce = i >= 2 && w.startsWith('ce', i - 2) && !asciiWord(w[i - 3]);
      if (!ce && asciiWord(w[i - 1])) continue;
      const after = w.slice(i + day.length);
      if (after === '' || !/^[a-z_]/.test(after) || /^(?:dernier|prochain)/.test(after)) return true;
    }
  }
  return false;
}

/** A word holding a month name where chrono's pattern can end it: before a non-letter, a digit or the word's end. */
function chronoMonthIn(w: string): boolean {
  for (const month of CHRONO_MONTHS) {
    for (let i = w.indexOf(month); i >= 0; i = w.indexOf(month, i + 1)) if (!/^[a-z_]/.test(w.slice(i + month.length))) return true;
  }
  return false;
}

const CHRONO_GATES: Record<string, Gate> = {
  // four digits before "-" and a digit, after a boundary
  ISOFormatParser: { ...digitWord((w) => /(?:^|[^a-z0-9_])\d{4}$/.test(w)), lead: 0, starts: 'boundary', atEnd: '-\\d' },
  // one or two digits before "/", "." or "-" and a digit, so ending their word
  SlashDateFormatParser: { ...digitWord((w) => /(?:^|\D)\d\d?$/.test(w)), lead: 0, starts: 'beforeDigit', atEnd: '[\\/.\\-]\\d' },
  // "(on )12 mai", "3 au 5 mai": after the day's word, a month or the range's second day
  FRMonthNameLittleEndianParser: {
    ...digitWord((w) => /(?:^|\D)\d\d?(?!\d)/.test(w)), lead: 1, starts: 'boundary', needs: { anchor: chronoMonthIn, keys: MONTH_KEYS },
    atEnd: MONTH_NAME_AFTER_DAY,
  },
  // "aujourd'hui", "cette nuit", "la veille"
  FRCasualDateParser: { ...wordContaining(['maintenant', 'aujourd', 'demain', 'hier', 'nuit', 'veille']), lead: 1, starts: 'boundary' },
  // "cet après-midi", "ce à minuit"
  FRCasualTimeParser: { ...wordContaining(['matin', 'soir', 'midi', 'aprem', 'minuit']), lead: 2, starts: 'boundary' },
  // "ce" may come before; every name holds one of the keys (a short list scans faster)
  FRWeekdayParser: { anchor: chronoWeekdayIn, keys: ['dim', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam'], lead: 1, starts: 'boundary' },
  // "il y a", written with single spaces
  FRTimeUnitAgoFormatParser: { ...wordIn(['y']), lead: 1, starts: 'boundary', atStart: '(?<=il )', atEnd: ' a' },
};

function chronoParts(): { parsers: Parser[]; refiners: Map<string, Refiner> } {
  const config = createCasualConfiguration();
  const parsers: Parser[] = [];
  config.parsers.forEach((p, i) => {
    const name = p.constructor.name;
    // The relative-unit parser is unshifted first and (in chrono 2.10) shares the class name
    // of the "il y a" parser, which comes later: keep only the later one.
    if (KEPT_CHRONO_PARSERS.has(name) || (name === 'FRTimeUnitAgoFormatParser' && i > 0)) parsers.push(p);
  });
  const refiners = new Map<string, Refiner>();
  for (const r of config.refiners) refiners.set(r.constructor.name, r);
  return { parsers, refiners };
}

/** The same parsers and refiners, each parser tried only near its anchors (gated.ts). */
export function gatedEngineOf(chrono: Chrono): GatedEngine {
  checkTagStore();
  const parsers = chrono.parsers.map((parser) => {
    const gate = parser instanceof FrParser ? parser.gate() : CHRONO_GATES[parser.constructor.name];
    if (!gate) throw new Error(`no anchors for the date parser ${parser.constructor.name}`);
    return {
      parser,
      gate,
      firsts: gate.firsts === undefined ? null : new FirstChars(gate.firsts),
      sticky: stickyPattern(parser, parser instanceof FrParser ? parser.patternParts() : undefined),
      ...surroundings(gate),
    };
  });
  return { parsers, refiners: chrono.refiners, anchors: new AnchorFlags(parsers.map((p) => p.gate), mayHoldDate) };
}

export function createDateChrono(): Chrono {
  const base = chronoParts();
  const get = (name: string): Refiner => {
    const r = base.refiners.get(name);
    if (!r) throw new Error(`chrono refiner ${name} not found`);
    return r;
  };
  return new Chrono({
    parsers: [
      ...base.parsers,
      new MonthYearParser(),
      new BareYearParser(),
      new DecadeParser(),
      new PartOfPeriodParser(),
      new PartOfYearParser(),
      new QuarterParser(),
      new SeasonParser(),
      new RelativePeriodParser(),
      new CasualDayParser(),
      new TimeOfDayParser(),
      new ClockColonParser(),
      new YearInWordsParser(),
      new NthWeekdayParser(),
      new DayWithoutMonthParser(),
      new CenturyParser(),
      new HolidayParser(),
      new PartOfCurrentPeriodParser(),
      new AnaphoricPeriodParser(),
      new DurationFromDocumentParser(),
      new WrittenDayParser(),
      new DayOfCurrentMonthParser(),
      new ShortYearParser(),
      new SameTimeParser(),
      new DaysFromPreviousParser(),
    ],
    refiners: [
      new DropNoiseRefiner(),
      new DateInNameRefiner(),
      new TrimSpanRefiner(),
      new ThatPartOfDayRefiner(),
      new DawnSuffixRefiner(),
      get('OverlapRemovalRefiner'),
      get('MergeWeekdayComponentRefiner'),
      new AttachTimeRefiner(),
      new AnaphoricYearComplementRefiner(),
      new DateTimeMergeRefiner(get('FRMergeDateTimeRefiner') as ConstructorParameters<typeof DateTimeMergeRefiner>[0]),
      new RangeMergeRefiner(get('FRMergeDateRangeRefiner')),
      new CasualWeekdayRefiner(),
      new BetweenRangeRefiner(),
      new YearComplementRefiner(),
      new DirectionSuffixRefiner(),
      new PluralDirectionRefiner(),
      new TenseDirectionRefiner(),
      new ArticlePrefixRefiner(),
      new TagRelativeRefiner(),
      new EventAnchorRefiner(),
      new DropLoneTimeRefiner(),
      get('OverlapRemovalRefiner'),
    ],
  });
}
