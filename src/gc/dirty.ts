import fs from 'node:fs';
import path from 'node:path';
import { mapLimit, processConcurrency } from '../core/concurrency.js';
import { git, gitBuffer, tryGitInEach } from '../core/git.js';

/**
 * Dirty detection (docs/gc.md, "Dirty"): a worktree is dirty when it holds work outside the
 * dirty-exclusion paths that its removal would lose:
 * - what `git status --porcelain --untracked-files=all` lists;
 * - changes git does not show: edits to files flagged assume-unchanged or skip-worktree (`git ls-files -v`),
 *   and files ignored by anything but the repository's committed `.gitignore` files (a self-ignoring or
 *   uncommitted `.gitignore`, `info/exclude`, `core.excludesFile`): a person's own rules hide a person's work.
 * Files ignored by a committed, unchanged `.gitignore` are build output: never work, never kept.
 */

export interface StatusEntry {
  /**
   * Two letters: git status's (`??` untracked), or `!!` for an ignored file that is not build output,
   * `hM`/`hD` for an edited/deleted file flagged assume-unchanged, `SM` for one flagged skip-worktree.
   */
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
  /** Ignored by the committed `.gitignore` files (build output): never kept. Folders end in `/`. */
  buildOutput: string[];
  /** Files flagged skip-worktree and absent from the folder: a sparse checkout, not deletions. */
  sparse: string[];
}

/** git status, ignored files included (a whole ignored folder as one `folder/` entry). */
export const STATUS_ARGS = ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=matching', '--no-renames'];
/** Every index entry with its flag tag (`h` assume-unchanged, `S` skip-worktree), mode and object. */
const FLAGS_ARGS = ['ls-files', '-v', '-s', '-z'];

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

/** An entry that is a file the index does not track (untracked, or ignored but not build output). */
export function isUntracked(entry: StatusEntry): boolean {
  return entry.code === '??' || entry.code === '!!';
}

export const isHiddenIgnored = (entry: StatusEntry): boolean => entry.code === '!!';
export const isFlagged = (entry: StatusEntry): boolean => entry.code === 'hM' || entry.code === 'hD' || entry.code === 'SM';

/** Sorts status entries into changes and excluded ones (no hidden changes: for entries already read). */
export function classifyStatus(entries: readonly StatusEntry[], exclusions: readonly string[]): DirtyState {
  const changes: StatusEntry[] = [];
  const excluded: StatusEntry[] = [];
  for (const entry of entries) (isExcluded(entry.path, exclusions) ? excluded : changes).push(entry);
  return { dirty: changes.length > 0, changes, excluded, buildOutput: [], sparse: [] };
}

interface IndexEntry {
  tag: string;
  mode: string;
  object: string;
  path: string;
}

/** Parses `git ls-files -v -s -z`: `<tag> <mode> <object> <stage>\t<path>`. */
function parseFlags(output: string): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const record of output.split('\0')) {
    const match = /^(\S) (\d+) ([0-9a-f]+) \d\t(.*)$/s.exec(record);
    if (match) entries.push({ tag: match[1]!, mode: match[2]!, object: match[3]!, path: match[4]! });
  }
  return entries;
}

/** Edits to flagged files: assume-unchanged (`h`, lower-case tags) and skip-worktree (`S`/`s`). */
async function flaggedChanges(worktree: string, flagsOutput: string, sparse: string[]): Promise<StatusEntry[]> {
  const flagged = parseFlags(flagsOutput).filter((e) => e.tag === 'S' || e.tag === 's' || e.tag !== e.tag.toUpperCase());
  if (flagged.length === 0) return [];
  const changes: StatusEntry[] = [];
  const present: IndexEntry[] = [];
  for (const entry of flagged) {
    const stat = fs.lstatSync(path.join(worktree, entry.path), { throwIfNoEntry: false });
    const skip = entry.tag === 'S' || entry.tag === 's';
    // A skip-worktree file missing from the folder is a sparse checkout, not a deletion.
    if (!stat) {
      if (!skip) changes.push({ code: 'hD', path: entry.path });
      else sparse.push(entry.path);
      continue;
    }
    const executable = (stat.mode & 0o111) !== 0;
    const typeChanged = stat.isSymbolicLink() !== (entry.mode === '120000') || (stat.isFile() && executable !== (entry.mode === '100755'));
    if (typeChanged || !(stat.isFile() || stat.isSymbolicLink())) changes.push({ code: skip ? 'SM' : 'hM', path: entry.path });
    else present.push(entry);
  }
  if (present.length > 0) {
    // The object each file would be stored as (through the same filters `git add` applies), compared with the index's.
    const links = present.filter((e) => e.mode === '120000');
    const files = present.filter((e) => e.mode !== '120000');
    const ids = files.length === 0 ? [] : (await git(['hash-object', '--stdin-paths'], { cwd: worktree, input: files.map((e) => `${e.path}\n`).join('') })).trim().split('\n');
    files.forEach((e, i) => {
      if (ids[i] !== e.object) changes.push({ code: e.tag === 'S' || e.tag === 's' ? 'SM' : 'hM', path: e.path });
    });
    for (const e of links) {
      const stored = (await gitBuffer(['cat-file', 'blob', e.object], { cwd: worktree })).toString('utf8');
      if (fs.readlinkSync(path.join(worktree, e.path)) !== stored) changes.push({ code: e.tag === 'S' || e.tag === 's' ? 'SM' : 'hM', path: e.path });
    }
  }
  return changes;
}

