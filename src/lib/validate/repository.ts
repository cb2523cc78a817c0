import type { PlacedPlaceholder } from '../notices/notice-file.ts';
import type { Application, Contract, Guideline, Notice, Pairing, Program, Statistics } from '../types.generated.ts';

export interface Loaded<T> {
  file: string;
  data: T;
}

type LoadedNotice = Loaded<Notice> & { body: string; program: string; notice: string; placeholders: PlacedPlaceholder[] };

type LoadedGuideline = Loaded<Guideline> & { body: string; slug: string; program: string };

/** The records that parsed and matched their schema; rules and the site read these. */
export interface Repository {
  /** By program id (its folder name). */
  programs: Map<string, Loaded<Program>>;
  /** By '<program>/<pairing-id>', from the file's path. */
  pairings: Map<string, Loaded<Pairing>>;
  /** By '<program>/<pairing-id>', from the file's path. */
  contracts: Map<string, Loaded<Contract>>;
  /** By '<program>/<slug>'. */
  guidelines: Map<string, LoadedGuideline>;
  /** By '<program>/<cycle>/<application-id>', from the file's path (confidential: never read by the site). */
  applications: Map<string, Loaded<Application>>;
  /** Notice texts by '<program>/<notice>' (file name without .md). */
  notices: Map<string, LoadedNotice>;
  /** Each program's published statistics (content/programs/<program>/statistics.yaml), by program folder. */
  statistics: Map<string, Loaded<Statistics>>;
  /** Each program's SOURCES.md, by program id: its text, for the program-sources rule. */
  sources: Map<string, { file: string; text: string }>;
}

export function emptyRepository(): Repository {
  return {
    programs: new Map(),
    pairings: new Map(),
    contracts: new Map(),
    guidelines: new Map(),
    applications: new Map(),
    notices: new Map(),
    statistics: new Map(),
    sources: new Map(),
  };
}

/** The program of a '<program>/<pairing-id>' key (neither part holds a slash: both are path segments). */
export const programOfKey = (key: string): string => key.slice(0, key.indexOf('/'));

/** The pairing id of a '<program>/<pairing-id>' key. */
export const idOfKey = (key: string): string => key.slice(key.indexOf('/') + 1);
