import fs from 'node:fs';
import { mapLimit, processConcurrency } from '../core/concurrency.js';
import { git, tryGitInEach } from '../core/git.js';

/**
 * Dirty detection (SPEC.md §3): a worktree is dirty when `git status --porcelain --untracked-files=all`
 * lists anything outside the dirty-exclusion paths. Ignored files never count.
 */

export interface StatusEntry {
  /** The two status letters, `??` for an untracked file. */
  code: string;
  /** Path relative to the worktree's root, forward slashes. */
  path: string;
}

export interface DirtyState {
  dirty: boolean;
  /** Changes outside the exclusion paths: what makes the worktree dirty. */
  changes: StatusEntry[];
  /** Changes inside the exclusion paths: operational artifacts, not real changes. */
  excluded: StatusEntry[];
}

export const STATUS_ARGS = ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'];

/** Parses `git status --porcelain=v1 -z --no-renames` output. */
export function parseStatus(output: string): StatusEntry[] {
  return output
    .split('\0')
    .filter((record) => record.length > 3)
    .map((record) => ({ code: record.slice(0, 2), path: record.slice(3) }));
}

/** True when `rel` lies inside one of the exclusion folders (each given with a trailing slash). */
export function isExcluded(rel: string, exclusions: readonly string[]): boolean {
  return exclusions.some((folder) => rel.startsWith(folder));
}

export function isUntracked(entry: StatusEntry): boolean {
  return entry.code === '??';
}

export function classifyStatus(entries: readonly StatusEntry[], exclusions: readonly string[]): DirtyState {
  const changes: StatusEntry[] = [];
  const excluded: StatusEntry[] = [];
  for (const entry of entries) (isExcluded(entry.path, exclusions) ? excluded : changes).push(entry);
  return { dirty: changes.length > 0, changes, excluded };
}

/** The dirty state of one worktree (read-only: git runs without optional locks). */
export async function readDirtyState(worktreePath: string, exclusions: readonly string[]): Promise<DirtyState> {
  // git cannot start in a missing folder (node would only say "spawn git ENOENT").
  if (!fs.statSync(worktreePath, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${worktreePath}: the worktree folder is missing`);
  return classifyStatus(parseStatus(await git(STATUS_ARGS, { cwd: worktreePath })), exclusions);
}

/**
 * The dirty state of many worktrees, in order, with at most `concurrency` processes in flight: one
 * batched status (`tryGitInEach`) over all of them. Where a worktree's status cannot be read, it is
 * read again through `readDirtyState`, which throws an error that names the worktree.
 */
export async function detectDirty(
  worktreePaths: readonly string[],
  exclusions: readonly string[],
  concurrency = processConcurrency(),
): Promise<DirtyState[]> {
  const statuses = await tryGitInEach(worktreePaths, STATUS_ARGS, concurrency);
  return mapLimit(worktreePaths, concurrency, async (p) => {
    const status = statuses.get(p);
    return status?.code === 0 ? classifyStatus(parseStatus(status.stdout), exclusions) : readDirtyState(p, exclusions);
  });
}
