import path from 'node:path';
import { readChoice, readFile, readInteger, readRoot, readToday, type Args, type PathArg } from '../core/args.js';
import { openRepository, type RepoContext } from '../core/context.js';
import { UsageError } from '../core/errors.js';
import { baseReport, type BaseReport } from '../core/report.js';
import { GC_MODES, isRemoval, runGcEngine, type GcMode, type GcOperation } from '../gc/engine.js';
import type { Target } from '../gc/plan.js';
import type { TrackedState } from '../gc/recheck.js';

export interface GcSettings {
  root: PathArg;
  config: PathArg | undefined;
  /** `dry-run` (default), `export-patch` or `apply`. */
  mode: GcMode;
  forceDirty: boolean;
  /** At most this many removals; undefined: no limit. */
  maxOperations: number | undefined;
  /** YYYY-MM-DD written into decision.md files. */
  today: string;
  now: Date;
  /** `today` was given: the command line recorded in decision.md then repeats it. */
  todayGiven: boolean;
  /** Called after planning, before anything is acted on: for tests and embedders. */
  afterPlan?: (targets: readonly Target[]) => void | Promise<void>;
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function readGcSettings(args: Args): GcSettings {
  const now = new Date();
  const mode = readChoice(args, 'mode', GC_MODES, 'dry-run');
  const forceDirty = args.flag('force-dirty') ?? false;
  if (forceDirty && mode === 'export-patch') {
    throw new UsageError(`${args.label('force-dirty')}: not with export-patch, which removes nothing (use it with apply, or dry-run to preview it)`);
  }
  const maxOperations = readInteger(args, 'max-operations', { min: 1 });
  const today = readToday(args, 'today', now);
  return { root: readRoot(args), config: readFile(args, 'config'), mode, forceDirty, maxOperations, today, todayGiven: args.text('today') !== undefined, now };
}

/**
 * The `wo-toolkit gc …` command line equivalent to `settings`, as run from the root of the repository
 * `root`: decision.md records it inside that repository, so it carries no path of the machine that
 * wrote it (no `--root`; `--config` relative to the root).
 */
export function gcCommandLine(settings: Omit<GcSettings, 'root' | 'now'>, root: string): string {
  const args = ['wo-toolkit', 'gc', `--${settings.mode}`];
  if (settings.forceDirty) args.push('--force-dirty');
  if (settings.maxOperations !== undefined) args.push('--max-operations', String(settings.maxOperations));
  if (settings.config) args.push('--config', repositoryRelative(root, settings.config.path));
  if (settings.todayGiven) args.push('--today', settings.today);
  return args.map(shellQuote).join(' ');
}

/** `file` (absolute) relative to `root`, with forward slashes. */
function repositoryRelative(root: string, file: string): string {
  const relative = path.relative(root, file);
  return path.isAbsolute(relative) ? path.basename(file) : relative.split(path.sep).join('/');
}

export interface GcSummary {
  targets: number;
  /** Worktrees, registrations and locks removed (or, for a dry run, that would be). */
  removed: number;
  deferred: number;
  skipped: number;
  failed: number;
  dirty: number;
  /** Targets that keep the run from passing (exit 1). */
  needs_attention: number;
  /** Evidence files written (or, for a dry run, that would be). */
  evidence_written: number;
}

export interface GcReport extends BaseReport {
  mode: GcMode;
  force_dirty: boolean;
  max_operations: number | null;
  today: string;
  /** The command line recorded in decision.md files. */
  command_line: string;
  dirty_exclusions: string[];
  summary: GcSummary;
  operations: GcOperation[];
}

export function summariseGc(operations: readonly GcOperation[]): GcSummary {
  const count = (predicate: (op: GcOperation) => boolean): number => operations.filter(predicate).length;
  return {
    targets: operations.length,
    removed: count((op) => isRemoval(op.action) && (op.outcome === 'done' || op.outcome === 'planned')),
    deferred: count((op) => op.outcome === 'deferred'),
    skipped: count((op) => op.outcome === 'skipped'),
    failed: count((op) => op.outcome === 'failed'),
    dirty: count((op) => op.dirty),
    needs_attention: count((op) => op.needs_attention),
    evidence_written: operations.reduce((sum, op) => sum + op.written.length, 0),
  };
}

/**
 * Runs gc: plans the targets, writes evidence for dirty ones and removes what the mode allows.
 * Exit code 1 when a target needs a person (above all: a dirty worktree left waiting for a decision).
 */
export async function runGc(settings: GcSettings): Promise<GcReport> {
  return gcRepository(await openRepository(settings.root, settings.config), settings);
}

/**
 * gc of a repository already opened: weekly-gate composes it with audit over the same one, and passes
 * the state it read for both (`loaded`), so the repository is read once.
 */
export async function gcRepository(ctx: RepoContext, settings: Omit<GcSettings, 'root'>, loaded?: TrackedState): Promise<GcReport> {
  const { mode, forceDirty, maxOperations, today, now } = settings;
  const commandLine = gcCommandLine(settings, ctx.root);
  const operations = await runGcEngine(ctx, { ...settings, commandLine }, loaded);
  const exitCode = operations.some((op) => op.needs_attention) ? 1 : 0;
  return {
    ...baseReport('gc', ctx.root, exitCode, now),
    mode,
    force_dirty: forceDirty,
    max_operations: maxOperations ?? null,
    today,
    command_line: commandLine,
    dirty_exclusions: ctx.config.dirtyExclusions,
    summary: summariseGc(operations),
    operations,
  };
}

function decisionState(op: GcOperation): string {
  if (!op.decision_exists) return 'missing';
  if (!op.decision_complete) return 'not complete';
  return op.decision_current ? 'complete, names this patch' : 'complete, but about another patch';
}

/** Human-readable gc output. */
export function formatGc(report: GcReport): string {
  const flags = [report.force_dirty ? '--force-dirty' : '', report.max_operations !== null ? `--max-operations ${report.max_operations}` : '']
    .filter(Boolean)
    .join(' ');
  const lines = [`wo-toolkit gc --${report.mode}${flags ? ` ${flags}` : ''}: ${report.root}`];
  if (report.operations.length === 0) lines.push('', 'Nothing to clean up.');
  for (const op of report.operations) {
    lines.push('', `${op.kind.padEnd(11)} ${op.wo_id.padEnd(10)} ${op.path}`);
    lines.push(`  ${op.action} [${op.outcome}${op.needs_attention ? ', needs attention' : ''}] ${op.reason}`);
    if (op.error) lines.push(`  error: ${op.error}`);
    if (op.patch_path) {
      lines.push(`  patch:    ${op.patch_path}`, `  sha256:   ${op.patch_sha256}`);
      lines.push(`  decision: ${op.decision_path} (${decisionState(op)})`);
    }
    if (op.written.length > 0) lines.push(`  ${report.mode === 'dry-run' ? 'would write' : 'wrote'}: ${op.written.join(', ')}`);
  }
  const s = report.summary;
  const verb = report.mode === 'dry-run' ? 'would remove' : 'removed';
  lines.push(
    '',
    `summary: ${s.targets} target(s); ${verb} ${s.removed}, deferred ${s.deferred}, skipped ${s.skipped}, failed ${s.failed}; dirty ${s.dirty}; needing attention ${s.needs_attention}`,
  );
  if (report.mode === 'dry-run') lines.push('Dry run: nothing was written. --export-patch writes the evidence; --apply acts.');
  return `${lines.join('\n')}\n`;
}