/**
 * The committed, unchanged `.gitignore` files among `sources` (paths relative to the worktree): in the
 * index (`indexed`, the worktree's `git ls-files -s` already read), not changed, not flagged.
 */
function committedIgnoreFiles(sources: string[], indexed: ReadonlySet<string>, statusPaths: ReadonlySet<string>, flagged: ReadonlySet<string>): Set<string> {
  return new Set(sources.filter((s) => !path.isAbsolute(s) && path.posix.basename(s) === '.gitignore' && indexed.has(s) && !statusPaths.has(s) && !flagged.has(s)));
}

/**
 * Sorts ignored entries into build output (ignored by a committed, unchanged `.gitignore`) and hidden
 * work (anything else); a hidden folder is listed file by file.
 */
async function classifyIgnored(
  worktree: string,
  ignored: string[],
  indexed: ReadonlySet<string>,
  statusPaths: ReadonlySet<string>,
  flagged: ReadonlySet<string>,
): Promise<{ hidden: string[]; buildOutput: string[] }> {
  if (ignored.length === 0) return { hidden: [], buildOutput: [] };
  const out = await git(['check-ignore', '-v', '--no-index', '-z', '--stdin'], { cwd: worktree, input: ignored.map((p) => `${p}\0`).join('') }).catch(
    // Exit 1 means "none ignored", impossible here; any other failure: treat every entry as hidden work.
    () => '',
  );
  const fields = out.split('\0');
  const sourceOf = new Map<string, string>();
  for (let i = 0; i + 3 < fields.length; i += 4) sourceOf.set(fields[i + 3]!, fields[i]!);
  const committed = committedIgnoreFiles([...new Set(sourceOf.values())], indexed, statusPaths, flagged);
  const hidden: string[] = [];
  const buildOutput: string[] = [];
  const hiddenFolders: string[] = [];
  for (const entry of ignored) {
    const source = sourceOf.get(entry);
    if (source !== undefined && committed.has(source)) buildOutput.push(entry);
    else if (entry.endsWith('/')) hiddenFolders.push(entry);
    else hidden.push(entry);
  }
  if (hiddenFolders.length > 0) {
    const files = await gitBuffer(['--literal-pathspecs', 'ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--', ...hiddenFolders], { cwd: worktree });
    hidden.push(...files.toString('utf8').split('\0').filter(Boolean));
  }
  return { hidden: hidden.sort(), buildOutput };
}

/** The dirty state from a worktree's status output and index listing (and, for hidden changes, a few more git runs). */
async function stateOf(worktree: string, statusOutput: string, flagsOutput: string, exclusions: readonly string[]): Promise<DirtyState> {
  const entries = parseStatus(statusOutput);
  const shown = entries.filter((e) => e.code !== '!!');
  const sparse: string[] = [];
  const flaggedEntries = await flaggedChanges(worktree, flagsOutput, sparse);
  const statusPaths = new Set(shown.map((e) => e.path));
  const ignored = entries.filter((e) => e.code === '!!').map((e) => e.path);
  const { hidden, buildOutput } = await classifyIgnored(
    worktree,
    ignored,
    // What the index holds (tells a committed .gitignore), from the listing already read.
    ignored.length > 0 ? new Set(parseFlags(flagsOutput).map((e) => e.path)) : new Set(),
    statusPaths,
    new Set(flaggedEntries.map((e) => e.path)),
  );
  const all = [...shown, ...flaggedEntries.filter((e) => !statusPaths.has(e.path)), ...hidden.map((p) => ({ code: '!!', path: p }))];
  return { ...classifyStatus(all, exclusions), buildOutput, sparse };
}

function requireFolder(worktreePath: string): void {
  // git cannot start in a missing folder (node would only say "spawn git ENOENT").
  if (!fs.statSync(worktreePath, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${worktreePath}: the worktree folder is missing`);
}

/** The dirty state of one worktree (read-only: git runs without optional locks). */
export async function readDirtyState(worktreePath: string, exclusions: readonly string[]): Promise<DirtyState> {
  requireFolder(worktreePath);
  const [status, flags] = await Promise.all([git(STATUS_ARGS, { cwd: worktreePath }), git(FLAGS_ARGS, { cwd: worktreePath })]);
  return stateOf(worktreePath, status, flags, exclusions);
}

/**
 * The dirty state of many worktrees, in order, with at most `concurrency` processes in flight: one
 * batched status and index listing (`tryGitInEach`) over all of them. Where a worktree's cannot be
 * read, it is read again through `readDirtyState`, which throws an error that names the worktree.
 */
export async function detectDirty(
  worktreePaths: readonly string[],
  exclusions: readonly string[],
  concurrency = processConcurrency(),
): Promise<DirtyState[]> {
  const statuses = await tryGitInEach(worktreePaths, STATUS_ARGS, concurrency);
  const flags = await tryGitInEach(worktreePaths, FLAGS_ARGS, concurrency);
  return mapLimit(worktreePaths, concurrency, async (p) => {
    const status = statuses.get(p);
    const flag = flags.get(p);
    return status?.code === 0 && flag?.code === 0 ? stateOf(p, status.stdout, flag.stdout, exclusions) : readDirtyState(p, exclusions);
  });
}
