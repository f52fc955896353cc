// Types of corpus.mjs, for the tests that import it.
export declare const STATES: readonly ['pending', 'running', 'done', 'failed'];
export declare const CORPORA: readonly ['simple', 'realistic'];
export declare const EPICS: number;
export interface Seeded {
  (): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}
export declare function seeded(seed: number): Seeded;
export declare function woId(i: number): string;
export declare function epicId(i: number): string;
export declare function shaOf(i: number): string;
export declare const WORK_ORDER_SCHEMA: Record<string, unknown>;
export declare const BACKLOG_SCHEMA: Record<string, unknown>;
export declare const DOD_SCHEMA: Record<string, unknown>;
export declare function simpleWoText(i: number, state: string): string;
export declare function realisticWoText(i: number, state: string, random: Seeded): string;
export declare function woText(corpus: 'simple' | 'realistic', i: number, state: string, random: Seeded): string;
export declare function backlogFiles(count: number): Record<string, string>;
