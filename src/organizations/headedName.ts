/**
 * Names that open on a head word ("Forces de Défense et de Sécurité", "Conseil fédéral",
 * "université de Princeton"): how far the words after the head continue the name.
 */
import { isGivenName } from '../people/lexicon.js';
import { lookupPlace } from '../places/index.js';
import { isNationalityAdjective } from './nationalityAdjectives.js';

/** Prepositions that continue a name: "Forces de Défense et de Sécurité", "Comité de lutte contre la corruption". */
const PREP = new Set(['de', 'du', 'des', 'd', 'et', 'pour', 'à', 'au', 'aux', 'sur', 'contre', 'sans']);
const DET = new Set(['la', 'le', 'les', 'l']);
/** Lower-case words that never continue a name after a preposition or as its adjective. */
const STOP = new Set([
  'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes',
  'un', 'une', 'plusieurs', 'quelques', 'certains', 'certaines', 'chaque', 'autre', 'autres', 'tout', 'tous', 'toute', 'toutes',
  'qui', 'que', 'dont', 'où', 'manière', 'façon', 'part', 'fois', 'suite', 'cours', 'lors', 'plus', 'moins', 'très', 'même',
  'pendant', 'durant', 'avant', 'maintenant', 'cependant', 'notamment', 'mais', 'jamais', 'désormais', 'ainsi', 'ensuite',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'an', 'ans', 'année', 'années', 'mois', 'semaine', 'jour', 'jours',
  'nombreux', 'nombreuses', 'différents', 'différentes', 'divers', 'diverses', 'présent', 'présente', 'présents', 'présentes',
  'personnes', 'gens', 'membres', 'partie', 'président', 'ministre', 'directeur', 'secrétaire',
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'saison', 'saisons', 'ne', 'pas', 'est', 'sont', 'fut', 'fit', 'a', 'ont',
  // prepositions that an adjective's ending hides ("derrière") and nouns of adverbial phrases
  // ("à l'âge de", "à l'issue de", "à la fin", "sur la question du", "au match des étoiles")
  'derrière', 'devant', 'parmi', 'chez', 'vers', 'âge', 'issue', 'fin', 'occasion', 'époque', 'instar', 'question', 'match',
  'pays', 'fait', 'afin', 'enfin', 'loin', 'besoin', 'matin', 'soir', 'lui', 'elle', 'eux', 'elles', 'se', 'y', 'nouveau', 'nouvelle', 'ancien', 'ancienne', 'premier', 'première', 'dernier', 'dernière',
]);
/** Capitalized words that open a sentence and never continue a name ("en petit comité Selon M. Fikeni"). */
const SENTENCE_OPENERS = new Set(['selon', 'dans', 'mais', 'depuis', 'après', 'avant', 'alors', 'ainsi', 'cependant', 'toutefois', 'lors', 'puis', 'ensuite', 'quand', 'lorsque', 'pourtant', 'enfin', 'désormais', 'aujourd', 'hier', 'demain', 'il', 'elle', 'ils', 'elles', 'nous', 'on']);
/** Adjectives that complete a name ("Conseil fédéral", "Forces armées maliennes", "Parti québécois"). */
const ADJECTIVE = /(?:al|ale|aux|ales|el|elle|els|elles|ien|ienne|iens|iennes|ain|aine|ains|aines|ais|aise|aises|ois|oise|oises|ique|iques|aire|aires|if|ive|ifs|ives|é|ée|és|ées|ant|ants|ante|antes|iste|istes|ier|ière|iers|ières|éen|éenne|éens|éennes|eur|eure|eurs|eures|unies?|unis|mixtes?|suprême|nord|sud|est|ouest)$/u;
/** Adjectives of a capitalized name after a lower-case head ("Assemblée nationale", "Nations unies", "État islamique"). */
const NAME_ADJECTIVE = /(?:al|ale|aux|ales|unies|unis|aire|aires|armées|islamique|publique|démocratique|catholique|atlantique)$/u;
const ORG_WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*|[^\s\p{L}\p{M}]/gu;

/** Heads of bodies named for the country they are posted to: "Mission …, au Mali", "Ambassade de France au Niger". */
export const POSTED_HEAD = /^(?:mission|chambre|ambassade|consulat|bureau|délégation|représentation|opération|force|forces|contingent|bataillon|état|etat|coordination|section|antenne|filiale|branche|succursale)$/iu;

