import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config.js';
import { DECISION_FILE } from '../core/evidence.js';
import { ConfigurationError } from '../core/errors.js';
import { isInside, relativeTo } from '../core/paths.js';
import { candidateKind, type CandidateKind } from './candidates.js';
import { matchesWoId } from '../core/wo-id.js';
import { RepoFileError } from '../core/repo-files.js';

/**
 * Walks the evidence root (`_ctx/handoff/`) without ever following a symbolic link: evidence folders
 * are its real sub-folders named like a WO id, candidates are the files in them with a candidate
 * name. Links are recorded, not entered.
 */

export type EntryType = 'file' | 'symlink' | 'other';

export interface CandidateFile {
  /** Repository-relative path, forward slashes. */
  rel: string;
  abs: string;
  woId: string;
  name: string;
  kind: CandidateKind;
  /** What `lstat` saw: only a regular file may be deleted. */
  type: EntryType;
  bytes: number;
  mtimeMs: number;
}

export interface EvidenceFolder {
  woId: string;
  rel: string;
  /** Real absolute path. */
  abs: string;
  candidates: CandidateFile[];
  /** What decision.md is, from the folder listing (undefined: there is none). */
  decision?: EntryType;
  /** The folder's entries, as listed (for its decisions: docs/formats.md#one-decision-per-patch). */
  entries: fs.Dirent[];
}

/** An evidence folder that is a symbolic link: never entered. */
export interface LinkedFolder {
  woId: string;
  rel: string;
  abs: string;
}

export interface EvidenceRoot {
  /** The evidence root's real path (the configured one when it does not exist). */
  abs: string;
  /** Relative to the repository root, as git names it. */
  rel: string;
  exists: boolean;
  /** The evidence root resolves outside the repository: nothing in it is touched. */
  outsideRepository: boolean;
}

export interface EvidenceScan extends EvidenceRoot {
  folders: EvidenceFolder[];
  linkedFolders: LinkedFolder[];
}

export function locateEvidenceRoot(root: string, config: Config): EvidenceRoot {
  const configured = path.join(root, config.handoffDir);
  let real: string;
  try {
    real = fs.realpathSync(configured);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { abs: configured, rel: config.handoffDir, exists: false, outsideRepository: false };
    throw new ConfigurationError(`handoff_dir '${config.handoffDir}': cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!isInside(root, real)) return { abs: real, rel: config.handoffDir, exists: true, outsideRepository: true };
  if (!fs.statSync(real).isDirectory()) throw new ConfigurationError(`handoff_dir '${config.handoffDir}' is not a folder`);
  return { abs: real, rel: relativeTo(root, real), exists: true, outsideRepository: false };
}

/** A folder's entries, sorted; a folder that cannot be listed is one line naming it (exit 2), never a crash. */
function sortedEntries(abs: string, rel: string): fs.Dirent[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(abs, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RepoFileError(rel, 'unreadable', `cannot be read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'error')})`);
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function entryType(entry: fs.Dirent | fs.Stats): EntryType {
  return entry.isSymbolicLink() ? 'symlink' : entry.isFile() ? 'file' : 'other';
}

// The scan runs while git reads history in another process: it yields now and then so that git's
// output keeps being read (a full pipe would stall git until the scan ends).
const FOLDERS_PER_YIELD = 64;
const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Lists every evidence folder and its candidates; `visit` runs on each folder that has a candidate. */
export async function scanEvidence(location: EvidenceRoot, config: Config, visit?: (folder: EvidenceFolder) => void): Promise<EvidenceScan> {
  const scan: EvidenceScan = { ...location, folders: [], linkedFolders: [] };
  if (!location.exists || location.outsideRepository) return scan;
  let count = 0;
  for (const entry of sortedEntries(location.abs, location.rel)) {
    if (!matchesWoId(config.woIdPattern, entry.name)) continue;
    if (++count % FOLDERS_PER_YIELD === 0) await yieldToEvents();
    const folderAbs = path.join(location.abs, entry.name);
    const folderRel = `${location.rel}/${entry.name}`;
    if (entry.isSymbolicLink()) {
      scan.linkedFolders.push({ woId: entry.name, rel: folderRel, abs: folderAbs });
      continue;
    }
    if (!entry.isDirectory()) continue;
    const entries = sortedEntries(folderAbs, folderRel);
    const folder: EvidenceFolder = { woId: entry.name, rel: folderRel, abs: folderAbs, candidates: [], entries };
    for (const file of entries) {
      if (file.name === DECISION_FILE) folder.decision = entryType(file);
      const kind = candidateKind(file.name);
      if (!kind) continue;
      const abs = `${folderAbs}${path.sep}${file.name}`;
      const stat = fs.lstatSync(abs, { throwIfNoEntry: false });
      if (!stat) continue; // gone since the listing
      folder.candidates.push({ rel: `${folderRel}/${file.name}`, abs, woId: entry.name, name: file.name, kind, type: entryType(stat), bytes: stat.size, mtimeMs: stat.mtimeMs });
    }
    if (folder.candidates.length === 0) continue;
    scan.folders.push(folder);
    visit?.(folder);
  }
  return scan;
}

/** Where a symbolic link leads: its real path, or undefined when it is dangling or a loop. */
export function linkTarget(abs: string): string | undefined {
  try {
    return fs.realpathSync(abs);
  } catch {
    return undefined;
  }
}
