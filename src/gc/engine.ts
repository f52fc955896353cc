import fs from 'node:fs';
import path from 'node:path';
import type { State } from '../core/config.js';
import { mapLimit, processConcurrency } from '../core/concurrency.js';
import type { RepoContext } from '../core/context.js';
import { errorMessage } from '../core/errors.js';
import { git, tryGit } from '../core/git.js';
import { filesById, type RepoState } from '../core/state.js';
import { owningWo, parseWorktreeList, type Worktree } from '../core/worktrees.js';
import { detectDirty, isUntracked, readDirtyState, type DirtyState } from './dirty.js';
import { planEvidence, plannedPaths, undecidedNow, verifyWrittenPatch, writeEvidence, type EvidencePlan } from './evidence.js';
import { reachedStep, reachedStepSync } from './hooks.js';
import { acquireGcLock } from './lock.js';
import { clearRemovalMarker, markerPatchProblem, readRemovalMarker, writeRemovalMarker, type RemovalMarker } from './removal.js';
import { planKeep, writeKeep, type KeepPlan } from './keep.js';
import { describeNested, nestedRepositories } from './nested.js';
import { buildPatch, GIT_SCRATCH_DIR, removeLeftoverScratch, type Patch, type PatchFile } from './patch.js';
import { RepoStateTracker, type TrackedState } from './recheck.js';
import { planTargets, refind, targetPath, type Target, type TargetKind, type WorktreeTarget } from './plan.js';
import { contentTypes, estimateRisk } from './decision.js';
import { removeRepoFile } from '../core/repo-files.js';
import { matchesWoId } from '../core/wo-id.js';

/**
 * The gc engine (docs/gc.md). One code path for every mode: targets are planned, inspected and decided
 * the same way; only a real run writes and removes. A dry run therefore reports exactly what the real
 * run would do, including the evidence files it would write.
 *
 * Safety, in the order it applies to a target during a real run:
 * 1. gc's own lock is held for the whole run (two runs never interleave);
 * 2. the target's state is re-read right before it is handled (a WO that became pending or running or
 *    got a lock, a worktree that got locked or went away, is skipped), reading only what can have
 *    changed for that target (src/gc/recheck.ts), so a run costs the same per target whatever the
 *    repository's size; then the target is inspected (a real run inspects it only there, never twice,
 *    and never while another target's worktree is being removed: a clean worktree's inspection is the
 *    last look at its content and at the commits only it holds);
 * 3. a dirty worktree gets its evidence first; it is removed only with --force-dirty, after its patch
 *    was read back, its SHA-256 verified and the patch proved to reproduce the worktree;
 * 4. right before a removal, the WO's files and lock are re-read again, and a dirty worktree's content
 *    is checked again (a clean one was just inspected): if it changed meanwhile, it stays;
 * 5. clean worktrees are removed with plain `git worktree remove`, whose own check refuses anything dirty;
 * 6. branches are never deleted, and a worktree whose detached HEAD is on no branch or tag stays.
 */

export type GcMode = 'dry-run' | 'export-patch' | 'apply';
export const GC_MODES: readonly GcMode[] = ['dry-run', 'export-patch', 'apply'];

export type GcAction = 'remove_worktree' | 'export_patch' | 'export_patch_and_remove' | 'prune_registration' | 'remove_lock' | 'skip';
export type GcOutcome = 'planned' | 'done' | 'deferred' | 'skipped' | 'failed';

const REMOVALS: readonly GcAction[] = ['remove_worktree', 'export_patch_and_remove', 'prune_registration', 'remove_lock'];
export const isRemoval = (action: GcAction): boolean => REMOVALS.includes(action);

