/**
 * Who took part in a meeting when the text names them after the sentence of its trigger:
 * "Étaient présents le ministre X et le général Y.", "Les deux hommes ont évoqué …",
 * "Au cours de cet entretien, le ministre X a …", "X était accompagné de Y.". Only sentences
 * that speak of the meeting (a cue below) are read, so people a later paragraph names for
 * another reason are not added.
 */
import type { ResolvedPerson } from '../../pipeline/doc.js';
import { within, type EventContext } from '../context.js';
import type { Trigger } from '../types.js';

/** Sentences after the trigger's that may still list participants. */
const FOLLOWING = 2;
const CUE = new RegExp([
  '(?:était|étaient|sont|est) (?:présente?s?|accompagnée?s? (?:de|du|des|par)|entourée?s? (?:de|du|des))',
  '(?:ont|a|avaient|avait) (?:pris part|participé|assisté|également pris part|aussi participé)',
  '(?:y|à la rencontre|à la réunion|à l\'audience|à l\'entretien) (?:ont|a) (?:pris part|participé)',
  'les deux (?:hommes|femmes|dirigeants|présidents|chefs|ministres|personnalités|responsables|délégations|parties)',
  '(?:au cours|à l\'issue|lors|au terme|à la sortie) (?:de cette|de l\'|du|de la) (?:audience|entretien|rencontre|réunion|entrevue|séance de travail|tête-à-tête|sommet)',
  '(?:cette|cet|l\') (?:audience|entretien|entrevue|rencontre|réunion)',
  '(?:son|leur) (?:hôte|interlocuteur|homologue)',
].map((s) => s.replace(/'/g, "['’]").replace(/ /g, '[\\s\\u00a0]+')).join('|'), 'iu');

export function laterParticipants(ctx: EventContext, t: Trigger): ResolvedPerson[] {
  const out: ResolvedPerson[] = [];
  const last = Math.min(ctx.sentences.length - 1, t.sentence + FOLLOWING);
  for (let k = t.sentence + 1; k <= last; k++) {
    const s = ctx.sentences[k];
    const text = ctx.text.slice(s.start, s.end);
    // a new meeting, arrest or other event opens: its people are not this meeting's
    if (!CUE.test(text)) break;
    out.push(...within(ctx.people, s.start, s.end));
  }
  return out;
}
