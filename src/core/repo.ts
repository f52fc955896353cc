import fs from 'node:fs';
import type { PathArg } from './args.js';
import { ConfigurationError } from './errors.js';
import { tryGit } from './git.js';

/**
 * Resolves the root folder (read by `readRoot`, so it exists) to the top of its git work tree.
 * A folder outside any git repository is a ConfigurationError.
 */
export async function resolveRoot(root: PathArg): Promise<string> {
  const result = await tryGit(['rev-parse', '--show-toplevel'], { cwd: root.path });
  if (result.code !== 0 || result.stdout.trim() === '') {
    throw new ConfigurationError(`${root.label}: '${root.given}' is not inside a git repository with a work tree`);
  }
  return fs.realpathSync(result.stdout.trim());
}
