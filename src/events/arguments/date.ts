/**
 * When: the date the trigger's sentence gives, the nearest to the trigger; a date inside
 * "depuis …" or "jusqu'à …" is a duration, not when the event happened.
 */
import { within, type EventContext } from '../context.js';
import type { DateRef, Trigger } from '../types.js';

const DURATION = /(?:depuis|jusqu['’]à|jusqu['’]en|pendant|durant|d['’]ici)[\s\u00a0]+(?:le |la |l['’])?$/iu;

/** Farther than this, a date in the sentence is another clause's ("fait suite à la signature …, le 16 septembre 2023"). */
const REACH = 50;
/**
 * A relative clause opening between a date and the trigger after it: the date is the main clause's.
 * Not "lorsque", "quand": "En 1936, lorsque le roi décède", "au 11 décembre, quand un attentat …" date the clause.
 */
const RELATIVE = /,[\s\u00a0]*(?:où|dont)(?![\p{L}])/iu;
/** A date after the trigger with no punctuation, conjunction or relative pronoun between stays in its clause this far. */
const CLAUSE_REACH = 120;
const CLAUSE_BREAK = /[,;:.!?()«»"“”]|(?<![\p{L}])(?:et|mais|puis|alors|avant|après|qu['’]|que|qui|dont|où|depuis)(?![\p{L}])/iu;
/** "les élections du 30 mai", "l'attaque de mardi", "de l'année 2021": a date completing a noun dates that noun. */
const NOUN_COMPLEMENT = /(?<![\p{L}])(?:de|du|des|d['’])[\s\u00a0]*(?:l['’][\s\u00a0]*|la[\s\u00a0]+)?$/iu;

/** At most a connector or two before it: "De même, en 2014", "Puis, en septembre". */
const OPENING = /^[\s\u00a0«"“]*(?:\p{L}+['’]?[\s\u00a0,]*){0,5}$/u;

/** "Paris, le 12 novembre 2026 - …", "BAMAKO, 2 déc 2026 (AFP) - …": a date the dash of a dateline follows is when the news was filed. */
const DATELINE_AFTER = /^[\s\u00a0]*(?:[àa][\s\u00a0]+\d{1,2}[h:]\d{0,2}[\s\u00a0]*)?(?:\([^)]{1,30}\)[\s\u00a0]*)?[-–—]/u;

/** …and it comes right after the dateline's place: "Paris, le", "BAMAKO,", "NIAMEY (Niger), lundi". */
const DATELINE_BEFORE = /^[\s\u00a0]*\p{Lu}[\p{L}'’-]{1,30}(?:[\s\u00a0][\p{L}'’-]{1,20}){0,3}[\s\u00a0]*(?:\([^)]{1,30}\)[\s\u00a0]*)?,[\s\u00a0]*(?:le[\s\u00a0]+)?(?:\p{L}+[\s\u00a0]+)?$/u;

export function dateOf(ctx: EventContext, t: Trigger): DateRef | null {
  const s = ctx.sentences[t.sentence];
  // "détenue depuis février 2022": for a detention, "depuis" gives when it began
  const detention = /détenu/iu.test(ctx.text.slice(t.start, t.end));
  const dates = within(ctx.dates, s.start, s.end).filter((d) => (detention || !DURATION.test(ctx.text.slice(Math.max(s.start, d.start - 14), d.start))) && !(d.end <= t.start && DATELINE_AFTER.test(ctx.text.slice(d.end, d.end + 40)) && DATELINE_BEFORE.test(ctx.text.slice(s.start, d.start))));
  if (!dates.length) return null;
  // the stretch of text between the trigger and a date, on whichever side the date lies
  const gap = (d: { start: number; end: number }) => (d.start >= t.end ? { from: t.end, to: d.start } : { from: d.end, to: t.start });
  const dist = (d: { start: number; end: number }) => { const g = gap(d); return g.to - g.from; };
  const between = (d: { start: number; end: number }) => { const g = gap(d); return ctx.text.slice(g.from, g.to); };
  // "s'est rendu le week-end dernier à Djibo, où une attaque avait fait 15 morts … le 12 janvier":
  // a relative clause opened after the date holds the trigger, and a date later in that clause is its own
  const inClause = dates.filter((d) => !(d.end <= t.start && RELATIVE.test(between(d))));
  // "Ce mercredi, le président …, a reçu", "De même, en 2014, …": a date opening the sentence governs its main verb
  const close = inClause.filter((d) => dist(d) <= REACH || (d.start >= t.end && dist(d) <= CLAUSE_REACH && !CLAUSE_BREAK.test(between(d)) && !NOUN_COMPLEMENT.test(between(d))) || (d.end <= t.start && OPENING.test(ctx.text.slice(s.start, d.start))));
  if (!close.length) return null;
  let best = close[0];
  for (const d of close) if (dist(d) < dist(best)) best = d;
  return { start: best.start, end: best.end, value: best.value };
}
