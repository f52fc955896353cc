import { afterAll } from '@jest/globals';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { makeTempDir } from './repo.js';

/**
 * Runs the built bundles as users and the runner do: `node dist/cli/index.js …`, and
 * `node dist/<action>/index.js` with INPUT_* variables, real GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files
 * and annotations read from stdout. Asynchronous, so a server in the test process (an emulator) can
 * answer the child.
 */

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(PROJECT_ROOT, 'dist');
/** A child still running after this long is killed: it hangs, and the test fails instead of waiting. */
const CHILD_TIMEOUT_MS = 120_000;

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The environment without anything a runner, an outer action or the test process's node would have set. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|WO_TOOLKIT_|NODE_OPTIONS$)/.test(key)) env[key] = value;
  }
  return env;
}

/** `node <script> <args>` in `cwd` with a clean environment plus `env`. */
export function runNode(script: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env: { ...cleanEnv(), ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** `wo-toolkit <args>` from the built CLI bundle, with plain node, as a user runs it after a clone (cwd: the project root unless given). */
export function runCliBundle(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ProcessResult> {
  return runNode(path.join(DIST, 'cli', 'index.js'), args, { cwd: options.cwd ?? PROJECT_ROOT, env: options.env });
}

/** A workflow command the action printed, e.g. `{ command: 'error', properties: { file: … }, message }`. */
export interface Annotation {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionResult extends ProcessResult {
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
}

/** Parses the GITHUB_OUTPUT file format: `name<<DELIMITER`, the value's lines, `DELIMITER` (and plain `name=value`). */
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

/** Reverses the runner's escaping of annotation properties (`,` and `:` too) and of the message (only `%`, CR, LF). */
function unescapeProperty(value: string): string {
  return value.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}

function unescapeData(value: string): string {
  return value.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}

/** The `::error|warning|notice key=value,…::message` lines of an action's stdout. */
export function parseAnnotations(stdout: string): Annotation[] {
  const result: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
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

// The runner's folders outlive the run, since a test may read the default report the action wrote to
// RUNNER_TEMP; they go when the test file is done.
const runnerDirs: string[] = [];
afterAll(() => {
  for (const dir of runnerDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * Runs `dist/<action>/index.js` as the runner does: inputs as INPUT_* variables (spaces to `_`,
 * upper-case, dashes kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as real files, RUNNER_TEMP, and the
 * workspace as cwd and GITHUB_WORKSPACE; `env` adds variables (for example an emulator's); `cwd` runs
 * the action from another folder (as @github/local-action may).
 */
export async function runActionBundle(
  action: string,
  inputs: Record<string, string>,
  options: { workspace: string; env?: NodeJS.ProcessEnv; cwd?: string },
): Promise<ActionResult> {
  const runnerDir = makeTempDir('wo-toolkit-runner-');
  runnerDirs.push(runnerDir);
  const outputFile = path.join(runnerDir, 'output');
  const summaryFile = path.join(runnerDir, 'summary');
  const runnerTemp = path.join(runnerDir, 'temp');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  fs.mkdirSync(runnerTemp);
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const result = await runNode(path.join(DIST, action, 'index.js'), [], { cwd: options.cwd ?? options.workspace, env });
  return {
    ...result,
    outputs: parseOutputFile(fs.readFileSync(outputFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8'),
    annotations: parseAnnotations(result.stdout),
  };
}

/**
 * The inputs the runner passes when a workflow gives none: each input's `default` in `<action>/action.yml`
 * (expressions such as `${{ github.token }}` are left out: the runner would evaluate them).
 */
export function defaultInputs(action: string): Record<string, string> {
  const spec = parseYaml(fs.readFileSync(path.join(PROJECT_ROOT, action, 'action.yml'), 'utf8')) as { inputs?: Record<string, { default?: unknown }> };
  return Object.fromEntries(
    Object.entries(spec.inputs ?? {})
      .filter(([, input]) => input.default !== undefined && !String(input.default).includes('${{'))
      .map(([name, input]) => [name, String(input.default)]),
  );
}
