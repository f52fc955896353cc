import type { ParseArgsConfig } from 'node:util';
import type { Args } from '../core/args.js';
import type { SarifLog } from '../core/sarif.js';
import type { Stream } from './terminal.js';
import { UsageError } from '../core/errors.js';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Record<string, string | boolean | undefined>;

/** Where a command writes: human output and diagnostics. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The streams behind `out` and `err`, to decide colour and wrapping (none: plain text, as when piped). */
  outStream?: Stream;
  errStream?: Stream;
  /** The environment that decides colour (NO_COLOR, FORCE_COLOR, TERM); default process.env. */
  env?: NodeJS.ProcessEnv;
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
  /** Options spelled as a group of exclusive flags on the command line: `{ mode: ['dry-run', 'apply'] }`. */
  flagChoices?: Record<string, readonly string[]>;
  /**
   * Runs the command and returns its exit code; the report for --json is written by the CLI, and so is
   * the SARIF log for --sarif (a command that declares the option returns `sarif`, built on demand).
   */
  run(args: Args, io: Io): Promise<{ exitCode: number; report: unknown; text: string; sarif?: () => SarifLog }>;
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

/** `--sarif FILE`, for the commands that report problems at files (their `run` returns `sarif`). */
export const SARIF_OPTION: OptionSpecs = { sarif: { type: 'string' } };
export const SARIF_HELP: [string, string] = ['--sarif FILE', 'also write SARIF 2.1.0 for GitHub code scanning to FILE (- for standard output)'];

export function str(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The command line's `Args`: options as parsed flags, labelled `--name`, paths relative to the current
 * directory. An option of `flagChoices` reads as the one flag of its group that was given.
 */
export function cliArgs(values: OptionValues, flagChoices: Record<string, readonly string[]> = {}): Args {
  return {
    text(name) {
      const group = flagChoices[name];
      if (group) {
        const given = group.filter((flag) => values[flag] === true);
        if (given.length > 1) throw new UsageError(`${given.map((f) => `--${f}`).join(' and ')}: give only one of ${group.map((f) => `--${f}`).join(', ')}`);
        return given[0];
      }
      const value = str(values, name)?.trim();
      return value === '' ? undefined : value;
    },
    flag: (name) => (values[name] === true ? true : undefined),
    label: (name) => flagChoices[name]?.map((f) => `--${f}`).join(' | ') ?? `--${name}`,
    baseDir: process.cwd(),
  };
}
