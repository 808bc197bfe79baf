/**
 * A noun phrase as written, from a start offset to the first boundary: punctuation, a
 * clause cue ("en remplacement de", "par décret", a date, an election's score: "avec 68% des voix",
 * "au premier tour"), a verb. Used for posts and grades.
 */

const BOUNDARY = /[,;:.()«»"“”!?\n\[\]]|\s(?:en remplacement|à la place|par (?:décret|le|la|l['’]|les|un|une|arrêté)|à compter|à partir|depuis|lors|pour (?:un|une|la|le)|jusqu|(?:le|ce|du) (?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|a|ont|est|sont|qui|après|avant|dans le cadre|suite|et (?=\p{Lu})|en (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\d)|succède|remplace|cède|selon|avec (?:\d|plus d|près d|environ|quelque)|au (?:premier|second|deuxième) tour|à l['’]issue|au terme|par \d)(?![\p{L}])/u;
const TRAILING = /(?:\s+(?:de|du|des|d['’]|la|le|les|l['’]|à|au|aux|en|et|pour|sur))+$/u;
const MAX_CHARS = 110;

export function phraseFrom(text: string, start: number): { text: string; start: number; end: number } | null {
  let s = start;
  while (s < text.length && /\s/.test(text[s])) s++;
  const window = text.slice(s, s + MAX_CHARS);
  const b = BOUNDARY.exec(window);
  let body = (b ? window.slice(0, b.index) : window).replace(TRAILING, '').trimEnd();
  // a window cut mid-word drops the cut word
  if (!b && window.length === MAX_CHARS) body = body.replace(/\s+\S*$/u, '');
  if (!/\p{L}/u.test(body)) return null;
  return { text: body.replace(/\s+/g, ' '), start: s, end: s + body.length };
}
