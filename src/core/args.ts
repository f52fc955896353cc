import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';
import { isValidDate } from './schema.js';

/**
 * Named arguments below both front ends. Every command reads its options once, from an `Args`:
 *
 *   src/commands/<name>.ts   export interface XSettings { ... }            (typed, validated, resolved)
 *                            export function readXSettings(args: Args): XSettings   (every rule, once)
 *                            export async function runX(settings: XSettings): Promise<XReport>
 *                            export function formatX(report: XReport): string
 *   src/cli/commands/<name>.ts   flag specs and help only; `cliArgs(values)` fills the Args
 *   actions/<name>/run.ts        `readXSettings(actionArgs())`; owns outputs, summary, annotations, artifacts
 *
 * An option has one name (`today`, `fail-on`, `max-operations`); the front end decides how the user
 * wrote it, and `label(name)` says so in every message: `--today` on the command line, `input 'today'`
 * in an action. The readers below take `(args, name)`, apply the rule and throw a one-line UsageError
 * `<label>: expected …, got '<value>'` (exit 2).
 */
export interface Args {
  /** The value given for `name`, trimmed; undefined when it was not given or is empty. */
  text(name: string): string | undefined;
  /** A yes/no option: undefined when not given; a value that is not a boolean is a UsageError. */
  flag(name: string): boolean | undefined;
  /** How the user wrote the option, for messages: `--name` or `input 'name'`. */
  label(name: string): string;
  /** The folder relative paths resolve against: the current directory, or an action's workspace. */
  readonly baseDir: string;
}

/** A path argument: where it points, and how to name it in messages. */
export interface PathArg {
  /** Absolute path. */
  path: string;
  /** The value as the user wrote it. */
  given: string;
  /** The option's label (`--root`, `input 'root'`). */
  label: string;
}

/** The boolean spellings an action input (or any text value) may use. */
export function parseBoolean(label: string, raw: string): boolean {
  const value = raw.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new UsageError(`${label}: expected true or false, got '${raw}'`);
}

/** A date YYYY-MM-DD, or undefined when not given. */
export function readDate(args: Args, name: string): string | undefined {
  const value = args.text(name);
  if (value !== undefined && !isValidDate(value)) throw new UsageError(`${args.label(name)}: expected a date YYYY-MM-DD, got '${value}'`);
  return value;
}

/** The date to judge by: the one given, else the current UTC date. */
export function readToday(args: Args, name = 'today', now = new Date()): string {
  return readDate(args, name) ?? now.toISOString().slice(0, 10);
}

/** An existing folder (default `.`), resolved against the base folder. Whether it is a git work tree is the repository's to check. */
export function readRoot(args: Args, name = 'root'): PathArg {
  const given = args.text(name) ?? '.';
  const arg = { path: path.resolve(args.baseDir, given), given, label: args.label(name) };
  let stat: fs.Stats;
  try {
    stat = fs.statSync(arg.path);
  } catch {
    throw new UsageError(`${arg.label}: folder '${given}' does not exist`);
  }
  if (!stat.isDirectory()) throw new UsageError(`${arg.label}: '${given}' is not a folder`);
  return arg;
}

/** An optional existing file, resolved against the base folder. */
export function readFile(args: Args, name: string): PathArg | undefined {
  const given = args.text(name);
  if (given === undefined) return undefined;
  const arg = { path: path.resolve(args.baseDir, given), given, label: args.label(name) };
  if (!fs.existsSync(arg.path)) throw new UsageError(`${arg.label}: file '${given}' does not exist`);
  if (fs.statSync(arg.path).isDirectory()) throw new UsageError(`${arg.label}: '${given}' is a folder, expected a file`);
  return arg;
}

/** A whole number within [min, max], or undefined when not given. */
export function readInteger(args: Args, name: string, range: { min: number; max?: number }): number | undefined {
  const value = args.text(name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^[+-]?\d+$/.test(value) || !Number.isSafeInteger(n) || n < range.min || (range.max !== undefined && n > range.max)) {
    const expected = range.max === undefined ? `a whole number >= ${range.min}` : `a whole number from ${range.min} to ${range.max}`;
    throw new UsageError(`${args.label(name)}: expected ${expected}, got '${value}'`);
  }
  return n;
}

/** One of `allowed`, or `fallback` when not given. */
export function readChoice<T extends string>(args: Args, name: string, allowed: readonly T[], fallback: T): T {
  const value = args.text(name);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${args.label(name)}: expected one of ${allowed.join(', ')}, got '${value}'`);
  return value as T;
}

/** A list separated by commas, spaces or new lines; undefined when not given. */
export function readList(args: Args, name: string): string[] | undefined {
  const value = args.text(name);
  return value === undefined ? undefined : value.split(/[\s,]+/).filter((t) => t !== '');
}
