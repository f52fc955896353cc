import fs from 'node:fs';
import path from 'node:path';
import { VERDICT_ID, type Config } from './config.js';
import { assessDecision, namedPatches, namesAnyPatch } from './decision.js';
import { isRepoFileError, listRepoFolder, readRepoFile, readResolvedFile, readRepoText, resolveInRepo, type RepoFolder } from './repo-files.js';
import { isPathSafeWoId, woPath } from './wo-id.js';

/**
 * The evidence folder of a WO, `<handoff_dir>/<WO-ID>/` (docs/formats.md#the-evidence-folder): the one
 * home for its path, its file names, the patch-name pattern, and the readers of what a WO's evidence
 * says (verdict, decision, newest patch). Every other module imports these rather than spelling them.
 */

export const DECISION_FILE = 'decision.md';
/**
 * The decision files of a WO: `decision.md`, and `decision.<n>.md` (n = 2, 3, …) that gc adds when a
 * further patch needs a decision of its own (docs/formats.md#one-decision-per-patch).
 */
export const DECISION_NAME = /^decision(?:\.([1-9][0-9]{0,5}))?\.md$/;

/** The name of the n-th decision file (1: decision.md). */
export function decisionFileName(n: number): string {
  return n <= 1 ? DECISION_FILE : `decision.${n}.md`;
}

/** The number of a decision file's name (decision.md: 1), undefined for any other name. */
export function decisionFileNumber(name: string): number | undefined {
  const match = DECISION_NAME.exec(name);
  return match === null ? undefined : match[1] === undefined ? 1 : Number(match[1]);
}
export const VERDICT_FILE = 'verdict.json';
/** The symbolic link to the newest patch. */
export const PATCH_LINK = 'dirty.patch';
/** `sha256sum -c` input for the newest patch. */
export const CHECKSUM_FILE = 'dirty.patch.sha256';
/** The one patch-name pattern, `dirty.<sha256>.patch`: the name gc gives a patch (64 lower-case hex digits). */
export const PATCH_NAME = /^dirty\.([0-9a-f]{64})\.patch$/;

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

/**
 * A WO's verdict files (docs/formats.md#verdict-files): where they are (`verdict_paths`, by default the
 * hand-written `<handoff_dir>/<WO>/verdict.json` and the verify script's `_ctx/logs/<WO>/verdict.json`)
 * and what they say. The verdict is the value of the first of `verdict`, `status`, `result` that holds
 * PASS, FAIL or CRASH (any case); FAIL and CRASH are failures. Other values of `status` (`done`) are
 * not verdicts. A file the gate cannot read is never taken as "no verdict": it is a problem the caller
 * reports (a byte-order mark, invalid JSON, not an object, unreadable, a link out of the repository,
 * or a verdict-like value that is none of the three, such as `FAILED`).
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

// Values that try to say PASS, FAIL or CRASH and do not (FAILED, PASSED, FAILURE, CRASHED).
const VERDICT_LIKE = /^(pass|fail|crash)/i;

/** The repository-relative verdict files of a WO, in `verdict_paths` order; none for an id that cannot name a file. */
export function verdictFiles(config: Config, woId: string): string[] {
  if (!isPathSafeWoId(woId)) return [];
  return config.verdictPaths.map((template) => template.split(VERDICT_ID).join(woId));
}