export interface GcOperation {
  wo_id: string;
  kind: TargetKind;
  /** The worktree folder or lock file, relative to the root (may start with `..` for a worktree outside). */
  path: string;
  branch?: string;
  head?: string;
  locked?: boolean;
  /** The state folders holding the WO's files. */
  wo_states: State[];
  dirty: boolean;
  /** What was done, or what a real run would do. */
  action: GcAction;
  outcome: GcOutcome;
  /** This target keeps the run from passing (exit code 1): a dirty worktree left waiting, a failure, … */
  needs_attention: boolean;
  reason: string;
  error?: string;
  /** `git worktree remove --force` was (or would be) used: dirty with --force-dirty, or tracked changes inside exclusion paths. */
  force?: boolean;
  /** `git status` entries (`XY path`) outside the exclusion paths. */
  changes?: string[];
  /** `git status` entries inside the exclusion paths: not dirty, discarded with the worktree. */
  excluded_changes?: string[];
  patch_path?: string;
  patch_sha256?: string;
  patch_link?: string;
  checksum_path?: string;
  decision_path?: string;
  decision_exists?: boolean;
  decision_complete?: boolean;
  /** decision.md names this patch (false when a person's decision is about an older patch). */
  decision_current?: boolean;
  content_type?: string[];
  risk?: string;
  files?: PatchFile[];
  /** Files this run wrote (for a dry run: the files a real run would write). */
  written: string[];
  /** Refs gc creates (for a dry run: would create) to keep commits only the worktree held. */
  kept_refs?: string[];
  lock?: { taken_at: string; age_source: string; age_hours: number; content?: Record<string, unknown> };
}

export interface GcEngineOptions {
  mode: GcMode;
  forceDirty: boolean;
  maxOperations?: number;
  today: string;
  now: Date;
  /** The command line recorded in decision.md. */
  commandLine: string;
  concurrency?: number;
  /** Called after planning, before anything is acted on (tests use it to change the repository). */
  afterPlan?: (targets: readonly Target[]) => void | Promise<void>;
}

/** What gc sees of a worktree target before deciding: read-only. */
interface Inspection {
  dirty?: DirtyState;
  patch?: Patch;
  patchError?: string;
  /** A detached HEAD that no branch or tag contains: removing the worktree would lose commits. */
  unreachableHead?: boolean;
  /** Commits only the worktree's own refs and reflog hold, kept under gc's refs before it goes. */
  keep?: KeepPlan;
  /** A removal an interrupted run began (its marker): finished from its verified patch. */
  resume?: RemovalMarker;
  /** Other repositories or registered worktrees below the folder: it is never removed. */
  nested?: string[];
  error?: string;
}

interface Decision {
  action: GcAction;
  outcome: GcOutcome;
  needsAttention: boolean;
  /** What the target is, e.g. "dirty zombie worktree (WO is done)". */
  subject: string;
  reason: string;
  force?: boolean;
}

async function headUnreachable(root: string, target: WorktreeTarget): Promise<boolean> {
  const { worktree } = target;
  if (worktree.branch || !worktree.head) return false;
  const refs = await git(['for-each-ref', '--contains', worktree.head, '--count=1', '--format=%(refname)', 'refs/heads', 'refs/tags', 'refs/remotes'], { cwd: root });
  return refs.trim() === '';
}

/** What the caller already read: dirty states of worktrees (a dry run's early detection), the worktree list. */
interface Known {
  dirty?: ReadonlyMap<string, DirtyState>;
  worktrees?: readonly Worktree[];
}

async function inspect(ctx: RepoContext, target: Target, known: Known = {}): Promise<Inspection> {
  if (target.kind === 'orphan_lock' || target.worktree.locked) return {};
  if (target.kind === 'prunable') {
    try {
      return { keep: await planKeep(ctx.root, target.woId, target.worktree.path) };
    } catch (error) {
      return { error: errorMessage(error) };
    }
  }
  try {
    const resume = await readRemovalMarker(ctx.root, target.worktree.path);
    if (resume) return { resume, keep: await planKeep(ctx.root, target.woId, target.worktree.path) };
    // Independent reads, side by side.
    const [dirty, nested, unreachableHead, keep] = await Promise.all([
      known.dirty?.get(target.worktree.path) ?? readDirtyState(target.worktree.path, ctx.config.dirtyExclusions),
      nestedRepositories(ctx.root, target.worktree.path, known.worktrees),
      headUnreachable(ctx.root, target),
      planKeep(ctx.root, target.woId, target.worktree.path),
    ]);
    const inspection: Inspection = { dirty, unreachableHead, keep, ...(nested.length > 0 ? { nested } : {}) };
    if (dirty.dirty) {
      try {
        inspection.patch = await buildPatch(target.worktree.path, ctx.config.dirtyExclusions, dirty);
      } catch (error) {
        inspection.patchError = errorMessage(error);
      }
    }
    return inspection;
  } catch (error) {
    return { error: errorMessage(error) };
  }
}

