/**
 * One event per occurrence: later mentions of an event already told ("Cette audience", "la
 * réunion", "Les victimes ont été tuées … à Dibilou") join it and fill its missing arguments.
 * Two mentions are one event when they have the same type, nothing conflicts (another place,
 * another date, other people, another post) and something ties them: a shared person, the
 * same place, or a definite noun pointing back within a few sentences.
 */
import type { ArgRef, EventDraft } from '../types.js';

/** Sentences within which a definite noun ("la réunion") may point back to an event. */
const ANAPHOR_REACH = 6;
/** "Les échanges lors de cette réunion": a demonstrative points back further. */
const DEMONSTRATIVE_REACH = 12;
/** Sentences after a headline that may retell its event. */
const HEADLINE_REACH = 3;
/** Sentences after an arrest of unnamed people within which an arrest naming someone is the same one. */
const GROUP_THEN_NAME = 1;
/** Attacks told in neighbouring sentences are one attack unless something conflicts. */
const ATTACK_REACH = 2;

const SPECIFIC = new Set(['city', 'unknown']);
/** How many earlier events a mention is compared with. */
const MAX_LOOKBACK = 30;
const sharePerson = (a: ArgRef[], b: ArgRef[]) => a.some((p) => b.some((q) => q.cluster === p.cluster));

function conflict(a: EventDraft, b: EventDraft): boolean {
  // two towns, two regions, two countries are two places; a town and its country are one place told twice
  if (a.place && b.place && a.place.name !== b.place.name) {
    const ka = a.place.kind ?? 'unknown';
    const kb = b.place.kind ?? 'unknown';
    if (SPECIFIC.has(ka) && SPECIFIC.has(kb)) return true;
    if (ka === kb && ka !== 'area') return true;
  }
  if (a.date?.value && b.date?.value && !a.date.value.startsWith(b.date.value) && !b.date.value.startsWith(a.date.value)) return true;
  if (a.persons.length && b.persons.length && !sharePerson(a.persons, b.persons) && a.type !== 'meeting') return true;
  if (a.post && b.post && a.post.toLowerCase() !== b.post.toLowerCase()) return true;
  return false;
}

function tied(a: EventDraft, b: EventDraft): boolean {
  if (sharePerson(a.persons, b.persons)) return true;
  if (a.place && b.place && a.place.name === b.place.name && (a.type === 'attack' || a.type === 'meeting')) return true;
  if (b.anaphoric && b.sentence - a.sentence <= (b.demonstrative ? DEMONSTRATIVE_REACH : ANAPHOR_REACH)) return true;
  // a second "une attaque à Sévaré" two sentences on is another attack; "les victimes ont été tuées à Dibilou" is not
  if ((a.type === 'attack' || a.type === 'meeting') && b.sentence - a.sentence <= ATTACK_REACH && (b.anaphoric || !b.place || !b.fresh)) return true;
  // arrests of unnamed people told in neighbouring sentences ("ont été arrêtés au Cap" … "les huit personnes arrêtées")
  if ((a.type === 'arrest' || a.type === 'kidnapping') && !a.persons.length && !b.persons.length && b.sentence - a.sentence <= ANAPHOR_REACH) return true;
  // "ont annoncé l'arrestation de huit soldats. Le colonel X est arrêté avec sept autres": the count, then a name
  if ((a.type === 'arrest' || a.type === 'kidnapping') && !a.persons.length && b.persons.length && b.sentence - a.sentence <= GROUP_THEN_NAME) return true;
  // "une fusillade meurtrière dans une école" … "une fusillade dans une école du Michigan": the same word for the same event
  if ((a.type === 'attack' || a.type === 'meeting') && a.head && a.head === b.head && b.sentence - a.sentence <= ANAPHOR_REACH) return true;
  if (a.date?.value && a.date.value.length >= 10 && a.date.value === b.date?.value) return true;
  // "Grève : un syndicaliste interpellé à Tunis" then "X a été interpellé mercredi à Tunis": a headline
  // that names no one tells the event its first sentences tell
  if (a.headline && b.sentence <= HEADLINE_REACH && (!a.persons.length || !b.persons.length)) return true;
  return false;
}

function absorb(into: EventDraft, from: EventDraft): void {
  for (const p of from.persons) if (!into.persons.some((q) => q.cluster === p.cluster)) into.persons.push(p);
  into.post ??= from.post;
  into.rank ??= from.rank;
  // "au Burkina Faso" then "à Dibilou": the village says more than its country
  if (!into.place || (from.place && !SPECIFIC.has(into.place.kind ?? '') && SPECIFIC.has(from.place.kind ?? ''))) into.place = from.place ?? into.place;
  if (!into.date?.value && from.date?.value) into.date = from.date;
  if (from.fatalities !== null && (into.fatalities === null || from.fatalities > into.fatalities)) {
    into.fatalities = from.fatalities;
    into.approximate = from.approximate;
  }
  if (from.injured !== null && (into.injured === null || from.injured > into.injured)) into.injured = from.injured;
  into.perpetrator ??= from.perpetrator;
  into.replaces ??= from.replaces;
  into.successor ??= from.successor;
  into.confidence = Math.round(Math.min(0.95, Math.max(into.confidence, from.confidence) + 0.05) * 100) / 100;
}

export function mergeMentions(drafts: EventDraft[]): EventDraft[] {
  const out: EventDraft[] = [];
  for (const d of drafts) {
    let target: EventDraft | undefined;
    // the events told just before: a bounded look-back keeps a document of thousands of events linear
    for (let k = out.length - 1; k >= Math.max(0, out.length - MAX_LOOKBACK); k--) {
      const e = out[k];
      if (e.type !== d.type || conflict(e, d)) continue;
      if (tied(e, d)) { target = e; break; }
    }
    if (target) absorb(target, d);
    else out.push(d);
  }
  return out;
}
