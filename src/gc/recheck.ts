import fs from 'node:fs';
import path from 'node:path';
import { STATES, type Config, type State } from '../core/config.js';
import { listRepoFolder, listRepoFolderEntries, resolveInRepo } from '../core/repo-files.js';
import { loadRepoState, readLocks, readWoFile, readWoFiles, type Lock, type RepoState, type WoFile } from '../core/state.js';
import { listWorktrees, type Worktree } from '../core/worktrees.js';

/**
 * What gc re-reads of the repository right before it acts on a target (docs/gc.md, "Safety rules" 2):
 * only what can have changed for that target, so a run costs the same per target however many WOs
 * the repository holds, yet sees what a full re-read would show for it:
 *
 * - the target WO's own files, in every state folder, read again: those whose `id` was the WO's when
 *   last read (whatever their name) and the files named after the WO (`<WO>.yaml`, `<WO>.yml`), so a
 *   file moved or copied into `running/` under the WO's name, or one whose `id` was changed, is seen;
 * - every other WO file whose folder changed: a state folder's identity and modification time are
 *   recorded before it is listed; when they differ (a file added, removed or renamed into it, such as a
 *   copy under another name whose `id` is the WO's), that folder is listed again and each of its files
 *   is read again unless it is the very file read last time (the same inode, size and times, taken
 *   before that read; links and files changed within RACY_NS are always read). So a run that removes
 *   many orphan locks from `running/` lists that folder again per target but reads only what changed.
 *   A folder modified within RACY_NS of being recorded is listed again every time (a change in the same
 *   tick of the file system's clock would leave its time as it was);
 * - its lock (`running/<WO>.lock`), read by name;
 * - the worktrees, from git (`git worktree list`).
 *
 * What it does not see: another WO's file edited in place, without creating, removing or renaming a
 * file, so that its `id` becomes the target's (docs/gc-threat-model.md).
 */

/** How close to "now" a folder's modification time may be and still be trusted to show the next change. */
const RACY_NS = 2_000_000_000n;

/** A state folder's identity and times, or undefined when it must be read again anyway. */
type FolderMark = string | undefined;

function markFolder(root: string, rel: string): FolderMark {
  const now = BigInt(Date.now()) * 1_000_000n;
  const real = resolveInRepo(root, rel);
  if (real === undefined) return 'missing';
  const stat = fs.statSync(real, { bigint: true, throwIfNoEntry: false });
  if (!stat) return 'missing';
  if (stat.mtimeNs > now - RACY_NS || stat.ctimeNs > now - RACY_NS) return undefined;
  return `${real}\0${stat.dev}\0${stat.ino}\0${stat.mtimeNs}\0${stat.ctimeNs}`;
}

/** A regular file's inode, size and times (taken before it is read), or undefined when it must be read anyway. */
function fileKey(real: string): string | undefined {
  const now = BigInt(Date.now()) * 1_000_000n;
  const stat = fs.lstatSync(real, { bigint: true, throwIfNoEntry: false });
  if (!stat || !stat.isFile() || stat.mtimeNs > now - RACY_NS || stat.ctimeNs > now - RACY_NS) return undefined;
  return `${stat.dev}\0${stat.ino}\0${stat.size}\0${stat.mtimeNs}\0${stat.ctimeNs}`;
}

const lockKey = (lock: Lock | undefined): string | undefined =>
  lock === undefined ? undefined : JSON.stringify([lock.path, lock.takenAt.getTime(), lock.ageSource, lock.content ?? null, lock.user ?? null, lock.pid ?? null]);

/** The repository state read once, and the tracker that re-checks targets against it. */
export interface TrackedState {
  state: RepoState;
  tracker: RepoStateTracker;
}

export class RepoStateTracker {
  /** Every WO file as last read, by repository-relative path. */
  private readonly files = new Map<string, WoFile>();
  /** The fileKey of each WO file when it was last read by a folder refresh (none: read it next time). */
  private readonly fileKeys = new Map<string, string>();
  private readonly marks = new Map<State, FolderMark>();
  /** The locks when the run planned, by WO id: a lock that appears or changes later means the WO is being taken. */
  private readonly plannedLocks = new Map<string, string | undefined>();
  private readonly presentStates: State[];

