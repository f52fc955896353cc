import fs from 'node:fs';
import path from 'node:path';
import { isInside } from '../core/paths.js';
import { candidateKind } from './candidates.js';

/**
 * Deletes one eligible file after checking, right before the unlink, that it still is what the scan
 * saw: a regular file with a candidate name, in a real folder directly inside the evidence root,
 * inside the repository. `unlink` never follows a link in the last component; the parent check keeps
 * a folder swapped for a link since the scan from leading the deletion elsewhere.
 * Returns why it was not deleted, or undefined once it is gone.
 */
export function deleteVerified(root: string, evidenceRoot: string, abs: string): string | undefined {
  const folder = path.dirname(abs);
  let realFolder: string;
  try {
    realFolder = fs.realpathSync(folder);
  } catch (error) {
    return `its folder cannot be resolved (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  if (realFolder !== folder || path.dirname(realFolder) !== evidenceRoot || !isInside(root, realFolder)) {
    return `its folder now resolves to ${realFolder}, not a folder of the evidence root; not deleted`;
  }
  if (!candidateKind(path.basename(abs))) return 'its name is not one retention-gc may delete';
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(abs);
  } catch (error) {
    return `it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  if (!stat.isFile()) return 'it is no longer a regular file; not deleted';
  try {
    fs.unlinkSync(abs);
  } catch (error) {
    return `it cannot be deleted (${(error as NodeJS.ErrnoException).code ?? 'error'}: ${(error as Error).message})`;
  }
  return undefined;
}
