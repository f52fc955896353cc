import fs from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from './errors.js';
import { isInside, normaliseRelative, toPosix } from './paths.js';

/**
 * The one home for touching files of the governed repository (docs/security.md):
 * - a path is resolved inside the repository, and a symbolic link that leads out of it is refused
 *   (a link that stays inside is followed, so a WO file kept as such a link is still seen);
 * - only regular files are read, and the type is checked on the open descriptor before a byte is read
 *   (the open itself is non-blocking, so a FIFO never hangs a run and `/dev/zero` is never read);
 * - every read is capped (MAX_READ_BYTES unless the caller knows a tighter bound);
 * - a folder is created one component at a time, never through a link that leads out, and a file is
 *   deleted only when its folder lies inside the repository (the entry itself is unlinked, never followed).
 * Every refusal is a RepoFileError: a ConfigurationError (one line, exit 2) that names the file as the
 * repository calls it, so a caller that cannot turn it into a finding still fails clearly.
 */

/** The most any file of the repository may hold to be read: no hand-written YAML, lock or decision comes near it. */
export const MAX_READ_BYTES = 1024 * 1024;

export type RepoFileProblem = 'outside' | 'not-a-file' | 'not-a-folder' | 'too-large' | 'unreadable';

export class RepoFileError extends ConfigurationError {
  constructor(
    /** The path as the repository (or the user) names it. */
    readonly file: string,
    readonly problem: RepoFileProblem,
    /** What is wrong, without the file name: "is a FIFO, not a regular file". */
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'RepoFileError';
  }
}

export function isRepoFileError(error: unknown): error is RepoFileError {
  return error instanceof RepoFileError;
}

/** What a file holds, with the status of the descriptor it was read from. */
export interface FileContent {
  bytes: Buffer;
  stat: fs.Stats;
}

export interface ReadOptions {
  /** Largest accepted size in bytes (default MAX_READ_BYTES). */
  maxBytes?: number;
}

const realRoots = new Map<string, string>();

/** The root's own real path (cached: a run asks for it for every file). */
export function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    real = fs.realpathSync.native(root);
    realRoots.set(root, real);
  }
  return real;
}

function errnoCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}

function unreadable(file: string, error: unknown): RepoFileError {
  const code = errnoCode(error);
  if (code === 'ENOTDIR') return new RepoFileError(file, 'not-a-folder', 'cannot be read: a part of its path is a file, not a folder');
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ELOOP' ? 'too many levels of symbolic links' : code;
  return new RepoFileError(file, 'unreadable', `cannot be read (${why})`);
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

function describeBytes(bytes: number): string {
  const mib = 1024 * 1024;
  if (bytes >= mib) return bytes % mib === 0 ? `${bytes / mib} MiB` : `${(bytes / mib).toFixed(1)} MiB`;
  if (bytes >= 1024) return bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

/** The repository-relative name of `rel` as reports show it: forward slashes, no `./`. */
function shown(rel: string): string {
  return normaliseRelative(rel) || '.';
}

/**
 * The real path of `rel` (relative to the root) when it lies inside the repository; undefined when
 * nothing is there. A dangling link is a RepoFileError ('unreadable'); a path that leaves the repository, by `..` or
 * by a symbolic link anywhere along it, is a RepoFileError.
 */
export function resolveInRepo(root: string, rel: string): string | undefined {
  const file = shown(rel);
  const realRootPath = realRoot(root);
  const abs = path.resolve(realRootPath, rel);
  if (!isInside(realRootPath, abs)) throw new RepoFileError(file, 'outside', 'lies outside the repository');
  let real: string;
  try {
    real = fs.realpathSync.native(abs);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT') {
      // A link whose target is gone is there but cannot be read: never mistaken for "no such file"
      // (a dangling configuration link must not silently mean the defaults).
      if (fs.lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink()) {
        throw new RepoFileError(file, 'unreadable', 'is a symbolic link whose target is missing');
      }
      // Missing: nothing to read (what a write would create is checked by ensureRepoFolder).
      return undefined;
    }
    throw unreadable(file, error);
  }
  if (!isInside(realRootPath, real)) {
    throw new RepoFileError(file, 'outside', `is a symbolic link (or lies below one) that leads outside the repository, to ${real}`);
  }
  return real;
}

/** Reads at most `maxBytes` from an open descriptor of a regular file; more is a RepoFileError. */
function readBounded(fd: number, stat: fs.Stats, file: string, maxBytes: number): Buffer {
  if (stat.size > maxBytes) {
    throw new RepoFileError(file, 'too-large', `is ${describeBytes(stat.size)}, more than the ${describeBytes(maxBytes)} wo-toolkit reads of one file`);
  }
  // The size is a hint (a file may grow while it is read): read until the end, but never past the cap.
  let buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) {
        throw new RepoFileError(file, 'too-large', `holds more than the ${describeBytes(maxBytes)} wo-toolkit reads of one file`);
      }
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);

/**
 * Opens `real` (a path that should hold no symbolic link) without blocking and without following a
 * link, checks on the descriptor that it is a regular file, and reads it within the cap. 'missing'
 * when nothing is there, 'link' when the last component is a symbolic link (put there meanwhile, or
 * an entry the caller did not resolve).
 */