const describeEntries = (entries: DirtyState['changes']): string[] => entries.map((e) => `${e.code} ${e.path}`);

function submodulesHeld(keep: KeepPlan): string {
  return `its git folder holds submodule repositories (${keep.modules.join(', ')} in ${keep.adminDir}) whose commits may exist nowhere else: gc never removes it; push or fetch them elsewhere, then remove it yourself`;
}

/** The decision for one target: the same function for every mode. `budget` counts removals left. */
function decide(root: string, target: Target, inspection: Inspection, options: GcEngineOptions, budget: { left: number }, evidence?: EvidencePlan): Decision {
  const dryRun = options.mode === 'dry-run';
  const removesNothing = options.mode === 'export-patch';
  let subject = '';
  const act = (action: GcAction, needsAttention: boolean, reason: string, force?: boolean): Decision => {
    if (isRemoval(action)) {
      if (budget.left <= 0) {
        const waiting = action === 'export_patch_and_remove';
        return { action, outcome: 'deferred', needsAttention: waiting, subject, reason: `${subject}: deferred (--max-operations ${options.maxOperations} reached)`, force };
      }
      budget.left--;
    }
    return { action, outcome: dryRun ? 'planned' : 'done', needsAttention, subject, reason: `${subject}: ${reason}`, force };
  };
  const skip = (needsAttention: boolean, reason: string): Decision => ({ action: 'skip', outcome: 'skipped', needsAttention, subject, reason: `${subject}: ${reason}` });
  const fail = (action: GcAction, reason: string): Decision => ({ action, outcome: 'failed', needsAttention: true, subject, reason: `${subject}: ${reason}` });

  if (target.kind === 'orphan_lock') {
    subject = `lock without a running WO, ${target.ageHours.toFixed(1)} h old`;
    if (!target.stale) return skip(false, 'younger than the stale lock age, kept');
    if (removesNothing) return skip(false, '--export-patch removes nothing');
    return act('remove_lock', false, 'older than the stale lock age: remove it');
  }
  if (target.kind === 'prunable') {
    subject = 'registered worktree whose folder is gone';
    if (inspection.error) return fail('skip', 'could not be inspected');
    if (inspection.keep && inspection.keep.modules.length > 0) return skip(true, submodulesHeld(inspection.keep));
    if (removesNothing) return skip(false, '--export-patch removes nothing');
    return act('prune_registration', false, 'prune its registration (the branch stays)');
  }
  const wt = target.worktree;
  const what = `${target.kind} worktree${target.kind === 'zombie' ? ` (WO is ${target.states.join(' and ')})` : ' (no WO file)'}`;
  subject = what;
  if (wt.locked) return skip(false, `locked by git${wt.lockedReason ? ` (${wt.lockedReason})` : ''}: never removed`);
  if (inspection.error) return fail('skip', 'could not be inspected');
  if (inspection.resume) {
    const marker = inspection.resume;
    subject = `${marker.patch_path ? 'dirty ' : ''}${what}, its removal interrupted`;
    if (removesNothing) return skip(true, '--export-patch removes nothing; run --apply to finish it');
    const problem = markerPatchProblem(root, marker);
    if (problem) return fail(marker.patch_path ? 'export_patch_and_remove' : 'remove_worktree', `${problem}: not finished; inspect the folder by hand`);
    const from = marker.patch_path ? ` (its work is in the verified patch ${marker.patch_path})` : '';
    return act(marker.patch_path ? 'export_patch_and_remove' : 'remove_worktree', false, `finish the removal an interrupted run began${from}`, true);
  }
  if (inspection.unreachableHead) {
    return skip(true, `its detached HEAD ${wt.head} is on no branch or tag: removing it would lose commits; create a branch for it`);
  }
  const dirty = inspection.dirty!;
  const modules = inspection.keep && inspection.keep.modules.length > 0 ? submodulesHeld(inspection.keep) : undefined;
  if (inspection.nested || modules) {
    const holds = modules ?? `it holds another repository or worktree (${describeNested(inspection.nested!)}), which removing it would delete: gc never removes it; move that out first`;
    if (dirty.dirty && inspection.patch && inspection.patch.bytes.length > 0 && inspection.patchError === undefined) {
      subject = `dirty ${what}`;
      return act('export_patch', true, `export its evidence and keep it: ${holds}`);
    }
    return skip(true, holds);
  }
  if (dirty.dirty) {
    subject = `dirty ${what}`;
    if (inspection.patchError !== undefined || !inspection.patch) return fail('export_patch', 'its patch could not be built; nothing written or removed');
    if (inspection.patch.bytes.length === 0) {
      return fail('export_patch', "git status lists changes but the patch is empty (such as a submodule's content): inspect it by hand");
    }
    const decisionPath = evidence?.decisionPath ?? 'decision.md';
    const patchName = `dirty.${inspection.patch.sha256}.patch`;
    if (!options.forceDirty || removesNothing) {
      if (evidence?.patchDecided) return act('export_patch', true, `export its evidence and keep it: ${decisionPath} decides ${patchName}; remove it with --apply --force-dirty`);
      // Say why an earlier decision does not count (it names another patch, or none), so nobody reads it as covering this work.
      const why = evidence?.undecidedReason !== undefined && evidence.undecidedReason !== `no decision names ${patchName}` ? ` (${evidence.undecidedReason})` : '';
      return act('export_patch', true, `export its evidence and keep it until a person decides ${patchName} in ${decisionPath}${why} (then: --apply --force-dirty)`);
    }
    if (!evidence?.patchDecided) {
      // One decision per patch: --force-dirty removes only work a complete decision names.
      const why = evidence?.undecidedReason ?? `no decision names ${patchName}`;
      return act('export_patch', true, `--force-dirty refused: ${why}; decide ${patchName} in ${decisionPath} (check one box, remove ACTION_REQUIRED), then rerun`);
    }
    return act('export_patch_and_remove', false, 'export its evidence, read it back and verify it, then remove it (--force-dirty)', true);
  }
  subject = `clean ${what}`;
  if (removesNothing) return skip(false, '--export-patch removes nothing');
  const trackedExcluded = dirty.excluded.filter((e) => !isUntracked(e));
  if (trackedExcluded.length > 0) {
    if (!options.forceDirty) {
      return skip(true, 'tracked files changed inside exclusion paths: git removes it only with --force; rerun with --force-dirty or restore them');
    }
    return act('remove_worktree', false, 'tracked changes inside exclusion paths: remove it with --force (--force-dirty)', true);
  }
  const excluded = dirty.excluded.length > 0 ? ` with its ${dirty.excluded.length} untracked file(s) inside exclusion paths` : '';
  return act('remove_worktree', false, `remove it${excluded}`, false);
}

