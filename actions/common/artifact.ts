import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError, UsageError, errorMessage } from '../../src/core/errors.js';
import { readInteger, type Args } from '../../src/core/args.js';

/**
 * Artifact upload with the real `@actions/artifact` client, shared by the actions that keep evidence.
 * Files that live in different places are first copied into one staging folder, laid out as they
 * should appear in the artifact.
 */

export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 90;

// The characters the artifact service rejects in names (the client checks too, with a less clear error).
const FORBIDDEN_NAME_CHARACTERS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

export interface ArtifactFile {
  /** The file to upload. */
  source: string;
  /** Its path inside the artifact, forward slashes. */
  name: string;
}

export interface UploadedArtifact {
  id: number;
  size: number;
}

/** Copies `files` into a new staging folder; returns it and the staged paths, ready for uploadArtifact. */
export function stageArtifactFiles(files: readonly ArtifactFile[]): { rootDir: string; files: string[] } {
  const base = process.env['RUNNER_TEMP'] || os.tmpdir();
  fs.mkdirSync(base, { recursive: true });
  const rootDir = fs.mkdtempSync(path.join(base, 'wo-toolkit-artifact-'));
  const staged: string[] = [];
  for (const file of files) {
    const target = path.join(rootDir, ...file.name.split('/'));
    if (staged.includes(target)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file.source, target);
    staged.push(target);
  }
  return { rootDir, files: staged };
}

/** An upload the artifact service refused or that could not reach it: the step cannot keep its evidence (exit 2). */
export class ArtifactUploadError extends ConfigurationError {
  constructor(name: string, cause: unknown) {
    super(`artifact '${name}' could not be uploaded: ${errorMessage(cause).split('\n')[0]}`);
    this.name = 'ArtifactUploadError';
  }
}

/**
 * Whether an error of the artifact client means there is no artifact service where the action runs,
 * and why. The client decides, not a look at the runner's variables first: a stand-in such as
 * `@github/local-action` replaces the client, and whatever it does is the answer. The client says "no
 * service" with two errors only: GHESNotSupportedError (GitHub Enterprise Server without artifacts v4)
 * and "Unable to get the ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL env variable" (not a runner's job).
 */
export function noArtifactService(error: unknown): string | undefined {
  if ((error as { name?: unknown } | null)?.name === 'GHESNotSupportedError') return 'GitHub Enterprise Server without artifacts v4';
  const missing = /^Unable to get the (ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL) env variable$/.exec(errorMessage(error));
  return missing ? `${missing[1]} is not set: not a GitHub Actions job` : undefined;
}

/**
 * Uploads `files` (all below `rootDir`) as the artifact `name`, kept `retentionDays` days. Returns
 * undefined when there is no artifact service (see noArtifactService); any other failure is an
 * ArtifactUploadError.
 */
export async function uploadArtifact(name: string, files: readonly string[], rootDir: string, retentionDays: number): Promise<UploadedArtifact | undefined> {
  let result: { id?: number; size?: number };
  try {
    result = await new DefaultArtifactClient().uploadArtifact(name, [...files], rootDir, { retentionDays });
  } catch (error) {
    if (noArtifactService(error) !== undefined) {
      core.warning(`artifact '${name}' not uploaded: there is no artifact service here (${noArtifactService(error)}); the step's result is the command's. Set upload-artifact: false to skip the upload.`, {
        title: 'Artifact upload skipped',
      });
      return undefined;
    }
    throw new ArtifactUploadError(name, error);
  }
  if (result.id === undefined) throw new ArtifactUploadError(name, 'the service returned no artifact id');
  return { id: result.id, size: result.size ?? 0 };
}

export interface ArtifactSettings {
  upload: boolean;
  name: string;
  retentionDays: number;
}

/**
 * Reads and validates the `upload-artifact`, `artifact-name` and `retention-days` inputs, before the
 * action changes anything. Whether an artifact service is there is the client's to say, at upload.
 */
export function readArtifactSettings(args: Args, defaultName: string): ArtifactSettings {
  const name = args.text('artifact-name') ?? defaultName;
  const bad = FORBIDDEN_NAME_CHARACTERS.find((c) => name.includes(c));
  if (bad !== undefined) throw new UsageError(`${args.label('artifact-name')}: '${JSON.stringify(bad).slice(1, -1)}' is not allowed in an artifact name, got '${name}'`);
  const retentionDays = readInteger(args, 'retention-days', { min: MIN_RETENTION_DAYS, max: MAX_RETENTION_DAYS }) ?? MAX_RETENTION_DAYS;
  return { upload: args.flag('upload-artifact') ?? true, name, retentionDays };
}

/**
 * Stages `files` and uploads them as one artifact, sets the `artifact-id` output and removes the staging
 * folder. Returns what was uploaded, or undefined when the settings ask for no upload or there is no
 * artifact service (a warning says so).
 */
export async function uploadArtifactFiles(settings: ArtifactSettings, files: readonly ArtifactFile[]): Promise<{ name: string; id: number } | undefined> {
  if (!settings.upload) return undefined;
  const staged = stageArtifactFiles(files);
  try {
    const uploaded = await uploadArtifact(settings.name, staged.files, staged.rootDir, settings.retentionDays);
    if (uploaded === undefined) return undefined;
    core.setOutput('artifact-id', String(uploaded.id));
    core.info(`Uploaded ${staged.files.length} file(s) as artifact '${settings.name}' (id ${uploaded.id}, ${uploaded.size} bytes, kept ${settings.retentionDays} days)`);
    return { name: settings.name, id: uploaded.id };
  } finally {
    fs.rmSync(staged.rootDir, { recursive: true, force: true });
  }
}
