/**
 * "au Stade de France", "le Zénith de Pau", "le Palais du Louvre", "le Parc olympique de Sydney":
 * a capitalized venue noun opens the name of a building or ground, which the organization rules
 * and the tagger read as a body (a name with a capital head). The venue is a place. Clubs named
 * "Stade" stay organizations: "le Stade rennais", "le Stade Malien", "le Stade de Reims" (a club
 * takes its town's adjective or name; a ground takes a person's name, a status or a country).
 * Listed names stay what the list says ("le Palais de Koulouba" is the presidency).
 */
import { lookupPlace } from './index.js';
import { isListedOrganization } from '../organizations/lexicon.js';

const VENUE = /^(Stade|Palais|Parc|Zénith)[\s\u00a0]+(.+)$/su;
/** Status words after "Stade": the ground, not a club ("Stade olympique", "Stade municipal"). */
const GROUND = /^(?:olympique|municipal|national|nautique|omnisports|régional|communal|vélodrome)\b/u;
/** A demonym-like word after "Stade" names a club: "Stade Malien", "Stade Lavallois", "Stade Tunisien". */
const CLUB_ADJECTIVE = /(?:ien|ienne|ais|aise|ois|oise|ain|aine|éen|éenne|in|ine)$/u;

/** Whether an organization's text is the name of a venue, to be read as a place. */
export function isVenueName(surface: string): boolean {
  const m = VENUE.exec(surface);
  // "le Palais de Koulouba a démenti": a listed seat of power speaks for the government
  if (!m || isListedOrganization(surface)) return false;
  if (m[1] !== 'Stade') return true;
  const rest = m[2];
  if (GROUND.test(rest)) return true;
  // "Stade de France": a club is named after its town, a ground may be after the country
  const of = /^(?:de|du|des|d['’])[\s\u00a0]*(.+)$/u.exec(rest);
  if (of) return lookupPlace(of[1])?.kind === 'country';
  // "Stade Geoffroy-Guichard", "Stade Modibo Keïta": a person's name
  const first = rest.split(/[\s\u00a0]+/)[0];
  return /^\p{Lu}/u.test(first) && !CLUB_ADJECTIVE.test(first) && !lookupPlace(first);
}
