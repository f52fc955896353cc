import { UsageError } from '../core/errors.js';
import { git, tryGit } from '../core/git.js';

/**
 * Reads the two sides `transitions` compares straight from git, never checking anything out: a commit's
 * tree (`git ls-tree`) or the index (`git ls-files --stage`), and what changed between them
 * (`git diff --raw -M`). Paths are repository-relative with forward slashes, as git gives them.
 */

/** Where the comparison runs from and to, resolved to commits. */
export interface Endpoints {
  /** The base commit as given, resolved. */
  base: string;
  /** The head commit as given, resolved; with `staged`, HEAD (the parent of the commit being made). */
  head: string;
  /** The commit the changes are read from: the merge base of base and head (with `staged`, the base itself). */
  from: string;
  /** True when the head side is the index rather than a commit. */
  staged: boolean;
  /** True when the repository is a shallow clone. */
  shallow: boolean;
  /** True for the first commit of a repository (staged, no HEAD yet): base and head are the empty tree. */
  unborn: boolean;
}

export interface EndpointRequest {
  base: string;
  /** Undefined with `staged`. */
  head?: string;
  staged: boolean;
  /** How the user wrote each argument, for messages: `--base` on the command line, `input 'base'` in an action. */
  labels: { base: string; head: string };
}

const FETCH_ALL = 'fetch the full history (git fetch --unshallow, or actions/checkout with fetch-depth: 0)';

async function resolveCommit(root: string, ref: string, label: string, shallow: boolean): Promise<string> {
  if (ref.startsWith('-') || /[\0\r\n]/.test(ref)) throw new UsageError(`${label}: expected a commit (a branch, tag or SHA), got '${ref}'`);
  const result = await tryGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root });
  const sha = result.stdout.trim();
  if (result.code === 0 && sha !== '') return sha;
  if (shallow) throw new UsageError(`${label}: '${ref}' is not in this shallow clone: ${FETCH_ALL}, or fetch it (git fetch origin ${ref})`);
  throw new UsageError(`${label}: '${ref}' is not a commit of this repository: fetch it first (git fetch origin ${ref})`);
}

