import { GitError, tryGitBuffer } from '../core/git.js';

/**
 * Ages of tracked files from git, in one pass over history: a CI checkout resets modification times,
 * so for a tracked file the last commit that touched it is the only age that survives a clone.
 */

export interface GitAges {
  /** Repository-relative path → committer time (ms) of the newest commit that touched it. */
  lastCommitMs: Map<string, number>;
  /** Paths git tracks (in the index). A file in history but not in the index is not tracked. */
  tracked: Set<string>;
  /** The clone is shallow: ages of files last touched at its boundary are capped by the boundary commit. */
  shallow: boolean;
}

// `--literal-pathspecs`: the evidence folder is a path, never a glob. `log.showSignature` would mix
// signature text into the output.
const GIT = ['-c', 'log.showSignature=false', '--literal-pathspecs'];

/**
 * Parses `git log -z --name-only --format=%x00%ct`: per commit a NUL, its committer time, a NUL, then
 * (when the commit changed paths) a newline and the paths, each ending in NUL. Paths are never empty,
 * so an empty field always starts a commit.
 */
export function parseNameOnlyLog(output: string): Map<string, number> {
  const last = new Map<string, number>();
  const fields = output.split('\0');
  let i = 0;
  while (i < fields.length) {
    if (fields[i] !== '') {
      i++;
      continue;
    }
    const seconds = Number(fields[i + 1]);
    i += 2;
    let first = true;
    while (i < fields.length && fields[i] !== '') {
      const name = first && fields[i]!.startsWith('\n') ? fields[i]!.slice(1) : fields[i]!;
      first = false;
      i++;
      if (!Number.isFinite(seconds)) continue;
      // Keep the newest: with merges, history is not strictly ordered by date.
      const ms = seconds * 1000;
      if ((last.get(name) ?? -Infinity) < ms) last.set(name, ms);
    }
  }
  return last;
}

async function hasHead(root: string): Promise<boolean> {
  const result = await tryGitBuffer(['rev-parse', '--verify', '-q', 'HEAD'], { cwd: root });
  return result.code === 0;
}

/** Reads, for everything under `folder` (repository-relative), when it was last committed and whether it is tracked. */
export async function readGitAges(root: string, folder: string): Promise<GitAges> {
  const logArgs = [...GIT, 'log', '-z', '--no-renames', '--name-only', '--format=%x00%ct', '--', folder];
  const [log, files, shallow] = await Promise.all([
    tryGitBuffer(logArgs, { cwd: root }),
    tryGitBuffer([...GIT, 'ls-files', '-z', '--', folder], { cwd: root }),
    tryGitBuffer(['rev-parse', '--is-shallow-repository'], { cwd: root }),
  ]);
  if (files.code !== 0) throw new GitError(['ls-files', '-z', '--', folder], root, files.code, files.stderr);
  let lastCommitMs = new Map<string, number>();
  if (log.code === 0) lastCommitMs = parseNameOnlyLog(log.stdout.toString('utf8'));
  else if (await hasHead(root)) throw new GitError(logArgs, root, log.code, log.stderr);
  // else: a repository without commits has no history; every age comes from the file system.
  const tracked = new Set(files.stdout.toString('utf8').split('\0').filter((p) => p !== ''));
  return { lastCommitMs, tracked, shallow: shallow.stdout.toString('utf8').trim() === 'true' };
}
