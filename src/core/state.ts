import fs from 'node:fs';
import path from 'node:path';
import { STATES, type Config, type State } from './config.js';
import { readSimpleYamlId } from './fast-yaml.js';
import { parseLock } from './lock-file.js';
import { ConfigurationError } from './errors.js';
import { toPosix } from './paths.js';
import { entryKind, isRepoFileError, listRepoFolder, readFolderEntry, readRepoText, type RepoFolder } from './repo-files.js';
import { woPath } from './wo-id.js';
import { parseYamlBounded } from './yaml.js';
import { listWorktrees, type Worktree } from './worktrees.js';

/** One WO file in a state folder. */
export interface WoFile {
  /** The WO's identity: its `id` field, or the file name's stem when that cannot be read. */
  id: string;
  /** True when `id` came from the file name because the file could not be parsed or has no id. */
  idFromStem: boolean;
  state: State;
  /** Repository-relative path, forward slashes. */
  path: string;
  stem: string;
  /** Why the file could not be used as a WO (unparsable, not a mapping, no id). */
  problem?: string;
}

export interface Lock {
  woId: string;
  path: string;
  /** Parsed content, when the lock holds a mapping. */
  content?: Record<string, unknown>;
  /** When the lock was taken: the time its content gives (YAML `timestamp`, or `Locked by … at <time>`), else the file's modification time. */
  takenAt: Date;
  ageSource: 'timestamp' | 'mtime';
  /** Who holds it, as the lock says (YAML `user`, or a `User:` line). */
  user?: string;
  pid?: number;
  hostname?: string;
  /** The tool that wrote a plain-text lock (`Locked by <tool> at …`). */
  tool?: string;
}

export interface RepoState {
  root: string;
  config: Config;
  wos: WoFile[];
  locks: Lock[];
  worktrees: Worktree[];
  /** Which state folders exist on disk. */
  presentStates: State[];
}

const WO_FILE = /\.ya?ml$/;

/** A WO file found in a state folder. */
export interface WoFileEntry {
  state: State;
  /** Repository-relative path, forward slashes. */
  rel: string;
  /** The listed state folder it is in (read through it: see repo-files). */
  folder: RepoFolder;
  name: string;
  stem: string;
  /** Why it cannot be read although it is there (a link that leads outside the repository or nowhere). */
  problem?: string;
}

/**
 * A WO file's text, or why it cannot be read: a link out of the repository, a FIFO, a file over the
 * read cap or a permission error is a problem of that WO (a finding), never a hang or a crash.
 */
export function readWoEntry(root: string, file: WoFileEntry): { text: string } | { problem: string } {
  if (file.problem !== undefined) return { problem: file.problem };
  try {
    const content = readFolderEntry(root, file.folder, file.name);
    if (content === undefined) return { problem: 'the file disappeared while it was read' };
    return { text: content.bytes.toString('utf8') };
  } catch (error) {
    if (isRepoFileError(error)) return { problem: error.reason };
    throw error;
  }
}

/** A WO's identity from its text: the `id` field, else the file name's stem and why. */
export function parseWoText(text: string, stem: string): Pick<WoFile, 'id' | 'idFromStem' | 'problem'> {
  const simple = readSimpleYamlId(text);
  if (simple !== undefined) return identity(simple.id, stem);
  let data: unknown;
  try {
    data = parseYamlBounded(text, { uniqueKeys: false });
  } catch (error) {
    const first = (error as Error).message.split('\n')[0];
    return { id: stem, idFromStem: true, problem: `invalid YAML: ${first}` };
  }
  if (data === null || data === undefined) return { id: stem, idFromStem: true, problem: 'the file is empty' };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { id: stem, idFromStem: true, problem: 'the file is not a YAML mapping' };
  }
  return identity((data as Record<string, unknown>)['id'], stem);
}

/** The identity a mapping's `id` value gives. */
function identity(id: unknown, stem: string): Pick<WoFile, 'id' | 'idFromStem' | 'problem'> {
  if (typeof id !== 'string' || id.trim() === '') {
    return { id: stem, idFromStem: true, problem: 'the file has no string `id` field' };
  }
  return { id: id.trim(), idFromStem: false };
}

/**
 * Lists the state folders (a folder that leads outside the repository, or is a file, is a
 * ConfigurationError that names it). Undefined for a state folder that does not exist.
 */
export function listStateFolders(root: string, config: Config): Partial<Record<State, RepoFolder>> {
  const folders: Partial<Record<State, RepoFolder>> = {};
  for (const state of STATES) {
    const folder = listRepoFolder(root, config.stateFolders[state]);
    if (folder) folders[state] = folder;
  }
  return folders;
}

/**
 * Lists the WO files of every state folder, and which state folders exist. A WO file that is a
 * symbolic link is still a WO file (never invisible): read through the link when it stays inside the
 * repository, else listed with the problem.
 */
