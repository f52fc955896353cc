import * as core from '@actions/core';
import fs from 'node:fs';
import path from 'node:path';
import { runGc, type GcOptions, type GcReport } from '../../src/commands/gc.js';
import { UsageError } from '../../src/core/errors.js';
import { GC_MODES, type GcOperation } from '../../src/gc/engine.js';
import { readArtifactSettings, uploadArtifactFiles } from '../common/artifact.js';
import { gcEvidenceFiles } from '../common/evidence.js';
import { booleanInput, choiceInput, integerInput, optionalString } from '../common/inputs.js';
import { defaultReportPath, runAction, workspacePath, writeReport } from '../common/runner.js';
import { gcSummary } from './summary.js';

export enum Inputs {
  Root = 'root',
  Mode = 'mode',
  ForceDirty = 'force-dirty',
  MaxOperations = 'max-operations',
  UploadArtifact = 'upload-artifact',
  ArtifactName = 'artifact-name',
  RetentionDays = 'retention-days',
  Config = 'config',
  Today = 'today',
  Json = 'json',
}

export const DEFAULT_ARTIFACT_NAME = 'wo-gc-evidence';
const REPORT_NAME = 'gc-report.json';

interface PatchOutput {
  wo_id: string;
  path: string;
  sha256: string;
}

function readOptions(): GcOptions {
  const mode = choiceInput(Inputs.Mode, GC_MODES, 'dry-run');
  const forceDirty = booleanInput(Inputs.ForceDirty, false);
  if (forceDirty && mode === 'export-patch') {
    throw new UsageError(`input '${Inputs.ForceDirty}': only with mode apply (or dry-run to preview it); export-patch removes nothing`);
  }
  const options: GcOptions = { mode, forceDirty };
  const maxOperations = integerInput(Inputs.MaxOperations, { min: 1 });
  if (maxOperations !== undefined) options.maxOperations = maxOperations;
  const root = optionalString(Inputs.Root);
  if (root !== undefined) options.root = root;
  const config = optionalString(Inputs.Config);
  if (config !== undefined) options.config = config;
  const today = optionalString(Inputs.Today);
  if (today !== undefined) options.today = today;
  // decision.md records the CLI command equivalent to these inputs (runGc builds it, relative to the
  // repository): one a person can run locally from its root.
  return options;
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
    const options = readOptions();
    // Every input is checked, and the upload known to be possible, before gc acts.
    const artifactSettings = readArtifactSettings(DEFAULT_ARTIFACT_NAME);

    const report = await runGc(options);
    const reportPath = writeReport(optionalString(Inputs.Json) ?? defaultReportPath('gc'), report);
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