function baseOperation(target: Target): GcOperation {
  const op: GcOperation = {
    wo_id: target.woId,
    kind: target.kind,
    path: targetPath(target),
    wo_states: target.states,
    dirty: false,
    action: 'skip',
    outcome: 'skipped',
    needs_attention: false,
    reason: '',
    written: [],
  };
  if (target.kind === 'orphan_lock') {
    const { lock } = target;
    op.lock = { taken_at: lock.takenAt.toISOString(), age_source: lock.ageSource, age_hours: Math.round(target.ageHours * 100) / 100 };
    if (lock.content) op.lock.content = JSON.parse(JSON.stringify(lock.content)) as Record<string, unknown>;
  } else {
    const wt = target.worktree;
    if (wt.branch) op.branch = wt.branch;
    if (wt.head) op.head = wt.head;
    op.locked = wt.locked;
  }
  return op;
}

/** Why a target re-read from a fresh state is no longer one (for the report). */
function goneReason(target: Target, fresh: RepoState): string {
  const states = [...new Set((filesById(fresh.wos).get(target.woId) ?? []).map((f) => f.state))].sort();
  if (target.kind === 'orphan_lock') {
    if (!fresh.locks.some((l) => l.path === target.lock.path)) return 'the lock is gone: removed by someone else';
    return `${target.woId} is now in ${states.join(' and ')}: its lock is in use, skipped`;
  }
  if (!fresh.worktrees.some((w) => w.path === target.worktree.path)) return 'the worktree is no longer registered: removed by someone else';
  return `${target.woId} is now ${states.join(' and ')}: skipped`;
}

