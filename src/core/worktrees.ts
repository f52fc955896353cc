import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.js';
import { git } from './git.js';
import { relativeTo } from './paths.js';
import { matchesWoId } from './wo-id.js';

/** One record of `git worktree list --porcelain -z`. */
export interface Worktree {
  /** Absolute path as git reports it. */
  path: string;
  /** Path relative to the repository root, forward slashes (may start with `..` when outside). */
  relPath: string;
  head?: string;
  /** Short branch name (`feat/wo-WO-0001`), when not detached. */
  branch?: string;
  bare: boolean;
  detached: boolean;
  locked: boolean;
  lockedReason?: string;
  prunable: boolean;
  prunableReason?: string;
  /** The repository's main worktree: never a target. */
  isMain: boolean;
  /** The WO it belongs to (docs/formats.md#the-governed-repository), if any. */
  woId?: string;
}

export function parseWorktreeList(output: string): Omit<Worktree, 'relPath' | 'woId'>[] {
  const records: Omit<Worktree, 'relPath' | 'woId'>[] = [];
  let current: Omit<Worktree, 'relPath' | 'woId'> | undefined;
  // With -z every attribute ends in NUL and a record ends with an empty attribute.
  for (const line of output.split('\0')) {
    if (line === '') {
      if (current) records.push(current);
      current = undefined;
      continue;
    }
    const space = line.indexOf(' ');
    const key = space === -1 ? line : line.slice(0, space);
    const value = space === -1 ? undefined : line.slice(space + 1);
    if (key === 'worktree') {
      if (current) records.push(current);
      current = { path: value ?? '', bare: false, detached: false, locked: false, prunable: false, isMain: records.length === 0 };
      continue;
    }
    if (!current) continue;
    if (key === 'HEAD') current.head = value;
    else if (key === 'branch') current.branch = value?.replace(/^refs\/heads\//, '');
    else if (key === 'bare') current.bare = true;
    else if (key === 'detached') current.detached = true;
    else if (key === 'locked') {
      current.locked = true;
      if (value) current.lockedReason = value;
    } else if (key === 'prunable') {
      current.prunable = true;
      if (value) current.prunableReason = value;
    }
  }
  if (current) records.push(current);
  return records;
}

function realOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * Which WO a worktree belongs to (docs: "Which worktrees are a WO's"): its folder, named X, lies
 * directly in one of the worktrees folders (inside or beside the repository), or its branch is one of
 * the branch prefixes followed by X; X must match the WO id pattern. The folder rule comes first, so a
 * worktree beside the repository on an older branch style (`job/WO-0052`) is still that WO's.
 */
export function owningWo(wt: { path: string; branch?: string }, root: string, config: Config, real: (p: string) => string = realOrSelf): string | undefined {
  const name = path.basename(wt.path);
  if (matchesWoId(config.woIdPattern, name)) {
    const parent = real(path.dirname(wt.path));
    if (config.worktreesDirs.some((dir) => real(path.resolve(root, dir)) === parent)) return name;
  }
  if (wt.branch !== undefined) {
    for (const prefix of config.branchPrefixes) {
      if (!wt.branch.startsWith(prefix)) continue;
      const id = wt.branch.slice(prefix.length);
      if (matchesWoId(config.woIdPattern, id)) return id;
    }
  }
  return undefined;
}

/** Every worktree git knows of, from one `git worktree list --porcelain -z` call. */
export async function listWorktrees(root: string, config: Config): Promise<Worktree[]> {
  const output = await git(['worktree', 'list', '--porcelain', '-z'], { cwd: root });
  // Worktrees share their parent folders: resolve each path once.
  const resolved = new Map<string, string>();
  const real = (p: string): string => {
    let r = resolved.get(p);
    if (r === undefined) resolved.set(p, (r = realOrSelf(p)));
    return r;
  };
  return parseWorktreeList(output).map((record) => {
    const realPath = real(record.path);
    const wt: Worktree = { ...record, isMain: record.isMain || realPath === root, relPath: relativeTo(root, realPath) };
    if (!wt.isMain && !wt.bare) {
      const woId = owningWo(wt, root, config, real);
      if (woId) wt.woId = woId;
    }
    return wt;
  });
}