/** Resolves base and head to commits and finds where their histories meet; a ref git does not have is exit 2 with what to fetch. */
export async function resolveEndpoints(root: string, request: EndpointRequest): Promise<Endpoints> {
  const shallow = (await git(['rev-parse', '--is-shallow-repository'], { cwd: root })).trim() === 'true';
  if (request.staged) {
    // The first commit of a repository has no HEAD yet: everything staged is new.
    const unborn = request.base === 'HEAD' && (await tryGit(['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: root })).code !== 0;
    if (unborn) {
      const emptyTree = (await git(['hash-object', '-t', 'tree', '--stdin'], { cwd: root, input: '' })).trim();
      return { base: emptyTree, head: emptyTree, from: emptyTree, staged: true, shallow, unborn: true };
    }
    const base = await resolveCommit(root, request.base, request.labels.base, shallow);
    const head = await resolveCommit(root, 'HEAD', 'HEAD', shallow);
    return { base, head, from: base, staged: true, shallow, unborn: false };
  }
  const base = await resolveCommit(root, request.base, request.labels.base, shallow);
  const head = await resolveCommit(root, request.head ?? 'HEAD', request.labels.head, shallow);
  // A pull request's changes are those since its branch left the base: the base may have moved on since.
  const mergeBase = await tryGit(['merge-base', base, head], { cwd: root });
  const from = mergeBase.stdout.trim().split('\n')[0] ?? '';
  if (mergeBase.code !== 0 || from === '') {
    if (shallow) throw new UsageError(`${request.labels.base}: '${request.base}' and the head share no history in this shallow clone: ${FETCH_ALL}`);
    throw new UsageError(`${request.labels.base}: '${request.base}' and the head '${request.head ?? 'HEAD'}' share no history`);
  }
  return { base, head, from, staged: false, shallow, unborn: false };
}

/** One file of a tree or of the index. */
export interface TreeEntry {
  path: string;
  oid: string;
  mode: string;
}

/** Regular files only: a link, a submodule or a folder is never a WO file or a lock. */
export function isRegularFile(mode: string): boolean {
  return mode === '100644' || mode === '100755';
}

/** Pathspecs that match exactly these folders and files (no glob, whatever their names hold). */
export function literalPathspecs(paths: readonly string[]): string[] {
  return paths.map((p) => `:(literal)${p}`);
}

/** The files under `pathspecs` in a commit, or in the index (stage 0) when `commit` is undefined. */
export async function listFiles(root: string, commit: string | undefined, pathspecs: readonly string[]): Promise<Map<string, TreeEntry>> {
  const files = new Map<string, TreeEntry>();
  if (pathspecs.length === 0) return files;
  const args =
    commit === undefined
      ? ['ls-files', '--stage', '-z', '--full-name', '--', ...pathspecs]
      : ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...pathspecs];
  const out = await git(args, { cwd: root });
  for (const record of out.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const fields = record.slice(0, tab).split(' ');
    const path = record.slice(tab + 1);
    if (commit === undefined) {
      // `<mode> <oid> <stage>`: only the merged entry; a file in conflict has no stage 0 and is not committed yet.
      if (fields[2] !== '0') continue;
      files.set(path, { path, mode: fields[0]!, oid: fields[1]! });
    } else {
      // `<mode> <type> <oid>`
      if (fields[1] !== 'blob') continue;
      files.set(path, { path, mode: fields[0]!, oid: fields[2]! });
    }
  }
  return files;
}

/** One change between the two sides; a rename has both paths. */
export interface DiffEntry {
  /** A (added), D (deleted), M (modified), R (renamed), T (type changed). */
  status: string;
  oldPath: string | null;
  newPath: string | null;
  oldOid: string;
  newOid: string;
  oldMode: string;
  newMode: string;
}

/**
 * What changed under `pathspecs` from the commit `from` to `head`, or to the index when `head` is
 * undefined, renames followed (`git diff --raw -M`). Blob ids come with each change, so nothing else
 * has to be listed to read both sides of a changed file.
 */
export async function diffFiles(root: string, from: string, head: string | undefined, pathspecs: readonly string[]): Promise<DiffEntry[]> {
  const args = ['diff', '--raw', '-z', '-M', '--no-abbrev', '--no-ext-diff', '--no-textconv', '--ignore-submodules=none'];
  if (head === undefined) args.push('--cached', from);
  else args.push(from, head);
  const out = await git([...args, '--', ...pathspecs], { cwd: root });
  const tokens = out.split('\0');
  const entries: DiffEntry[] = [];
  for (let i = 0; i < tokens.length; ) {
    const header = tokens[i++]!;
    if (!header.startsWith(':')) continue;
    // `:<old mode> <new mode> <old oid> <new oid> <status><score>`
    const [oldMode, newMode, oldOid, newOid, statusField] = header.slice(1).split(' ');
    const status = (statusField ?? '').charAt(0);
    const first = tokens[i++] ?? '';
    const second = status === 'R' || status === 'C' ? (tokens[i++] ?? '') : undefined;
    const oldPath = status === 'A' ? null : first;
    const newPath = second ?? (status === 'D' ? null : first);
    if (status === 'C') {
      entries.push({ status: 'A', oldPath: null, newPath, oldOid: oldOid!, newOid: newOid!, oldMode: oldMode!, newMode: newMode! });
    } else {
      entries.push({ status, oldPath, newPath, oldOid: oldOid!, newOid: newOid!, oldMode: oldMode!, newMode: newMode! });
    }
  }
  return entries;
}

/**
 * The base side's files, rebuilt from the head side's files and the changes between them: what was
 * added goes, what was deleted comes back, what changed gets its old blob. One listing instead of two.
 */
export function baseFilesFrom(headFiles: ReadonlyMap<string, TreeEntry>, changes: readonly DiffEntry[]): Map<string, TreeEntry> {
  const base = new Map(headFiles);
  for (const change of changes) {
    if (change.newPath !== null) base.delete(change.newPath);
  }
  for (const change of changes) {
    if (change.oldPath !== null) base.set(change.oldPath, { path: change.oldPath, oid: change.oldOid, mode: change.oldMode });
  }
  return base;
}