interface Recheck {
  target?: Target;
  reason?: string;
  /** The worktree list the re-check read. */
  worktrees?: readonly Worktree[];
}

/** The target as it is now, reading only what can have changed for it (src/gc/recheck.ts). */
async function recheck(tracker: RepoStateTracker, target: Target, now: Date, known?: { worktrees: Worktree[] }): Promise<Recheck> {
  // An orphan lock is judged by the WO's files and the lock alone (refind): no git run to list worktrees.
  const fresh = await tracker.stateOf(target.woId, known ?? (target.kind === 'orphan_lock' ? { worktrees: [] } : undefined));
  const found = refind(target, fresh, now);
  if (!found) return { reason: goneReason(target, fresh) };
  const lock = target.kind === 'orphan_lock' ? undefined : tracker.lockTakenSincePlan(target.woId, fresh);
  if (lock) return { reason: `${target.woId} got a lock meanwhile (${lock.path}): someone is taking it, skipped` };
  return { target: found, worktrees: fresh.worktrees };
}

async function removeWorktree(root: string, target: WorktreeTarget, force: boolean): Promise<void> {
  const args = ['worktree', 'remove', ...(force ? ['--force'] : []), target.worktree.path];
  const result = await tryGit(args, { cwd: root });
  if (result.code !== 0) throw new Error(`git ${args.slice(0, -1).join(' ')} refused: ${result.stderr.trim().split('\n')[0]}`);
}

/** Right before a worktree's git folder goes: keeps under gc's refs every commit only it holds. */
async function keepCommits(ctx: RepoContext, target: WorktreeTarget, planned?: KeepPlan): Promise<{ skipped?: string; attention?: boolean }> {
  const plan = planned ?? (await planKeep(ctx.root, target.woId, target.worktree.path));
  if (plan.modules.length > 0) return { skipped: submodulesHeld(plan), attention: true };
  await writeKeep(ctx.root, plan);
  await reachedStep('kept', target.woId);
  return {};
}

