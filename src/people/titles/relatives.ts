/**
 * Posts that belong to someone other than the name after them. A relative's post: "Le fils du
 * président, Hunter Biden", "Fille d’un fermier écossais, X", "la veuve du général, Y" — a post
 * or grade governed by a kinship noun (data/people/title-shapes.json "kinship") is the relative's.
 * A relational post's complement: "le successeur du général André", "le bras droit d’Adolf
 * Hitler" — the name completing "successeur de" is the other person ("relationalHeads").
 * The other way round, a post whose complement is an earlier name is the post of the name
 * apposed after it: "L’avocat de Gérard Lemaire, Me François Saint-Pierre" (postOfNamed).
 */
import { loadJson } from '../../data.js';
import { alternation, foldKey, phrasePattern } from '../../text/normalize.js';

interface RelativeData { kinship: string[]; relationalHeads: string[] }

let kinOf: RegExp | null = null;
/** "Il est le père du joueur, X", "se présente comme le neveu du candidat, M. Y": the kinship is said of someone else. */
const PREDICATE = "(?<![\\p{L}\\p{M}])(?:est|était|sont|étaient|fut|serait|sera|devient|comme)[\\s\\u00a0]+(?:(?:le|la|les|un|une|son|sa|ses)[\\s\\u00a0]+|l['’][\\s\\u00a0]*)?";
let relational: Set<string> | null = null;
/** The longest relational head, its plural's "s" included. */
let relationalLength = 0;

/**
 * Whether text[from, pos) ends with a kinship noun and its "de" ("fils du ", "fille d’un "), the
 * noun not right after a comma nor a copula: "Kim Jong-nam, 45 ans, demi-frère du dirigeant, Kim
 * Jong-un" apposes the kinship to the name before it, and the name after it is the relative.
 */
export function kinshipBefore(text: string, from: number, pos: number): boolean {
  if (!kinOf) {
    const { kinship } = loadJson<RelativeData>('people/title-shapes.json');
    const words = alternation(kinship, (w) => phrasePattern(w, { hyphens: true }));
    kinOf = new RegExp(`(?<![\\p{L}\\p{M}-]|,[\\s\\u00a0]*|${PREDICATE})(?:${words})s?[\\s\\u00a0]+(?:du|des|de[\\s\\u00a0]+la|de[\\s\\u00a0]+l['’]|d['’]une?|de[\\s\\u00a0]+(?:son|sa|ses|leur|notre|votre)|de|d['’])[\\s\\u00a0]*(?:(?:ancien|ancienne|feu|défunt|défunte|regretté|regrettée)[\\s\\u00a0]+)?$`, 'iu');
  }
  return kinOf.test(text.slice(Math.max(from, pos - 50), pos));
}

const DE = /(?<![\p{L}\p{M}])(?:(?:de|du|des)(?![\p{L}\p{M}])|d['’])/iu;

/**
 * Whether the title text[start, end) with head text[start, headEnd), followed by `connector`,
 * is a relational post whose "de" complement is the name after it: a "de" in the connector
 * ("successeur du général André") or in the complement with no comma before the name
 * ("le successeur de l’Égyptien Mohamed Salah"); "son prédécesseur d’Ahmad, Issa Hayatou" stays.
 */
export function relationalComplement(text: string, start: number, headEnd: number, end: number, connector: string): boolean {
  if (!relational) {
    const heads = loadJson<RelativeData>('people/title-shapes.json').relationalHeads;
    relational = new Set(heads.flatMap((h) => [h, foldKey(h)]));
    for (const h of heads) relationalLength = Math.max(relationalLength, h.length + 1);
  }
  // (asked at every title found: most heads are longer or of other words, and a lower-case slice costs less than a fold)
  if (headEnd - start > relationalLength) return false;
  const head = text.slice(start, headEnd).toLowerCase().replace(/[\s\u00a0-]+/gu, ' ');
  if (!relational.has(head) && !relational.has(head.replace(/s$/u, ''))) return false;
  return DE.test(connector) || (!connector.includes(',') && DE.test(text.slice(headEnd, end)));
}

/**
 * Between a head and the name (its grade included) it governs: "de ", "d’", "du " a grade, "de M. ";
 * not "ministre de la Défense Jean X, Paul Y", where the name only follows the complement.
 */
const GOVERNS = /^[\s\u00a0]*(?:de[\s\u00a0]+|d['’][\s\u00a0]*|du[\s\u00a0]+)(?:(?:M\.|Mme|Mlle|Me|Maître|Dr|Pr)[\s\u00a0]*)?$/iu;

/**
 * Whether the title text[start, end) with head text[start, headEnd), before `connector`, ends
 * with the earlier person text[personStart, end) as its "de" complement, a comma apposing the
 * next name: "L’avocat de Gérard Lemaire, Me François Saint-Pierre" — the lawyer is the name
 * after the comma ("l’avocat de Jean Dupont" alone gives Dupont no post: postAboutName).
 */
export function postOfNamed(text: string, headEnd: number, end: number, connector: string, personStart: number, personEnd: number): boolean {
  return connector.includes(',') && personEnd === end && personStart >= headEnd && GOVERNS.test(text.slice(headEnd, personStart));
}
