/**
 * Direction from the sentence's tense, for expressions that do not say it themselves:
 * a yearless date or month ("le procès s'ouvrira fin mars") gets tag x/tense:<dir>, which the
 * resolver uses like "dernier"/"prochain" but with a lower confidence (the direction is
 * guessed); a weekday alone ("l'embuscade a eu lieu dans la nuit de vendredi à samedi",
 * "il viendra dimanche") is moved by a week to the side the tense or a direction word
 * ("mardi passé", tag x/dir) says. chrono.fr otherwise takes the nearest such weekday. A date
 * of an event reported once it happened ("l'attaque du 7 août", "l'attentat de dimanche") is
 * past, whatever the tense of the sentence around it.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG, resultTag } from '../tags.js';
import { tenseAround } from '../tense/verbGroup.js';
import { lexicon } from '../lexicon.js';
import { addDays, compareParts, type Ymd } from '../calendar.js';

/** The expression names its own direction or anchor ("ce mardi", "mardi dernier", "hier"). */
const SELF_DIRECTED = /(?:^|\s)(?:ce|cet|cette)\s|derni|prochain|pass[ée]|hier|demain|aujourd/iu;

let pastEventBefore: RegExp | null = null;
/** "l'attaque du 7 août": an event reported once it happened (pastEventNouns in data/dates/fr.json) right before the date. */
function afterPastEvent(text: string, index: number): boolean {
  pastEventBefore ??= new RegExp(`(?<![\\p{L}])(?:${lexicon().pastEventNounRe})s?\\s+(?:du|de|d')\\s*$`, 'iu');
  return pastEventBefore.test(text.slice(Math.max(0, index - 40), index));
}

let participleBefore: RegExp | null = null;
let planned: Set<string> | null = null;
/**
 * "selon le rapport publié mardi", "l'accord signé lundi": a noun, its past participle, then the
 * weekday dates a thing already done, whatever the tense of the sentence ("devrait battre le
 * record, selon le rapport publié mardi"); "le match programmé samedi" is ahead (the participles of plannedBefore).
 */
function afterPastParticiple(text: string, index: number): boolean {
  participleBefore ??= /(?<![\p{L}])(?:le|la|les|l['’]|un|une|des|du|au|aux|son|sa|ses|leur|leurs|ce|cet|cette|ces)\s*\p{L}{3,}\s+(\p{L}+(?:é|ée|és|ées))\s+$/iu;
  const m = participleBefore.exec(text.slice(Math.max(0, index - 50), index));
  if (!m) return false;
  planned ??= new Set(lexicon().plannedBefore.map((w) => w.toLowerCase()));
  return !planned.has(m[1].toLowerCase());
}

let plannedBefore: RegExp | null = null;
/**
 * "a annoncé jeudi son départ au 15 juillet", "le vote, prévu le 3 juillet": the date is the
 * object of a plan (plannedBefore in data/dates/fr.json), whose verb's tense says nothing of it.
 */
function afterPlan(text: string, index: number): boolean {
  plannedBefore ??= new RegExp(`(?<![\\p{L}])(?:${lexicon().plannedBeforeRe})(?:\\s+(?:pour|au|à|a|le|la|l'|en|du|jusqu'au|plus\\s+tard))*\\s*$`, 'iu');
  return plannedBefore.test(text.slice(Math.max(0, index - 48), index));
}

const ymdOf = (c: ParsingComponents): Ymd => ({ y: c.get('year') ?? 0, m: c.get('month') ?? 1, d: c.get('day') ?? 1 });

function shift(c: ParsingComponents, days: number): void {
  const v = addDays(ymdOf(c), days);
  c.imply('year', v.y);
  c.imply('month', v.m);
  c.imply('day', v.d);
}

export class TenseDirectionRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = context.refDate;
    const today = { y: ref.getFullYear(), m: ref.getMonth() + 1, d: ref.getDate() };
    const weekdays = new Map<ParsingResult, 'past' | 'future'>();
    for (const r of results) {
      const s = r.start;
      if (s.isCertain('year') || resultTag(r, TAG.rel) !== undefined || resultTag(r, TAG.prev) !== undefined || resultTag(r, TAG.ana) !== undefined) continue;
      const weekdayOnly = s.isCertain('weekday') && !s.isCertain('day') && !s.isCertain('month');
      if (!weekdayOnly && !s.isCertain('month')) continue;
      const said = resultTag(r, TAG.dir);
      // "ce mardi", "cet été", "mardi dernier": the expression places itself
      if (said === undefined && SELF_DIRECTED.test(r.text)) continue;
      const dir = said ?? (afterPastEvent(context.text, r.index) || (weekdayOnly && afterPastParticiple(context.text, r.index)) ? 'past' : tenseAround(context.text, r.index, r.index + r.text.length));
      if (!dir) continue;
      // the past tense of the announcing verb does not place what it announces
      if (said === undefined && dir === 'past' && !weekdayOnly && afterPlan(context.text, r.index)) {
        r.addTag(TAG.planned);
        continue;
      }
      if (said === undefined) {
        r.addTag(TAG.tense + dir);
        if (weekdayOnly) r.addTag(TAG.guessed);
      }
      if (!weekdayOnly) continue;
      if (!r.end && said === undefined && (dir === 'past' || dir === 'future')) weekdays.set(r, dir);
      // the whole expression (a night "de vendredi à samedi") moves by one week if needed
      // a written "prochain"/"dernier" excludes the document day itself; a tense does not
      const written = said !== undefined;
      const afterEnd = compareParts(ymdOf(r.end ?? s), today);
      const afterStart = compareParts(ymdOf(s), today);
      if (dir === 'past' && (written ? afterEnd >= 0 : afterEnd > 0)) {
        shift(s, -7);
        if (r.end) shift(r.end, -7);
      } else if (dir === 'future' && (written ? afterStart <= 0 : afterStart < 0)) {
        shift(s, 7);
        if (r.end) shift(r.end, 7);
      }
    }
    orderCoordinated(context.text, results, weekdays);
    return results;
  }
}

/**
 * "mardi et mercredi" in one direction read from the tense name two days of one week, in order
 * (a written "prochains" keeps its own reading, refiners/pluralDirection.ts): on a Wednesday,
 * "le trafic sera perturbé mardi et mercredi" is next Tuesday and Wednesday, not next Tuesday and
 * today; "ils ont manifesté mardi et mercredi" on a Tuesday is last week's two days.
 */
function orderCoordinated(text: string, results: ParsingResult[], weekdays: Map<ParsingResult, 'past' | 'future'>): void {
  for (let i = 0; i + 1 < results.length; i++) {
    const a = results[i];
    const b = results[i + 1];
    const dir = weekdays.get(a);
    if (!dir || weekdays.get(b) !== dir || !COORDINATED.test(text.slice(a.index + a.text.length, b.index))) continue;
    if (compareParts(ymdOf(b.start), ymdOf(a.start)) >= 0) continue;
    if (dir === 'future') shift(b.start, 7);
    else shift(a.start, -7);
  }
}

const COORDINATED = /^\s*(?:et|ou|,)\s*$/u;