/** Acts on one decided target (a real run only). Throws on failure; the caller records it. */
async function act(
  ctx: RepoContext,
  tracker: RepoStateTracker,
  target: Target,
  inspection: Inspection,
  decision: Decision,
  evidence: EvidencePlan | undefined,
  options: GcEngineOptions,
  scratch: string,
): Promise<{ skipped?: string; attention?: boolean }> {
  if (evidence) await writeEvidence(evidence, inspection.patch!);
  if (decision.outcome !== 'done' || !isRemoval(decision.action)) return {};

  if (target.kind === 'orphan_lock') {
    // The lock entry itself is unlinked (a link is never followed), and only inside the repository.
    removeRepoFile(ctx.root, target.lock.path);
  } else if (target.kind === 'prunable') {
    const kept = await keepCommits(ctx, target);
    if (kept.skipped) return kept;
    await removeWorktree(ctx.root, target, false);
    await clearRemovalMarker(ctx.root, target.worktree.path);
  } else if (inspection.resume) {
    const kept = await keepCommits(ctx, target);
    if (kept.skipped) return kept;
    await removeWorktree(ctx.root, target, true);
    await clearRemovalMarker(ctx.root, target.worktree.path);
  } else {
    const worktree = target.worktree.path;
    // The content as last looked at: for a clean target, the inspection that followed its re-check
    // right before this (nothing was written since); a dirty one is looked at again once its evidence is proved.
    let now = inspection.dirty!;
    if (evidence) {
      await verifyWrittenPatch(evidence, inspection.patch!, worktree, ctx.config.dirtyExclusions, inspection.dirty!, scratch);
      await reachedStep('verified', evidence.patchPath);
      const undecided = undecidedNow(evidence, inspection.patch!.sha256);
      if (undecided !== undefined) return { skipped: `--force-dirty refused: ${undecided}`, attention: true };
      // Last look before the removal: the state, and the worktree's content, must be what was decided on.
      const again = await recheck(tracker, target, options.now);
      if (!again.target || again.target.kind !== target.kind || (again.target as WorktreeTarget).worktree.locked) {
        return { skipped: `changed while gc worked: ${again.reason ?? 'its state changed'}; rerun gc` };
      }
      const nested = await nestedRepositories(ctx.root, worktree);
      if (nested.length > 0) return { skipped: `it now holds another repository or worktree (${describeNested(nested)})`, attention: true };
      now = await readDirtyState(worktree, ctx.config.dirtyExclusions);
      if (!now.dirty) return { skipped: 'its content changed while gc worked; rerun gc', attention: false };
      const patch = await buildPatch(worktree, ctx.config.dirtyExclusions, now);
      if (patch.sha256 !== inspection.patch!.sha256) return { skipped: 'its changes differ from the exported patch now; rerun gc', attention: true };
    } else {
      // Last look at the WO's files and lock (git itself refuses a worktree that got locked meanwhile).
      const again = await recheck(tracker, target, options.now, { worktrees: [target.worktree] });
      if (!again.target || again.target.kind !== target.kind) return { skipped: `changed while gc worked: ${again.reason ?? 'its state changed'}; rerun gc` };
      // Untracked files inside exclusion paths are not changes (docs/gc.md); git would still refuse them.
      if (!decision.force) for (const entry of now.excluded) if (isUntracked(entry)) fs.rmSync(path.join(worktree, entry.path), { force: true });
    }
    const kept = await keepCommits(ctx, target, evidence ? undefined : inspection.keep);
    if (kept.skipped) return kept;
    // From here on, a killed run is finished by the next one from this patch (never a new one).
    await writeRemovalMarker(ctx.root, {
      wo_id: target.woId,
      worktree: path.resolve(worktree),
      ...(evidence ? { patch_path: evidence.patchPath, patch_sha256: inspection.patch!.sha256 } : {}),
      started_at: new Date().toISOString(),
    });
    await reachedStep('removing', target.woId);
    await removeWorktree(ctx.root, target, Boolean(decision.force));
    await clearRemovalMarker(ctx.root, worktree);
  }
  await reachedStep('removed', target.woId);
  return {};
}

function describe(op: GcOperation, inspection: Inspection, evidence: EvidencePlan | undefined, dryRun: boolean): void {
  if (inspection.dirty) {
    op.dirty = inspection.dirty.dirty;
    if (inspection.dirty.changes.length > 0) op.changes = describeEntries(inspection.dirty.changes);
    if (inspection.dirty.excluded.length > 0) op.excluded_changes = describeEntries(inspection.dirty.excluded);
  }
  if (inspection.error) op.error = inspection.error;
  if (inspection.resume?.patch_path) {
    op.dirty = true;
    op.patch_path = inspection.resume.patch_path;
    op.patch_sha256 = inspection.resume.patch_sha256!;
  }
  if (inspection.keep && inspection.keep.refs.size > 0) op.kept_refs = [...inspection.keep.refs.keys()];
  if (inspection.patchError) op.error = inspection.patchError;
  const patch = inspection.patch;
  if (patch && patch.bytes.length > 0) {
    op.patch_sha256 = patch.sha256;
    op.files = patch.files;
    op.content_type = contentTypes(patch.files);
    op.risk = estimateRisk(patch.files).risk;
  }
  if (evidence) {
    op.patch_path = evidence.patchPath;
    op.patch_link = evidence.linkPath;
    op.checksum_path = evidence.checksumPath;
    op.decision_path = evidence.decisionPath;
    op.decision_exists = dryRun ? evidence.decisionOnDisk : true;
    op.decision_complete = dryRun && !evidence.decisionOnDisk ? false : evidence.decisionComplete;
    op.decision_current = dryRun && !evidence.decisionOnDisk ? false : evidence.decisionCurrent;
    op.written = plannedPaths(evidence);
    if (evidence.problem) op.error = evidence.problem;
  }
}

