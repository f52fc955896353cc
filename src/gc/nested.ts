import fs from 'node:fs';
import path from 'node:path';
import { git } from '../core/git.js';
import { toPosix } from '../core/paths.js';
import { parseWorktreeList } from '../core/worktrees.js';

/**
 * What a worktree folder holds besides its own checkout: another registered worktree (a running WO's,
 * started from inside it) or a repository of its own (a `.git` folder or file anywhere below, ignored
 * folders included). Removing the folder would delete those too, so gc never removes such a folder
 * (docs/gc.md, "Safety rules"). Symbolic links are not followed: what they point at is not removed.
 */

const MAX_LISTED = 3;

function realOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * Folders below `folder` (relative, forward slashes) that are another repository or worktree; empty when
 * none. `registered`: the worktrees git lists, when the caller has just asked (else git is asked here).
 */
export async function nestedRepositories(root: string, folder: string, registered?: readonly { path: string }[]): Promise<string[]> {
  const base = realOrSelf(folder);
  const found = new Set<string>();
  for (const wt of registered ?? parseWorktreeList(await git(['worktree', 'list', '--porcelain', '-z'], { cwd: root }))) {
    const real = realOrSelf(wt.path);
    const rel = path.relative(base, real);
    if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) found.add(toPosix(rel));
  }
  // Every `.git` below the top, walked without following links.
  const pending: string[] = [base];
  while (pending.length > 0 && found.size < MAX_LISTED * 4) {
    const dir = pending.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      if (entry.name === '.git') {
        if (dir !== base) found.add(toPosix(path.relative(base, abs)));
      } else if (entry.isDirectory()) pending.push(abs);
    }
  }
  return [...found].sort();
}

export function describeNested(found: readonly string[]): string {
  const shown = found.slice(0, MAX_LISTED).join(', ');
  return found.length > MAX_LISTED ? `${shown} and ${found.length - MAX_LISTED} more` : shown;
}
