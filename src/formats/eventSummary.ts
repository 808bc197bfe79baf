/**
 * One line per event for the human-facing views (terminal, HTML): who, what post or grade,
 * where, when, the toll, by whom, replacing whom.
 */
import type { EventRecord } from '../types.js';

export function eventFacts(e: EventRecord): string[] {
  const out: string[] = [];
  if (e.persons.length) out.push(e.persons.map((p) => p.name).join(', '));
  if (e.post) out.push(`post: ${e.post}`);
  if (e.rank) out.push(`grade: ${e.rank}`);
  if (e.place) out.push(`in ${e.place.name}`);
  if (e.date?.value) out.push(e.date.value);
  const approx = e.approximate ? '~' : '';
  if (e.fatalities !== null) out.push(`${approx}${e.fatalities} killed`);
  if (e.injured !== null) out.push(`${e.injured} injured`);
  if (e.perpetrator) out.push(`by ${e.perpetrator.name}`);
  if (e.replaces) out.push(`replaces ${e.replaces.name}`);
  return out;
}
