import * as core from '@actions/core';
import { RETENTION_MODES, runRetentionGc, type RetentionGcReport } from '../../src/commands/retention-gc.js';
import { resolveToday } from '../../src/core/today.js';
import { choiceInput, integerInput, optionalString } from '../common/inputs.js';
import { defaultReportPath, escapeCell, runAction, workspacePath, writeReport } from '../common/runner.js';

export enum Inputs {
  Root = 'root',
  Days = 'days',
  Mode = 'mode',
  Json = 'json',
  Today = 'today',
  Config = 'config',
}

/** What one run did: the report, where it was written, and the paths it deleted (for a pull request). */
export interface RetentionOutcome {
  report: RetentionGcReport;
  reportPath: string;
  /** Paths deleted in apply mode, relative to `report.root` (empty in a dry run). */
  deleted: string[];
}

// A job summary is limited to 1 MiB: long lists are cut, the report has everything.
const SUMMARY_ROWS = 200;

function rowsWithLimit(rows: string[], total: number): string[] {
  return total > SUMMARY_ROWS ? [...rows.slice(0, SUMMARY_ROWS), `\n… and ${total - SUMMARY_ROWS} more (see the JSON report)`] : rows;
}

async function writeSummary(report: RetentionGcReport): Promise<void> {
  const t = report.totals;
  const dry = report.mode === 'dry-run';
  const summary = core.summary
    .addHeading('wo-toolkit retention-gc', 2)
    .addRaw(`Mode **${report.mode}**, evidence at least **${report.days}** days old on ${report.today}, evidence root \`${report.evidence_root}\`.`, true)
    .addTable([
      [
        { data: 'Eligible', header: true },
        { data: 'Deleted', header: true },
        { data: 'Protected', header: true },
        { data: 'Too young', header: true },
        { data: 'Bytes eligible', header: true },
        { data: 'Bytes freed', header: true },
      ],
      [String(t.eligible.files), String(t.deleted.files), String(t.protected.files), String(t.too_young.files), String(t.eligible.bytes), String(t.deleted.bytes)],
    ]);
  if (report.eligible.length > 0) {
    const deleted = new Set(report.deleted);
    const rows = report.eligible.map(
      (f) => `| \`${escapeCell(f.path)}\` | ${f.age_days} | ${f.age_source} | ${f.bytes} | ${dry ? 'would be deleted' : deleted.has(f.path) ? 'deleted' : '**not deleted**'} |`,
    );
    summary.addRaw(['', `### Eligible (${report.eligible.length})`, '', '| File | Age (days) | Age from | Bytes | Action |', '|---|---|---|---|---|', ...rowsWithLimit(rows, rows.length), ''].join('\n'), true);
  } else {
    summary.addRaw('\nNothing is eligible.', true);
  }
  if (report.protected.length > 0) {
    const rows = report.protected.map((p) => `| \`${escapeCell(p.path)}\` | \`${p.reason}\` | ${escapeCell(p.detail)} | ${p.age_days ?? ''} |`);
    summary.addRaw(['', `### Protected (${report.protected.length})`, '', '| Path | Reason | Detail | Age (days) |', '|---|---|---|---|', ...rowsWithLimit(rows, rows.length), ''].join('\n'), true);
  }
  for (const error of report.errors) summary.addRaw(`\n- could not delete \`${escapeCell(error.path)}\`: ${escapeCell(error.message)}`, true);
  for (const warning of report.warnings) summary.addRaw(`\n> ${escapeCell(warning)}`, true);
  if (dry && t.eligible.files > 0) summary.addRaw('\nDry run: nothing was deleted. Run with `mode: apply` to delete the eligible files.', true);
  await summary.write();
}

function annotate(report: RetentionGcReport): void {
  for (const p of report.protected) {
    // Links and odd files are anomalies worth a look; folder protections are the policy working.
    if (p.reason === 'symlink' || p.reason === 'outside_evidence_root' || p.reason === 'not_regular_file' || p.reason === 'outside_repository') {
      core.warning(p.detail, { title: `retention-gc: ${p.reason}`, file: workspacePath(report.root, p.path) });
    }
  }
  for (const error of report.errors) core.error(`could not delete: ${error.message}`, { title: 'retention-gc', file: workspacePath(report.root, error.path) });
  for (const warning of report.warnings) core.warning(warning, { title: 'retention-gc' });
}

/** Reads the inputs, runs retention-gc, writes the report, outputs and job summary. */
export async function retentionGc(): Promise<RetentionOutcome> {
  const mode = choiceInput(Inputs.Mode, RETENTION_MODES, 'dry-run');
  const days = integerInput(Inputs.Days, { min: 1 });
  const today = optionalString(Inputs.Today);
  if (today !== undefined) resolveToday(today, `input '${Inputs.Today}'`); // named as the input, not as the CLI option
  const report = await runRetentionGc({ root: optionalString(Inputs.Root), config: optionalString(Inputs.Config), days, mode, today });
  const reportPath = writeReport(optionalString(Inputs.Json) ?? defaultReportPath('retention-gc'), report);
  core.setOutput('exit-code', String(report.exit_code));
  core.setOutput('report', reportPath);
  core.setOutput('eligible-count', String(report.totals.eligible.files));
  core.setOutput('deleted-count', String(report.totals.deleted.files));
  core.setOutput('protected-count', String(report.totals.protected.files));
  core.setOutput('bytes-freed', String(report.totals.deleted.bytes));
  core.setOutput('eligible-bytes', String(report.totals.eligible.bytes));
  annotate(report);
  await writeSummary(report);
  return { report, reportPath, deleted: report.deleted };
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const { report } = await retentionGc();
    if (report.exit_code !== 0) core.setFailed(`retention-gc could not delete ${report.errors.length} eligible file(s): ${report.errors.map((e) => e.path).join(', ')}`);
  });
}
