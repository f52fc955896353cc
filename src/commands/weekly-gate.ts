import fs from 'node:fs';
import path from 'node:path';
import { isFindingCode } from '../core/codes.js';
import type { Config } from '../core/config.js';
import { isDecisionComplete } from '../core/decision.js';
import { DECISION_FILE, evidenceFile, evidenceFolderExists, incompleteDecisions, newestPatch, patchFileName, readDecision } from '../core/evidence.js';
import { parseFailOn } from '../audit/fail-on.js';
import { readFile, readRoot, readToday, type Args, type PathArg } from '../core/args.js';
import { openRepository } from '../core/context.js';
import { ConfigurationError, errorMessage, isConfigurationError } from '../core/errors.js';
import { baseReport, checkOutputFolder, writeJsonReport, type BaseReport } from '../core/report.js';
import { daysBetween } from '../core/today.js';
import { loadWhitelist } from '../core/whitelist.js';
import { auditRepository, type AuditReport } from './audit.js';
import { gcRepository, type GcReport } from './gc.js';
import { RepoStateTracker } from '../gc/recheck.js';

export interface WeeklyGateSettings {
  root: PathArg;
  config: PathArg | undefined;
  /** Write missing evidence for dirty targets first (gc --export-patch) instead of a dry run. */
  exportPatches: boolean;
  /** Absolute folder for wo_audit_<ts>.json, wo_gc_<ts>.json, wo_weekly_gate_<ts>.json and the .log; also written when the gate cannot run. */
  outDir: string | undefined;
  /** YYYY-MM-DD: the date whitelist entries are judged by. */
  today: string;
  now: Date;
}

export function readWeeklyGateSettings(args: Args): WeeklyGateSettings {
  const now = new Date();
  const outDir = args.text('out-dir');
  // An out-dir that cannot be created fails at once, before the gate's work.
  if (outDir !== undefined) checkOutputFolder(path.resolve(args.baseDir, outDir), args.label('out-dir'), outDir);
  return {
    root: readRoot(args),
    config: readFile(args, 'config'),
    exportPatches: args.flag('export-patches') ?? false,
    outDir: outDir === undefined ? undefined : path.resolve(args.baseDir, outDir),
    today: readToday(args, 'today', now),
    now,
  };
}

export type ActionRequiredType =
  | 'split_brain'
  | 'running_without_lock'
  | 'ghost_worktree'
  | 'fail_but_running'
  | 'dirty_zombie'
  | 'dirty_ghost'
  | 'decision_incomplete'
  | 'whitelist_expired';

/** One thing a person has to act on, with the WO's evidence where it exists. */
export interface ActionRequiredItem extends Evidence {
  wo_id: string;
  type: ActionRequiredType;
  message: string;
  /** This item alone fails the gate (a P0 finding or an expired whitelist entry). */
  fails_gate: boolean;
  /** The command (or the edit) that resolves the item, as a person types it. */
  fix: string;
}

/** What resolves each kind of item: the exact command where a command does it (docs/weekly-gate.md). */
function fixFor(item: Omit<ActionRequiredItem, 'fix'>): string {
  const decision = item.decision_path ?? `the decision.md of ${item.wo_id}`;
  switch (item.type) {
    case 'split_brain':
      return 'wo-toolkit reconcile (review the plan), then wo-toolkit reconcile --apply; copies that differ beyond the moving fields need wo-toolkit reconcile --apply --force';
    case 'running_without_lock':
    case 'fail_but_running':
      return 'wo-toolkit reconcile --apply (plan first: wo-toolkit reconcile)';
    case 'ghost_worktree':
      return 'wo-toolkit gc --export-patch, then wo-toolkit gc --apply (a dirty one waits for its decision.md)';
    case 'dirty_zombie':
    case 'dirty_ghost':
      if (item.decision_complete) return `wo-toolkit gc --apply --force-dirty (${decision} decides ${item.patch_sha256 ? patchFileName(item.patch_sha256) : 'its patch'}; the patch stays as evidence)`;
      return `complete ${decision}${item.patch_sha256 ? ` (it must name ${patchFileName(item.patch_sha256)})` : ''}, then wo-toolkit gc --apply --force-dirty`;
    case 'decision_incomplete':
      return `complete ${decision}: check one of APPLY / DISCARD / MANUAL REVIEW and remove ACTION_REQUIRED`;
    case 'whitelist_expired':
      return 'renew review_by with a reason in the whitelist, or fix the finding';
  }
}

