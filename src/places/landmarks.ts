/**
 * Buildings, sites and streets named after a person: "l'hôpital Gabriel Touré", "le stade
 * Modibo Keïta", "l'aéroport Félix Houphouët-Boigny d'Abidjan", "l'avenue Kwame Nkrumah". In
 * Sahel news these names are everywhere (the wounded are taken to a hospital, a match is played
 * in a stadium), and read alone the name is a person who is not in the story. The noun and the
 * name are one place, kind "landmark" (a street: "road"). The nouns are data
 * (data/places/landmark-nouns.txt); a determiner or "à"/"de" must come before the noun, and
 * the name is two to four capitalized words (a person's full name), hyphens and Arabic or Tuareg
 * filiations included; "de" is left out, since "l'hôpital Gabriel Touré de Bamako" is in Bamako.
 */
import type { PlaceMention } from '../mentions.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../data.js';
import { escapeRegExp } from '../text/normalize.js';

let pattern: RegExp | null = null;
const roads = new Set<string>();

function load(): RegExp {
  if (pattern) return pattern;
  const nouns: string[] = [];
  for (const line of readFileSync(join(DATA_DIR, 'places', 'landmark-nouns.txt'), 'utf8').split('\n')) {
    const [noun, kind] = line.trim().split('\t');
    if (!noun || noun.startsWith('#')) continue;
    nouns.push(noun);
    if (kind === 'road') roads.add(noun);
  }
  // the noun as written in lower case or with a capital ("l'Hôpital Gabriel Touré"); no 'i' flag,
  // which would let \p{Lu} match any letter
  const alt = nouns.sort((a, b) => b.length - a.length).map((n) => `[${n[0]}${n[0].toUpperCase()}]${escapeRegExp(n.slice(1))}`).join('|');
  const SP = '[\\s\\u00a0]+';
  const NAME = "\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)?";
  // "l'hôpital", "au stade", "de la place", "sur l'avenue": a determiner before the noun, so that
  // "Place" or "Base" opening a sentence or a name ("Camp David") is not read as one
  pattern = new RegExp(
    `(?<![\\p{L}])(?:[Ll]e|[Ll]a|[Ll]['’]|[Dd]u|[Aa]u|[Uu]n|[Uu]ne)[\\s\\u00a0]*(${alt})${SP}(${NAME}(?:${SP}(?:(?:ben|ould|ag|dan|el)${SP})?${NAME}){1,3})(?![\\p{L}\\p{N}'’-])`,
    'gu',
  );
  return pattern;
}

export function recognizeLandmarks(text: string): PlaceMention[] {
  const re = load();
  const out: PlaceMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const nounStart = m.index + m[0].lastIndexOf(m[1], m[0].length - m[2].length);
    const end = m.index + m[0].length;
    const written = text.slice(nounStart, end).replace(/[\s\u00a0]+/g, ' ');
    out.push({
      start: nounStart, end, normalized: written, country: null, kind: roads.has(m[1].toLowerCase()) ? 'road' : 'landmark',
      latitude: null, longitude: null, known: false,
    });
  }
  return out;
}