  private constructor(
    private readonly root: string,
    private readonly config: Config,
    state: RepoState,
    marks: Map<State, FolderMark>,
  ) {
    for (const wo of state.wos) this.files.set(wo.path, wo);
    for (const [folder, mark] of marks) this.marks.set(folder, mark);
    for (const lock of state.locks) this.plannedLocks.set(lock.woId, lockKey(lock));
    this.presentStates = state.presentStates;
  }

  /** Reads the whole repository state once (for planning) and starts tracking it. */
  static async load(root: string, config: Config): Promise<TrackedState> {
    // Marked before the folders are listed: a change made after the listing always changes the mark.
    const marks = new Map(STATES.map((s) => [s, markFolder(root, config.stateFolders[s])] as const));
    const state = await loadRepoState(root, config);
    return { state, tracker: new RepoStateTracker(root, config, state, marks) };
  }

  /**
   * The repository state as far as WO `woId` is concerned, read now: its WO files (by id), its lock and
   * every worktree (or `known.worktrees`, when the caller has just listed them). Enough for
   * planTargets/refind to judge any target of that WO as a full read would.
   */
  async stateOf(woId: string, known?: { worktrees: Worktree[] }): Promise<RepoState> {
    const worktrees = known ? Promise.resolve(known.worktrees) : listWorktrees(this.root, this.config);
    worktrees.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
    for (const state of STATES) this.refreshFolder(state);
    this.rereadFilesOf(woId);
    const running = listRepoFolderEntries(this.root, this.config.stateFolders.running, [`${woId}.lock`]);
    return {
      root: this.root,
      config: this.config,
      wos: [...this.files.values()].filter((f) => f.id === woId),
      locks: readLocks(this.root, running),
      worktrees: await worktrees,
      presentStates: this.presentStates,
    };
  }

  /** The lock of `woId` in `fresh` when it was not there, or not the same, when the run planned. */
  lockTakenSincePlan(woId: string, fresh: RepoState): Lock | undefined {
    const lock = fresh.locks.find((l) => l.woId === woId);
    return lock !== undefined && lockKey(lock) !== this.plannedLocks.get(woId) ? lock : undefined;
  }

  /** Lists and reads a state folder again when it changed since it was last read. */
  private refreshFolder(state: State): void {
    const rel = this.config.stateFolders[state];
    const mark = markFolder(this.root, rel);
    if (mark !== undefined && mark === this.marks.get(state)) return;
    const folder = listRepoFolder(this.root, rel);
    const listed = folder ? readWoFiles(this.root, this.config, { [state]: folder }).files : [];
    const present = new Set(listed.map((entry) => entry.rel));
    for (const [file, wo] of this.files) {
      if (wo.state === state && !present.has(file)) {
        this.files.delete(file);
        this.fileKeys.delete(file);
      }
    }
    for (const entry of listed) {
      const key = fileKey(path.join(entry.folder.real, entry.name));
      if (key !== undefined && this.files.has(entry.rel) && this.fileKeys.get(entry.rel) === key) continue;
      this.files.set(entry.rel, readWoFile(this.root, entry));
      if (key === undefined) this.fileKeys.delete(entry.rel);
      else this.fileKeys.set(entry.rel, key);
    }
    this.marks.set(state, mark);
  }

  /** Reads again every file that declared `woId`, and the files named after it in every state folder. */
  private rereadFilesOf(woId: string): void {
    const wanted = new Map<State, Set<string>>(STATES.map((s) => [s, new Set([`${woId}.yaml`, `${woId}.yml`])]));
    for (const wo of this.files.values()) if (wo.id === woId) wanted.get(wo.state)!.add(wo.path.slice(wo.path.lastIndexOf('/') + 1));
    for (const state of STATES) {
      const names = [...wanted.get(state)!];
      const folder = listRepoFolderEntries(this.root, this.config.stateFolders[state], names);
      for (const name of names) {
        this.files.delete(`${folder?.rel ?? this.config.stateFolders[state]}/${name}`);
        this.fileKeys.delete(`${folder?.rel ?? this.config.stateFolders[state]}/${name}`);
      }
      if (!folder) continue;
      for (const entry of readWoFiles(this.root, this.config, { [state]: folder }).files) this.files.set(entry.rel, readWoFile(this.root, entry));
    }
  }
}
