import * as core from '@actions/core';
import type { Finding } from '../../src/audit/audit.js';
import { auditSarif } from '../../src/audit/sarif.js';
import { readAuditSettings, runAudit, type AuditReport } from '../../src/commands/audit.js';
import { actionArgs } from '../common/inputs.js';
import { defaultReportPath, runAction, workspacePath, writeReport, writeSarifInput } from '../common/runner.js';
import { auditSummary } from './summary.js';

function annotate(report: AuditReport, f: Finding): void {
  const properties: core.AnnotationProperties = { title: `${f.code} (${f.severity}) ${f.wo_id}` };
  if (f.paths[0]) properties.file = workspacePath(report.root, f.paths[0]);
  const message = f.whitelisted ? `${f.message} [whitelisted until ${f.whitelist?.review_by}]` : f.message;
  if (f.whitelisted || f.severity === 'P2') core.notice(message, properties);
  else if (f.severity === 'P1') core.warning(message, properties);
  else core.error(message, properties);
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const args = actionArgs();
    const report = await runAudit(readAuditSettings(args));
    const reportPath = writeReport(args.text('json') ?? defaultReportPath('audit'), report);
    core.setOutput('exit-code', String(report.exit_code));
    core.setOutput('report', reportPath);
    core.setOutput('p0-count', String(report.summary.P0));
    core.setOutput('p1-count', String(report.summary.P1));
    core.setOutput('p2-count', String(report.summary.P2));
    core.setOutput('total', String(report.summary.total));
    const sarifPath = writeSarifInput(args.text('sarif'), report.root, (uriPrefix) => auditSarif(report.findings, { uriPrefix }));
    for (const f of report.findings) annotate(report, f);
    await auditSummary(report, reportPath, sarifPath).write();
    if (report.exit_code !== 0) {
      core.setFailed(`audit failed (fail-on ${report.fail_on.join(',')}): ${report.failing_wo_ids.join(', ')}`);
    }
  });
}
