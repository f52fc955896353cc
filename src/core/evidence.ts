import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.js';
import { isDecisionComplete } from './decision.js';
import { toPosix } from './paths.js';

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

/** The WO's evidence folder, relative to the root. */
export function evidenceFolder(config: Config, woId: string): string {
  return toPosix(path.posix.join(config.handoffDir, woId));
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

/** The verdict recorded in `<handoff>/<WO-ID>/verdict.json`, if any is readable. */
export function readVerdict(root: string, config: Config, woId: string): Verdict | undefined {
  try {
    return verdictOfText(fs.readFileSync(path.join(root, evidenceFile(config, woId, VERDICT_FILE)), 'utf8'));
  } catch {
    return undefined;
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
    folders = new Set(fs.readdirSync(path.join(root, config.handoffDir)).map((name) => name.toLowerCase()));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') folders = new Set();
  }
  return (woId) => {
    if (folders && PLAIN_FOLDER_NAME.test(woId) && !folders.has(woId.toLowerCase())) return undefined;
    return readVerdict(root, config, woId);
  };
}

/** The text of the WO's decision.md, or undefined when it cannot be read. */
export function readDecisionText(root: string, config: Config, woId: string): string | undefined {
  try {
    return fs.readFileSync(path.join(root, evidenceFile(config, woId, DECISION_FILE)), 'utf8');
  } catch {
    return undefined;
  }
}

/** The ids of every evidence folder whose decision.md exists and is not complete, sorted. */
export function incompleteDecisions(root: string, config: Config): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(root, config.handoffDir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .filter((woId) => {
      const text = readDecisionText(root, config, woId);
      return text !== undefined && !isDecisionComplete(text);
    })
    .sort();
}

/** The newest patch: the file the `dirty.patch` link names, when it exists; undefined otherwise. */
export function newestPatch(root: string, config: Config, woId: string): { path: string; sha256: string } | undefined {
  const folder = evidenceFolder(config, woId);
  try {
    const name = path.basename(fs.readlinkSync(path.join(root, folder, PATCH_LINK)));
    const match = PATCH_NAME.exec(name);
    if (match && fs.existsSync(path.join(root, folder, name))) return { path: `${folder}/${name}`, sha256: match[1]! };
  } catch {
    // no link: no exported patch
  }
  return undefined;
}
