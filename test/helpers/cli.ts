import { cliArgs } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import type { Args } from '../../src/core/args.js';

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

/**
 * A command's settings read as from the command line (`values` as parsed flags), with `overrides` on
 * top: tests drive the engine with exactly what a user's flags would give, plus a fixed clock.
 */
export function settingsFrom<S>(read: (args: Args) => S, values: Record<string, string | boolean | undefined>, overrides: Partial<S> = {}): S {
  return { ...read(cliArgs(values)), ...overrides };
}
