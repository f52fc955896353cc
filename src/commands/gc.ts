import path from 'node:path';
import { openRepository } from '../core/context.js';
import { UsageError } from '../core/errors.js';
import { baseReport, type BaseReport } from '../core/report.js';
import { registerSchema } from '../core/schema.js';
import { resolveToday } from '../core/today.js';
import { GC_MODES, isRemoval, runGcEngine, type GcMode, type GcOperation } from '../gc/engine.js';
import type { Target } from '../gc/plan.js';
import gcReportSchema from '../../schemas/gc-report.schema.json' with { type: 'json' };

registerSchema('gc-report', gcReportSchema);

export interface GcOptions {
  root?: string;
  config?: string;
  /** Default: dry-run. */
  mode?: GcMode;
  forceDirty?: boolean;
  maxOperations?: number;
  today?: string;
  now?: Date;
  /** The exact command line recorded in decision.md (default: the equivalent `wo-toolkit gc …`). */
  command?: string;
  /** Called after planning, before anything is acted on: for tests and embedders. */
  afterPlan?: (targets: readonly Target[]) => void | Promise<void>;
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

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * The `wo-toolkit gc …` command line equivalent to `options`, as run from the root of the repository
 * `root`: decision.md records it inside that repository, so it carries no path of the machine that
 * wrote it (no `--root`; `--config` relative to the root).
 */
export function gcCommandLine(options: GcOptions, root: string): string {
  const args = ['wo-toolkit', 'gc', `--${options.mode ?? 'dry-run'}`];
  if (options.forceDirty) args.push('--force-dirty');
  if (options.maxOperations !== undefined) args.push('--max-operations', String(options.maxOperations));
  if (options.config) args.push('--config', repositoryRelative(root, options.config));
  if (options.today) args.push('--today', options.today);
  return args.map(shellQuote).join(' ');
}

/** `file` (absolute, or relative to the current folder) relative to `root`, with forward slashes. */
function repositoryRelative(root: string, file: string): string {
  const relative = path.relative(root, path.resolve(file));
  return path.isAbsolute(relative) ? path.basename(file) : relative.split(path.sep).join('/');
}

function validateOptions(options: GcOptions): GcMode {
  const mode = options.mode ?? 'dry-run';
  if (!GC_MODES.includes(mode)) throw new UsageError(`mode: expected one of ${GC_MODES.join(', ')}, got '${String(mode)}'`);
  if (options.forceDirty && mode === 'export-patch') {
    throw new UsageError('--force-dirty: only with --apply (or --dry-run to preview it); --export-patch removes nothing');
  }
  const n = options.maxOperations;
  if (n !== undefined && (!Number.isInteger(n) || n < 1)) throw new UsageError(`--max-operations: expected a whole number >= 1, got '${n}'`);
  return mode;
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
export async function runGc(options: GcOptions = {}): Promise<GcReport> {
  const mode = validateOptions(options);
  const today = resolveToday(options.today);
  const now = options.now ?? new Date();
  const ctx = await openRepository(options.root, options.config);
  const commandLine = options.command ?? gcCommandLine({ ...options, mode }, ctx.root);
  const operations = await runGcEngine(ctx, {
    mode,
    forceDirty: options.forceDirty ?? false,
    ...(options.maxOperations !== undefined ? { maxOperations: options.maxOperations } : {}),
    today,
    now,
    commandLine,
    ...(options.afterPlan ? { afterPlan: options.afterPlan } : {}),
  });
  const exitCode = operations.some((op) => op.needs_attention) ? 1 : 0;
  return {
    ...baseReport('gc', ctx.root, exitCode, now),
    mode,
    force_dirty: options.forceDirty ?? false,
    max_operations: options.maxOperations ?? null,
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
  return op.decision_current ? 'complete' : 'complete, but about an older patch';
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
