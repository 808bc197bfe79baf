/** Real news texts the tests read: the seed articles, and MasakhaNEWS French dev when ../shared is there (headline and text of each row). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const seedDir = join(process.cwd(), 'fixtures/seeds');
export const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedDir, f), 'utf8'));

export const NEWS_DEV = join(process.cwd(), '..', 'shared', 'data', 'masakhanews-fra', 'dev.tsv');
/** Empty when the file is absent: tests skip by name then. */
export const newsDev: string[] = existsSync(NEWS_DEV)
  ? readFileSync(NEWS_DEV, 'utf8').split('\n').slice(1).filter(Boolean).map((line) => line.split('\t').slice(1, 3).join('\n'))
  : [];
