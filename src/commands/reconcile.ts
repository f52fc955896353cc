import { loadConfig } from '../core/config.js';
import { resolveRoot } from '../core/repo.js';
import { readChoice, readFile, readRoot, type Args, type PathArg } from '../core/args.js';
import { ConfigurationError } from '../core/errors.js';
import { baseReport, type BaseReport } from '../core/report.js';
import { acquireRunLock, type RunLockSpec } from '../core/run-lock.js';
import { isRepoFileError, listRepoFolder, type RepoFolder } from '../core/repo-files.js';
import { registerSchema } from '../core/schema.js';
import { loadRepoState } from '../core/state.js';
import { applyRepairs, ChangedUnderneathError, hooks, removeLeftovers } from '../reconcile/apply.js';
import { planRepairs } from '../reconcile/plan.js';
import type { ReconcileNote, ReconcileSummary, Repair } from '../reconcile/types.js';
import reconcileReportSchema from '../../schemas/reconcile-report.schema.json' with { type: 'json' };

registerSchema('reconcile-report', reconcileReportSchema);

export interface ReconcileSettings {
  /** The governed repository (default: the current directory). */
  root: PathArg;
  config?: PathArg;
  /** false: plan only, write nothing. */
  apply: boolean;
  /** Also apply the split-brain repairs whose copies differ in more than the fields a WO gains as it moves. */
  force: boolean;
  /** The clock, for reproducible lock timestamps in tests. */
  now?: Date;
}

export const RECONCILE_MODES = ['plan', 'apply'] as const;
export type ReconcileMode = (typeof RECONCILE_MODES)[number];

export interface ReconcileReport extends BaseReport {
  mode: ReconcileMode;
  force: boolean;
  summary: ReconcileSummary;
  repairs: Repair[];
  /** Running WOs with empty fields that nothing can fill (not repairs; they keep no run from passing). */
  notes: ReconcileNote[];
}

export const RECONCILE_LOCK: RunLockSpec = { command: 'reconcile', fileName: 'wo-toolkit-reconcile.lock', waitEnv: 'WO_TOOLKIT_RECONCILE_LOCK_WAIT_MS' };

/**
 * Every rule of every reconcile option, in one place. An action's `mode` (plan | apply) is the command
 * line's `--apply`; `force` without apply previews what --apply --force would do.
 */
export function readReconcileSettings(args: Args): ReconcileSettings {
  const mode = readChoice(args, 'mode', RECONCILE_MODES, args.flag('apply') === true ? 'apply' : 'plan');
  const settings: ReconcileSettings = { root: readRoot(args), apply: mode === 'apply', force: args.flag('force') === true };
  const config = readFile(args, 'config');
  if (config) settings.config = config;
  return settings;
}

export function summariseRepairs(repairs: readonly Repair[]): ReconcileSummary {
  const count = (predicate: (r: Repair) => boolean): number => repairs.filter(predicate).length;
  return {
    repairs: repairs.length,
    safe: count((r) => r.safe),
    needs_force: count((r) => r.needs === 'force'),
    needs_person: count((r) => r.needs === 'person'),
    blocked: count((r) => r.needs === 'fix_file'),
    applied: count((r) => r.applied),
    remaining: count((r) => !r.applied),
  };
}

