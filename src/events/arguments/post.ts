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
const FUNCTION_HEAD = /^[\s,]*(?:(?:le|la|l['’]) ?)?(?:nouvel?(?:le)? |premi(?:er|ère) |vice-)?(?:ministre|chef|cheffe|directeur|directrice|président|présidente|premier ministre|commandant|gouverneur|ambassadeur|ambassadrice|secrétaire|porte-parole|conseiller|conseillère|coordonnateur|coordinateur|inspecteur|préfet|haut-commissaire|sélectionneur|entraîneur|procureur|administrateur|délégué|déléguée|représentant|représentante|chargé|médiateur|gouverneure)(?![\p{L}])/iu;

/** A post after `from`, with its introducer or a function word first. */
function postAt(text: string, from: number): string | null {
  const window = text.slice(from, from + 40);
  const intro = INTRODUCER.exec(window);
  if (intro) {
    const p = phraseFrom(text, from + intro[0].length);
    if (!p) return null;
    // "à la tête de la Banque centrale": the body is the post's domain; keep the head too
    return /tête|présidence/i.test(intro[0]) ? `${intro[0].replace(/^[,\s]+/, '')}${p.text}`.replace(/\s+/g, ' ') : p.text;
  }
  const head = FUNCTION_HEAD.exec(window);
  if (head) {
    // ", le nouveau président de …": the apposition's own punctuation and article are not the post
    const lead = /^[\s,]*(?:(?:le|la|l['’]) ?)?/iu.exec(window)![0].length;
    return phraseFrom(text, from + lead)?.text ?? null;
  }
  return null;
}

/** "Il est relevé de ce poste": the function the sentence before gives ("était l'ancien commandant du 12e régiment"). */
function earlierPost(ctx: EventContext, t: Trigger): string | null {
  if (!/^[\s,]*(?:de|à) (?:ce|son) (?:poste|fonctions?)/iu.test(ctx.text.slice(t.end, t.end + 30)) || t.sentence === 0) return null;
  const prev = ctx.sentences[t.sentence - 1];
  const m = /(?:était|est|fut|a été)[\s\u00a0]+(?:(?:le|la|l['’])[\s\u00a0]*)?(?:ancien(?:ne)?[\s\u00a0]+)?/iu.exec(ctx.text.slice(prev.start, prev.end));
  if (!m) return null;
  const from = prev.start + m.index + m[0].length;
  return FUNCTION_HEAD.test(ctx.text.slice(from, from + 40)) ? phraseFrom(ctx.text, from)?.text ?? null : null;
}

/** A title worth reporting as a post: a word of three letters or more, not an article. */
const PLAUSIBLE_TITLE = /^(?!(?:une?|les?|la|des?|du)$)\p{L}{3,}/iu;

export function postOf(ctx: EventContext, t: Trigger, persons: ArgRef[]): string | null {
  if (t.type !== 'appointment' && t.type !== 'dismissal') return null;
  const text = ctx.text;
  // active: "a nommé X au poste de …": after the object; passive: after the verb
  const object = persons.find((p) => p.start >= t.end);
  const fromObject = object ? postAt(text, object.end) : null;
  const direct = postAt(text, t.end);
  if (direct || fromObject) return direct ?? fromObject;
  const earlier = earlierPost(ctx, t);
  if (earlier) return earlier;
  // the function the text gives the person, as written
  const person = persons[0];
  if (person) {
    const resolved = ctx.people.find((p) => p.start === person.start);
    if (resolved?.titleText && PLAUSIBLE_TITLE.test(resolved.titleText.split(/\s+/)[0]) && resolved.titleText.split(/\s+/).length > 0 && !/^(?:une?|les?|la)$/iu.test(resolved.titleText)) return resolved.titleText;
  }
  return null;
}