/** Stems of the WO files in pending/ and running/: their worktrees are (almost surely) not targets. */
async function activeStems(ctx: RepoContext): Promise<Set<string>> {
  const stems = new Set<string>();
  for (const folder of [ctx.config.stateFolders.pending, ctx.config.stateFolders.running]) {
    const names = await fs.promises.readdir(path.join(ctx.root, folder)).catch(() => [] as string[]);
    for (const name of names) if (/\.ya?ml$/.test(name)) stems.add(name.replace(/\.ya?ml$/, ''));
  }
  return stems;
}

/**
 * Starts dirty detection while the WO files are still being read: for every worktree that will most
 * likely be a target (a WO worktree, not locked, not prunable, whose WO has no file in pending/ or
 * running/ under its own name). Read-only; whatever it misses or fails on is read per target later.
 */
async function detectDirtyEarly(ctx: RepoContext, concurrency: number): Promise<Map<string, DirtyState>> {
  try {
    const [listing, active] = await Promise.all([git(['worktree', 'list', '--porcelain', '-z'], { cwd: ctx.root }), activeStems(ctx)]);
    // A cheap guess at ownership (no path resolution): a miss only means that target is read later.
    const woOf = (wt: { path: string; branch?: string }): string | undefined => owningWo(wt, ctx.root, ctx.config, (p) => path.resolve(p));
    const candidates = parseWorktreeList(listing)
      .filter((wt) => !wt.isMain && !wt.bare && !wt.prunable && !wt.locked)
      .filter((wt) => {
        const id = woOf(wt);
        return id !== undefined && !active.has(id);
      })
      .map((wt) => wt.path);
    const states = await detectDirty(candidates, ctx.config.dirtyExclusions, concurrency);
    return new Map(candidates.map((p, i) => [p, states[i]!]));
  } catch {
    return new Map();
  }
}

/**
 * Runs gc on an opened repository and returns one operation per target, in a stable order. `loaded`:
 * the repository state a caller already read (weekly-gate shares audit's), else it is read here.
 */
