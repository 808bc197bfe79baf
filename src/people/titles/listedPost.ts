/**
 * The list shape of government communiqués: "- Directeur du Génie militaire : Colonel-major
 * Abdoulaye KONATE ;", "Chef d'état-major général adjoint des Armées : Général de Brigade Oumar
 * DIARRA". The post opens the line (after a bullet), a colon gives it to the person who follows;
 * councils of ministers in West Africa publish their nominations so, one post a line.
 */
import { titleAt, type FoundTitle } from './extent.js';
import { honorificBefore } from '../honorifics.js';

/** A line's opening before the post: blanks and a bullet or dash. */
const BULLET = /^[\s\u00a0]*(?:[-–—•·*▪►]|\d{1,2}[.)])?[\s\u00a0]*/u;
/** The longest post a line holds before its colon ("Directeur général adjoint de l'Agence … de la Sécurité …"). */
const MAX_POST = 160;

/**
 * The post a line gives the person whose name (or rank) starts at `lead`, when the line reads
 * "post : [honorific] [rank] name": nothing but an honorific between the colon and the person.
 */
export function listedPostTitle(text: string, lead: number): FoundTitle | null {
  // the line's start, looked for no further back than a post and an honorific reach (a text of one long line stays linear)
  const floor = Math.max(0, lead - MAX_POST - 30);
  let lineStart = lead;
  while (lineStart > floor && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return null;
  // the person opens right after the colon, or after an honorific there ("Monsieur", "Mme")
  const honorific = honorificBefore(text, lead);
  let colon = (honorific ? honorific.start : lead) - 1;
  while (colon > lineStart && /[\s\u00a0]/u.test(text[colon])) colon--;
  if (colon <= lineStart || text[colon] !== ':') return null;
  let postEnd = colon;
  while (postEnd > lineStart && /[\s\u00a0]/u.test(text[postEnd - 1])) postEnd--;
  const postStart = lineStart + BULLET.exec(text.slice(lineStart, postEnd))![0].length;
  if (postEnd - postStart < 4) return null;
  const t = titleAt(text, postStart, postEnd, 'listed');
  // the whole label before the colon is the post: "Objet : Monsieur X" or "Contact : Mme Y" hold no post
  return t && t.start === postStart && t.end === postEnd ? t : null;
}
