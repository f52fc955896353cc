import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { STATES, type Config, type State } from './config.js';
import { readSimpleYamlId } from './fast-yaml.js';
import { parseLock } from './lock-file.js';
import { ConfigurationError } from './errors.js';
import { toPosix } from './paths.js';
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
// An options object, not the string 'utf8': node copies a string into a new options object on every
// call, which costs about a third of reading a small file.
const UTF8 = { encoding: 'utf8' } as const;

/** A WO file found in a state folder. */
export interface WoFileEntry {
  state: State;
  /** Repository-relative path, forward slashes. */
  rel: string;
  /** Absolute path. */
  abs: string;
  stem: string;
}

function listDir(abs: string): fs.Dirent[] | undefined {
  try {
    return fs.readdirSync(abs, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A WO's identity from its text: the `id` field, else the file name's stem and why. */
export function parseWoText(text: string, stem: string): Pick<WoFile, 'id' | 'idFromStem' | 'problem'> {
  const simple = readSimpleYamlId(text);
  if (simple !== undefined) return identity(simple.id, stem);
  let data: unknown;
  try {
    data = parseYaml(text, { uniqueKeys: false, prettyErrors: false });
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

/** Lists the WO files of every state folder, and which state folders exist. */
export function readWoFiles(root: string, config: Config): { files: WoFileEntry[]; present: State[] } {
  const files: WoFileEntry[] = [];
  const present: State[] = [];
  for (const state of STATES) {
    const folder = config.stateFolders[state];
    const folderAbs = path.join(root, folder);
    const entries = listDir(folderAbs);
    if (!entries) continue;
    present.push(state);
    for (const entry of entries) {
      if (!entry.isFile() || !WO_FILE.test(entry.name)) continue;
      const rel = `${folder}/${entry.name}`;
      // The whitelist may live inside a state folder; it is not a WO.
      if (rel === config.whitelist) continue;
      files.push({ state, rel, abs: `${folderAbs}${path.sep}${entry.name}`, stem: entry.name.slice(0, entry.name.lastIndexOf('.')) });
    }
  }
  return { files, present };
}

function readLocks(root: string, config: Config): Lock[] {
  const folder = config.stateFolders.running;
  const folderAbs = path.join(root, folder);
  const entries = (listDir(folderAbs) ?? []).filter((e) => !e.isDirectory() && e.name.endsWith('.lock'));
  return entries.map((entry) => {
    const rel = `${folder}/${entry.name}`;
    const abs = `${folderAbs}${path.sep}${entry.name}`;
    const lock: Lock = { woId: entry.name.slice(0, -'.lock'.length), path: rel, takenAt: new Date(0), ageSource: 'mtime' };
    let text: string;
    try {
      text = fs.readFileSync(abs, UTF8);
    } catch {
      // An unreadable lock is still a lock; without a time it counts as old.
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
      lock.takenAt = fs.statSync(abs).mtime;
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
  const { files, present } = readWoFiles(root, config);
  if (present.length === 0) {
    const jobs = path.posix.dirname(config.stateFolders.pending);
    if (!fs.existsSync(path.join(root, jobs))) {
      throw new ConfigurationError(
        `${root}: no work-order folders found: expected ${jobs}/{pending,running,done,failed}/ (set state_folders in .wo-toolkit.yaml)`,
      );
    }
  }
  // Synchronous reads: for thousands of small files they cost a fraction of promise-based ones.
  const wos = files.map((file): WoFile => {
    let text: string;
    try {
      text = fs.readFileSync(file.abs, UTF8);
    } catch (error) {
      return { id: file.stem, idFromStem: true, state: file.state, path: file.rel, stem: file.stem, problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
    }
    const { id, idFromStem, problem } = parseWoText(text, file.stem);
    const wo: WoFile = { id, idFromStem, state: file.state, path: file.rel, stem: file.stem };
    if (problem !== undefined) wo.problem = problem;
    return wo;
  });
  // After the WO files, which warm up the parser the locks share.
  const locks = readLocks(root, config);
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
