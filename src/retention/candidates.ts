/**
 * The only files retention-gc may ever delete (SPEC.md §4): regular files named `dirty.<hex>.patch`
 * and `dirty.patch.sha256`. Every other name (decision.md, handoff.md, verdict.json, diff.patch, the
 * `dirty.patch` link, anything else) is never a candidate.
 */

export type CandidateKind = 'patch' | 'checksum';

const PATCH_NAME = /^dirty\.[0-9a-fA-F]+\.patch$/;
export const CHECKSUM_NAME = 'dirty.patch.sha256';

export function candidateKind(name: string): CandidateKind | undefined {
  if (name === CHECKSUM_NAME) return 'checksum';
  if (PATCH_NAME.test(name)) return 'patch';
  return undefined;
}
