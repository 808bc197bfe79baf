/**
 * The post of an appointment or a dismissal, as written: "au poste de X", "aux fonctions de X",
 * "comme X", "nommé X" (a function word right after the verb), "de son poste de X"; else the
 * function the text gives the person ("X, ministre de la Défense", "le ministre de la Défense X").
 */
import { phraseFrom } from './phrase.js';
import { within, type EventContext } from '../context.js';
import type { ArgRef, Trigger } from '../types.js';

/** "comme X" with no article; "décrit la nomination de Bouden comme une « épée à double tranchant »" is a comparison. */
const INTRODUCER = /^[\s,]*(?:(?:au|à son|à l['’]ancien|de son|de ses|aux) (?:poste|postes|fonctions?) d['’e]\s*|comme (?!(?:une?|des|les?|la|l['’])(?![\p{L}]))|en qualité d['’e]\s*|en tant que |à la tête d['’eu]\s*(?:la |l['’])?|à la présidence d['’eu]\s*(?:la |l['’])?)/iu;
/** Words a post starts with when it follows the verb directly ("est nommé chef d'état-major"). */
const FUNCTION_HEAD = /^[\s,]*(?:(?:le|la|l['’]|du|de la|de l['’]|des) ?)?(?:nouvel?(?:le)? |nouveau |ancien(?:ne)? |premi(?:er|ère) |\p{L}+ième |vice-)?(?:ministre|chef|cheffe|directeur|directrice|président|présidente|premier ministre|commandant|gouverneur|ambassadeur|ambassadrice|secrétaire|porte-parole|conseiller|conseillère|coordonnateur|coordinateur|inspecteur|inspectrice|préfet|haut-commissaire|sélectionneur|entraîneur|procureur|administrateur|délégué|déléguée|représentant|représentante|chargé|médiateur|gouverneure|dirigeant|dirigeante|leader|patron|patronne|responsable|maire|commissaire|juge|PDG|vice-président|vice-présidente|roi|reine|émir|sultan|imam|arbitre)(?![\p{L}])/iu;

/** A post after `from`, with its introducer or a function word first; it ends before a name ("commandant en chef Min Aung Hlaing"). */
function postAt(ctx: EventContext, from: number): string | null {
  const post = postSpan(ctx.text, from);
  if (!post) return null;
  const named = within(ctx.people, post.start, post.end)[0];
  const body = ctx.text.slice(post.start, named ? named.start : post.end).replace(/\s+/g, ' ');
  const trimmed = body.replace(/[\s,]+(?:(?:de|du|des|la|le|les|l['’]|et|en)\s*)*$/iu, '').trim();
  return /\p{L}{2}/u.test(trimmed) ? trimmed : null;
}

function postSpan(text: string, from: number): { start: number; end: number } | null {
  const window = text.slice(from, from + 40);
  const intro = INTRODUCER.exec(window);
  if (intro) {
    const p = phraseFrom(text, from + intro[0].length);
    if (!p) return null;
    // "à la tête de la Banque centrale": the body is the post's domain; keep the head too
    const lead = /tête|présidence/i.test(intro[0]) ? /^[\s,]*/u.exec(window)![0].length : intro[0].length;
    return { start: from + lead, end: p.end };
  }
  if (FUNCTION_HEAD.test(window)) {
    // ", le nouveau président de …": the apposition's own punctuation and article are not the post
    const lead = /^[\s,]*(?:(?:le|la|l['’]|du|de la|de l['’]|des) ?)?/iu.exec(window)![0].length;
    const p = phraseFrom(text, from + lead);
    return p ? { start: p.start, end: p.end } : null;
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
const PLAUSIBLE_TITLE = /^(?!(?:une?|les?|la|des?|du)(?![\p{L}]))\p{L}{3,}/iu;

export function postOf(ctx: EventContext, t: Trigger, persons: ArgRef[]): string | null {
  if (t.type !== 'appointment' && t.type !== 'dismissal') return null;
  const text = ctx.text;
  // active: "a nommé X au poste de …": after the object; passive: after the verb
  const object = persons.find((p) => p.start >= t.end);
  const fromObject = object ? postAt(ctx, object.end) : null;
  // "a choisi l'ancien président X comme médiateur": words before the object describe the person
  const direct = object ? null : postAt(ctx, t.end);
  if (direct || fromObject) return direct ?? fromObject;
  // "X, le dirigeant de l'Union soviétique, démissionnait": the subject's apposition
  const subject = persons.find((p) => p.end <= t.start);
  const apposition = subject && t.type === 'dismissal' && /^[\s\u00a0]*,/u.test(text.slice(subject.end, subject.end + 3)) ? postAt(ctx, subject.end) : null;
  if (apposition) return apposition;
  const earlier = earlierPost(ctx, t);
  if (earlier) return earlier;
  // the function the text gives the person, as written: the post they leave (an appointee's
  // title may be the post they held before)
  const person = t.type === 'dismissal' ? persons[0] : undefined;
  if (person) {
    const resolved = ctx.people.find((p) => p.start === person.start);
    if (resolved?.titleText && PLAUSIBLE_TITLE.test(resolved.titleText)) return resolved.titleText;
  }
  return null;
}