export async function runGcEngine(ctx: RepoContext, options: GcEngineOptions, loaded?: TrackedState): Promise<GcOperation[]> {
  const dryRun = options.mode === 'dry-run';
  const lock = dryRun ? undefined : await acquireGcLock(ctx.root);
  // The repository's own scratch folder (real runs, under gc's lock): cleared of what a killed run left.
  const scratch = lock ? path.join(path.dirname(lock.path), GIT_SCRATCH_DIR) : '';
  removeLeftoverScratch(lock ? scratch : undefined);
  try {
    if (lock) await reachedStep('locked', lock.path);
    const concurrency = options.concurrency ?? processConcurrency();
    const early = dryRun ? detectDirtyEarly(ctx, concurrency) : undefined;
    const { state, tracker } = loaded ?? (await RepoStateTracker.load(ctx.root, ctx.config));
    const targets = planTargets(state, options.now);
    const known = await early;
    // A real run inspects each target right after its re-check (below): inspecting it here too would
    // only double the work.
    const inspections = dryRun ? await mapLimit(targets, concurrency, (t) => inspect(ctx, t, { dirty: known, worktrees: state.worktrees })) : [];
    await reachedStep('planned', String(targets.length));
    await options.afterPlan?.(targets);

    const budget = { left: options.maxOperations ?? Number.POSITIVE_INFINITY };
    const operations: GcOperation[] = [];
    /** A real run's look at a target right before acting on it: its re-check, then its inspection. */
    const prepare = async (target: Target): Promise<{ target?: Target; inspection?: Inspection; reason?: string }> => {
      const fresh = await recheck(tracker, target, options.now);
      if (!fresh.target) return { reason: fresh.reason! };
      await reachedStep('checked', fresh.target.woId);
      // For a clean worktree this is the last look at its content before its removal.
      return { target: fresh.target, inspection: await inspect(ctx, fresh.target, { worktrees: fresh.worktrees }) };
    };
    for (let i = 0; i < targets.length; i++) {
      let target = targets[i]!;
      let inspection = inspections[i];
      if (!dryRun) {
        // One target at a time, never overlapped with another's removal: a clean worktree's inspection
        // is the last look at its content (and at the commits only it holds) before git removes it, so
        // nothing may run between them but its own re-check (docs/gc-threat-model.md).
        const ready = await prepare(target);
        if (!ready.target) {
          operations.push({ ...baseOperation(target), reason: ready.reason! });
          continue;
        }
        target = ready.target;
        inspection = ready.inspection;
      }
      operations.push(await handle(ctx, tracker, target, inspection!, options, budget, scratch));
    }
    return operations;
  } finally {
    if (lock) {
      // Recorded before the lock goes: a run that takes it next can only record `locked` after this line.
      reachedStepSync('released', lock.path);
      lock.release();
    }
  }
}

async function handle(
  ctx: RepoContext,
  tracker: RepoStateTracker,
  target: Target,
  inspection: Inspection,
  options: GcEngineOptions,
  budget: { left: number },
  scratch: string,
): Promise<GcOperation> {
  const dryRun = options.mode === 'dry-run';
  const op = baseOperation(target);
  // The evidence is planned (read-only) before deciding: --force-dirty needs a decision naming this patch.
  const planned = target.kind !== 'orphan_lock' && target.kind !== 'prunable' && inspection.patch && !inspection.resume ? planTargetEvidence(ctx, target, inspection.patch, options) : undefined;
  const decision = decide(ctx.root, target, inspection, options, budget, planned);
  const evidence = (decision.action === 'export_patch' || decision.action === 'export_patch_and_remove') && decision.outcome !== 'failed' ? planned : undefined;
  Object.assign(op, { action: decision.action, outcome: decision.outcome, needs_attention: decision.needsAttention, reason: decision.reason });
  if (decision.force !== undefined) op.force = decision.force;
  describe(op, inspection, evidence, dryRun);
  if (evidence?.problem) {
    return { ...op, outcome: 'failed', needs_attention: true, written: [], reason: `${decision.subject}: the evidence cannot be written; nothing written or removed` };
  }
  if (dryRun || decision.outcome === 'failed' || decision.outcome === 'skipped') return op;
  try {
    const result = await act(ctx, tracker, target, inspection, decision, evidence, options, scratch);
    if (result.skipped) {
      op.outcome = 'skipped';
      op.needs_attention = result.attention ?? op.dirty;
      op.reason = `${decision.subject}: not removed, ${result.skipped}`;
    }
  } catch (error) {
    op.outcome = 'failed';
    op.needs_attention = true;
    op.error = errorMessage(error);
  }
  return op;
}

function planTargetEvidence(ctx: RepoContext, target: WorktreeTarget, patch: Patch, options: GcEngineOptions): EvidencePlan {
  const wt = target.worktree;
  return planEvidence(ctx.root, ctx.config, patch, {
    woId: target.woId,
    date: options.today,
    type: target.kind as 'zombie' | 'ghost',
    command: options.commandLine,
    worktree: wt.relPath,
    ...(wt.branch ? { branch: wt.branch } : {}),
  });
}
