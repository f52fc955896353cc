import fs from 'node:fs';
import path from 'node:path';
import type { PathArg } from './args.js';
import { ConfigurationError } from './errors.js';
import { tryGit } from './git.js';
import { parseWorktreeList } from './worktrees.js';

/**
 * Resolves `--root` (default: the current directory) to the repository's **main worktree**: the one
 * place every command opens the repository, so none of them ever judges it from a linked worktree.
 *
 * A linked worktree has its own checkout of `_ctx/` as it was when its branch left main: its WO files,
 * locks and evidence are stale. Run from inside one (a person working on a WO, or gc started from a WO
 * folder), the commands therefore act on the main worktree, found through the repository's common git
 * folder (`git rev-parse --git-common-dir`): the first record of `git worktree list`. A repository
 * without a main worktree (bare, or whose main folder is gone) cannot be governed: exit 2.
 * The folder was read by `readRoot` (so it exists); one outside any git repository is a ConfigurationError.
 */
export async function resolveRoot(root: PathArg): Promise<string> {
  const result = await tryGit(['rev-parse', '--show-toplevel'], { cwd: root.path });
  if (result.code !== 0 || result.stdout.trim() === '') {
    throw new ConfigurationError(`${root.label}: '${root.given}' is not inside a git repository with a work tree`);
  }
  const toplevel = fs.realpathSync(result.stdout.trim());
  const listing = await tryGit(['worktree', 'list', '--porcelain', '-z'], { cwd: root.path });
  const main = listing.code === 0 ? parseWorktreeList(listing.stdout)[0] : undefined;
  if (!main || main.bare) {
    throw new ConfigurationError(`${root.label}: '${root.given}' belongs to a repository without a main worktree (bare); run from a checkout with one`);
  }
  let mainPath: string;
  try {
    mainPath = fs.realpathSync(main.path);
  } catch {
    throw new ConfigurationError(`${root.label}: '${root.given}' is a linked worktree whose main worktree '${main.path}' is missing`);
  }
  if (mainPath !== toplevel && !fs.statSync(path.join(mainPath, '.git'), { throwIfNoEntry: false })) {
    throw new ConfigurationError(`${root.label}: '${root.given}' is a linked worktree whose main worktree '${main.path}' has no .git`);
  }
  return mainPath;
}
