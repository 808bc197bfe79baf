/**
 * A title in apposition after the name: "Abdou Sidikou Issa, nouveau chef d’état-major des
 * armées, …", "Jean-Noël Barrot, chef de la diplomatie française", and after a rank that follows
 * the name: "X, général de brigade, chef d’état-major …" (the rank stays a rank). News items
 * put the age first: "Aimé Scheller, 36 ans, sertisseur, …". OCR of old print reads the comma as
 * a period ("M. Robert Gerber. conseiller communal releva …"): a period followed by a lower-case
 * word ends no sentence, so it opens an apposition too. A date the post is held since may
 * stand before it: "X, depuis 2019 présidente de la région".
 */
import type { Span } from '../../mentions.js';
import { titleAt, type FoundTitle } from './extent.js';
import { skipBlanks } from '../../text/blank.js';

const OPEN = /^[\s\u00a0]*(?:,|\(|[-–—](?=[\s\u00a0])|\.(?=[\s\u00a0]+\p{Ll}))[\s\u00a0]*(?:(?:par ailleurs|aussi|également|lui-même|elle-même|lui aussi|elle aussi|depuis[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?\d{4})[\s\u00a0]*,?[\s\u00a0]*)?(?:\d{1,3}[\s\u00a0]+ans[\s\u00a0]*,[\s\u00a0]*)?/u;

/** An auxiliary or a verb of saying right after a title: the title is a subject, not an apposition. */
const SUBJECT_VERB = /^[\s\u00a0]+(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront|va|vont|déclare|affirme|estime|annonce|explique|indique|souligne|ajoute|dit|précise)(?!\p{L}|\p{M}|['’-])/u;

/**
 * OPEN's necessary first step, read without a slice or the regex: after the blanks, a comma, a
 * parenthesis, a dash or a period (most names are followed by none of them).
 */
function mayOpen(text: string, pos: number, end: number): boolean {
  const p = skipBlanks(text, pos, end);
  if (p >= end) return false;
  const c = text.charCodeAt(p);
  return c === 44 || c === 40 || c === 45 || c === 0x2013 || c === 0x2014 || c === 46;
}

/** `after` is where the name ends; `rankAfter` a rank written right after it, if any. */
export function appositionTitle(text: string, after: number, limit: number, rankAfter: Span | null): FoundTitle | null {
  let pos = after;
  if (rankAfter && rankAfter.start >= after && /^[\s\u00a0,]*$/.test(text.slice(after, rankAfter.start))) pos = rankAfter.end;
  if (!mayOpen(text, pos, Math.min(limit, pos + 40))) return null;
  const m = OPEN.exec(text.slice(pos, Math.min(limit, pos + 40)));
  if (!m || m[0].trim() === '') return null;
  const t = titleAt(text, pos + m[0].length, limit, 'apposition');
  // "Flavio Cotti, le président français Jacques Chirac": the title introduces the next name
  // (not over a blank line: "— Charles Michel, premier ministre belge⏎⏎Vous pouvez …" ends a caption)
  if (t && /^[\s\u00a0]+\p{Lu}/u.test(text.slice(t.end, t.end + 3)) && !/^[^\S\n]*\n[^\S\n]*\n/u.test(text.slice(t.end, t.end + 8))) return null;
  // "Dans une lettre adressée à M. Kenyatta, le président de la Cour suprême a déclaré …": a title
  // with its article and a verb right after it, no comma closing it, is the subject of the next clause
  if (t && /(?:^|[\s\u00a0])(?:le|la|l['’]|un|une)[\s\u00a0]*$/iu.test(text.slice(pos + m[0].length, t.start)) && SUBJECT_VERB.test(text.slice(t.end, t.end + 20))) return null;
  return t;
}
