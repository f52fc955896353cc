import fs from 'node:fs';
import path from 'node:path';
import { VERDICT_ID, type Config } from './config.js';
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
/** The one patch-name pattern, `dirty.<hex>.patch` (gc writes the patch's SHA-256 as the hex). */
export const PATCH_NAME = /^dirty\.([0-9a-fA-F]+)\.patch$/;


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

/**
 * A WO's verdict files (docs: audit, "Verdicts"): where they are (`verdict_paths`, by default the
 * hand-written `_ctx/handoff/<WO>/verdict.json` and the verify script's `_ctx/logs/<WO>/verdict.json`)
 * and what they say. The verdict is the value of the first of `verdict`, `status`, `result` that holds
 * PASS, FAIL or CRASH (any case); FAIL and CRASH are failures. Other values of `status` (`done`) are
 * not verdicts. A file the gate cannot read is never taken as "no verdict": it is a problem the caller
 * reports (a byte-order mark, invalid JSON, not an object, unreadable, or a verdict-like value that is
 * none of the three, such as `FAILED`).
 */

export type Verdict = 'PASS' | 'FAIL' | 'CRASH';

export const VERDICT_KEYS = ['verdict', 'status', 'result'] as const;

/** What one verdict file says. */
export interface VerdictFile {
  /** Repository-relative path. */
  path: string;
  verdict?: Verdict;
  /** The key the verdict came from. */
  key?: (typeof VERDICT_KEYS)[number];
  failure_stage?: string;
  finished_at?: string;
  /** Why the file cannot be used (then `verdict` is absent). */
  problem?: string;
  /** For ordering: `finished_at` when valid, else the file's modification time. */
  time: number;
}

/** A WO's verdict: the newest file's that holds one, and every file that could not be read. */
export interface WoVerdict {
  verdict?: VerdictFile;
  unreadable: VerdictFile[];
}

// A WO id that names the same folder on every file system: no separators, no dot segments, no trailing
// dot, ASCII only (so lower-casing matches the folding of a case-insensitive file system). Any other
// id never becomes a path, so it has no verdict files.
const FOLDER_NAME = /^[A-Za-z0-9_-](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;
// Values that try to say PASS, FAIL or CRASH and do not (FAILED, PASSED, FAILURE, CRASHED).
const VERDICT_LIKE = /^(pass|fail|crash)/i;

/** The repository-relative verdict files of a WO, in `verdict_paths` order; none for an id that is not a plain name. */
export function verdictFiles(config: Config, woId: string): string[] {
  if (!FOLDER_NAME.test(woId)) return [];
  return config.verdictPaths.map((template) => template.split(VERDICT_ID).join(woId));
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** What a verdict file's text says (without its path and time). */
export function parseVerdictText(content: string): Omit<VerdictFile, 'path' | 'time'> {
  if (content.charCodeAt(0) === 0xfeff) return { problem: 'it starts with a byte-order mark (save it as UTF-8 without BOM)' };
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    return { problem: `it is not valid JSON (${(error as Error).message})` };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { problem: 'it is not a JSON object' };
  const record = data as Record<string, unknown>;
  const result: Omit<VerdictFile, 'path' | 'time'> = {};
  const stage = text(record['failure_stage']);
  if (stage !== undefined) result.failure_stage = stage;
  const finished = text(record['finished_at']);
  if (finished !== undefined) result.finished_at = finished;
  for (const key of VERDICT_KEYS) {
    const value = record[key];
    const upper = typeof value === 'string' ? value.trim().toUpperCase() : undefined;
    if (upper === 'PASS' || upper === 'FAIL' || upper === 'CRASH') return { ...result, verdict: upper, key };
  }
  for (const key of VERDICT_KEYS) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    // `status` is a verdict only when it holds one (`status: done` is a state); `verdict` and `result` always are.
    if (key === 'status' && !(typeof value === 'string' && VERDICT_LIKE.test(value.trim()))) continue;
    const shown = typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
    return { problem: `its ${key} is ${shown}, not PASS, FAIL or CRASH` };
  }
  return result;
}

/** The verdict a file's text holds, if any (unreadable text holds none). */
export function verdictOfText(content: string): Verdict | undefined {
  return parseVerdictText(content).verdict;
}

/** Reads one verdict file; undefined when it does not exist. */
export function readVerdictFile(root: string, rel: string): VerdictFile | undefined {
  const abs = path.join(root, rel);
  let content: string;
  let mtime = 0;
  try {
    const stat = fs.statSync(abs);
    if (!stat.isFile()) return { path: rel, problem: 'it is not a regular file', time: stat.mtimeMs };
    mtime = stat.mtimeMs;
    content = fs.readFileSync(abs, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    return { path: rel, problem: `it cannot be read (${code ?? 'error'})`, time: mtime };
  }
  const parsed = parseVerdictText(content);
  const finished = parsed.finished_at !== undefined ? Date.parse(parsed.finished_at) : Number.NaN;
  return { path: rel, ...parsed, time: Number.isNaN(finished) ? mtime : finished };
}

/** A WO's verdict from its verdict files: the newest file that holds one wins. */
export function readWoVerdict(root: string, config: Config, woId: string): WoVerdict {
  const files = verdictFiles(config, woId)
    .map((rel) => readVerdictFile(root, rel))
    .filter((f): f is VerdictFile => f !== undefined);
  const unreadable = files.filter((f) => f.problem !== undefined);
  const verdict = files.filter((f) => f.verdict !== undefined).sort((a, b) => b.time - a.time)[0];
  return verdict ? { verdict, unreadable } : { unreadable };
}

/**
 * `readWoVerdict` for many WOs: each verdict folder (the part of a `verdict_paths` entry before
 * `/{id}/`) is listed once, so a WO without a folder there costs no failed read.
 */
export function woVerdictReader(root: string, config: Config): (woId: string) => WoVerdict {
  const listings = new Map<string, Set<string> | undefined>();
  for (const template of config.verdictPaths) {
    const at = template.indexOf(`/${VERDICT_ID}/`);
    if (at === -1 || listings.has(template)) continue;
    try {
      listings.set(template, new Set(fs.readdirSync(path.join(root, template.slice(0, at))).map((name) => name.toLowerCase())));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      listings.set(template, code === 'ENOENT' || code === 'ENOTDIR' ? new Set() : undefined);
    }
  }
  const fastPath = listings.size === config.verdictPaths.length && [...listings.values()].every((l) => l !== undefined);
  return (woId) => {
    if (fastPath && FOLDER_NAME.test(woId) && [...listings.values()].every((names) => !names!.has(woId.toLowerCase()))) return { unreadable: [] };
    return readWoVerdict(root, config, woId);
  };
}

export function isFailure(verdict: Verdict | undefined): boolean {
  return verdict === 'FAIL' || verdict === 'CRASH';
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
