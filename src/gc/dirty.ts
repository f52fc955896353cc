import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { mapLimit, processConcurrency } from '../core/concurrency.js';
import { git, gitEnvironment } from '../core/git.js';

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

// Many worktrees: each of a few small shells runs `git status` in its share of them, one after the
// other. Same git, same arguments, same environment as readDirtyState; but a shell starts a process far
// more cheaply than node does (node forks its whole, much larger, process), which is what dominates the
// cost of a status in a small worktree. Per worktree the shell prints: its path NUL, git's records
// (each NUL-terminated, never empty), an empty record, git's exit code NUL.
const BATCH_SCRIPT = `for d do printf '%s\\0' "$d"; git -C "$d" ${STATUS_ARGS.join(' ')} 2>/dev/null; printf '\\0%s\\0' "$?"; done`;

function runBatch(paths: readonly string[]): Promise<Map<string, StatusEntry[]>> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', BATCH_SCRIPT, 'sh', ...paths], { env: gitEnvironment(), stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', () => {
      const tokens = Buffer.concat(chunks).toString('utf8').split('\0');
      const results = new Map<string, StatusEntry[]>();
      let i = 0;
      while (i < tokens.length - 1) {
        const dir = tokens[i++]!;
        const records: string[] = [];
        while (i < tokens.length && tokens[i] !== '') records.push(tokens[i++]!);
        i++; // the empty record
        const code = tokens[i++];
        // A failed status is left out: the caller asks again through the wrapper, which reports the error.
        if (code === '0') results.set(dir, parseStatus(records.map((r) => `${r}\0`).join('')));
      }
      resolve(results);
    });
  });
}

/**
 * The dirty state of many worktrees, in order, with at most `concurrency` processes in flight. Where a
 * worktree's status cannot be read (or no shell is available), it is read through the git wrapper,
 * which throws a GitError that names the worktree.
 */
export async function detectDirty(
  worktreePaths: readonly string[],
  exclusions: readonly string[],
  concurrency = processConcurrency(),
): Promise<DirtyState[]> {
  let batched = new Map<string, StatusEntry[]>();
  if (process.platform !== 'win32' && worktreePaths.length > 1) {
    const lanes = Math.max(1, Math.min(concurrency, worktreePaths.length));
    const slices = Array.from({ length: lanes }, (_, lane) => worktreePaths.filter((_p, i) => i % lanes === lane));
    try {
      batched = new Map((await Promise.all(slices.map(runBatch))).flatMap((m) => [...m]));
    } catch {
      batched = new Map(); // no `sh`: one process per worktree instead
    }
  }
  return mapLimit(worktreePaths, concurrency, async (p) => {
    const entries = batched.get(p);
    return entries ? classifyStatus(entries, exclusions) : readDirtyState(p, exclusions);
  });
}
