import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** SHA-256 of bytes, hex. */
export function sha256(bytes: Buffer | string): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/**
 * One hash over every file, folder and link below `dir`, `.git` included: names, bytes, modes, link
 * targets and modification times. Equal hashes: nothing below `dir` was written.
 */
export function treeHash(dir: string): string {
  const hash = crypto.createHash('sha256');
  const walk = (abs: string): void => {
    for (const name of fs.readdirSync(abs).sort()) {
      const child = path.join(abs, name);
      const stat = fs.lstatSync(child);
      hash.update(`${path.relative(dir, child)}\0${stat.mode}\0${stat.mtimeMs}\0`);
      if (stat.isSymbolicLink()) hash.update(`link:${fs.readlinkSync(child)}\0`);
      else if (stat.isDirectory()) walk(child);
      else hash.update(fs.readFileSync(child));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/** The lines of `after` that differ from `before`, as `line N: before → after` (same line count required). */
export function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return [`line count ${a.length} → ${b.length}`];
  return a.flatMap((line, i) => (line === b[i] ? [] : [`line ${i + 1}: ${line} → ${b[i]}`]));
}