/** Plans the repairs and, with `apply`, carries out those it may; the JSON report of what it did. */
export async function runReconcile(settings: ReconcileSettings): Promise<ReconcileReport> {
  const root = await resolveRoot(settings.root);
  const config = loadConfig(root, settings.config);
  const now = settings.now ?? new Date();
  // A plan writes nothing at all, not even the run lock in .git.
  const lock = settings.apply ? await acquireRunLock(root, RECONCILE_LOCK) : undefined;
  let repairs: Repair[];
  let notes: ReconcileNote[];
  try {
    if (lock) {
      await hooks.reachedStep('locked', lock.path);
      removeLeftovers(root, [...Object.values(config.stateFolders), ...evidenceFolders(root, config.handoffDir)]);
    }
    const state = await loadRepoState(root, config);
    const plan = planRepairs({ state, now });
    await hooks.reachedStep('planned', String(plan.repairs.length));
    // Nothing is written when any file a repair touches cannot be parsed or would not validate.
    if (settings.apply && !plan.repairs.some((p) => p.blocked)) {
      try {
        await applyRepairs(root, plan.repairs, settings.force);
      } catch (error) {
        if (error instanceof ChangedUnderneathError) {
          throw new ConfigurationError(`reconcile stopped: ${error.message}; run it again to plan from the new state`);
        }
        throw error;
      }
    }
    repairs = plan.repairs.map((p) => p.repair);
    notes = plan.notes;
  } finally {
    if (lock) {
      // Recorded before the lock goes: a run that takes it next can only record `locked` after this line.
      hooks.reachedStepSync('released', lock.path);
      lock.release();
    }
  }
  const summary = summariseRepairs(repairs);
  const exitCode = summary.remaining > 0 ? 1 : 0;
  return {
    ...baseReport('reconcile', root, exitCode, now),
    mode: settings.apply ? 'apply' : 'plan',
    force: settings.force,
    summary,
    repairs,
    notes,
  };
}

/** The `reconcile/` folders of the evidence folders, where a killed run may have left a temporary file. */
function evidenceFolders(root: string, handoffDir: string): string[] {
  let listing: RepoFolder | undefined;
  try {
    listing = listRepoFolder(root, handoffDir);
  } catch (error) {
    if (isRepoFileError(error)) return [];
    throw error;
  }
  return (listing?.entries ?? []).filter((entry) => entry.isDirectory()).map((entry) => `${handoffDir}/${entry.name}/reconcile`);
}

const ARROW = '→';

function describeNeed(repair: Repair): string {
  if (repair.applied) return 'applied';
  if (repair.needs === 'force') return 'needs --force';
  if (repair.needs === 'person') return 'needs a person';
  if (repair.needs === 'fix_file') return 'blocked';
  return 'safe';
}

/** The human-readable plan or result. */
export function formatReconcile(report: ReconcileReport): string {
  const s = report.summary;
  const lines: string[] = [];
  const title = report.mode === 'plan' ? 'reconcile plan' : `reconcile --apply${report.force ? ' --force' : ''}`;
  if (s.repairs === 0) {
    lines.push(`${title}: nothing to repair in ${report.root}`);
  } else {
    lines.push(`${title}: ${s.repairs} repair(s) in ${report.root}: ${s.safe} safe, ${s.needs_force} need --force, ${s.needs_person} need a person, ${s.blocked} blocked${report.mode === 'apply' ? `; ${s.applied} applied` : ''}`);
    lines.push('');
    for (const r of report.repairs) {
      lines.push(`  [${describeNeed(r)}] ${r.code} ${r.wo_id}: ${r.from ?? '?'} ${ARROW} ${r.to ?? '(a person decides)'}`);
      lines.push(`      ${r.message}`);
      if (r.evidence_path && r.applied) lines.push(`      saved: ${r.evidence_path}`);
      for (const n of r.not_inferred ?? []) lines.push(`      ${n.field} stays empty: ${n.reason}`);
    }
  }
  for (const note of report.notes) {
    lines.push('', `  note: ${note.message}`);
    for (const n of note.not_inferred) lines.push(`      ${n.field}: ${n.reason}`);
  }
  lines.push('');
  if (s.blocked > 0 && report.mode === 'apply') {
    lines.push('Nothing was written: a file a repair touches cannot be parsed or would not validate. Fix it, then run reconcile again.');
  } else if (report.mode === 'plan' && s.repairs > 0) {
    const next: string[] = [];
    if (s.safe > 0) next.push(`--apply applies the ${s.safe} safe repair(s)`);
    if (s.needs_force > 0) next.push(`--apply --force also the ${s.needs_force} that need it (each removed copy is saved first)`);
    lines.push(`Plan only: nothing was written.${next.length > 0 ? ` ${next.join('; ')}.` : ''}`);
  } else if (report.mode === 'apply' && s.remaining > 0) {
    lines.push(`${s.remaining} repair(s) remain${s.needs_force > 0 && !report.force ? ': review them, then run with --apply --force' : ''}.`);
  }
  return lines.join('\n').replace(/\n+$/, '');
}
