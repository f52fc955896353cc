import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { PROJECT_ROOT } from './action.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output (the same `main` the bundle runs). */
export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Runs the built CLI bundle `dist/cli/index.js` with plain node, as a user does after a clone. */
export function runCliBundle(args: string[], options: { cwd?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'cli', 'index.js'), ...args], {
    cwd: options.cwd ?? PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
