import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { git, gitBuffer, tryGit } from '../core/git.js';

/**
 * The evidence patch of a dirty worktree: everything that differs from its HEAD outside the exclusion
 * paths (staged and unstaged changes, deletions, untracked files), binary-safe.
 *
 * It is built without touching the repository: a scratch index (a copy of the worktree's index, so
 * unchanged files need no re-hashing) and a scratch object folder, with the repository's objects as
 * an alternate. `git add -A` stages the worktree into the scratch index, `git write-tree` records the
 * tree the worktree holds, and the patch is the diff from HEAD to that tree. The patch is then proved:
 * applied to HEAD in a second scratch index, it must give exactly that tree.
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
  /** The tree the worktree holds (HEAD plus the patch). */
  tree: string;
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
  env: NodeJS.ProcessEnv;
  indexFile: string;
  head: string;
}

/** Runs `fn` with a scratch index and object folder for the worktree; removes them afterwards. */
async function withScratch<T>(worktree: string, fn: (scratch: Scratch) => Promise<T>): Promise<T> {
  const head = await tryGit(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: worktree });
  if (head.code !== 0) throw new PatchError(`${worktree}: HEAD does not name a commit`);
  const [indexFile, objects] = (await git(['rev-parse', '--path-format=absolute', '--git-path', 'index', '--git-path', 'objects'], { cwd: worktree }))
    .trim()
    .split('\n');
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'wo-toolkit-gc-'));
  try {
    await fs.promises.mkdir(path.join(dir, 'objects'));
    const env = {
      GIT_INDEX_FILE: path.join(dir, 'index'),
      GIT_OBJECT_DIRECTORY: path.join(dir, 'objects'),
      GIT_ALTERNATE_OBJECT_DIRECTORIES: objects!,
    };
    return await fn({ dir, env, indexFile: indexFile!, head: head.stdout.trim() });
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

const DIFF_ARGS = ['--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--src-prefix=a/', '--dst-prefix=b/'];

function parseRaw(output: string): Map<string, PatchFile['status']> {
  // `:<mode> <mode> <sha> <sha> <letter>\0<path>\0`
  const fields = output.split('\0');
  const result = new Map<string, PatchFile['status']>();
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const letter = fields[i]!.trim().split(' ').pop();
    const status = letter === 'A' ? 'added' : letter === 'D' ? 'deleted' : letter === 'T' ? 'type_changed' : 'modified';
    result.set(fields[i + 1]!, status);
  }
  return result;
}

function parseNumstat(output: string): Map<string, { binary: boolean; added: number; deleted: number }> {
  // `<added>\t<deleted>\t<path>\0`, with `-\t-` for binary files.
  const result = new Map<string, { binary: boolean; added: number; deleted: number }>();
  for (const record of output.split('\0')) {
    const match = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(record);
    if (!match) continue;
    const binary = match[1] === '-';
    result.set(match[3]!, { binary, added: binary ? 0 : Number(match[1]), deleted: binary ? 0 : Number(match[2]) });
  }
  return result;
}

/** Builds (and proves) the evidence patch of the worktree at `worktree`. Read-only for the repository. */
export async function buildPatch(worktree: string, exclusions: readonly string[]): Promise<Patch> {
  return withScratch(worktree, async ({ env, indexFile, head, dir }) => {
    const opts = { cwd: worktree, env };
    if (fs.existsSync(indexFile)) await fs.promises.copyFile(indexFile, env['GIT_INDEX_FILE']!);
    else await git(['read-tree', head], opts);
    const excludeSpecs = exclusions.map((folder) => `:(exclude)${folder}`);
    await git(['add', '-A', '--', '.', ...excludeSpecs], opts);
    // Whatever the index had staged inside the exclusion paths goes back to HEAD: not part of the patch.
    if (exclusions.length > 0) await git(['reset', '-q', head, '--', ...exclusions], opts);
    const tree = (await git(['write-tree'], opts)).trim();
    const bytes = await gitBuffer(['diff-tree', '-p', '--binary', '--full-index', ...DIFF_ARGS, head, tree], opts);
    const raw = parseRaw(await git(['diff-tree', '-r', '-z', '--no-renames', head, tree], opts));
    const numstat = parseNumstat(await git(['diff-tree', '-r', '-z', '--numstat', '--no-renames', head, tree], opts));
    const files = [...raw].map(([p, status]) => ({ path: p, status, ...(numstat.get(p) ?? { binary: false, added: 0, deleted: 0 }) }));
    await proveInScratch(worktree, env, dir, head, bytes, tree);
    return { bytes, sha256: sha256Hex(bytes), head, tree, files };
  });
}

async function proveInScratch(worktree: string, env: NodeJS.ProcessEnv, dir: string, head: string, bytes: Buffer, tree: string): Promise<void> {
  const verifyEnv = { ...env, GIT_INDEX_FILE: path.join(dir, 'verify-index') };
  const opts = { cwd: worktree, env: verifyEnv };
  await git(['read-tree', head], opts);
  if (bytes.length > 0) {
    const applied = await tryGit(['apply', '--cached', '--binary', '--whitespace=nowarn', '-'], { ...opts, input: bytes });
    if (applied.code !== 0) throw new PatchError(`the patch does not apply to ${head}: ${applied.stderr.trim().split('\n')[0]}`);
  }
  const result = (await git(['write-tree'], opts)).trim();
  if (result !== tree) throw new PatchError(`the patch applied to ${head} gives tree ${result}, not the worktree's tree ${tree}`);
}

/**
 * Proves that `bytes` (a patch read back from disk), applied to `head`, reproduces `tree`: the check
 * that stands between a written patch and the removal of its dirty worktree.
 */
export async function provePatch(worktree: string, bytes: Buffer, head: string, tree: string): Promise<void> {
  await withScratch(worktree, ({ env, dir }) => proveInScratch(worktree, env, dir, head, bytes, tree));
}