function nonEmptyText(value: unknown): string | undefined {
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
  const stage = nonEmptyText(record['failure_stage']);
  if (stage !== undefined) result.failure_stage = stage;
  const finished = nonEmptyText(record['finished_at']);
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

/** The verdict a verdict file's text holds, if any (text that cannot be used holds none). */
export function verdictOfText(text: string): Verdict | undefined {
  return parseVerdictText(text).verdict;
}

/**
 * Reads one verdict file through repo-files (never through a link out of the repository, never a
 * FIFO, within the read cap); undefined when it does not exist.
 */
export function readVerdictFile(root: string, rel: string): VerdictFile | undefined {
  let content;
  try {
    content = readRepoFile(root, rel);
  } catch (error) {
    if (!isRepoFileError(error)) throw error;
    return { path: rel, problem: `it cannot be used (${error.reason})`, time: 0 };
  }
  if (content === undefined) return undefined;
  const parsed = parseVerdictText(content.bytes.toString('utf8'));
  const finished = parsed.finished_at !== undefined ? Date.parse(parsed.finished_at) : Number.NaN;
  return { path: rel, ...parsed, time: Number.isNaN(finished) ? content.stat.mtimeMs : finished };
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

// A WO id that names the same folder on every file system: no separators, no dot segments, no trailing
// dot, ASCII only (so lower-casing matches the folding of a case-insensitive file system).
const PLAIN_FOLDER_NAME = /^[A-Za-z0-9_-](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;

/**
 * `readWoVerdict` for many WOs: each verdict folder (the part of a `verdict_paths` entry before
 * `/{id}/`) is listed once, so a WO without a folder there costs no failed read. Ids that are not
 * plain folder names, or a folder that cannot be listed, are read directly.
 */
export function woVerdictReader(root: string, config: Config): (woId: string) => WoVerdict {
  const listings: (Set<string> | undefined)[] = config.verdictPaths.map((template) => {
    const at = template.indexOf(`/${VERDICT_ID}/`);
    if (at === -1) return undefined;
    try {
      return new Set((listRepoFolder(root, template.slice(0, at))?.entries ?? []).map((entry) => entry.name.toLowerCase()));
    } catch (error) {
      if (!isRepoFileError(error)) throw error;
      return error.problem === 'not-a-folder' ? new Set<string>() : undefined;
    }
  });
  const listed = listings.every((names) => names !== undefined);
  return (woId) => {
    if (listed && PLAIN_FOLDER_NAME.test(woId) && listings.every((names) => !names!.has(woId.toLowerCase()))) return { unreadable: [] };
    return readWoVerdict(root, config, woId);
  };
}

export function isFailure(verdict: Verdict | undefined): boolean {
  return verdict === 'FAIL' || verdict === 'CRASH';
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

/** A decision file that is not complete, with the WO it belongs to and the patches it names. */
export interface IncompleteDecision {
  woId: string;
  decision: DecisionRecord;
  /** The SHA-256s of the folder's patches that it names. */
  patches: string[];
}

/**
 * Every decision file (decision.md, decision.<n>.md) of every evidence folder that exists and is not
 * complete (one that cannot be read is not complete), by WO id, then decision.md first.
 */
export function incompleteDecisions(root: string, config: Config): IncompleteDecision[] {
  let folder: RepoFolder | undefined;
  try {
    folder = listRepoFolder(root, config.handoffDir);
  } catch (error) {
    if (!isRepoFileError(error)) throw error;
    return [];
  }
  if (!folder) return [];
  const listed = folder;
  const found: IncompleteDecision[] = [];
  for (const woId of listed.entries.filter((e) => e.isDirectory() && isPathSafeWoId(e.name)).map((e) => e.name).sort()) {
    let listing: EvidenceListing;
    try {
      listing = listEvidence(path.join(listed.real, woId), `${listed.rel}/${woId}`);
    } catch {
      continue;
    }
    for (const decision of listing.decisions) {
      if (decision.complete) continue;
      found.push({ woId, decision, patches: decision.text === undefined ? [] : namedPatches(decision.text, listing.patches) });
    }
  }
  return found;
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

/** One decision file of an evidence folder, as read (never through a link). */
export interface DecisionRecord {
  name: string;
  /** Repository-relative path. */
  path: string;
  text?: string;
  /** The text is a complete decision (docs/gc.md, "decision.md workflow"). */
  complete: boolean;
  /** Why it is not complete, or why it cannot be read. */
  problem?: string;
}

/** What an evidence folder holds that decides about patches: its patches and its decision files. */
export interface EvidenceListing {
  /** SHA-256s of the regular `dirty.<sha256>.patch` files, in name order. */
  patches: string[];
  /** The decision files, decision.md first, then by number. */
  decisions: DecisionRecord[];
}

/**
 * Lists an evidence folder (its real path, known to be inside the repository) and reads its decision
 * files. A decision file that is a link (never followed), not a regular file, too large or unreadable
 * is there but never complete.
 */
export function listEvidence(realFolder: string, relFolder: string, entries: readonly fs.Dirent[] = fs.readdirSync(realFolder, { withFileTypes: true })): EvidenceListing {
  const patches: string[] = [];
  const decisions: (DecisionRecord & { number: number })[] = [];
  for (const entry of entries) {
    const match = PATCH_NAME.exec(entry.name);
    if (match && entry.isFile()) patches.push(match[1]!);
    const number = decisionFileNumber(entry.name);
    if (number === undefined) continue;
    const rel = `${relFolder}/${entry.name}`;
    try {
      const text = readResolvedFile(path.join(realFolder, entry.name), rel)?.bytes.toString('utf8');
      if (text === undefined) continue;
      const assessment = assessDecision(text);
      decisions.push({ name: entry.name, path: rel, text, complete: assessment.complete, number, ...(assessment.problem ? { problem: assessment.problem } : {}) });
    } catch (error) {
      if (!isRepoFileError(error)) throw error;
      decisions.push({ name: entry.name, path: rel, complete: false, problem: `it cannot be read (${error.reason})`, number });
    }
  }
  patches.sort();
  decisions.sort((a, b) => a.number - b.number);
  return { patches, decisions: decisions.map(({ number: _number, ...record }) => record) };
}

/** Whether a patch is decided, and by which decision (docs/formats.md#one-decision-per-patch). */
export interface PatchCover {
  /** A complete decision names the patch: it may be removed with --force-dirty, deleted by retention. */
  decided: boolean;
  /** The decision that names it: a complete one when there is one, else the first that names it. */
  decision?: DecisionRecord;
  /** Complete decisions that name no patch at all (older records): they cover no new work. */
  unnamed: DecisionRecord[];
  /** Why the patch is not decided, in one line (absent when decided). */
  reason?: string;
}

/**
 * The one reader of "is this patch decided": a complete decision file of the folder names it (its file
 * name, its SHA-256, or a 12-digit prefix; see namedPatches). `sha256` may be a patch not yet written.
 */
export function patchCover(listing: EvidenceListing, sha256: string): PatchCover {
  const patches = listing.patches.includes(sha256) ? listing.patches : [...listing.patches, sha256];
  const naming = listing.decisions.filter((d) => d.text !== undefined && namedPatches(d.text, patches).includes(sha256));
  const complete = naming.find((d) => d.complete);
  const unnamed = listing.decisions.filter((d) => d.complete && d.text !== undefined && !namesAnyPatch(d.text, patches));
  const decision = complete ?? naming[0];
  const cover: PatchCover = { decided: complete !== undefined, unnamed, ...(decision ? { decision } : {}) };
  if (complete) return cover;
  const name = patchFileName(sha256);
  if (decision) return { ...cover, reason: `${decision.path} names ${name} but is not complete: ${decision.problem ?? 'not decided'}` };
  if (unnamed.length > 0) {
    return { ...cover, reason: `no decision names ${name}; ${unnamed[0]!.path} records a decision but names no patch, so it covers no new work` };
  }
  const others = listing.decisions.filter((d) => d.complete && d.text !== undefined && namedPatches(d.text, patches).length > 0);
  if (others.length > 0) return { ...cover, reason: `no decision names ${name}: ${others.map((d) => d.path).join(', ')} decide${others.length === 1 ? 's' : ''} other patches only` };
  return { ...cover, reason: `no decision names ${name}` };
}

