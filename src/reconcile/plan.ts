import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Config, State } from '../core/config.js';
import { isWrittenByToolkit, LOCK_WRITER, renderLock, type LockFormat } from '../core/lock-file.js';
import { isFailure, woVerdictReader } from '../core/evidence.js';
import { readRepoFile } from '../core/repo-files.js';
import { filesById, type Lock, type RepoState, type WoFile } from '../core/state.js';
import { woIdPathProblem, woPath } from '../core/wo-id.js';
import { editTopLevel, isEmptyValue, parseWo, type ParsedWo, type TopLevelValue } from './edit.js';
import type { ReconcileNote, Repair, RepairCode } from './types.js';
import { workOrderChecker } from './validate.js';

/**
 * Plans the repairs (read-only). The plan is computed on the state as it will be once every repair
 * before it is done (a lock is "left behind" once the split brain that kept its WO in running/ is
 * repaired), so one plan lists everything `--apply --force` does; a repair that depends on one that
 * needs `--force` needs it too.
 */

/** The fields a WO gains or changes as it moves between states: copies that differ only in them are the same work. */
export const MOVING_FIELDS = ['status', 'owner', 'branch', 'worktree', 'started_at', 'finished_at', 'closed_at', 'result', 'verified_at_sha'] as const;
/** The fields of a running WO that reconcile fills when they are empty. */
export const METADATA_FIELDS = ['owner', 'branch', 'worktree', 'started_at'] as const;

const RANK: Record<State, number> = { pending: 0, running: 1, done: 2, failed: 2 };

/** One file operation of a repair, in the order it is carried out. */
export type Step =
  | { kind: 'save-evidence'; path: string; bytes: Buffer; sha256: string }
  | { kind: 'remove-file'; path: string; sha256: string }
  | { kind: 'create-file'; path: string; bytes: Buffer }
  | { kind: 'replace-file'; path: string; bytes: Buffer; sha256: string }
  | { kind: 'remove-lock'; path: string };

export interface PlannedRepair {
  repair: Repair;
  steps: Step[];
  /** Repairs that must be applied before this one may be. */
  after: PlannedRepair[];
  /** A file it touches cannot be parsed or would not validate: nothing at all is written. */
  blocked?: string;
}

export interface Plan {
  repairs: PlannedRepair[];
  notes: ReconcileNote[];
}

interface WoCopy {
  file: WoFile;
  bytes: Buffer;
  sha256: string;
  parsed: ParsedWo;
}

export function sha256(bytes: Buffer): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

function base(code: RepairCode, woId: string, fields: Partial<Repair> & Pick<Repair, 'action' | 'from' | 'to' | 'paths' | 'message'>): Repair {
  return { wo_id: woId, code, safe: true, applied: false, evidence_path: null, needs: null, ...fields };
}

function without(data: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...data };
  for (const key of keys) delete copy[key];
  return copy;
}

/** Top-level keys in which two WOs differ, beyond the moving fields. */
function differingKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const left = without(a, MOVING_FIELDS);
  const right = without(b, MOVING_FIELDS);
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].filter((k) => !isDeepStrictEqual(left[k], right[k])).sort();
}

function describeKeys(keys: string[]): string {
  const shown = keys.slice(0, 5).join(', ');
  return keys.length > 5 ? `${shown} and ${keys.length - 5} more` : shown;
}

export interface PlanInput {
  state: RepoState;
  now: Date;
}