function readRealFile(real: string, file: string, maxBytes: number): FileContent | 'missing' | 'link' {
  let fd: number;
  try {
    fd = fs.openSync(real, OPEN_FLAGS);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT') return 'missing';
    if (code === 'ELOOP') return 'link';
    throw unreadable(file, error);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new RepoFileError(file, 'not-a-file', `is ${kindOf(stat)}, not a regular file`);
    try {
      return { bytes: readBounded(fd, stat, file, maxBytes), stat };
    } catch (error) {
      if (isRepoFileError(error)) throw error;
      throw unreadable(file, error);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads a file of the repository (`rel` relative to the root). Undefined when it does not exist;
 * a RepoFileError when it leads outside the repository, is not a regular file, is larger than the
 * cap or cannot be read.
 */
export function readRepoFile(root: string, rel: string, options: ReadOptions = {}): FileContent | undefined {
  const file = shown(rel);
  const real = resolveInRepo(root, rel);
  if (real === undefined) return undefined;
  const content = readRealFile(real, file, options.maxBytes ?? MAX_READ_BYTES);
  if (content === 'missing') return undefined;
  if (content === 'link') throw new RepoFileError(file, 'outside', 'was replaced by a symbolic link while it was read');
  return content;
}

/**
 * Reads the file at `abs`, a path the caller has already resolved inside the repository (such as an
 * entry of a folder whose real path it checked): never through a link (the open refuses one), only a
 * regular file, within the cap. Undefined when it does not exist. `file` names it in errors.
 */
export function readResolvedFile(abs: string, file: string, options: ReadOptions = {}): FileContent | undefined {
  const content = readRealFile(abs, file, options.maxBytes ?? MAX_READ_BYTES);
  if (content === 'missing') return undefined;
  if (content === 'link') throw new RepoFileError(file, 'not-a-file', 'is a symbolic link (never followed here)');
  return content;
}

/** readRepoFile decoded as UTF-8. */
export function readRepoText(root: string, rel: string, options: ReadOptions = {}): string | undefined {
  return readRepoFile(root, rel, options)?.bytes.toString('utf8');
}

/**
 * Reads a file the user named on the command line or in an input (such as `--config FILE`): it may
 * lie anywhere, but it is still read only when it is a regular file within the cap. Undefined when it
 * does not exist. `shownAs` is how the user wrote it.
 */
export function readUserFile(file: string, shownAs: string, options: ReadOptions = {}): FileContent | undefined {
  let real: string;
  try {
    real = fs.realpathSync.native(path.resolve(file));
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw unreadable(shownAs, error);
  }
  const content = readRealFile(real, shownAs, options.maxBytes ?? MAX_READ_BYTES);
  if (content === 'missing') return undefined;
  if (content === 'link') throw new RepoFileError(shownAs, 'unreadable', 'was replaced by a symbolic link while it was read');
  return content;
}

/** A folder of the repository, listed once, whose entries can then be read without resolving each again. */
export interface RepoFolder {
  /** Repository-relative, forward slashes. */
  rel: string;
  /** Its real path (inside the repository). */
  real: string;
  entries: fs.Dirent[];
}

/**
 * Lists a folder of the repository. Undefined when it does not exist; a RepoFileError when it leads
 * outside the repository, is a file, or cannot be read.
 */
export function listRepoFolder(root: string, rel: string): RepoFolder | undefined {
  const folder = shown(rel);
  const real = resolveInRepo(root, rel);
  if (real === undefined) return undefined;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(real, { withFileTypes: true });
  } catch (error) {
    if (errnoCode(error) === 'ENOTDIR') throw new RepoFileError(folder, 'not-a-folder', 'is a file, expected a folder');
    throw unreadable(folder, error);
  }
  return { rel: folder, real, entries };
}

/**
 * The folder `rel` listed only as far as the entries `names` go (those that exist), without reading the
 * whole folder: for re-reading a few known files of a large folder. The same rules as listRepoFolder.
 */
export function listRepoFolderEntries(root: string, rel: string, names: readonly string[]): RepoFolder | undefined {
  const folder = shown(rel);
  const real = resolveInRepo(root, rel);
  if (real === undefined) return undefined;
  const entries: fs.Dirent[] = [];
  for (const name of new Set(names)) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.lstatSync(path.join(real, name), { throwIfNoEntry: false });
    } catch (error) {
      throw unreadable(`${folder}/${name}`, error);
    }
    if (stat) entries.push(direntOf(name, real, stat));
  }
  return { rel: folder, real, entries };
}

/** A directory entry as readdir gives it, from the entry's own lstat. */
function direntOf(name: string, parentPath: string, stat: fs.Stats): fs.Dirent {
  const entry = {
    name,
    parentPath,
    path: parentPath,
    isFile: () => stat.isFile(),
    isDirectory: () => stat.isDirectory(),
    isSymbolicLink: () => stat.isSymbolicLink(),
    isFIFO: () => stat.isFIFO(),
    isSocket: () => stat.isSocket(),
    isBlockDevice: () => stat.isBlockDevice(),
    isCharacterDevice: () => stat.isCharacterDevice(),
  };
  return entry as unknown as fs.Dirent;
}

