import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config.js';
import { matchesWoId } from '../core/wo-id.js';

/** Folders of older layouts that are no longer canonical: everything in them is reported. */
export const LEGACY_FOLDERS = ['_ctx/blacklog'] as const;

/** Enough to show the problem; a legacy folder with more files than this is not listed in full. */
const MAX_LEGACY_FILES = 1000;

const YAML_FILE = /\.ya?ml$/;

export interface LegacyFile {
  file: string;
  reason: string;
}

function entries(abs: string): fs.Dirent[] {
  try {
    return fs.readdirSync(abs, { withFileTypes: true });
  } catch {
    return [];
  }
}

/**
 * Files under legacy, non-canonical paths: anything under a legacy folder (such as _ctx/blacklog/),
 * and WO files that lie beside the state folders instead of in one of them (directly in the jobs
 * folder, or in a folder there that is not a state folder).
 */
export function findLegacyFiles(root: string, config: Config): LegacyFile[] {
  const found: LegacyFile[] = [];
  for (const folder of LEGACY_FOLDERS) {
    const walk = (rel: string): void => {
      for (const entry of entries(path.join(root, rel)).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (found.length >= MAX_LEGACY_FILES) return;
        const child = `${rel}/${entry.name}`;
        if (entry.isDirectory()) walk(child);
        else {
          found.push({ file: child, reason: `${folder}/ is a legacy, non-canonical path: the backlog lives in ${config.backlog}; move what is still needed there and delete this file` });
        }
      }
    };
    walk(folder);
  }

  const stateFolders = new Set(Object.values(config.stateFolders));
  const jobsFolders = new Set([...stateFolders].map((f) => path.posix.dirname(f)));
  const isWoFile = (name: string): boolean => YAML_FILE.test(name) && matchesWoId(config.woIdPattern, name.replace(YAML_FILE, ''));
  const where = [...stateFolders].map((f) => `${f}/`).join(', ');
  for (const jobs of jobsFolders) {
    for (const entry of entries(path.join(root, jobs))) {
      const rel = jobs === '.' ? entry.name : `${jobs}/${entry.name}`;
      if (entry.isFile() && isWoFile(entry.name) && rel !== config.whitelist) {
        found.push({ file: rel, reason: `a WO file outside the state folders is not part of the pipeline: move it into one of ${where}` });
      } else if (entry.isDirectory() && !stateFolders.has(rel)) {
        for (const inner of entries(path.join(root, rel))) {
          if (inner.isFile() && isWoFile(inner.name)) {
            found.push({ file: `${rel}/${inner.name}`, reason: `${rel}/ is not a state folder: a WO file there is not part of the pipeline; move it into one of ${where}` });
          }
        }
      }
    }
  }
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
