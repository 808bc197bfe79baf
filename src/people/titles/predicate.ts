/**
 * A title given by the verb after the name: "X est nommé chef d’état-major de l’armée de terre",
 * "X devient directeur de cabinet", "X a été désigné président du comité de transition",
 * "X occupe désormais le poste de …", "X, qui dirigeait la gendarmerie".
 */
import { headedPhraseAt, titleAt, type FoundTitle } from './extent.js';
import { B, E, shapeLexicon, SP } from './lexicon.js';

let re: RegExp | null = null;

/** Auxiliaries, adverbs and an apposition between the name and the verb. */
function pattern(): RegExp {
  if (re) return re;
  const { appointVerbs, becomeVerbs, holdPhrases, postIntros } = shapeLexicon();
  const aux = `(?:qui|a|avait|ont|avaient|est|sont|sera|serait|était|vient|venait|d['’]|être|été|s['’]est|se${SP}voit|ainsi|désormais|officiellement|alors|également|aussi|récemment|déjà|hier|aujourd['’]hui|jusqu['’]ici|jusque-là|précédemment|naguère)`;
  re = new RegExp(
    `^(?:[\\s\\u00a0]*,[^,;.]{1,90},)?[\\s\\u00a0]*,?[\\s\\u00a0]*(?:${aux}(?:${SP}|(?<=['’])))*` +
      `(?:(?<appoint>${appointVerbs})(?:${SP}(?:par${SP}(?:décret|arrêté|le${SP}conseil)[^,;.]{0,60}?))?(?:${SP}(?:${postIntros}))?` +
      `|(?<become>${becomeVerbs})` +
      `|(?<hold>${holdPhrases}))${E}`,
    'iu',
  );
  return re;
}

export function predicateTitle(text: string, after: number, limit: number): FoundTitle | null {
  const m = pattern().exec(text.slice(after, Math.min(limit, after + 260)));
  if (!m || !m.groups) return null;
  const pos = after + m[0].length;
  const title = titleAt(text, pos, limit, 'predicate');
  if (title) return title;
  if (m.groups.hold) {
    // "qui dirigeait la gendarmerie": the verb and its object say the post
    const verbStart = after + m[0].length - m.groups.hold.length;
    const t = headedPhraseAt(text, verbStart, pos, limit, 'predicate');
    if (t && /ait$/iu.test(m.groups.hold.split(/[\s\u00a0]/)[0])) t.former = true;
    return t;
  }
  // "nommé à la tête de la gendarmerie"
  if (m.groups.appoint && new RegExp(`${B}à${SP}la${SP}tête${SP}(?:de|du|des|d['’])$`, 'iu').test(m[0])) {
    const phrase = /à[\s\u00a0]+la[\s\u00a0]+tête/iu.exec(m[0])!;
    return headedPhraseAt(text, after + phrase.index, after + phrase.index + phrase[0].length, limit, 'predicate');
  }
  return null;
}
