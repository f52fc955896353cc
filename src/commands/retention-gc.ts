import { readChoice, readFile, readInteger, readRoot, readToday, type Args, type PathArg } from '../core/args.js';
import { openRepository } from '../core/context.js';
import { baseReport, type BaseReport } from '../core/report.js';
import { activeWorkOrders } from '../retention/active.js';
import type { CandidateKind } from '../retention/candidates.js';
import { deleteVerified } from '../retention/delete.js';
import { readGitAges, type GitAges } from '../retention/history.js';
import { judgeFolder, planRetention, type AgedFile, type AgeSource, type FolderJudgement, type ProtectedItem, type ProtectionReason } from '../retention/plan.js';
import { locateEvidenceRoot, scanEvidence } from '../retention/scan.js';

const NO_GIT_AGES: GitAges = { lastCommitMs: new Map(), tracked: new Set(), shallow: false };

export const RETENTION_MODES = ['dry-run', 'apply'] as const;
export type RetentionMode = (typeof RETENTION_MODES)[number];

export interface RetentionGcSettings {
  root: PathArg;
  config: PathArg | undefined;
  /** Minimum age in days (a whole number >= 1); undefined: the configuration's retention_days (90). */
  days: number | undefined;
  /** `dry-run` (default) writes nothing; `apply` deletes the eligible files. */
  mode: RetentionMode;
  /** YYYY-MM-DD to measure ages against. */
  today: string;
  now: Date;
}

export function readRetentionGcSettings(args: Args): RetentionGcSettings {
  const now = new Date();
  return {
    root: readRoot(args),
    config: readFile(args, 'config'),
    days: readInteger(args, 'days', { min: 1 }),
    mode: readChoice(args, 'mode', RETENTION_MODES, 'dry-run'),
    today: readToday(args, 'today', now),
    now,
  };
}

export interface EligibleFile {
  path: string;
  wo_id: string;
  kind: CandidateKind;
  bytes: number;
  age_days: number;
  age_source: AgeSource;
  /** When the file last changed: its last commit when tracked, else its modification time. */
  last_changed: string;
}

export interface ProtectedFile {
  path: string;
  wo_id?: string;
  reason: ProtectionReason;
  detail: string;
  bytes?: number;
  age_days?: number;
  age_source?: AgeSource;
  last_changed?: string;
}

export interface DeletionError {
  path: string;
  message: string;
}

export interface Tally {
  files: number;
  bytes: number;
}

export interface RetentionGcReport extends BaseReport {
  mode: RetentionMode;
  days: number;
  today: string;
  /** The evidence root, repository-relative. */
  evidence_root: string;
  /** Files old enough to go (deleted in apply mode unless listed in errors). */
  eligible: EligibleFile[];
  /** Paths deleted by this run (always empty in a dry run). */
  deleted: string[];
  /** Old candidates kept by a protection, and every link or non-regular candidate. */
  protected: ProtectedFile[];
  /** Eligible files apply mode could not delete. */
  errors: DeletionError[];
  warnings: string[];
  totals: {
    eligible: Tally;
    deleted: Tally;
    protected: Tally;
    /** Candidates younger than `days`, kept for now. */
    too_young: Tally;
  };
}

function tally(items: readonly { bytes?: number }[]): Tally {
  return { files: items.length, bytes: items.reduce((sum, item) => sum + (item.bytes ?? 0), 0) };
}

function eligibleFile(aged: AgedFile): EligibleFile {
  return {
    path: aged.file.rel,
    wo_id: aged.file.woId,
    kind: aged.file.kind,
    bytes: aged.file.bytes,
    age_days: aged.ageDays,
    age_source: aged.ageSource,
    last_changed: new Date(aged.lastChangedMs).toISOString(),
  };
}

function protectedFile(item: ProtectedItem): ProtectedFile {
  const entry: ProtectedFile = { path: item.path, reason: item.reason, detail: item.detail };
  if (item.woId !== undefined) entry.wo_id = item.woId;
  if (item.aged) {
    entry.bytes = item.aged.file.bytes;
    entry.age_days = item.aged.ageDays;
    entry.age_source = item.aged.ageSource;
    entry.last_changed = new Date(item.aged.lastChangedMs).toISOString();
  }
  return entry;
}

/**
 * Runs retention-gc: finds evidence old enough to go (docs/retention-gc.md) and, in apply mode, deletes it.
 * The dry run and the real run share every step but the deletion, so a dry run reports exactly what
 * apply would do. Exit code 0 whether or not anything is eligible; 2 when apply could not delete a file.
 */
