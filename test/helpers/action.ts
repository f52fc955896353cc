import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir } from './repo.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands the action printed, e.g. `{ command: 'error', properties: { file: … }, message }`. */
  annotations: { command: string; properties: Record<string, string>; message: string }[];
}

/** Parses the GITHUB_OUTPUT file format: `name<<DELIM\nvalue\nDELIM\n` (and plain `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      outputs[name!] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

function unescapeProperty(value: string): string {
  return value.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}

function unescapeData(value: string): string {
  return value.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}

export function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const result: ActionRun['annotations'] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').trim().split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    result.push({ command: match[1]!, properties, message: unescapeData(match[3]!) });
  }
  return result;
}

interface PreparedRun {
  bundle: string;
  env: NodeJS.ProcessEnv;
  outputFile: string;
  summaryFile: string;
}

/** The runner's side of a step: INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as real files, RUNNER_TEMP. */
function prepareRun(name: string, inputs: Record<string, string>, options: { cwd: string; env?: NodeJS.ProcessEnv }): PreparedRun {
  const temp = makeTempDir('wo-toolkit-runner-');
  const outputFile = path.join(temp, 'output');
  const summaryFile = path.join(temp, 'summary');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: temp,
    ...options.env,
  };
  for (const [key, value] of Object.entries(inputs)) env[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = value;
  return { bundle: path.join(PROJECT_ROOT, 'dist', name, 'index.js'), env, outputFile, summaryFile };
}

function collectRun(prepared: PreparedRun, code: number | null, stdout: string, stderr: string): ActionRun {
  // RUNNER_TEMP is left in place: the action's default report lives there.
  return {
    code: code ?? -1,
    stdout,
    stderr,
    outputs: parseOutputFile(fs.readFileSync(prepared.outputFile, 'utf8')),
    summary: fs.readFileSync(prepared.summaryFile, 'utf8'),
    annotations: parseAnnotations(stdout),
  };
}

/**
 * Runs a built action bundle (`dist/<name>/index.js`) with node, as the runner does: inputs as
 * INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as real files, the workspace as cwd.
 */
export function runActionBundle(
  name: string,
  inputs: Record<string, string>,
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): ActionRun {
  const prepared = prepareRun(name, inputs, options);
  const result = spawnSync(process.execPath, [prepared.bundle], { cwd: options.cwd, env: prepared.env, encoding: 'utf8', timeout: 120_000 });
  return collectRun(prepared, result.status, result.stdout, result.stderr);
}

/**
 * runActionBundle without blocking the test's event loop, for actions that talk to a server the test
 * itself runs (the GitHub API emulator on 127.0.0.1).
 */
export async function runActionBundleAsync(
  name: string,
  inputs: Record<string, string>,
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<ActionRun> {
  const prepared = prepareRun(name, inputs, options);
  const child = spawn(process.execPath, [prepared.bundle], { cwd: options.cwd, env: prepared.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve(status));
  }).finally(() => clearTimeout(timer));
  return collectRun(prepared, code, stdout, stderr);
}