export interface ExpiredWhitelistEntry {
  code: string;
  wo_id: string;
  reason: string;
  owner: string;
  review_by: string;
  days_expired: number;
}

export interface WeeklyGateReport extends BaseReport {
  today: string;
  export_patches: boolean;
  p0_count: number;
  /** The WO ids of the items that fail the gate (empty when exit_code is 0). */
  failing_wo_ids: string[];
  expired_whitelist: ExpiredWhitelistEntry[];
  action_required: ActionRequiredItem[];
  /** Why the gate decided as it did, in one line. */
  verdict: string;
  /** Files written to --out-dir (absolute paths). */
  out_files: string[];
  audit: AuditReport;
  gc: GcReport;
}

/** `YYYYMMDDTHHMMSSZ` (UTC) for the out-dir file names. */
export function timestamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

interface Evidence {
  patch_path: string | null;
  patch_sha256: string | null;
  /** The patch file is on disk (false in a dry run that found a dirty worktree without evidence yet). */
  patch_exists: boolean;
  decision_path: string | null;
  decision_exists: boolean;
  decision_complete: boolean;
}

/**
 * What the evidence folder of a WO holds: the newest patch (via the dirty.patch link) and decision.md.
 * A decision that cannot be read (a link out of the repository, a FIFO…) exists but is not complete,
 * so the gate keeps asking for it.
 */
function evidenceOf(root: string, config: Config, woId: string): Evidence {
  const decision = readDecision(root, config, woId);
  const patch = newestPatch(root, config, woId);
  // Paths are given only where the evidence folder exists.
  const folderExists = evidenceFolderExists(root, config, woId);
  return {
    patch_path: patch?.path ?? null,
    patch_sha256: patch?.sha256 ?? null,
    patch_exists: patch !== undefined,
    decision_path: folderExists ? evidenceFile(config, woId, DECISION_FILE) : null,
    decision_exists: decision.exists,
    decision_complete: decision.text !== undefined && isDecisionComplete(decision.text),
  };
}

function collectActionRequired(root: string, config: Config, audit: AuditReport, gc: GcReport, expired: ExpiredWhitelistEntry[]): ActionRequiredItem[] {
  const items: Omit<ActionRequiredItem, 'fix'>[] = [];
  for (const f of audit.findings) {
    if (f.whitelisted || f.severity !== 'P0') continue;
    // Only the four P0 codes are P0 (an expired whitelist entry raises others to P1 at most).
    items.push({ wo_id: f.wo_id, type: f.code as ActionRequiredType, message: f.message, fails_gate: true, ...evidenceOf(root, config, f.wo_id) });
  }
  for (const op of gc.operations) {
    // The gate never removes anything, so every dirty zombie or ghost is still there and is an item.
    // One decision per patch: the item is decided only when a complete decision names its current
    // patch (then its fix is the removal); new work after a decision is undecided again, with its own
    // patch and decision file, even when the decision about the earlier patch is complete.
    if (!op.dirty || (op.kind !== 'zombie' && op.kind !== 'ghost')) continue;
    const decided = Boolean(op.patch_sha256 && op.decision_complete && op.decision_current);
    const evidence = evidenceOf(root, config, op.wo_id);
    items.push({
      wo_id: op.wo_id,
      type: op.kind === 'zombie' ? 'dirty_zombie' : 'dirty_ghost',
      message: `${op.path}: ${op.reason}`,
      fails_gate: false,
      patch_path: op.patch_path ?? evidence.patch_path,
      patch_sha256: op.patch_sha256 ?? evidence.patch_sha256,
      patch_exists: op.patch_path ? fs.existsSync(path.join(root, op.patch_path)) : evidence.patch_exists,
      decision_path: op.decision_path ?? evidence.decision_path,
      decision_exists: op.decision_path ? fs.existsSync(path.join(root, op.decision_path)) : evidence.decision_exists,
      // Decided only when a complete decision names the patch of the work there now: without a patch
      // (it could not be built) nothing names that work, whatever the decision files say.
      decision_complete: decided,
    });
  }
  // Every other decision file that is not complete (an earlier patch's, a superseded worktree's).
  const covered = new Set(items.filter((i) => i.type.startsWith('dirty_')).map((i) => i.decision_path));
  for (const { woId, decision, patches } of incompleteDecisions(root, config)) {
    if (covered.has(decision.path)) continue;
    const newest = newestPatch(root, config, woId);
    const sha = patches.length === 0 || patches.includes(newest?.sha256 ?? '') ? newest?.sha256 : patches[patches.length - 1];
    const patchPath = sha === undefined ? null : evidenceFile(config, woId, patchFileName(sha));
    items.push({
      wo_id: woId,
      type: 'decision_incomplete',
      message: `${decision.path} waits for a person${sha === undefined ? '' : ` about ${patchFileName(sha)}`}: ${decision.problem ?? 'check one box and remove ACTION_REQUIRED'}`,
      fails_gate: false,
      patch_path: patchPath,
      patch_sha256: sha ?? null,
      patch_exists: patchPath !== null,
      decision_path: decision.path,
      decision_exists: true,
      decision_complete: false,
    });
  }
  for (const entry of expired) {
    items.push({
      wo_id: entry.wo_id,
      type: 'whitelist_expired',
      message: `whitelist entry ${entry.code} expired on ${entry.review_by} (owner ${entry.owner}: ${entry.reason})`,
      fails_gate: true,
      ...evidenceOf(root, config, entry.wo_id),
    });
  }
  return items.map((item) => ({ ...item, fix: fixFor(item) }));
}

