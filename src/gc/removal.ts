import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gitCommonDir } from '../core/git.js';
import { writeFileAtomic } from './atomic.js';
import { sha256Hex } from './patch.js';

/**
 * The marker of a worktree removal in progress (docs/gc.md, "Safety rules"). `git worktree remove`
 * deletes files one by one: a run killed half-way leaves a half-deleted folder that looks like a
 * worktree full of deletions. Right before the removal, gc writes a marker naming the worktree and the
 * verified patch (if any) in the repository's common git folder; a later run that finds it finishes
 * that removal from that patch, instead of exporting a new "patch" of the half-deleted tree and
 * pointing `dirty.patch`, the checksum and decision.md at it. The marker goes once the removal is done.
 */

export const REMOVAL_DIR = 'wo-toolkit-removing';

export interface RemovalMarker {
  wo_id: string;
  /** Absolute worktree folder. */
  worktree: string;
  /** Repository-relative path of the verified patch, for a dirty worktree. */
  patch_path?: string;
  patch_sha256?: string;
  started_at: string;
}

async function markerFile(root: string, worktree: string): Promise<string> {
  const common = await gitCommonDir(root);
  const key = crypto.createHash('sha256').update(path.resolve(worktree)).digest('hex');
  return path.join(common, REMOVAL_DIR, `${key}.json`);
}

export async function readRemovalMarker(root: string, worktree: string): Promise<RemovalMarker | undefined> {
  const file = await markerFile(root, worktree);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const marker = JSON.parse(text) as RemovalMarker;
    return marker.worktree === path.resolve(worktree) ? marker : undefined;
  } catch {
    return undefined;
  }
}

export async function writeRemovalMarker(root: string, marker: RemovalMarker): Promise<void> {
  const file = await markerFile(root, marker.worktree);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, `${JSON.stringify(marker)}\n`);
}

export async function clearRemovalMarker(root: string, worktree: string): Promise<void> {
  fs.rmSync(await markerFile(root, worktree), { force: true });
}

/** Why the marker's patch cannot stand for the worktree's work (missing, or not its SHA-256); undefined when it can. */
export function markerPatchProblem(root: string, marker: RemovalMarker): string | undefined {
  if (!marker.patch_path) return undefined;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(root, marker.patch_path));
  } catch {
    return `its verified patch ${marker.patch_path} is gone`;
  }
  return sha256Hex(bytes) === marker.patch_sha256 ? undefined : `${marker.patch_path} no longer has the SHA-256 ${marker.patch_sha256}`;
}
