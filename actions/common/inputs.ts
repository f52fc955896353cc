import * as core from '@actions/core';
import type { Args } from '../../src/core/args.js';
import { parseBoolean } from '../../src/core/args.js';

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
