import * as core from '@actions/core';
import path from 'node:path';
import { runValidateBacklog, type ValidateBacklogReport } from '../../src/commands/validate-backlog.js';
import type { Problem } from '../../src/validate/problems.js';
import { booleanInput, optionalString } from '../common/inputs.js';
import { defaultReportPath, escapeCell, runAction, workspacePath, writeReport } from '../common/runner.js';

export enum Inputs {
  Root = 'root',
  Strict = 'strict',
  Config = 'config',
  Today = 'today',
  Json = 'json',
}

/** The job summary lists this many problems; the report and the annotations have them all. */
const SUMMARY_ROWS = 200;

function annotationFile(report: ValidateBacklogReport, file: string): string {
  if (!path.isAbsolute(file)) return workspacePath(report.root, file);
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  return path.relative(workspace, file).split(path.sep).join('/');
}

function annotate(report: ValidateBacklogReport, p: Problem): void {
  const properties: core.AnnotationProperties = {
    title: `validate-backlog: ${p.rule}`,
    file: annotationFile(report, p.file),
    startLine: p.line,
    startColumn: p.column,
  };
  if (p.severity === 'error') core.error(p.message, properties);
  else core.warning(p.message, properties);
}

async function writeSummary(report: ValidateBacklogReport): Promise<void> {
  const f = report.files;
  const summary = core.summary.addHeading('wo-toolkit validate-backlog', 2).addTable([
    [
      { data: 'Errors', header: true },
      { data: 'Warnings', header: true },
      { data: 'WO files', header: true },
      { data: 'DoD files', header: true },
      { data: 'Backlog', header: true },
      { data: 'Whitelist', header: true },
      { data: 'Config', header: true },
    ],
    [report.summary.errors, report.summary.warnings, f.work_orders, f.dod, f.backlog, f.whitelist, f.config].map(String),
  ]);
  const problems = [...report.errors, ...report.warnings];
  if (problems.length > 0) {
    const rows = problems
      .slice(0, SUMMARY_ROWS)
      .map((p) => `| ${p.severity} | \`${escapeCell(`${p.file}:${p.line}:${p.column}`)}\` | \`${p.rule}\` | ${escapeCell(p.message)} |`);
    summary.addRaw(['', '| Severity | Location | Rule | Problem |', '|---|---|---|---|', ...rows, ''].join('\n'), true);
    if (problems.length > SUMMARY_ROWS) {
      summary.addRaw(`${problems.length - SUMMARY_ROWS} more problems are in the JSON report and the annotations.`, true);
    }
  } else {
    summary.addRaw('No problems.', true);
  }
  const verdict = report.exit_code === 0 ? 'pass' : report.exit_code === 1 ? 'fail' : 'could not run';
  summary.addRaw(`\n${report.strict ? 'strict (warnings count as errors)' : 'not strict'}: **${verdict}**`, true);
  await summary.write();
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const report = await runValidateBacklog({
      root: optionalString(Inputs.Root),
      config: optionalString(Inputs.Config),
      strict: booleanInput(Inputs.Strict, false),
      today: optionalString(Inputs.Today),
    });
    const reportPath = writeReport(optionalString(Inputs.Json) ?? defaultReportPath('validate-backlog'), report);
    core.setOutput('exit-code', String(report.exit_code));
    core.setOutput('report', reportPath);
    core.setOutput('error-count', String(report.summary.errors));
    core.setOutput('warning-count', String(report.summary.warnings));
    for (const p of [...report.errors, ...report.warnings]) annotate(report, p);
    await writeSummary(report);
    if (report.error !== undefined) core.setFailed(report.error);
    else if (report.exit_code !== 0) {
      core.setFailed(`validate-backlog: ${report.summary.errors} error${report.summary.errors === 1 ? '' : 's'} (see the annotations)`);
    }
  });
}
