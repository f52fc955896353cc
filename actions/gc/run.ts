import * as core from '@actions/core';
import fs from 'node:fs';
import path from 'node:path';
import { readGcSettings, runGc, type GcReport } from '../../src/commands/gc.js';
import type { GcOperation } from '../../src/gc/engine.js';
import { readArtifactSettings, uploadArtifactFiles } from '../common/artifact.js';
import { gcEvidenceFiles } from '../common/evidence.js';
import { actionArgs } from '../common/inputs.js';
import { defaultReportPath, runAction, workspacePath, writeReport } from '../common/runner.js';
import { gcSummary } from './summary.js';

export const DEFAULT_ARTIFACT_NAME = 'wo-gc-evidence';
const REPORT_NAME = 'gc-report.json';

interface PatchOutput {
  wo_id: string;
  path: string;
  sha256: string;
}

function exportedPatches(report: GcReport): PatchOutput[] {
  return report.operations
    .filter((op): op is GcOperation & { patch_path: string; patch_sha256: string } => op.patch_path !== undefined && op.patch_sha256 !== undefined)
    .filter((op) => fs.existsSync(path.join(report.root, op.patch_path)))
    .map((op) => ({ wo_id: op.wo_id, path: op.patch_path, sha256: op.patch_sha256 }));
}

function annotate(report: GcReport, op: GcOperation): void {
  if (!op.needs_attention) return;
  const file = op.decision_path && op.decision_exists ? op.decision_path : op.kind === 'orphan_lock' ? op.path : undefined;
  const properties: core.AnnotationProperties = { title: `gc ${op.kind} ${op.wo_id}: ${op.action} (${op.outcome})` };
  if (file) properties.file = workspacePath(report.root, file);
  const message = op.error ? `${op.reason} (${op.error})` : op.reason;
  if (op.outcome === 'failed') core.error(message, properties);
  else core.warning(message, properties);
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const args = actionArgs();
    const settings = readGcSettings(args);
    // Every input is checked, and the upload known to be possible, before gc acts.
    const artifactSettings = readArtifactSettings(args, DEFAULT_ARTIFACT_NAME);

    const report = await runGc(settings);
    const reportPath = writeReport(args.text('json') ?? defaultReportPath('gc'), report);
    const patches = exportedPatches(report);
    core.setOutput('report', reportPath);
    core.setOutput('removed-count', String(report.mode === 'dry-run' ? 0 : report.summary.removed));
    core.setOutput('dirty-count', String(report.summary.dirty));
    core.setOutput('patches', JSON.stringify(patches));
    for (const op of report.operations) annotate(report, op);

    const artifact = await uploadArtifactFiles(artifactSettings, [{ source: reportPath, name: REPORT_NAME }, ...gcEvidenceFiles(report)]);
    await gcSummary(report, reportPath, new Set(patches.map((p) => p.path)), artifact).write();
    core.setOutput('exit-code', String(report.exit_code));
    if (report.exit_code !== 0) {
      const waiting = [...new Set(report.operations.filter((op) => op.needs_attention).map((op) => op.wo_id))];
      core.setFailed(`gc: ${waiting.length} WO(s) need attention: ${waiting.join(', ')} (see the job summary and decision.md files)`);
    }
  });
}
