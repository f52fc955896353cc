import { main } from '../../src/cli/main.js';

/** The CLI run in-process: the same `main` the bundle runs. For the built bundle, see `runCliBundle` in bundles.ts. */

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
