import * as core from '@actions/core';
import path from 'node:path';
import { errorMessage, isConfigurationError } from '../../src/core/errors.js';
import { writeJsonReport } from '../../src/core/report.js';
import { writeSarif, type SarifLog } from '../../src/core/sarif.js';

/** Where an action writes its JSON report when the `json` input is empty. */
export function defaultReportPath(action: string): string {
  const base = process.env['RUNNER_TEMP'] || process.env['TMPDIR'] || '/tmp';
  return path.join(base, 'wo-toolkit', `${action}-report.json`);
}

export function writeReport(target: string, report: unknown): string {
  writeJsonReport(target, report, "input 'json'");
  return path.resolve(target);
}

/**
 * A file path for annotations: relative to the workspace, where GitHub looks for it.
 * `root` is the repository root the engine reported paths against.
 */
export function workspacePath(root: string, rel: string): string {
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  return path.relative(workspace, path.join(root, rel)).split(path.sep).join('/');
}

/**
 * The one `catch` of every action: a user mistake fails the step with its one-line message and
 * exit-code 2; anything else is reported as an internal error.
 */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    core.setOutput('exit-code', '2');
    core.setFailed(isConfigurationError(error) ? errorMessage(error) : `internal error: ${errorMessage(error)}`);
    if (!isConfigurationError(error) && error instanceof Error && error.stack) core.debug(error.stack);
  }
}

/**
 * The `sarif` input: writes the log built for this checkout to that file (relative to the workspace)
 * and sets the `sarif` output to its absolute path; nothing when the input is empty. URIs are made
 * relative to the checkout, where code scanning looks for the files: `build` gets the governed
 * repository's folder inside it ('' when it is the checkout itself, or when it lies outside it).
 */
export function writeSarifInput(target: string | undefined, root: string, build: (uriPrefix: string) => SarifLog): string | undefined {
  if (target === undefined) return undefined;
  const inCheckout = workspacePath(root, '.');
  const prefix = inCheckout === '.' || inCheckout === '' || inCheckout.startsWith('..') || path.isAbsolute(inCheckout) ? '' : inCheckout;
  writeSarif(target, build(prefix), "input 'sarif'");
  const written = path.resolve(target);
  core.setOutput('sarif', written);
  return written;
}
