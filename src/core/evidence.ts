import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.js';
import { isDecisionComplete } from './decision.js';
import { isRepoFileError, listRepoFolder, readResolvedFile, readRepoText, resolveInRepo, type RepoFolder } from './repo-files.js';
import { isPathSafeWoId, woPath } from './wo-id.js';

/**
 * The evidence folder of a WO, `<handoff_dir>/<WO-ID>/` (docs/formats.md#the-evidence-folder): the one
 * home for its path, its file names, the patch-name pattern, and the readers of what a WO's evidence
 * says (verdict, decision, newest patch). Every other module imports these rather than spelling them.
 */

export const DECISION_FILE = 'decision.md';
export const VERDICT_FILE = 'verdict.json';
/** The symbolic link to the newest patch. */
export const PATCH_LINK = 'dirty.patch';
/** `sha256sum -c` input for the newest patch. */
export const CHECKSUM_FILE = 'dirty.patch.sha256';
/** The one patch-name pattern, `dirty.<sha256>.patch`: the name gc gives a patch (64 lower-case hex digits). */
export const PATCH_NAME = /^dirty\.([0-9a-f]{64})\.patch$/;

export type Verdict = 'PASS' | 'FAIL' | 'CRASH';
const VERDICT_KEYS = ['verdict', 'status', 'result'] as const;

/** The name gc gives a patch with this SHA-256. */
export function patchFileName(sha256: string): string {
  return `dirty.${sha256}.patch`;
}

/**
 * The WO's evidence folder, relative to the root, as reports name it. Never normalised: an id that is
 * not a name (`../x`, `a/b`) is shown as written, and the readers below never build a file-system path
 * from it (they go through woPath, docs/security.md).
 */
export function evidenceFolder(config: Config, woId: string): string {
  return `${config.handoffDir}/${woId}`;
}

/** A file of the WO's evidence folder for reading or writing; undefined when the id cannot name a folder. */
function evidencePath(config: Config, woId: string, name?: string): string | undefined {
  return name === undefined ? woPath(config.handoffDir, woId) : woPath(config.handoffDir, woId, '', name);
}

/** A file of the WO's evidence folder, relative to the root. */
export function evidenceFile(config: Config, woId: string, name: string): string {
  return `${evidenceFolder(config, woId)}/${name}`;
}

/** The verdict files of a WO, in the order they are read (repository-relative). */
export function verdictFiles(config: Config, woId: string): string[] {
  return [evidenceFile(config, woId, VERDICT_FILE), `_ctx/logs/${woId}/${VERDICT_FILE}`];
}

/** The verdict a verdict file's text holds: the first of `verdict`, `status`, `result` whose value is PASS, FAIL or CRASH. */
export function verdictOfText(text: string): Verdict | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  for (const key of VERDICT_KEYS) {
    const value = (data as Record<string, unknown>)[key];
    if (typeof value !== 'string') continue;
    const upper = value.trim().toUpperCase();
    if (upper === 'PASS' || upper === 'FAIL' || upper === 'CRASH') return upper;
  }
  return undefined;
}

/**
 * The verdict recorded in `<handoff>/<WO-ID>/verdict.json`, if any is readable (through repo-files:
 * never through a link out of the repository, never a FIFO, within the read cap).
 */
export function readVerdict(root: string, config: Config, woId: string): Verdict | undefined {
  const file = evidencePath(config, woId, VERDICT_FILE);
  if (file === undefined) return undefined;
  try {
    const text = readRepoText(root, file);
    return text === undefined ? undefined : verdictOfText(text);
  } catch (error) {
    if (isRepoFileError(error)) return undefined;
    throw error;
  }
}

