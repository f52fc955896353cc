import path from 'node:path';

/** Repository-relative paths are always reported with forward slashes. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** `abs` relative to `root`, with forward slashes. */
export function relativeTo(root: string, abs: string): string {
  return toPosix(path.relative(root, abs));
}

/** True when `candidate` is `parent` itself or lies below it (both absolute). */
export function isInside(parent: string, candidate: string): boolean {
  const rel = path.relative(parent, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Normalises a configured repository-relative folder: no trailing slash, forward slashes. */
export function normaliseRelative(p: string): string {
  return toPosix(path.normalize(p)).replace(/\/+$/, '');
}