/**
 * Runs audit (every code, whitelist applied) and gc (dry run or export) over one opened repository,
 * then decides 0 / 1. With an out-dir, the reports go there, and so does the reason when the gate cannot run.
 */
export async function runWeeklyGate(settings: WeeklyGateSettings): Promise<WeeklyGateReport> {
  try {
    const report = await gate(settings);
    if (settings.outDir !== undefined) writeOutDir(settings.outDir, report, settings.now);
    return report;
  } catch (error) {
    if (settings.outDir !== undefined) writeOutDirError(settings.outDir, error, settings.root.given, settings.now);
    throw error;
  }
}

async function gate({ root: rootArg, config: configArg, exportPatches, today, now }: WeeklyGateSettings): Promise<WeeklyGateReport> {
  const ctx = await openRepository(rootArg, configArg);
  const { root, config } = ctx;
  // The repository is read once: audit judges that state, gc plans from it (and, exporting, re-checks
  // each target against it as gc always does).
  const loaded = await RepoStateTracker.load(root, config);
  const audit = await auditRepository(ctx, { failOn: parseFailOn(['none'], 'fail-on'), today, now }, loaded.state);
  const mode = exportPatches ? 'export-patch' : 'dry-run';
  const gc = await gcRepository(ctx, { config: configArg, mode, forceDirty: false, maxOperations: undefined, today, todayGiven: true, now }, loaded);
  const expired = loadWhitelist(root, config, isFindingCode)
    .filter((e) => e.review_by < today)
    .map((e) => ({ code: e.code, wo_id: e.wo_id, reason: e.reason, owner: e.owner, review_by: e.review_by, days_expired: daysBetween(e.review_by, today) }));
  const p0Count = audit.summary.P0;
  const exitCode = p0Count > 0 || expired.length > 0 ? 1 : 0;
  const reasons = [
    ...(p0Count > 0 ? [`${p0Count} P0 finding(s)`] : []),
    ...(expired.length > 0 ? [`${expired.length} expired whitelist entr${expired.length === 1 ? 'y' : 'ies'}`] : []),
  ];
  const actionRequired = collectActionRequired(root, config, audit, gc, expired);
  return {
    ...baseReport('weekly-gate', root, exitCode, now),
    today,
    export_patches: exportPatches,
    p0_count: p0Count,
    failing_wo_ids: [...new Set(actionRequired.filter((i) => i.fails_gate).map((i) => i.wo_id))].sort(),
    expired_whitelist: expired,
    action_required: actionRequired,
    verdict: exitCode === 0 ? 'PASS: no P0 finding and no expired whitelist entry' : `FAIL: ${reasons.join(', ')}`,
    out_files: [],
    audit,
    gc,
  };
}