/** The repairs the repository needs, in the order they are applied. */
export function planRepairs({ state, now }: PlanInput): Plan {
  const { root, config } = state;
  const copies = new Map<string, WoCopy>();
  const read = (file: WoFile): WoCopy => {
    let copy = copies.get(file.path);
    if (!copy) {
      // Through the repository's file home: no link out, regular files only, bounded.
      const bytes = readRepoFile(root, file.path)?.bytes ?? Buffer.alloc(0);
      copy = { file, bytes, sha256: sha256(bytes), parsed: parseWo(bytes.toString('utf8')) };
      copies.set(file.path, copy);
    }
    return copy;
  };

  const checkWorkOrder = workOrderChecker(root, config);
  const repairs: PlannedRepair[] = [];
  const notes: ReconcileNote[] = [];
  const byId = filesById(state.wos);
  // The files of each WO as they will be once the repairs planned so far are done.
  const projected = new Map<string, WoFile[]>([...byId].map(([id, files]) => [id, [...files]]));
  const locks = new Map<string, Lock>(state.locks.map((lock) => [lock.woId, lock]));
  /** Ids a person must decide about: no other repair touches them. */
  const undecided = new Set<string>();
  /** The repairs that take each WO out of running/. */
  const leavesRunning = new Map<string, PlannedRepair[]>();
  const ids = [...byId.keys()].sort();

  // 1. split_brain: the most advanced state survives, each other copy is removed (saved first).
  for (const id of ids) {
    const files = byId.get(id)!;
    const states = [...new Set(files.map((f) => f.state))];
    if (states.length < 2) continue;
    const described = states.join('+');
    const paths = files.map((f) => f.path);
    if (states.includes('done') && states.includes('failed')) {
      undecided.add(id);
      const done = files.filter((f) => f.state === 'done').map((f) => f.path);
      const failed = files.filter((f) => f.state === 'failed').map((f) => f.path);
      repairs.push({
        repair: base('split_brain', id, {
          action: 'decide',
          from: described,
          to: null,
          paths,
          safe: false,
          needs: 'person',
          message: `${id} is both done (${done.join(', ')}) and failed (${failed.join(', ')}): no rule says which is true. Decide whether it passed, keep that copy, and delete the other; reconcile then repairs the rest`,
        }),
        steps: [],
        after: [],
      });
      continue;
    }
    const top = Math.max(...states.map((s) => RANK[s]));
    const survivorState = states.find((s) => RANK[s] === top)!;
    const survivors = files.filter((f) => f.state === survivorState);
    if (survivors.length > 1) {
      undecided.add(id);
      repairs.push({
        repair: base('split_brain', id, {
          action: 'decide',
          from: described,
          to: survivorState,
          paths,
          safe: false,
          needs: 'person',
          message: `${id} has ${survivors.length} files in ${survivorState}/ (${survivors.map((f) => f.path).join(', ')}): decide which one is the WO and delete the others; reconcile then removes the copies in ${states.filter((s) => s !== survivorState).join(' and ')}/`,
        }),
        steps: [],
        after: [],
      });
      continue;
    }
    const survivor = read(survivors[0]!);
    for (const file of files.filter((f) => f.state !== survivorState)) {
      const copy = read(file);
      const planned: PlannedRepair = {
        repair: base('split_brain', id, {
          action: 'remove_copy',
          from: file.state,
          to: survivorState,
          paths: [file.path, survivor.file.path],
          message: '',
        }),
        steps: [],
        after: [],
      };
      const { repair } = planned;
      const identical = copy.sha256 === survivor.sha256;
      if (!identical) {
        const saved = woPath(config.handoffDir, id, '', 'reconcile', `${file.state}.${copy.sha256}.yaml`);
        if (!saved) planned.blocked = `its id '${id}' ${woIdPathProblem(id)}, so it names no evidence folder to save the copy in`;
        else {
          repair.evidence_path = saved;
          planned.steps.push({ kind: 'save-evidence', path: repair.evidence_path, bytes: copy.bytes, sha256: copy.sha256 });
        }
      }
      planned.steps.push({ kind: 'remove-file', path: file.path, sha256: copy.sha256 });
      const unreadable = [copy, survivor].find((c) => c.parsed.problem);
      if (identical) {
        repair.message = `remove ${file.path}: byte-identical to ${survivor.file.path}, which stays`;
      } else if (unreadable) {
        planned.blocked ??= `${unreadable.file.path}: ${unreadable.parsed.problem}`;
        repair.safe = false;
        repair.needs = 'fix_file';
        repair.message = `cannot compare the copies: ${planned.blocked}; fix the file, then run reconcile again`;
      } else {
        const keys = differingKeys(copy.parsed.data!, survivor.parsed.data!);
        if (keys.length === 0) {
          repair.message = `remove ${file.path} (it differs from ${survivor.file.path} only in the fields a WO gains as it moves); it is saved first as ${repair.evidence_path}`;
        } else {
          repair.safe = false;
          repair.needs = 'force';
          repair.differences = keys;
          repair.message = `${file.path} differs from ${survivor.file.path} in ${describeKeys(keys)}: review both, then run with --force to keep ${survivorState}/ (the removed copy is saved first as ${repair.evidence_path})`;
        }
      }
      if (planned.blocked && repair.needs !== 'fix_file') {
        repair.safe = false;
        repair.needs = 'fix_file';
        repair.message = `cannot remove ${file.path}: ${planned.blocked}`;
      }
      repairs.push(planned);
      projected.set(id, projected.get(id)!.filter((f) => f !== file));
      if (file.state === 'running') leavesRunning.set(id, [...(leavesRunning.get(id) ?? []), planned]);
    }
  }

  // 2. fail_but_running: a running WO whose verdict failed moves to failed/, its lock goes.
  const verdictOf = woVerdictReader(root, config);
  for (const id of ids) {
    if (undecided.has(id)) continue;
    const files = projected.get(id)!;
    if (files.length !== 1 || files[0]!.state !== 'running') continue;
    const found = verdictOf(id).verdict;
    if (!found || !isFailure(found.verdict)) continue;
    const verdict = `${found.verdict} (${found.path}${found.failure_stage ? `, stage ${found.failure_stage}` : ''})`;
    const file = files[0]!;
    const copy = read(file);
    const target = `${config.stateFolders.failed}/${path.posix.basename(file.path)}`;
    const lock = locks.get(id);
    const planned: PlannedRepair = {
      repair: base('fail_but_running', id, {
        action: 'move_to_failed',
        from: 'running',
        to: 'failed',
        paths: [file.path, target, ...(lock ? [lock.path] : [])],
        message: `move ${file.path} to ${target}${lock ? ` and remove its lock ${lock.path}` : ''}: its verdict is ${verdict}`,
      }),
      steps: [],
      after: [],
    };
    const blocked = (reason: string): void => {
      planned.blocked = reason;
      planned.repair.safe = false;
      planned.repair.needs = 'fix_file';
      planned.repair.message = `cannot move ${file.path} to ${target}: ${reason}`;
    };
    if (copy.parsed.problem) blocked(`${file.path}: ${copy.parsed.problem}`);
    else if (readRepoFile(root, target) !== undefined) {
      planned.repair.safe = false;
      planned.repair.needs = 'person';
      planned.repair.message = `cannot move ${file.path}: ${target} already exists and declares another WO; rename one of them, then run reconcile again`;
    } else {
      const data = copy.parsed.data!;
      const changes: Record<string, TopLevelValue> = 'status' in data && data['status'] !== 'failed' ? { status: 'failed' } : {};
      const edited = Object.keys(changes).length === 0 ? { text: copy.parsed.text } : editTopLevel(copy.parsed, changes);
      if ('problem' in edited) blocked(`${file.path}: ${edited.problem}`);
      else {
        const invalid = checkWorkOrder({ ...data, ...changes });
        if (invalid) blocked(`${target} would not validate: ${invalid}`);
        else {
          planned.steps.push({ kind: 'create-file', path: target, bytes: Object.keys(changes).length === 0 ? copy.bytes : Buffer.from(edited.text, 'utf8') });
          planned.steps.push({ kind: 'remove-file', path: file.path, sha256: copy.sha256 });
          if (lock) planned.steps.push({ kind: 'remove-lock', path: lock.path });
        }
      }
    }
    repairs.push(planned);
    projected.set(id, [{ ...file, state: 'failed', path: target }]);
    locks.delete(id);
    leavesRunning.set(id, [...(leavesRunning.get(id) ?? []), planned]);
  }

  // 3. lock_without_running: a lock left behind by a WO that is now done or failed.
  for (const lock of [...locks.values()].sort((a, b) => (a.woId < b.woId ? -1 : 1))) {
    const id = lock.woId;
    if (undecided.has(id)) continue;
    const files = projected.get(id) ?? [];
    if (files.length === 0 || files.some((f) => f.state === 'running' || f.state === 'pending')) continue;
    const after = leavesRunning.get(id) ?? [];
    const states = [...new Set(files.map((f) => f.state))].join('+');
    const planned: PlannedRepair = {
      repair: base('lock_without_running', id, {
        action: 'remove_lock',
        from: 'locked',
        to: 'unlocked',
        paths: [lock.path, ...files.map((f) => f.path)],
        message: `remove ${lock.path}: ${id} is ${states}${after.length > 0 ? ' once the repairs above are done' : ''}`,
      }),
      steps: [{ kind: 'remove-lock', path: lock.path }],
      after,
    };
    const waiting = after.find((a) => !a.repair.safe);
    if (waiting) {
      planned.repair.safe = false;
      planned.repair.needs = waiting.repair.needs;
      const what = waiting.repair.needs === 'force' ? 'which needs --force' : waiting.repair.needs === 'person' ? 'which a person must decide' : 'which is blocked';
      planned.repair.message += ` (it waits for the ${waiting.repair.code} repair of ${id}, ${what})`;
    }
    repairs.push(planned);
    locks.delete(id);
  }

  // 4. running_without_lock: a WO in running/ gets the lock it should have.
  // The form the repository's other locks use: plain text when any of them is (it names its tool).
  const format: LockFormat = state.locks.some((lock) => lock.tool !== undefined) ? 'plain' : 'mapping';
  const lockFolder = config.stateFolders.running;
  for (const id of ids) {
    if (undecided.has(id) || locks.has(id)) continue;
    const running = (projected.get(id) ?? []).filter((f) => f.state === 'running');
    if (running.length === 0) continue;
    const lockPath = woPath(lockFolder, id, '.lock') ?? `${lockFolder}/${id}.lock`;
    const planned: PlannedRepair = {
      repair: base('running_without_lock', id, {
        action: 'create_lock',
        from: 'unlocked',
        to: 'locked',
        paths: [lockPath, ...running.map((f) => f.path)],
        message: `write ${lockPath} (marked as written by reconcile): ${id} is in running/ without a lock`,
      }),
      steps: [],
      after: [],
    };
    if (woIdPathProblem(id) !== undefined) {
      planned.blocked = `its id '${id}' ${woIdPathProblem(id)}, so it cannot name a lock`;
      planned.repair.safe = false;
      planned.repair.needs = 'fix_file';
      planned.repair.message = `cannot write a lock for ${running[0]!.path}: ${planned.blocked}`;
    } else {
      const text = renderLock(format, {
        pid: process.pid,
        user: currentUser(),
        hostname: os.hostname(),
        timestamp: now.toISOString(),
        reason: `Written by wo-toolkit reconcile on ${now.toISOString()}: ${id} was in running/ without a lock.`,
      });
      planned.steps.push({ kind: 'create-file', path: lockPath, bytes: Buffer.from(text, 'utf8') });
    }
    repairs.push(planned);
  }

  // 5. running_without_metadata: fill a running WO's empty owner, branch, worktree, started_at.
  for (const id of ids) {
    if (undecided.has(id)) continue;
    const running = (projected.get(id) ?? []).filter((f) => f.state === 'running');
    if (running.length !== 1 || (projected.get(id) ?? []).length !== 1) continue;
    const file = running[0]!;
    const copy = read(file);
    if (copy.parsed.problem) continue; // audit reports the unreadable file; there is nothing to fill in it
    const data = copy.parsed.data!;
    const empty = METADATA_FIELDS.filter((field) => isEmptyValue(data[field]));
    if (empty.length === 0) continue;
    const { filled, notInferred } = inferMetadata(state, id, empty, locks.get(id));
    if (Object.keys(filled).length === 0) {
      notes.push({ wo_id: id, path: file.path, message: `${file.path}: ${empty.join(', ')} empty and nothing to fill them from`, not_inferred: notInferred });
      continue;
    }
    const planned: PlannedRepair = {
      repair: base('running_without_metadata', id, {
        action: 'fill_metadata',
        from: 'incomplete',
        to: notInferred.length === 0 ? 'complete' : 'incomplete',
        paths: [file.path],
        message: `fill ${Object.entries(filled).map(([k, v]) => `${k}: ${v}`).join(', ')} in ${file.path}${notInferred.length > 0 ? `; ${notInferred.map((n) => n.field).join(', ')} stay empty` : ''}`,
        filled,
        not_inferred: notInferred,
      }),
      steps: [],
      after: [],
    };
    const edited = editTopLevel(copy.parsed, filled);
    const invalid = 'problem' in edited ? undefined : checkWorkOrder({ ...data, ...filled });
    if ('problem' in edited || invalid) {
      planned.blocked = 'problem' in edited ? `${file.path}: ${edited.problem}` : `${file.path} would not validate: ${invalid}`;
      planned.repair.safe = false;
      planned.repair.needs = 'fix_file';
      planned.repair.message = `cannot fill ${Object.keys(filled).join(', ')}: ${planned.blocked}`;
    } else {
      planned.steps.push({ kind: 'replace-file', path: file.path, bytes: Buffer.from(edited.text, 'utf8'), sha256: copy.sha256 });
    }
    repairs.push(planned);
  }
  return { repairs, notes };
}

function currentUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env['USER'] ?? process.env['USERNAME'] ?? 'unknown';
  }
}

/** What a running WO's lock and worktree say about its empty fields. */
function inferMetadata(
  state: RepoState,
  id: string,
  empty: readonly string[],
  lock: Lock | undefined,
): { filled: Record<string, string>; notInferred: { field: string; reason: string }[] } {
  const filled: Record<string, string> = {};
  const notInferred: { field: string; reason: string }[] = [];
  const own = lock !== undefined && !isWrittenByToolkit(lock);
  const lockReason = !lock
    ? 'it has no lock to read it from'
    : !own
      ? `its lock ${lock.path} was written by ${LOCK_WRITER}, not by the session that took the WO`
      : undefined;
  const fromLock = {
    user: own ? lock.user : undefined,
    // Only a time the lock records: its modification time says nothing about when the work started.
    timestamp: own && lock.ageSource === 'timestamp' ? lock.takenAt.toISOString().replace('.000Z', 'Z') : undefined,
  };
  const worktrees = state.worktrees.filter((wt) => wt.woId === id && !wt.isMain && !wt.prunable);
  const anyWoWorktree = state.worktrees.some((wt) => wt.woId !== undefined);
  const worktreeReason =
    worktrees.length > 1
      ? `${worktrees.length} worktrees belong to it (${worktrees.map((w) => w.relPath).join(', ')})`
      : worktrees.length === 0
        ? anyWoWorktree
          ? `no worktree of ${id} is registered (git worktree list)`
          : 'this checkout has no WO worktrees (they live where people work)'
        : undefined;
  const worktree = worktrees.length === 1 ? worktrees[0] : undefined;
  for (const field of empty) {
    if (field === 'owner') {
      if (fromLock.user) filled['owner'] = fromLock.user;
      else notInferred.push({ field, reason: lockReason ?? `its lock ${lock!.path} names no user` });
    } else if (field === 'started_at') {
      if (fromLock.timestamp) filled['started_at'] = fromLock.timestamp;
      else notInferred.push({ field, reason: lockReason ?? `its lock ${lock!.path} records no time (its modification time says nothing about when the work started)` });
    } else if (field === 'worktree') {
      if (worktree) filled['worktree'] = worktree.relPath;
      else notInferred.push({ field, reason: worktreeReason! });
    } else if (field === 'branch') {
      if (worktree?.branch) filled['branch'] = worktree.branch;
      else notInferred.push({ field, reason: worktree ? `its worktree ${worktree.relPath} has no branch checked out (detached HEAD)` : worktreeReason! });
    }
  }
  return { filled, notInferred };
}



/**
 * The files an applied repair wrote or removed (repository-relative), for proposing them: `written`
 * hold new content, `removed` are gone. The order of a repair's `paths` is set by the planner above.
 */
export function changedPaths(repair: Repair): { written: string[]; removed: string[] } {
  const [first, second, third] = repair.paths;
  switch (repair.action) {
    case 'remove_copy':
      return { written: repair.evidence_path ? [repair.evidence_path] : [], removed: [first!] };
    case 'move_to_failed':
      return { written: [second!], removed: [first!, ...(third ? [third] : [])] };
    case 'remove_lock':
      return { written: [], removed: [first!] };
    case 'create_lock':
    case 'fill_metadata':
      return { written: [first!], removed: [] };
    case 'decide':
      return { written: [], removed: [] };
  }
}
