/**
 * Events while the pipeline builds them: offsets are UTF-16 indices into doc.text, like every
 * other mention; the record stage turns argument spans into entity indices.
 */
import type { Span } from '../mentions.js';

export type EventType = 'attack' | 'appointment' | 'promotion' | 'dismissal' | 'meeting' | 'arrest' | 'kidnapping' | 'death';
export type Voice = 'active' | 'passive' | 'noun' | 'intransitive' | 'meeting';

export interface Trigger extends Span {
  type: EventType;
  voice: Voice;
  sentence: number;
}

/** A mention an argument points at: its span (to find the record entity) and its display value. */
export interface ArgRef extends Span {
  name: string;
  /** Person cluster, so that merged events do not list one person twice. */
  cluster?: number;
  /** Places: "country", "city", "region", "area" or "unknown" (a country and a town in it do not conflict). */
  kind?: string;
}

export interface DateRef extends Span {
  value: string | null;
}

export interface EventDraft {
  type: EventType;
  trigger: Span;
  sentence: number;
  persons: ArgRef[];
  post: string | null;
  rank: string | null;
  place: ArgRef | null;
  date: DateRef | null;
  fatalities: number | null;
  injured: number | null;
  approximate: boolean;
  perpetrator: ArgRef | null;
  replaces: ArgRef | null;
  /** "X a été remplacé par Y": Y and the words that say it, appointed after merging (src/events/refiners/succession.ts). */
  successor?: { person: ArgRef; trigger: Span; sentence: number };
  confidence: number;
  /** A definite or demonstrative noun ("cette réunion"): it may refer back to an event already told. */
  anaphoric: boolean;
  /** "cette réunion": points back further than a plain definite. */
  demonstrative?: boolean;
  /** An indefinite noun ("une attaque à Sévaré"): a new event unless something ties it to one told. */
  fresh?: boolean;
  /** In the article's headline: a first sentence with no final punctuation ("Grève : un syndicaliste interpellé à Tunis"). */
  headline?: boolean;
  /** The trigger's noun, lower case ("fusillade"), when it is a noun. */
  head?: string;
}