export async function runRetentionGc(settings: RetentionGcSettings): Promise<RetentionGcReport> {
  const { mode, today, now } = settings;
  const { root, config } = await openRepository(settings.root, settings.config);
  const days = settings.days ?? config.retentionDays;
  const active = activeWorkOrders(root, config);
  const location = locateEvidenceRoot(root, config);
  // git reads history in its own process while the evidence folders are scanned and their decisions read.
  const agesRead = location.exists && !location.outsideRepository ? readGitAges(root, location.rel) : Promise.resolve(NO_GIT_AGES);
  agesRead.catch(() => undefined); // awaited below; a failure must not surface as unhandled meanwhile
  const protections = new Map<string, FolderJudgement>();
  const scan = await scanEvidence(location, config, (folder) => {
    if (folder.candidates.some((file) => file.type === 'file')) protections.set(folder.woId, judgeFolder(folder, active));
  });
  const ages = await agesRead;
  const plan = planRetention({ root, scan, ages, protections, active, days, today, handoffDir: config.handoffDir });

  const eligible = plan.eligible.map(eligibleFile);
  const deleted: string[] = [];
  const errors: DeletionError[] = [];
  if (mode === 'apply') {
    for (const aged of plan.eligible) {
      const problem = deleteVerified(root, scan.abs, aged.file.abs);
      if (problem === undefined) deleted.push(aged.file.rel);
      else errors.push({ path: aged.file.rel, message: problem });
    }
  }
  const deletedSet = new Set(deleted);
  const protectedFiles = plan.protected.map(protectedFile);
  return {
    ...baseReport('retention-gc', root, errors.length > 0 ? 2 : 0, now),
    mode,
    days,
    today,
    evidence_root: scan.rel,
    eligible,
    deleted,
    protected: protectedFiles,
    errors,
    warnings: plan.warnings,
    totals: {
      eligible: tally(eligible),
      deleted: tally(eligible.filter((file) => deletedSet.has(file.path))),
      protected: tally(protectedFiles),
      too_young: tally(plan.tooYoung.map((aged) => aged.file)),
    },
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function tallyText(t: Tally): string {
  return `${plural(t.files, 'file')} (${plural(t.bytes, 'byte')})`;
}

/** Human-readable output: eligible (or deleted) files with their age, protected ones with the reason, totals. */
export function formatRetentionGc(report: RetentionGcReport): string {
  const dry = report.mode === 'dry-run';
  const lines: string[] = [
    `wo-toolkit retention-gc: ${report.root} (${dry ? 'dry run' : 'apply'}; evidence at least ${plural(report.days, 'day')} old on ${report.today}; evidence root ${report.evidence_root})`,
  ];
  const deleted = new Set(report.deleted);
  const failed = new Map(report.errors.map((e) => [e.path, e.message]));
  if (report.eligible.length > 0) {
    lines.push('', dry ? `eligible (${report.eligible.length}), would be deleted with --apply:` : `eligible (${report.eligible.length}):`);
    for (const file of report.eligible) {
      const state = dry ? '' : deleted.has(file.path) ? 'deleted      ' : 'NOT DELETED  ';
      lines.push(`  ${state}${String(file.age_days).padStart(5)} days  ${file.age_source.padEnd(5)} ${String(file.bytes).padStart(10)} B  ${file.path}`);
      if (failed.has(file.path)) lines.push(`      ${failed.get(file.path)}`);
    }
  } else {
    lines.push('', 'Nothing is eligible.');
  }
  if (report.protected.length > 0) {
    lines.push('', `protected (${report.protected.length}), never deleted:`);
    for (const item of report.protected) {
      const age = item.age_days === undefined ? '' : ` (${item.age_days} days, ${item.age_source})`;
      lines.push(`  ${item.path}${age}`, `      ${item.reason}: ${item.detail}`);
    }
  }
  if (report.warnings.length > 0) {
    lines.push('', 'warnings:', ...report.warnings.map((w) => `  ${w}`));
  }
  const t = report.totals;
  lines.push(
    '',
    `totals: eligible ${tallyText(t.eligible)}; deleted ${tallyText(t.deleted)}; protected ${tallyText(t.protected)}; too young ${tallyText(t.too_young)}`,
  );
  if (dry && t.eligible.files > 0) lines.push('Dry run: nothing was deleted. Run with --apply to delete the eligible files.');
  if (report.errors.length > 0) lines.push(`${plural(report.errors.length, 'eligible file')} could not be deleted (exit 2).`);
  return `${lines.join('\n')}\n`;
}
