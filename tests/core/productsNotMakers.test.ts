/**
 * A product named after its maker ("Nintendo DS", "Google Drive", "Microsoft Office") is no
 * mention of the company; the company named alone still is. Sentences written for extrait in
 * the style of technology and video-game news.
 */
import { entityTexts } from './typedEntities.js';

const organizations = (text: string): string[] => entityTexts(text, 'organization');

describe('products named after their maker', () => {
  test('a console is not its maker, whether the rules or the tagger read the name', () => {
    expect(organizations('La version remasterisée du jeu est sortie sur Nintendo Switch le 7 juin 2018.')).toEqual([]);
    expect(organizations('Le jeu a été adapté en 1992 sur Super Nintendo, puis réédité sur Nintendo DS.')).toEqual([]);
  });

  test('software and online services', () => {
    expect(organizations('Les fichiers sont enregistrés par défaut dans Google Drive.')).toEqual([]);
    expect(organizations('Les formats de fichier de Microsoft Office sont pris en charge.')).toEqual([]);
  });

  test('the maker named alone is still an organization', () => {
    expect(organizations('Nintendo a annoncé mardi une nouvelle console pour la fin de l’année.')).toContain('Nintendo');
    expect(organizations('Le ministère a signé un accord avec Google et Microsoft pour former des enseignants.')).toEqual(expect.arrayContaining(['Google', 'Microsoft']));
  });
});

describe('competitions named like a body', () => {
  test('a league or a cup is no organization, nor the body named inside it', () => {
    expect(organizations("Le club s'est qualifié pour la Ligue Europa après sa victoire en Bundesliga.")).toEqual([]);
    expect(organizations("Il a disputé la Ligue des champions de l'UEFA avec son club formateur.")).toEqual([]);
  });

  test('the body named alone is still an organization', () => {
    expect(organizations("L'UEFA a sanctionné le club après les incidents de la Ligue des champions.")).toEqual(['UEFA']);
  });
});
