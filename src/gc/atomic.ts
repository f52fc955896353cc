import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes that never leave a half file under the final name: everything goes to a temporary name in
 * the same folder and is renamed into place (rename is atomic within one file system).
 */

const TEMP_MARK = '.wo-toolkit-tmp-';
const TEMP_NAME = /^\..+\.wo-toolkit-tmp-\d+-[0-9a-f]+$/;

export function tempNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}${TEMP_MARK}${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
}

/** Writes `data`, synced to disk, to a new temporary file beside `file` and returns its path. */
export function writeTempBeside(file: string, data: string | Buffer): string {
  const tmp = tempNameFor(file);
  const fd = fs.openSync(tmp, 'wx', 0o644);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return tmp;
}

/** Writes `data` to `file` through a temporary file; `beforeRename` runs between the two steps. */
export function writeFileAtomic(file: string, data: string | Buffer, beforeRename?: () => void): void {
  const tmp = writeTempBeside(file, data);
  try {
    beforeRename?.();
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}

/** Points the symbolic link `link` at `target` (relative), replacing whatever link was there. */
export function symlinkAtomic(target: string, link: string): void {
  const tmp = tempNameFor(link);
  fs.symlinkSync(target, tmp);
  try {
    fs.renameSync(tmp, link);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}

/** Temporary files a killed run left in `folder` (only ever called while holding gc's own lock). */
export function leftoverTempFiles(folder: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names.filter((name) => TEMP_NAME.test(name)).map((name) => path.join(folder, name));
}
