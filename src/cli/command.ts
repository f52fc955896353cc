import type { ParseArgsConfig } from 'node:util';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Record<string, string | boolean | undefined>;

/** Where a command writes: human output and diagnostics. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** One CLI command: its own options (the common ones are added by the CLI) and what it runs. */
export interface Command {
  name: string;
  summary: string;
  /** Usage lines for --help, after the command name. */
  usage: string;
  /** Option descriptions for --help: [flag, description]. */
  help: [string, string][];
  options: OptionSpecs;
  /** Runs the command and returns its exit code; the report for --json is written by the CLI. */
  run(values: OptionValues, io: Io): Promise<{ exitCode: number; report: unknown; text: string }>;
}

export const COMMON_OPTIONS: OptionSpecs = {
  root: { type: 'string' },
  config: { type: 'string' },
  json: { type: 'string' },
  today: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
};

export const COMMON_HELP: [string, string][] = [
  ['--root DIR', 'the governed repository (default: the current directory)'],
  ['--config FILE', 'configuration file (default: .wo-toolkit.yaml at the root, when present)'],
  ['--json FILE', 'write the JSON report to FILE (- for standard output)'],
  ['--today YYYY-MM-DD', 'the date to judge whitelist and ages by (default: today, UTC)'],
  ['--quiet, -q', 'print nothing but errors'],
  ['--help, -h', 'show this help'],
  ['--version', 'show the version'],
];

export function str(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
