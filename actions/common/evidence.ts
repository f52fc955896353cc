import fs from 'node:fs';
import path from 'node:path';
import type { GcReport } from '../../src/commands/gc.js';
import type { ArtifactFile } from './artifact.js';

/**
 * The evidence files among `relPaths` (repository-relative) that exist as regular files, laid out in
 * the artifact under the same relative paths. A dry run writes none, but earlier runs may have.
 */
export function existingEvidence(root: string, relPaths: readonly (string | null | undefined)[]): ArtifactFile[] {
  const files: ArtifactFile[] = [];
  for (const rel of new Set(relPaths)) {
    if (!rel) continue;
    const source = path.join(root, rel);
    if (fs.existsSync(source) && fs.lstatSync(source).isFile()) files.push({ source, name: rel });
  }
  return files;
}

/** The patches, checksum files and decision.md files a gc report points at. */
export function gcEvidenceFiles(report: GcReport): ArtifactFile[] {
  return existingEvidence(
    report.root,
    report.operations.flatMap((op) => [op.patch_path, op.checksum_path, op.decision_path]),
  );
}