/** The human-readable gate report (also the .log written to --out-dir). */
export function formatWeeklyGate(report: WeeklyGateReport): string {
  const a = report.audit.summary;
  const g = report.gc.summary;
  const lines = [
    `wo-toolkit weekly-gate: ${report.root} (today ${report.today})`,
    `audit: P0=${a.P0} P1=${a.P1} P2=${a.P2} total=${a.total} whitelisted=${a.whitelisted}`,
    `gc (${report.gc.mode}): ${g.targets} target(s), ${g.dirty} dirty, ${g.evidence_written} evidence file(s) ${report.gc.mode === 'dry-run' ? 'to write' : 'written'}`,
    ...report.audit.notes.map((note) => `note: ${note}`),
    '',
    `ACTION_REQUIRED (${report.action_required.length})`,
  ];
  if (report.action_required.length === 0) lines.push('  none');
  for (const item of report.action_required) {
    lines.push(`  ${item.wo_id.padEnd(10)} ${item.type.padEnd(20)} ${item.message}`);
    lines.push(`  ${''.padEnd(10)} fix:      ${item.fix}`);
    if (item.patch_path) {
      lines.push(`  ${''.padEnd(10)} patch:    ${item.patch_path}${item.patch_exists ? '' : ' (not written yet: run with --export-patches)'}`);
      lines.push(`  ${''.padEnd(10)} sha256:   ${item.patch_sha256}`);
    }
    if (item.decision_path) {
      const state = !item.decision_exists ? 'missing' : item.decision_complete ? 'exists, complete' : 'exists, not complete';
      lines.push(`  ${''.padEnd(10)} decision: ${item.decision_path} (${state})`);
    }
  }
  lines.push('', `EXPIRED WHITELIST (${report.expired_whitelist.length})`);
  if (report.expired_whitelist.length === 0) lines.push('  none');
  for (const e of report.expired_whitelist) {
    lines.push(`  ${e.wo_id.padEnd(10)} ${e.code.padEnd(20)} expired ${e.review_by} (${e.days_expired} day(s) ago), owner ${e.owner}: ${e.reason}`);
  }
  if (report.out_files.length > 0) lines.push('', 'reports:', ...report.out_files.map((f) => `  ${f}`));
  lines.push('', `GATE: ${report.verdict} (exit ${report.exit_code})`);
  return `${lines.join('\n')}\n`;
}

/** Writes the four out-dir files (docs/weekly-gate.md) and records them in the report. */
export function writeOutDir(outDir: string, report: WeeklyGateReport, now: Date): string[] {
  const ts = timestamp(now);
  const dir = path.resolve(outDir);
  checkOutputFolder(dir, '--out-dir', outDir);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new ConfigurationError(`--out-dir: cannot create '${outDir}' (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const files = {
    audit: path.join(dir, `wo_audit_${ts}.json`),
    gc: path.join(dir, `wo_gc_${ts}.json`),
    gate: path.join(dir, `wo_weekly_gate_${ts}.json`),
    log: path.join(dir, `wo_weekly_gate_${ts}.log`),
  };
  report.out_files = Object.values(files);
  writeJsonReport(files.audit, report.audit, '--out-dir');
  writeJsonReport(files.gc, report.gc, '--out-dir');
  writeJsonReport(files.gate, report, '--out-dir');
  fs.writeFileSync(files.log, formatWeeklyGate(report));
  return report.out_files;
}

/**
 * When the gate cannot run, --out-dir still receives the log and a gate report that says why, so a
 * scheduled run leaves evidence of its failure.
 */
export function writeOutDirError(outDir: string, error: unknown, rootArg: string, now: Date): string[] {
  const ts = timestamp(now);
  const dir = path.resolve(outDir);
  const message = isConfigurationError(error) ? errorMessage(error) : `internal error: ${errorMessage(error)}`;
  try {
    checkOutputFolder(dir, '--out-dir', outDir);
    fs.mkdirSync(dir, { recursive: true });
    const gate = path.join(dir, `wo_weekly_gate_${ts}.json`);
    const log = path.join(dir, `wo_weekly_gate_${ts}.log`);
    writeJsonReport(gate, { ...baseReport('weekly-gate', rootArg, 2, now), error: message }, '--out-dir');
    fs.writeFileSync(log, `wo-toolkit weekly-gate: could not run: ${message}\nGATE: ERROR (exit 2)\n`);
    return [gate, log];
  } catch {
    return [];
  }
}
