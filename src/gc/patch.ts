import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { git, gitBuffer, tryGit } from '../core/git.js';
import { reachedStep } from './hooks.js';
import { isExcluded, isFlagged, isHiddenIgnored, readDirtyState, type DirtyState } from './dirty.js';

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

const SCRATCH_PREFIX = 'wo-toolkit-gc-';
/** gc's scratch folder inside the repository's common git folder (real runs only; see provePatch). */
export const GIT_SCRATCH_DIR = 'wo-toolkit-scratch';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the scratch folders that killed runs left: in the temporary folder (named with their
 * process id: only those whose process is gone) and, with `gitScratch` (a real run, holding gc's lock),
 * everything in the repository's scratch folder.
 */
export function removeLeftoverScratch(gitScratch?: string): void {
  let names: string[] = [];
  try {
    names = fs.readdirSync(os.tmpdir());
  } catch {
    names = [];
  }
  for (const name of names) {
    const match = new RegExp(`^${SCRATCH_PREFIX}(\\d+)-`).exec(name);
    if (match && Number(match[1]) !== process.pid && !processAlive(Number(match[1]))) fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
  if (gitScratch) fs.rmSync(gitScratch, { recursive: true, force: true });
}

/**
 * Runs `fn` with a scratch index and object folder for the worktree; removes them afterwards. They go
 * in `parent` when given (a real run: the repository's own scratch folder), else in the temporary
 * folder under a name with this process's id, so a later run can remove what a killed one left.
 */
async function withScratch<T>(worktree: string, fn: (scratch: Scratch) => Promise<T>, parent?: string): Promise<T> {
  const resolved = await tryGit(['rev-parse', '--path-format=absolute', '--git-path', 'index', '--git-path', 'objects', '--verify', 'HEAD^{commit}'], { cwd: worktree });
  const [indexFile, objects, head] = resolved.stdout.trim().split('\n');
  if (resolved.code !== 0 || !head) throw new PatchError(`${worktree}: HEAD does not name a commit`);
  if (parent) await fs.promises.mkdir(parent, { recursive: true });
  const dir = await fs.promises.mkdtemp(path.join(parent ?? os.tmpdir(), `${SCRATCH_PREFIX}${process.pid}-`));
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

// Exclusion paths are literal path prefixes, as `isExcluded` reads them: `*`, `?`, `[` mean themselves.
const pathspec = (exclusions: readonly string[]): string[] => ['--', '.', ...exclusions.map((folder) => `:(exclude,literal)${folder}`)];

/**
 * Builds the evidence patch of the worktree at `worktree`. Writes nothing into the repository. `state`
 * (its dirty state, read when not given) names the changes git does not show, which go in too: files
 * flagged assume-unchanged or skip-worktree lose their flag in the scratch index, and ignored files
 * that are not build output are added like untracked ones.
 */
export async function buildPatch(worktree: string, exclusions: readonly string[], state?: DirtyState): Promise<Patch> {
  const dirty = state ?? (await readDirtyState(worktree, exclusions));
  const flagged = dirty.changes.filter(isFlagged).map((e) => e.path);
  const hiddenIgnored = dirty.changes.filter(isHiddenIgnored).map((e) => e.path);
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
    if (flagged.length > 0) {
      const list = Buffer.from(flagged.map((p) => `${p}\0`).join(''));
      // One flag per run: update-index applies only the last of several flag options.
      await git(['update-index', '--no-assume-unchanged', '-z', '--stdin'], { ...opts, input: list });
      await git(['update-index', '--no-skip-worktree', '-z', '--stdin'], { ...opts, input: list });
    }
    const untracked = Buffer.concat([
      await gitBuffer(['ls-files', '--others', '--exclude-standard', '-z', ...pathspec(exclusions)], opts),
      Buffer.from(hiddenIgnored.map((p) => `${p}\0`).join('')),
    ]);
    if (untracked.length > 0) {
      // The names are file names, not patterns: `:(top)x`, `*` or `[1]` in a name must mean themselves.
      // `--force`: ignored files that are a person's work (not build output) go in too.
      await git(['--literal-pathspecs', 'add', '--force', '--intent-to-add', '--pathspec-from-file=-', '--pathspec-file-nul'], { cwd: worktree, env: isolatedEnv, input: untracked });
    }
    const spec = pathspec(exclusions);
    const bytes = await gitBuffer(['diff', 'HEAD', '--binary', '--full-index', ...DIFF_ARGS, ...spec], opts);
    const files = parseFiles(await git(['diff', 'HEAD', '--raw', '--numstat', '-z', ...DIFF_ARGS, ...spec], opts));
    return { bytes, sha256: sha256Hex(bytes), head, files };
  });
}

/** What a folder holds, for a byte comparison: relative path → `x:`/`-:` and the bytes, or `link:` and the target. */
function folderContent(base: string, skip: (rel: string, isDir: boolean) => boolean): Map<string, Buffer> {
  const result = new Map<string, Buffer>();
  const walk = (dir: string, prefix: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const rel = `${prefix}${entry.name}`;
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skip(`${rel}/`, true)) walk(abs, `${rel}/`);
      } else if (!skip(rel, false)) {
        if (entry.isSymbolicLink()) result.set(rel, Buffer.from(`link:${fs.readlinkSync(abs)}`));
        else if (entry.isFile()) {
          const mark = (fs.statSync(abs).mode & 0o111) !== 0 ? 'x:' : '-:';
          result.set(rel, Buffer.concat([Buffer.from(mark), fs.readFileSync(abs)]));
        } else result.set(rel, Buffer.from('special'));
      }
    }
  };
  walk(base, '');
  return result;
}