/** A country name starts at `pos` ("Norvège", "États-Unis", "Burkina Faso"). */
function countryAt(text: string, pos: number): boolean {
  const words = text.slice(pos, pos + 60).split(/[\s\u00a0,.;:()]+/).filter(Boolean);
  for (let n = Math.min(4, words.length); n >= 1; n--) if (lookupPlace(words.slice(0, n).join(' '))?.kind === 'country') return true;
  return false;
}
/**
 * How far a name that starts with a head word extends; `headEnd` when nothing completes the head.
 * A lower-case head ("agence", "université") needs a capitalized word in its name ("agence
 * Reuter", "université de Princeton"), and the name ends at the last one ("agence de presse" is none).
 */
export function headedName(text: string, headEnd: number, limit: number, lowerHead: boolean, postedHead = false): number {
  let lastCapitalEnd = -1;
  let lastCapital = '';
  ORG_WORD.lastIndex = headEnd;
  let end = headEnd;
  let prevEnd = headEnd;
  let afterPrep = false;
  let det = false;
  /** the previous word was content (the head, a name word): an adjective may follow */
  let prevContent = true;
  let content = 0;
  let lowerNouns = 0;
  let adjectives = 0;
  /** the last preposition seen */
  let prep = '';
  /** a preposition right after "et": only a capitalized name goes on ("et des Finances", not "et de l'attentat") */
  let afterEt = false;
  /** a preposition other than "et" came before: "et de …" then coordinates a second complement
   * ("Ministère de l'Économie et des Finances"); without one it joins a second body ("du Sénat et
   * de l'Assemblée nationale") */
  let complemented = false;
  let m: RegExpExecArray | null;
  while ((m = ORG_WORD.exec(text)) !== null && m.index < limit) {
    let w = m[0];
    if (/[^ \t\u00a0]/.test(text.slice(prevEnd, m.index))) break;
    prevEnd = m.index + m[0].length;
    // "d’" or "l’" written apart ("Union d' Afrique du Sud", "de l' énergie" in tokenized text)
    const apart = /^[dl]['’]$/i.test(w);
    if (apart || (/^[dl]$/i.test(w) && /^['’]/.test(text.slice(prevEnd, prevEnd + 1)))) {
      if (!apart) prevEnd++;
      ORG_WORD.lastIndex = prevEnd;
      if (w[0].toLowerCase() === 'd') afterPrep = complemented = true;
      else if (!afterPrep || prep === 'et') break;
      det = true;
      continue;
    }
    if (!/^[\p{L}\p{M}]/u.test(w)) break;
    // "de s’être prononcé", "qu’il": an elided pronoun or conjunction starts a clause
    if (/^[snqcjmt]['’]/iu.test(w) && !/^[dl]['’]/iu.test(w)) break;
    // "au Ministère de l’Intérieur Gérard Collomb": a person's name after the name, not part of it
    if (lastCapitalEnd > 0 && !afterPrep && /^\p{Lu}/u.test(w) && isGivenName(w) && /^[\s\u00a0]+\p{Lu}/u.test(text.slice(prevEnd, prevEnd + 3))) break;
    // "… pour la sécurité et la coopération en Europe": "en" only before a capitalized name
    if (w === 'en' && !afterPrep && /^[\s\u00a0]+\p{Lu}/u.test(text.slice(prevEnd, prevEnd + 3))) {
      afterPrep = true;
      det = false;
      prep = 'en';
      prevContent = false;
      continue;
    }
    const el = /^([dlDL])['’](?=\p{L})/u.exec(w);
    if (el) {
      if (el[1].toLowerCase() === 'd') afterPrep = complemented = true;
      else if (!afterPrep) break;
      det = true;
      w = w.slice(2);
    }
    const lower = w.toLowerCase();
    const capital = /^\p{Lu}/u.test(w);
    if (!capital && !el) {
      if (PREP.has(lower)) {
        // "Ministère de l'Économie et des Finances": a preposition may follow "et", not another one
        if (afterPrep && (prep !== 'et' || lower === 'et' || !complemented)) break;
        if (lower !== 'et') complemented = true;
        afterEt = afterPrep;
        afterPrep = true;
        det = false;
        prevContent = false;
        prep = lower;
        continue;
      }
      if (DET.has(lower)) {
        // "et les troupes cubaines" is a new phrase: after "et" comes a preposition or a name
        if (!afterPrep || det || prep === 'et') break;
        det = true;
        continue;
      }
    }
    if (capital) {
      // "la Ligue des champions contre Manchester United": an opponent, not the name
      if (afterPrep && prep === 'contre') break;
      // "la Ligue nationale de hockey pour les Canadiens de Montréal": the team played for
      if (afterPrep && det && prep === 'pour' && /(?:^|\s)les[\s\u00a0]+$/.test(text.slice(Math.max(0, m.index - 6), m.index))) break;
      if (!el && SENTENCE_OPENERS.has(lower)) break;
      // "l'université d'Oslo en Norvège", "l'université Simon Fraser au Canada": a named body is
      // located by the country after it; bodies posted to a country keep it ("Ambassade de France au Mali")
      if (afterPrep && !det && (prep === 'en' || prep === 'au' || prep === 'aux') && lastCapitalEnd > 0 && !postedHead && countryAt(text, m.index)) break;
      // "la Commission européenne à Bruxelles": a named body is located by the town after "à"; a
      // campus of a region's network keeps it ("université de Californie à Berkeley")
      if (afterPrep && !det && prep === 'à' && content > 0 && !postedHead && lookupPlace(w) !== null && lookupPlace(lastCapital)?.kind !== 'region') break;
      // "le Rassemblement national et Les Républicains": an article in capitals after "et" opens a second name
      if (afterPrep && !det && prep === 'et' && /^(?:Le|La|Les)$/.test(w)) break;
      // "de Gaulle"-like given names do not continue an organization: "… et Sheikh Mujibur Rahman"
      if (afterPrep && !det && isGivenName(w) && /^[\s\u00a0]+\p{Lu}/u.test(text.slice(prevEnd, prevEnd + 3))) break;
      end = prevEnd;
      lastCapitalEnd = prevEnd;
      lastCapital = w;
      content++;
      afterPrep = false;
      afterEt = false;
      det = false;
      prevContent = true;
      adjectives = 0;
      continue;
    }
    if (STOP.has(lower) || /\d/.test(lower)) break;
    // "la Ligue nationale de hockey et est repêché": after "et", only an adjective goes on
    // ("Conseil économique, social et environnemental"); a verb or adverb starts a clause
    if (afterPrep && prep === 'et' && !det && !(lower.length >= 4 && ADJECTIVE.test(lower) && !/^(?:nord|sud|est|ouest)$/.test(lower))) break;
    if (afterPrep && afterEt) break;
    if (afterPrep) {
      // "de faire": an infinitive after a bare preposition is a verb phrase, not a name
      if (!det && (/(?:er|ir)$/.test(lower) || (/(?:re|oir)$/.test(lower) && (prep === 'pour' || prep === 'sans' || prep === 'à')))) break;
      if (lowerNouns >= 3) break;
      end = prevEnd;
      content++;
      lowerNouns++;
      afterPrep = false;
      det = false;
      prevContent = true;
      adjectives = 0;
      continue;
    }
    // "l'Union européenne domiciliés": a participle after an adjective describes, it does not name
    if (adjectives > 0 && /(?:é|ée|és|ées)$/.test(lower)) break;
    // "Parti démocratique slovène": a nationality ends however it ends, after a capitalized head only
    // ("l'agence allemande DPA" is the agency's description, DPA its name)
    if (prevContent && ((adjectives < 2 && lower.length >= 4 && ADJECTIVE.test(lower)) || (!lowerHead && adjectives < 3 && isNationalityAdjective(lower)))) {
      // "la commission des lois de l'Assemblée nationale": the adjective of a capitalized name is part of it
      // (not a verb the suffix also fits: "le comité Nobel indique", "l'université d'État dirigée")
      if (lastCapitalEnd > 0 && lastCapitalEnd === end && (NAME_ADJECTIVE.test(lower) || isNationalityAdjective(lower))) lastCapitalEnd = prevEnd;
      end = prevEnd;
      content++;
      adjectives++;
      continue;
    }
    break;
  }
  if (lowerHead) return lastCapitalEnd > 0 ? lastCapitalEnd : headEnd;
  return content > 0 ? end : headEnd;
}