export function readWoFiles(root: string, config: Config, folders = listStateFolders(root, config)): { files: WoFileEntry[]; present: State[] } {
  const files: WoFileEntry[] = [];
  const present: State[] = [];
  for (const state of STATES) {
    const folder = folders[state];
    if (!folder) continue;
    present.push(state);
    for (const entry of folder.entries) {
      if (!WO_FILE.test(entry.name)) continue;
      const rel = `${folder.rel}/${entry.name}`;
      // The whitelist may live inside a state folder; it is not a WO.
      if (rel === config.whitelist) continue;
      const file: WoFileEntry = { state, rel, folder, name: entry.name, stem: entry.name.slice(0, entry.name.lastIndexOf('.')) };
      if (!entry.isFile()) {
        let kind;
        try {
          kind = entryKind(root, folder, entry);
        } catch (error) {
          if (!isRepoFileError(error)) throw error;
          file.problem = error.reason;
        }
        // Sub-folders are not WOs; anything else with a WO file's name (a FIFO, a link to a device) is one
        // that cannot be read, reported as such when it is read.
        if (kind === 'folder') continue;
      }
      files.push(file);
    }
  }
  return { files, present };
}

/** One listed WO file, read: its identity, or its file name's stem and why it cannot be used. */
export function readWoFile(root: string, file: WoFileEntry): WoFile {
  const read = readWoEntry(root, file);
  if ('problem' in read) {
    return { id: file.stem, idFromStem: true, state: file.state, path: file.rel, stem: file.stem, problem: read.problem };
  }
  const { id, idFromStem, problem } = parseWoText(read.text, file.stem);
  const wo: WoFile = { id, idFromStem, state: file.state, path: file.rel, stem: file.stem };
  if (problem !== undefined) wo.problem = problem;
  return wo;
}

/** The locks (`<WO>.lock`) among the listed entries of the running folder. */
export function readLocks(root: string, running: RepoFolder | undefined): Lock[] {
  if (!running) return [];
  // A lock's presence is what counts: whatever the entry is (a link, even one that leads out), it is a lock.
  const entries = running.entries.filter((e) => !e.isDirectory() && e.name.endsWith('.lock'));
  return entries.map((entry) => {
    const rel = `${running.rel}/${entry.name}`;
    const lock: Lock = { woId: entry.name.slice(0, -'.lock'.length), path: rel, takenAt: new Date(0), ageSource: 'mtime' };
    let text: string;
    try {
      const content = entry.isFile() || entry.isSymbolicLink() ? readFolderEntry(root, running, entry.name) : undefined;
      if (content === undefined) return lock;
      text = content.bytes.toString('utf8');
    } catch {
      // An unreadable lock (a link out of the repository, a FIFO, too large) is still a lock; without a time it counts as old.
      return lock;
    }
    const content = parseLock(text);
    if (content.mapping) lock.content = content.mapping;
    if (content.user !== undefined) lock.user = content.user;
    if (content.pid !== undefined) lock.pid = content.pid;
    if (content.hostname !== undefined) lock.hostname = content.hostname;
    if (content.tool !== undefined) lock.tool = content.tool;
    if (content.takenAt) {
      lock.takenAt = content.takenAt;
      lock.ageSource = 'timestamp';
      return lock; // the modification time is not needed
    }
    try {
      lock.takenAt = fs.lstatSync(path.join(running.real, entry.name)).mtime;
    } catch {
      return { woId: lock.woId, path: rel, takenAt: new Date(0), ageSource: 'mtime' };
    }
    return lock;
  });
}

/**
 * Reads the repository's work-order state: every WO file, every lock and every worktree.
 * Fails (ConfigurationError) only when no state folder exists at all.
 */
export async function loadRepoState(root: string, config: Config): Promise<RepoState> {
  // git lists the worktrees while the files are read.
  const worktreesPromise = listWorktrees(root, config);
  worktreesPromise.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  const folders = listStateFolders(root, config);
  const { files, present } = readWoFiles(root, config, folders);
  if (present.length === 0) {
    const jobs = path.posix.dirname(config.stateFolders.pending);
    if (!fs.existsSync(path.join(root, jobs))) {
      throw new ConfigurationError(
        `${root}: no work-order folders found: expected ${jobs}/{pending,running,done,failed}/ (set state_folders in .wo-toolkit.yaml)`,
      );
    }
  }
  // Synchronous reads: for thousands of small files they cost a fraction of promise-based ones.
  const wos = files.map((file) => readWoFile(root, file));
  // After the WO files, which warm up the parser the locks share.
  const locks = readLocks(root, folders.running);
  return { root, config, wos, locks, worktrees: await worktreesPromise, presentStates: present };
}

/** Groups WO files (or anything with an id) by id, keeping their order. */
export function filesById<T extends { id: string }>(wos: readonly T[]): Map<string, T[]> {
  const byId = new Map<string, T[]>();
  for (const wo of wos) {
    const list = byId.get(wo.id);
    if (list) list.push(wo);
    else byId.set(wo.id, [wo]);
  }
  return byId;
}
