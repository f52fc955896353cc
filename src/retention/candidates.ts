/**
 * The only files retention-gc may ever delete (docs/retention-gc.md): regular files named `dirty.<sha256>.patch`
 * and `dirty.patch.sha256`. Every other name (decision.md, handoff.md, verdict.json, diff.patch, the
 * `dirty.patch` link, anything else) is never a candidate.
 */

import { CHECKSUM_FILE, PATCH_NAME } from '../core/evidence.js';

export type CandidateKind = 'patch' | 'checksum';

export function candidateKind(name: string): CandidateKind | undefined {
  if (name === CHECKSUM_FILE) return 'checksum';
  if (PATCH_NAME.test(name)) return 'patch';
  return undefined;
}
