/**
 * Where: the place the sentence names after a locative preposition, the nearest to the trigger,
 * after it first ("une attaque à Dibilou", "sur l'axe Boni-Hombori"). Appointments take a place only from "à <place>"
 * outside their post ("ambassadeur au Mali" is the post, not where the event happened).
 */
import { within, type EventContext } from '../context.js';
import { isDateline } from '../../places/index.js';
import type { PlaceMention } from '../../mentions.js';
import type { ArgRef, Trigger } from '../types.js';

/** "à Bamako", "au Niger", "dans la localité de Dibilou", "près d'Agadez", "à 40 km au nord de Gao": a bare "de" is too often a title's or a name's ("chef d'état-major du Niger"). */
const LOCATIVE = /(?:(?<![\p{L}])(?:à|au|aux|en|dans|sur|vers|près de|entre|contre)|(?:localités?|villages?|villes?|commune|province|région|cercle|département|préfecture|camp|route|axe|quartier|palais|capitale)(?: \p{L}+)? (?:de|des|du|d['’])|(?<![\p{L}])(?:sur|dans) l['’]axe|(?<![\p{L}])(?:sur|dans) le tronçon|(?<![\p{L}])(?:près|non loin|à proximité|aux environs|aux alentours|à la sortie|à l['’]entrée|(?:au|dans le|à l['’]) ?(?:nord|sud|est|ouest|centre)(?:[- ](?:est|ouest))?) (?:de|des|du|d['’]))(?:[\s\u00a0]+(?:la |le |l['’]|les )?|(?<=['’]))$/iu;
/** "la coopération entre le Mali et le Niger": where a meeting is held is never "between" countries. */
const BETWEEN = /(?:entre|contre|vers|sur)[\s\u00a0]+(?:la |le |l['’]|les )?$/iu;
/** "Au Myanmar, …", "À Bamako, …": a locative that opens the sentence. */
const OPENING = /^[\s\u00a0«"“]*(?:\p{L}+[\s\u00a0,]+){0,2}(?:à|au|aux|en|dans)[\s\u00a0]+(?:la |le |l['’]|les )?$/iu;
/** A place that opens the sentence is its subject: "Bamako la capitale malienne a accueilli …". */
const SUBJECT = /^[\s\u00a0«"“]*$/u;
/**
 * Where a person-centred event happened: "à Niamey", "au palais de Koulouba", and an area after
 * "dans" ("enlevés dans la région de Tillabéri", "détenu dans la ville de Zintan"); a bare "de"
 * is a post's or a title's, and "originaire de la ville de X", "commissaire du quartier de X"
 * say where someone is from or serves.
 */
const NEAR = /(?:(?<![\p{L}])(?:à|au|en|près d['’e]|non loin d['’e])|(?<![\p{L}])dans[\s\u00a0]+(?:la|le|l['’]|les|un|une)[\s\u00a0]*(?:localités?|villages?|villes?|commune|province|région|cercle|département|préfecture|quartier)(?:[\s\u00a0]+\p{L}+)?[\s\u00a0]+(?:de|des|du|d['’]))[\s\u00a0]*(?:la |le |l['’])?$/iu;
const PERSON_CENTRED = new Set(['appointment', 'promotion', 'dismissal', 'death', 'arrest', 'kidnapping']);

function ref(p: PlaceMention, text: string): ArgRef {
  return { start: p.start, end: p.end, name: p.normalized || text.slice(p.start, p.end), kind: p.kind };
}

export function placeOf(ctx: EventContext, t: Trigger, post: string | null): ArgRef | null {
  const s = ctx.sentences[t.sentence];
  const text = ctx.text;
  // "BAMAKO, 2 déc 2026 (AFP) - … une embuscade … près de Boni": a dateline names where the news was filed, not where it happened
  const all = within(ctx.places, s.start, s.end).filter((p) => !isDateline(p));
  // "les insurgés ont capturé Palma": the place is the verb's object
  const object = t.type === 'attack' && t.voice === 'active' ? all.find((p) => p.start >= t.end && /^[\s\u00a0]*(?:(?:la|le|les|l['’])[\s\u00a0]*)?$/iu.test(text.slice(t.end, p.start))) : undefined;
  if (object) return ref(object, text);
  const places = all.filter((p) => LOCATIVE.test(text.slice(Math.max(s.start, p.start - 24), p.start)) && (t.type === 'attack' || !BETWEEN.test(text.slice(Math.max(s.start, p.start - 10), p.start))));
  if (!places.length) {
    const subject = all.find((p) => p.end <= t.start && SUBJECT.test(text.slice(s.start, p.start)));
    return subject && (t.type === 'meeting' || t.type === 'attack') ? ref(subject, text) : null;
  }
  if (PERSON_CENTRED.has(t.type)) {
    const near = places.filter((p) => NEAR.test(text.slice(Math.max(s.start, p.start - 30), p.start)) && p.start >= t.end && p.start - t.end < 160);
    const outsidePost = near.filter((p) => !post || !post.includes(text.slice(p.start, p.end)));
    if (outsidePost.length) return ref(outsidePost[0], text);
    // "Au Myanmar, l'armée … après avoir arrêté X": a place opening the sentence frames it
    const opening = places.find((p) => p.end <= t.start && OPENING.test(text.slice(s.start, p.start)));
    return opening ? ref(opening, text) : null;
  }
  const after = places.filter((p) => p.start >= t.end);
  // "sur la route nationale numéro 6, entre Sévaré et San": the town that locates the road
  // segment is what a coder geocodes; a road alone has no coordinates
  if (after.length > 1 && after[0].kind === 'road' && after[1].kind !== 'road' && after[1].start - after[0].end < 40) return ref(after[1], text);
  if (after.length) return ref(after[0], text);
  return ref(places[places.length - 1], text);
}
