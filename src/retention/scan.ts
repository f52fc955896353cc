import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config.js';
import { ConfigurationError } from '../core/errors.js';
import { isInside, relativeTo } from '../core/paths.js';
import { candidateKind, type CandidateKind } from './candidates.js';

/**
 * Walks the evidence root (`_ctx/handoff/`) without ever following a symbolic link: evidence folders
 * are its real sub-folders named like a WO id, candidates are the files in them with a candidate
 * name. Links are recorded, not entered.
 */

export interface CandidateFile {
  /** Repository-relative path, forward slashes. */
  rel: string;
  abs: string;
  woId: string;
  name: string;
  kind: CandidateKind;
  /** What `lstat` saw: only a regular file may be deleted. */
  type: 'file' | 'symlink' | 'other';
  bytes: number;
  mtimeMs: number;
}

export interface EvidenceFolder {
  woId: string;
  rel: string;
  /** Real absolute path. */
  abs: string;
  candidates: CandidateFile[];
}

/** An evidence folder that is a symbolic link: never entered. */
export interface LinkedFolder {
  woId: string;
  rel: string;
  abs: string;
}

export interface EvidenceScan {
  /** The evidence root's real path, and relative to the repository root (as git names it). */
  abs: string;
  rel: string;
  /** False when the evidence root does not exist: nothing to do. */
  exists: boolean;
  /** The evidence root resolves outside the repository: nothing in it is touched. */
  outsideRepository: boolean;
  folders: EvidenceFolder[];
  linkedFolders: LinkedFolder[];
}

function sortedEntries(abs: string): fs.Dirent[] {
  return fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function scanEvidence(root: string, config: Config): EvidenceScan {
  const configured = path.join(root, config.handoffDir);
  const empty = { folders: [], linkedFolders: [] };
  let real: string;
  try {
    real = fs.realpathSync(configured);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { abs: configured, rel: config.handoffDir, exists: false, outsideRepository: false, ...empty };
    }
    throw new ConfigurationError(`handoff_dir '${config.handoffDir}': cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!isInside(root, real)) {
    return { abs: real, rel: config.handoffDir, exists: true, outsideRepository: true, ...empty };
  }
  if (!fs.statSync(real).isDirectory()) {
    throw new ConfigurationError(`handoff_dir '${config.handoffDir}' is not a folder`);
  }
  const rel = relativeTo(root, real);
  const scan: EvidenceScan = { abs: real, rel, exists: true, outsideRepository: false, folders: [], linkedFolders: [] };
  for (const entry of sortedEntries(real)) {
    if (!config.woIdPattern.test(entry.name)) continue;
    const folderAbs = path.join(real, entry.name);
    const folderRel = `${rel}/${entry.name}`;
    if (entry.isSymbolicLink()) {
      scan.linkedFolders.push({ woId: entry.name, rel: folderRel, abs: folderAbs });
      continue;
    }
    if (!entry.isDirectory()) continue;
    const folder: EvidenceFolder = { woId: entry.name, rel: folderRel, abs: folderAbs, candidates: [] };
    for (const file of sortedEntries(folderAbs)) {
      const kind = candidateKind(file.name);
      if (!kind) continue;
      const abs = path.join(folderAbs, file.name);
      const stat = fs.lstatSync(abs);
      folder.candidates.push({
        rel: `${folderRel}/${file.name}`,
        abs,
        woId: entry.name,
        name: file.name,
        kind,
        type: stat.isSymbolicLink() ? 'symlink' : stat.isFile() ? 'file' : 'other',
        bytes: stat.size,
        mtimeMs: stat.mtimeMs,
      });
    }
    if (folder.candidates.length > 0) scan.folders.push(folder);
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
