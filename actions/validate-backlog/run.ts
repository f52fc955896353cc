import * as core from '@actions/core';
import path from 'node:path';
import { readValidateBacklogSettings, runValidateBacklog, type ValidateBacklogReport } from '../../src/commands/validate-backlog.js';
import type { Problem } from '../../src/validate/problems.js';
import { validateSarif } from '../../src/validate/sarif.js';
import { actionArgs } from '../common/inputs.js';
import { defaultReportPath, runAction, workspacePath, writeReport, writeSarifInput } from '../common/runner.js';
import { validateBacklogSummary } from './summary.js';

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

export async function run(): Promise<void> {
  await runAction(async () => {
    const args = actionArgs();
    const report = await runValidateBacklog(readValidateBacklogSettings(args));
    const reportPath = writeReport(args.text('json') ?? defaultReportPath('validate-backlog'), report);
    core.setOutput('exit-code', String(report.exit_code));
    core.setOutput('report', reportPath);
    core.setOutput('error-count', String(report.summary.errors));
    core.setOutput('warning-count', String(report.summary.warnings));
    const problems = [...report.errors, ...report.warnings];
    const sarifPath = writeSarifInput(args.text('sarif'), report.root, (uriPrefix) => validateSarif(problems, { uriPrefix }));
    for (const p of problems) annotate(report, p);
    await validateBacklogSummary(report, reportPath, sarifPath).write();
    if (report.error !== undefined) core.setFailed(report.error);
    else if (report.exit_code !== 0) {
      core.setFailed(`validate-backlog: ${report.summary.errors} error${report.summary.errors === 1 ? '' : 's'} (see the annotations)`);
    }
  });
}