// A WO id that names the same folder on every file system: no separators, no dot segments, no trailing
// dot, ASCII only (so lower-casing matches the folding of a case-insensitive file system).
const PLAIN_FOLDER_NAME = /^[A-Za-z0-9_-](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;

/**
 * `readVerdict` for many WOs: the handoff folder is listed once, so a WO without a folder there costs
 * no failed read. Ids that are not plain folder names, or a folder that cannot be listed, are read directly.
 */
export function verdictReader(root: string, config: Config): (woId: string) => Verdict | undefined {
  let folders: Set<string> | undefined;
  try {
    folders = new Set((listRepoFolder(root, config.handoffDir)?.entries ?? []).map((entry) => entry.name.toLowerCase()));
  } catch (error) {
    if (!isRepoFileError(error)) throw error;
    if (error.problem === 'not-a-folder') folders = new Set();
  }
  return (woId) => {
    if (folders && PLAIN_FOLDER_NAME.test(woId) && !folders.has(woId.toLowerCase())) return undefined;
    return readVerdict(root, config, woId);
  };
}

/** What a WO's decision.md is: absent, readable (with its text), or there but unreadable (with why). */
export interface DecisionState {
  exists: boolean;
  text?: string;
  /** Why it cannot be read: a link out of the repository, a FIFO, too large, a permission error. */
  problem?: string;
}

/** Reads the WO's decision.md through repo-files. A decision that cannot be read exists but is never complete. */
export function readDecision(root: string, config: Config, woId: string): DecisionState {
  const file = evidencePath(config, woId, DECISION_FILE);
  if (file === undefined) return { exists: false };
  try {
    const text = readRepoText(root, file);
    return text === undefined ? { exists: false } : { exists: true, text };
  } catch (error) {
    if (!isRepoFileError(error)) throw error;
    return { exists: true, problem: error.message };
  }
}

/** The text of the WO's decision.md, or undefined when it is missing or cannot be read. */
export function readDecisionText(root: string, config: Config, woId: string): string | undefined {
  return readDecision(root, config, woId).text;
}

/** Whether the WO's evidence folder exists inside the repository (one that leads out counts as there). */
export function evidenceFolderExists(root: string, config: Config, woId: string): boolean {
  const folder = evidencePath(config, woId);
  if (folder === undefined) return false;
  try {
    return resolveInRepo(root, folder) !== undefined;
  } catch (error) {
    if (isRepoFileError(error)) return true;
    throw error;
  }
}

/**
 * The ids of every evidence folder whose decision.md exists and is not complete (one that cannot be
 * read is not complete), sorted.
 */
export function incompleteDecisions(root: string, config: Config): string[] {
  let folder: RepoFolder | undefined;
  try {
    folder = listRepoFolder(root, config.handoffDir);
  } catch (error) {
    if (!isRepoFileError(error)) throw error;
    return [];
  }
  if (!folder) return [];
  const listed = folder;
  return listed.entries
    .filter((e) => e.isDirectory() && isPathSafeWoId(e.name))
    .map((e) => e.name)
    .filter((woId) => {
      try {
        const text = readResolvedFile(path.join(listed.real, woId, DECISION_FILE), `${listed.rel}/${woId}/${DECISION_FILE}`)?.bytes.toString('utf8');
        return text !== undefined && !isDecisionComplete(text);
      } catch (error) {
        if (!isRepoFileError(error)) throw error;
        return true;
      }
    })
    .sort();
}

/** The newest patch: the file the `dirty.patch` link names, when it exists; undefined otherwise. */
export function newestPatch(root: string, config: Config, woId: string): { path: string; sha256: string } | undefined {
  const folder = evidencePath(config, woId);
  if (folder === undefined) return undefined;
  try {
    const real = resolveInRepo(root, folder);
    if (real === undefined) return undefined;
    const name = path.basename(fs.readlinkSync(path.join(real, PATCH_LINK)));
    const match = PATCH_NAME.exec(name);
    if (match && fs.lstatSync(path.join(real, name), { throwIfNoEntry: false })?.isFile()) return { path: `${folder}/${name}`, sha256: match[1]! };
  } catch {
    // no link, or a folder that leads outside the repository: no exported patch
  }
  return undefined;
}
