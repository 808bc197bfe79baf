/**
 * Named roads ("la RN 7", "la route nationale n° 15", "l'autoroute A 1", "l'A7", "la RNIE 2"):
 * places of kind "road". Their letters are the French numbering (and that of the countries that
 * inherited it): N/RN national, RD departmental, RR regional, RNIE inter-state (Benin), A
 * motorway, E European route. A bare "A 1" is only taken after "l'" or "autoroute", since
 * "A 1" alone is too often a grade or a paper size.
 */
import type { PlaceMention } from '../mentions.js';

const ROAD = new RegExp(
  [
    // RN 7, RN7, RN-7, RD 934, RR 12, RNIE 1, RN n° 15
    String.raw`(?<![\p{L}\p{N}])(RNIE|RN|RD|RR)[\s\u00a0-]?(?:n°[\s\u00a0]?)?(\d{1,4})(?![\p{L}\p{N}])`,
    // route nationale 7, route nationale n° 15, route départementale 934
    String.raw`(?<![\p{L}])(route[\s\u00a0]+(?:nationale|départementale|régionale))[\s\u00a0]+(?:n°[\s\u00a0]?|numéro[\s\u00a0]+)?(\d{1,4})(?![\p{L}\p{N}])`,
    // l'A 1, l’A7, autoroute A 6, l'E40
    String.raw`(?:(?<=\b[lL]['’])|(?<=autoroute[\s\u00a0]+))([AE])[\s\u00a0]?(\d{1,3})(?![\p{L}\p{N}])`,
  ].join('|'),
  'gu',
);

const SHORT: Record<string, string> = { 'route nationale': 'RN', 'route départementale': 'RD', 'route régionale': 'RR' };

export function recognizeRoads(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  ROAD.lastIndex = 0;
  for (let m = ROAD.exec(text); m; m = ROAD.exec(text)) {
    const letters = m[1] ?? m[3] ?? m[5];
    const number = m[2] ?? m[4] ?? m[6];
    if (!letters || !number || /^0/.test(number)) continue;
    const prefix = SHORT[letters.toLowerCase().replace(/[\s\u00a0]+/g, ' ')] ?? letters.toUpperCase();
    out.push({
      start: m.index, end: m.index + m[0].length, normalized: `${prefix} ${number}`, country: null, kind: 'road',
      latitude: null, longitude: null, known: true,
    });
  }
  return out;
}
