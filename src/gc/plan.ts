import type { State } from '../core/config.js';
import { filesById, type Lock, type RepoState, type WoFile } from '../core/state.js';
import type { Worktree } from '../core/worktrees.js';

/**
 * What gc looks at (docs/gc.md): zombie and ghost worktrees, prunable registrations and orphan locks.
 * Pure functions of the repository state, used both to plan and to re-check a target right before
 * it is acted on.
 */

export type TargetKind = 'zombie' | 'ghost' | 'prunable' | 'orphan_lock';
const KIND_ORDER: TargetKind[] = ['zombie', 'ghost', 'prunable', 'orphan_lock'];

export interface WorktreeTarget {
  kind: 'zombie' | 'ghost' | 'prunable';
  woId: string;
  worktree: Worktree;
  /** The state folders holding the WO's files (empty for a ghost). */
  states: State[];
}

export interface LockTarget {
  kind: 'orphan_lock';
  woId: string;
  lock: Lock;
  states: State[];
  ageHours: number;
  /** Older than the stale lock age: only then is it removed. */
  stale: boolean;
}

export type Target = WorktreeTarget | LockTarget;

function statesOf(files: readonly WoFile[] | undefined): State[] {
  return [...new Set((files ?? []).map((f) => f.state))].sort();
}

const active = (states: readonly State[]): boolean => states.includes('pending') || states.includes('running');

/** The target a worktree is, if any. Worktrees of no WO and those of active WOs are never targets. */
export function classifyWorktree(wt: Worktree, byId: ReadonlyMap<string, WoFile[]>): WorktreeTarget | undefined {
  if (!wt.woId || wt.isMain || wt.bare) return undefined;
  const states = statesOf(byId.get(wt.woId));
  if (active(states)) return undefined;
  if (wt.prunable) return { kind: 'prunable', woId: wt.woId, worktree: wt, states };
  return { kind: states.length === 0 ? 'ghost' : 'zombie', woId: wt.woId, worktree: wt, states };
}

/** The target a lock is, if any: a lock whose WO is not in running/ (fresh ones are reported, kept). */
export function classifyLock(lock: Lock, byId: ReadonlyMap<string, WoFile[]>, staleLockHours: number, now: Date): LockTarget | undefined {
  const states = statesOf(byId.get(lock.woId));
  if (states.includes('running')) return undefined;
  const ageHours = (now.getTime() - lock.takenAt.getTime()) / 3_600_000;
  return { kind: 'orphan_lock', woId: lock.woId, lock, states, ageHours, stale: ageHours > staleLockHours };
}

export function targetPath(target: Target): string {
  return target.kind === 'orphan_lock' ? target.lock.path : target.worktree.relPath;
}

/** Every target in the repository, in a stable order (WO id, kind, path). */
export function planTargets(state: RepoState, now: Date): Target[] {
  const byId = filesById(state.wos);
  const targets: Target[] = [];
  for (const wt of state.worktrees) {
    const target = classifyWorktree(wt, byId);
    if (target) targets.push(target);
  }
  for (const lock of state.locks) {
    const target = classifyLock(lock, byId, state.config.staleLockHours, now);
    if (target) targets.push(target);
  }
  return targets.sort(
    (a, b) =>
      a.woId.localeCompare(b.woId) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      targetPath(a).localeCompare(targetPath(b)),
  );
}

/** Finds the same target in a fresh state: the same worktree folder, or the same lock file. */
export function refind(target: Target, fresh: RepoState, now: Date): Target | undefined {
  const byId = filesById(fresh.wos);
  if (target.kind === 'orphan_lock') {
    const lock = fresh.locks.find((l) => l.path === target.lock.path);
    return lock ? classifyLock(lock, byId, fresh.config.staleLockHours, now) : undefined;
  }
  const wt = fresh.worktrees.find((w) => w.path === target.worktree.path);
  return wt ? classifyWorktree(wt, byId) : undefined;
}
