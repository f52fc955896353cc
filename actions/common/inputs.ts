import * as core from '@actions/core';
import type { Args } from '../../src/core/args.js';
import { parseBoolean } from '../../src/core/args.js';
import { UsageError } from '../../src/core/errors.js';

/**
 * The action's `Args`: options as the step's inputs, labelled `input 'name'`; a relative path
 * resolves against the workspace (GITHUB_WORKSPACE), where the repository was checked out.
 */
export function actionArgs(): Args {
  const label = (name: string): string => `input '${name}'`;
  const text = (name: string): string | undefined => {
    const value = core.getInput(name).trim();
    return value === '' ? undefined : value;
  };
  return {
    text,
    flag: (name) => {
      const value = text(name);
      return value === undefined ? undefined : parseBoolean(label(name), value);
    },
    label,
    baseDir: process.env['GITHUB_WORKSPACE'] || process.cwd(),
  };
}

/**
 * Input helpers: read an input, validate it, and on a bad value throw a UsageError that names the
 * input, shows the value given and the values allowed.
 */

export function optionalString(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

export function booleanInput(name: string, defaultValue: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return defaultValue;
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new UsageError(`input '${name}': expected true or false, got '${core.getInput(name)}'`);
}

export function choiceInput<T extends string>(name: string, allowed: readonly T[], defaultValue: T): T {
  const value = core.getInput(name).trim();
  if (value === '') return defaultValue;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`input '${name}': expected one of ${allowed.join(', ')}, got '${value}'`);
}

export function integerInput(name: string, options: { min: number; max?: number; defaultValue?: number }): number | undefined {
  const value = core.getInput(name).trim();
  const range = options.max === undefined ? `a whole number >= ${options.min}` : `a whole number from ${options.min} to ${options.max}`;
  if (value === '') return options.defaultValue;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`input '${name}': expected ${range}, got '${value}'`);
  const n = Number(value);
  if (n < options.min || (options.max !== undefined && n > options.max)) {
    throw new UsageError(`input '${name}': expected ${range}, got '${value}'`);
  }
  return n;
}