/**
 * Proves that `bytes` (a patch read back from disk), applied to `head`, gives exactly the worktree's
 * files **as bytes on disk**, outside the exclusion paths and the build output: the check that stands
 * between a written patch and the removal of its dirty worktree. The patch is applied to HEAD in a
 * scratch index and checked out into a scratch folder the way a restore checks it out (smudge filters,
 * line endings, `ident` and encodings applied), then every file is compared byte for byte, with its
 * executable bit, and symbolic links by target. A filter or conversion that does not give the
 * worktree's bytes back therefore refuses the removal, naming the file.
 *
 * The scratch space lies in `scratchParent` (the repository's own scratch folder, inside its common
 * git folder): it holds a full copy of the worktree's work, which must never be left in a shared
 * temporary folder by a killed run; the next real run clears it. Only a real run calls this (git may
 * refresh the modification time of objects the repository already has).
 */
export async function provePatch(worktree: string, bytes: Buffer, head: string, exclusions: readonly string[], state: Pick<DirtyState, 'buildOutput' | 'sparse'>, scratchParent: string): Promise<void> {
  const { buildOutput } = state;
  const sparse = new Set(state.sparse);
  await withScratch(
    worktree,
    async ({ dir, env }) => {
      const opts = { cwd: worktree, env };
      await git(['read-tree', head], opts);
      if (bytes.length > 0) {
        const applied = await tryGit(['apply', '--cached', '--binary', '--whitespace=nowarn', '-'], { ...opts, input: bytes });
        if (applied.code !== 0) throw new PatchError(`the patch does not apply to ${head}: ${applied.stderr.trim().split('\n')[0]}`);
      }
      const tree = path.join(dir, 'tree');
      await git(['checkout-index', '--all', '--force', `--prefix=${tree}/`], opts);
      fs.mkdirSync(tree, { recursive: true });
      await reachedStep('restored', tree);
      const skipped = (rel: string): boolean => isExcluded(rel, exclusions) || buildOutput.some((b) => (b.endsWith('/') ? rel.startsWith(b) : rel === b));
      const restored = folderContent(tree, (rel) => skipped(rel) || sparse.has(rel));
      const actual = folderContent(worktree, (rel) => rel === '.git' || skipped(rel));
      for (const [rel, content] of actual) {
        const other = restored.get(rel);
        if (other === undefined) throw new PatchError(`the patch applied to ${head} lacks ${rel}`);
        if (!other.equals(content)) {
          throw new PatchError(`the patch applied to ${head} does not give the bytes of ${rel} (a filter, line-ending or encoding conversion changes them)`);
        }
      }
      for (const rel of restored.keys()) if (!actual.has(rel)) throw new PatchError(`the patch applied to ${head} gives ${rel}, which the worktree does not have`);
    },
    scratchParent,
  );
}
