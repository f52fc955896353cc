import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { git, gitBuffer, tryGit } from '../core/git.js';

/**
 * The evidence patch of a dirty worktree: everything that differs from its HEAD outside the exclusion
 * paths (staged and unstaged changes, deletions, untracked files), binary-safe.
 *
 * It is built without writing anything into the repository, so a dry run can report it too: a scratch
 * copy of the worktree's index gets the untracked files as intent-to-add entries (the only object that
 * writes, the empty blob, goes to a scratch object folder), and `git diff HEAD` against that index gives
 * one patch of every change, sorted by path. Before a dirty worktree is removed, `provePatch` shows that
 * the patch read back from disk, applied to HEAD, gives exactly the worktree's files.
 */

export interface PatchFile {
  path: string;
  status: 'added' | 'modified' | 'deleted' | 'type_changed';
  binary: boolean;
  /** Lines added and deleted (0 for binary files). */
  added: number;
  deleted: number;
}

export interface Patch {
  bytes: Buffer;
  sha256: string;
  /** The commit the patch applies to. */
  head: string;
  files: PatchFile[];
}

export class PatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatchError';
  }
}

export function sha256Hex(bytes: Buffer | string): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

interface Scratch {
  dir: string;
  /** Scratch index and object folder, the repository's objects readable as an alternate. */
  env: NodeJS.ProcessEnv;
  /** The same without the alternate: whatever git writes then cannot touch the repository's objects. */
  isolatedEnv: NodeJS.ProcessEnv;
  indexFile: string;
  head: string;
}

/** Runs `fn` with a scratch index and object folder for the worktree; removes them afterwards. */
async function withScratch<T>(worktree: string, fn: (scratch: Scratch) => Promise<T>): Promise<T> {
  const resolved = await tryGit(['rev-parse', '--path-format=absolute', '--git-path', 'index', '--git-path', 'objects', '--verify', 'HEAD^{commit}'], { cwd: worktree });
  const [indexFile, objects, head] = resolved.stdout.trim().split('\n');
  if (resolved.code !== 0 || !head) throw new PatchError(`${worktree}: HEAD does not name a commit`);
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'wo-toolkit-gc-'));
  try {
    await fs.promises.mkdir(path.join(dir, 'objects'));
    const isolatedEnv = { GIT_INDEX_FILE: path.join(dir, 'index'), GIT_OBJECT_DIRECTORY: path.join(dir, 'objects') };
    const env = { ...isolatedEnv, GIT_ALTERNATE_OBJECT_DIRECTORIES: objects! };
    return await fn({ dir, env, isolatedEnv, indexFile: indexFile!, head });
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

const DIFF_ARGS = ['--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--no-relative', '--src-prefix=a/', '--dst-prefix=b/'];

/** Parses `git diff --raw --numstat -z`: raw records (`:<modes> <shas> <letter>`, path) then numstat ones. */
function parseFiles(output: string): PatchFile[] {
  const fields = output.split('\0');
  const statuses = new Map<string, PatchFile['status']>();
  const counts = new Map<string, { binary: boolean; added: number; deleted: number }>();
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (field.startsWith(':')) {
      const letter = field.trim().split(' ').pop();
      statuses.set(fields[++i]!, letter === 'A' ? 'added' : letter === 'D' ? 'deleted' : letter === 'T' ? 'type_changed' : 'modified');
      continue;
    }
    // `<added>\t<deleted>\t<path>`, with `-\t-` for a binary file.
    const match = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(field);
    if (!match) continue;
    const binary = match[1] === '-';
    counts.set(match[3]!, { binary, added: binary ? 0 : Number(match[1]), deleted: binary ? 0 : Number(match[2]) });
  }
  return [...statuses].map(([p, status]) => ({ path: p, status, ...(counts.get(p) ?? { binary: false, added: 0, deleted: 0 }) }));
}

const pathspec = (exclusions: readonly string[]): string[] => ['--', '.', ...exclusions.map((folder) => `:(exclude)${folder}`)];

/** Builds the evidence patch of the worktree at `worktree`. Writes nothing into the repository. */
export async function buildPatch(worktree: string, exclusions: readonly string[]): Promise<Patch> {
  return withScratch(worktree, async ({ env, isolatedEnv, indexFile, head }) => {
    const opts = { cwd: worktree, env };
    if (fs.existsSync(indexFile)) {
      await fs.promises.copyFile(indexFile, env['GIT_INDEX_FILE']!);
      // The copy keeps the index's modification time (rounded down). git trusts an entry's cached stat
      // data only when the file is older than the index: a copy dated "now" would let a file rewritten
      // at the same size in the second its worktree was checked out ("racily clean") pass as unchanged.
      const { atimeMs, mtimeMs } = fs.statSync(indexFile);
      await fs.promises.utimes(env['GIT_INDEX_FILE']!, Math.floor(atimeMs) / 1000, Math.floor(mtimeMs) / 1000);
    } else await git(['read-tree', head], opts);
    const untracked = await gitBuffer(['ls-files', '--others', '--exclude-standard', '-z', ...pathspec(exclusions)], opts);
    if (untracked.length > 0) {
      // The names are file names, not patterns: `:(top)x`, `*` or `[1]` in a name must mean themselves.
      await git(['--literal-pathspecs', 'add', '--intent-to-add', '--pathspec-from-file=-', '--pathspec-file-nul'], { cwd: worktree, env: isolatedEnv, input: untracked });
    }
    const spec = pathspec(exclusions);
    const bytes = await gitBuffer(['diff', 'HEAD', '--binary', '--full-index', ...DIFF_ARGS, ...spec], opts);
    const files = parseFiles(await git(['diff', 'HEAD', '--raw', '--numstat', '-z', ...DIFF_ARGS, ...spec], opts));
    return { bytes, sha256: sha256Hex(bytes), head, files };
  });
}

/**
 * Proves that `bytes` (a patch read back from disk), applied to `head` in a scratch index, gives exactly
 * the worktree's files outside the exclusion paths: the check that stands between a written patch and
 * the removal of its dirty worktree. (Applying stores blobs in a scratch object folder; git may refresh
 * the modification time of objects the repository already has, so only a real run calls this.)
 */
export async function provePatch(worktree: string, bytes: Buffer, head: string, exclusions: readonly string[]): Promise<void> {
  await withScratch(worktree, async ({ env }) => {
    const opts = { cwd: worktree, env };
    await git(['read-tree', head], opts);
    if (bytes.length > 0) {
      const applied = await tryGit(['apply', '--cached', '--binary', '--whitespace=nowarn', '-'], { ...opts, input: bytes });
      if (applied.code !== 0) throw new PatchError(`the patch does not apply to ${head}: ${applied.stderr.trim().split('\n')[0]}`);
    }
    const differs = await tryGit(['diff', '--quiet', ...DIFF_ARGS, ...pathspec(exclusions)], opts);
    if (differs.code !== 0) throw new PatchError(`the patch applied to ${head} does not give the worktree's files`);
    const extra = await git(['ls-files', '--others', '--exclude-standard', ...pathspec(exclusions)], opts);
    if (extra.trim() !== '') throw new PatchError(`the patch applied to ${head} lacks ${extra.trim().split('\n')[0]}`);
  });
}
