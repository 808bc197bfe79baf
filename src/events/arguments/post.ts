/**
 * The post of an appointment or a dismissal, as written: "au poste de X", "aux fonctions de X",
 * "comme X", "nommé X" (a function word right after the verb), "de son poste de X"; else the
 * function the text gives the person ("X, ministre de la Défense", "le ministre de la Défense X").
 */
import { phraseFrom } from './phrase.js';
import type { EventContext } from '../context.js';
import type { ArgRef, Trigger } from '../types.js';

const INTRODUCER = /^[\s,]*(?:(?:au|à son|à l['’]ancien|de son|de ses|aux) (?:poste|postes|fonctions?) d['’e]\s*|comme |en qualité d['’e]\s*|en tant que |à la tête d['’eu]\s*(?:la |l['’])?|à la présidence d['’eu]\s*(?:la |l['’])?)/iu;
/** Words a post starts with when it follows the verb directly ("est nommé chef d'état-major"). */
const FUNCTION_HEAD = /^[\s,]*(?:nouvel?(?:le)? |premi(?:er|ère) |vice-)?(?:ministre|chef|cheffe|directeur|directrice|président|présidente|premier ministre|commandant|gouverneur|ambassadeur|ambassadrice|secrétaire|porte-parole|conseiller|conseillère|coordonnateur|coordinateur|inspecteur|préfet|haut-commissaire|sélectionneur|entraîneur|procureur|administrateur|délégué|déléguée|représentant|représentante|chargé|médiateur|gouverneure)(?![\p{L}])/iu;

/** A post after `from`, with its introducer or a function word first. */
function postAt(text: string, from: number): string | null {
  const window = text.slice(from, from + 40);
  const intro = INTRODUCER.exec(window);
  if (intro) {
    const p = phraseFrom(text, from + intro[0].length);
    if (!p) return null;
    // "à la tête de la Banque centrale": the body is the post's domain; keep the head too
    return /tête|présidence/i.test(intro[0]) ? `${intro[0].trim().replace(/^[,\s]*à\s+/i, '')} ${p.text}`.replace(/\s+/g, ' ') : p.text;
  }
  if (FUNCTION_HEAD.test(window)) return phraseFrom(text, from)?.text ?? null;
  return null;
}

export function postOf(ctx: EventContext, t: Trigger, persons: ArgRef[]): string | null {
  if (t.type !== 'appointment' && t.type !== 'dismissal') return null;
  const text = ctx.text;
  // active: "a nommé X au poste de …": after the object; passive: after the verb
  const object = persons.find((p) => p.start >= t.end);
  const fromObject = object ? postAt(text, object.end) : null;
  const direct = postAt(text, t.end);
  if (direct || fromObject) return direct ?? fromObject;
  // the function the text gives the person, as written
  const person = persons[0];
  if (person) {
    const resolved = ctx.people.find((p) => p.start === person.start);
    if (resolved?.titleText) return resolved.titleText;
  }
  return null;
}
