import fs from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from './errors.js';
import { tryGit } from './git.js';

/**
 * Resolves `--root` (default: the current directory) to the top of its git work tree.
 * A missing folder or a folder outside any git repository is a ConfigurationError.
 */
export async function resolveRoot(dir: string | undefined, argName = '--root'): Promise<string> {
  const given = dir === undefined || dir === '' ? '.' : dir;
  const abs = path.resolve(given);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch {
    throw new ConfigurationError(`${argName}: folder '${given}' does not exist`);
  }
  if (!stat.isDirectory()) throw new ConfigurationError(`${argName}: '${given}' is not a folder`);
  const result = await tryGit(['rev-parse', '--show-toplevel'], { cwd: abs });
  if (result.code !== 0 || result.stdout.trim() === '') {
    throw new ConfigurationError(`${argName}: '${given}' is not inside a git repository with a work tree`);
  }
  return fs.realpathSync(result.stdout.trim());
}