/** What an entry of a listed folder is, following a link only while it stays inside the repository. */
export type EntryKind = 'file' | 'folder' | 'other' | 'missing';

/**
 * The kind of an entry, with a link resolved (a link that leads outside the repository is a
 * RepoFileError, and so is one whose target is gone).
 */
export function entryKind(root: string, folder: RepoFolder, entry: fs.Dirent): EntryKind {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (!entry.isSymbolicLink()) return 'other';
  const real = resolveInRepo(root, `${folder.rel}/${entry.name}`);
  if (real === undefined) return 'missing';
  const stat = fs.statSync(real, { throwIfNoEntry: false });
  return !stat ? 'missing' : stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
}

/**
 * Reads the entry `name` of a listed folder. A plain entry is opened directly (the folder's real path
 * holds no link, and the open refuses to follow one); a link is resolved and must stay inside the
 * repository. Undefined when the entry is gone.
 */
export function readFolderEntry(root: string, folder: RepoFolder, name: string, options: ReadOptions = {}): FileContent | undefined {
  const rel = `${folder.rel}/${name}`;
  const content = readRealFile(`${folder.real}${path.sep}${name}`, rel, options.maxBytes ?? MAX_READ_BYTES);
  if (content === 'missing') return undefined;
  if (content === 'link') return readRepoFile(root, rel, options);
  return content;
}

/**
 * Makes sure the folder `rel` exists inside the repository, creating what is missing one component at
 * a time. A component that is a link is followed only while it stays inside the repository; one that
 * is a file, or leads out, is a RepoFileError. Returns the folder's real path.
 */
export function ensureRepoFolder(root: string, rel: string): string {
  return walkRepoFolder(root, rel, true)!;
}

/**
 * What ensureRepoFolder would find, creating nothing: the folder's real path, or undefined when a part
 * of it is missing (a real run creates it inside the repository). A RepoFileError when a part of it is
 * a file or a link that leads out.
 */
export function checkRepoFolder(root: string, rel: string): string | undefined {
  return walkRepoFolder(root, rel, false);
}

function walkRepoFolder(root: string, rel: string, create: boolean): string | undefined {
  const folder = shown(rel);
  const realRootPath = realRoot(root);
  const abs = path.resolve(realRootPath, rel);
  if (!isInside(realRootPath, abs)) throw new RepoFileError(folder, 'outside', 'lies outside the repository');
  let current = realRootPath;
  for (const part of toPosix(path.relative(realRootPath, abs)).split('/').filter((p) => p !== '')) {
    const next = path.join(current, part);
    let stat = fs.lstatSync(next, { throwIfNoEntry: false });
    if (!stat) {
      // What is missing is created below a folder already known to be inside the repository.
      if (!create) return undefined;
      try {
        fs.mkdirSync(next);
      } catch (error) {
        if (errnoCode(error) !== 'EEXIST') throw new RepoFileError(folder, 'unreadable', `cannot be created (${errnoCode(error)})`);
      }
      stat = fs.lstatSync(next);
    }
    if (stat.isSymbolicLink()) {
      let real: string;
      try {
        real = fs.realpathSync.native(next);
      } catch {
        throw new RepoFileError(folder, 'outside', `lies below ${relativeName(realRootPath, next)}, a symbolic link whose target is missing`);
      }
      if (!isInside(realRootPath, real)) {
        throw new RepoFileError(folder, 'outside', `lies below ${relativeName(realRootPath, next)}, a symbolic link that leads outside the repository, to ${real}`);
      }
      if (!fs.statSync(real).isDirectory()) throw new RepoFileError(folder, 'not-a-folder', `lies below ${relativeName(realRootPath, next)}, which is not a folder`);
      current = real;
    } else if (stat.isDirectory()) {
      current = next;
    } else {
      throw new RepoFileError(folder, 'not-a-folder', `lies below ${relativeName(realRootPath, next)}, which is a file, not a folder`);
    }
  }
  return current;
}

function relativeName(realRootPath: string, abs: string): string {
  return toPosix(path.relative(realRootPath, abs));
}

/**
 * Deletes the file `rel` of the repository: the entry itself (a link is removed, never followed), and
 * only when the folder it lies in is inside the repository. Returns false when it was already gone.
 */
export function removeRepoFile(root: string, rel: string): boolean {
  const file = shown(rel);
  const parent = resolveInRepo(root, path.posix.dirname(toPosix(rel)));
  if (parent === undefined) return false;
  const target = path.join(parent, path.basename(rel));
  const stat = fs.lstatSync(target, { throwIfNoEntry: false });
  if (!stat) return false;
  if (stat.isDirectory()) throw new RepoFileError(file, 'not-a-file', 'is a folder, not a file');
  try {
    fs.unlinkSync(target);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw new RepoFileError(file, 'unreadable', `cannot be deleted (${errnoCode(error)})`);
  }
  return true;
}
