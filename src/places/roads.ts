/**
 * Named roads ("la RN 7", "la route nationale n° 15", "l'autoroute A 1", "l'A7", "la RNIE 2"):
 * places of kind "road". Their letters are the French numbering (and that of the countries that
 * inherited it): N/RN national, RD departmental, RR regional, RNIE inter-state (Benin), A
 * motorway, E European route. A bare "A 1" is only taken after "l'" or "autoroute", since
 * "A 1" alone is too often a grade or a paper size.
 */
import type { PlaceMention } from '../mentions.js';
import { lazyRegExp } from '../text/lazyRegExp.js';
import { warmedUp } from '../text/warmRegExp.js';

const ROAD_SOURCE = [
  // RN 7, RN7, RN-7, RD 934, RR 12, RNIE 1, RN n° 15
  String.raw`(?<!\p{L}|\p{N})(RNIE|RN|RD|RR)[\s\u00a0-]?(?:n°[\s\u00a0]?)?(\d{1,4})(?!\p{L}|\p{N})`,
  // route nationale 7, route nationale n° 15, route départementale 934
  String.raw`(?<![\p{L}])(route[\s\u00a0]+(?:nationale|départementale|régionale))[\s\u00a0]+(?:n°[\s\u00a0]?|numéro[\s\u00a0]+)?(\d{1,4})(?!\p{L}|\p{N})`,
  // l'A 1, l’A7, autoroute A 6, l'E40
  String.raw`(?:(?<=\b[lL]['’])|(?<=autoroute[\s\u00a0]+))([AE])[\s\u00a0]?(\d{1,3})(?!\p{L}|\p{N})`,
].join('|');

/** The road pattern, tried only at a candidate position (sticky). */
const ROAD_AT = warmedUp(new RegExp(ROAD_SOURCE, 'uy'));
/**
 * Where a road can start: "R" before N, D or R; "route"; the letter after "l'". Every match of
 * ROAD starts at one of these or right after "autoroute" and its spaces (found from "route"),
 * so the costly pattern (look-behinds and Unicode classes at every position) runs only there.
 * No two hits can overlap where a match could start (they open on different letters).
 */
const ANCHOR = /R[NDR]|route|[lL]['’][AE]/g;
const SPACE_AFTER_AUTOROUTE = /[\s\u00a0]+/y;

const SHORT: Record<string, string> = { 'route nationale': 'RN', 'route départementale': 'RD', 'route régionale': 'RR' };

/** The pattern scanning the whole text: what the anchors must agree with (`gate: false`). */
const ROAD = lazyRegExp(ROAD_SOURCE, 'gu');

/** `gate: false` runs the pattern at every position instead of at the anchors (tests compare both). */
export function recognizeRoads(text: string, options: { gate?: boolean } = {}): PlaceMention[] {
  const out: PlaceMention[] = [];
  let done = 0; // end of the last match: the global scan would resume there
  const tryAt = (at: number) => {
    if (at < done) return;
    ROAD_AT.lastIndex = at;
    const m = ROAD_AT.exec(text);
    if (!m) return;
    done = at + m[0].length;
    const letters = m[1] ?? m[3] ?? m[5];
    const number = m[2] ?? m[4] ?? m[6];
    if (!letters || !number || number.charCodeAt(0) === 48 /* 0 */) return;
    const prefix = SHORT[letters.toLowerCase().replace(/[\s\u00a0]+/g, ' ')] ?? letters.toUpperCase();
    out.push({
      start: at, end: done, normalized: `${prefix} ${number}`, country: null, kind: 'road',
      latitude: null, longitude: null, known: true,
    });
  };
  if (options.gate === false) {
    const road = ROAD();
    road.lastIndex = 0;
    for (let m = road.exec(text); m; m = road.exec(text)) tryAt(m.index);
    return out;
  }
  ANCHOR.lastIndex = 0;
  for (let a = ANCHOR.exec(text); a; a = ANCHOR.exec(text)) {
    const at = a.index;
    const c = text.charCodeAt(at);
    if (c === 108 /* l */ || c === 76 /* L */) {
      tryAt(at + 2);
      continue;
    }
    tryAt(at);
    if (c === 114 /* r */ && at >= 4 && text.startsWith('auto', at - 4)) {
      SPACE_AFTER_AUTOROUTE.lastIndex = at + 5;
      if (SPACE_AFTER_AUTOROUTE.test(text)) tryAt(SPACE_AFTER_AUTOROUTE.lastIndex);
    }
  }
  return out;
}
