import fs from 'node:fs';
import path from 'node:path';

/**
 * Decisions as people write them (docs/formats.md#one-decision-per-patch): a decision covers the
 * patch it names, so every test that removes a dirty worktree with --force-dirty first writes one
 * naming the patch gc will export (a dry run says which).
 */

/** A decision in a person's own words that names its patch by file name. */
export function personDecisionNaming(woId: string, sha256: string, choice = 'DISCARD'): string {
  return `# Cleanup decision: ${woId}

**Status:** DECIDED
**Decision:** ${choice}
**Decided by:** dev, after a look at \`dirty.${sha256}.patch\`

The branch has everything that matters; the uncommitted work may go with the worktree.
`;
}

interface DirtyOperation {
  wo_id: string;
  dirty: boolean;
  patch_sha256?: string;
}

/**
 * Writes a decision naming its current patch for every dirty target of a gc report (a dry run's:
 * the patch it would export). Returns the decisions written, by WO id.
 */
export function decideDirty(root: string, report: { operations: DirtyOperation[] }, options: { handoff?: string; file?: string; only?: string[] } = {}): Map<string, string> {
  const written = new Map<string, string>();
  for (const op of report.operations) {
    if (!op.dirty || op.patch_sha256 === undefined || (options.only && !options.only.includes(op.wo_id))) continue;
    const file = path.join(root, options.handoff ?? '_ctx/handoff', op.wo_id, options.file ?? 'decision.md');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, personDecisionNaming(op.wo_id, op.patch_sha256));
    written.set(op.wo_id, file);
  }
  return written;
}

/** Completes a gc-generated decision template in place: DISCARD checked, ACTION_REQUIRED gone. */
export function completeTemplate(file: string, choice: 'APPLY' | 'DISCARD' | 'MANUAL REVIEW' = 'DISCARD'): string {
  const text = fs.readFileSync(file, 'utf8').replace(`[ ] ${choice}`, `[x] ${choice}`).replace('ACTION_REQUIRED', 'DECIDED');
  fs.writeFileSync(file, text);
  return text;
}

/** decideDirty from a dry run of the built CLI (for tests that run gc as a process). */
export async function decideDirtyWithCli(root: string, options: { only?: string[] } = {}): Promise<Map<string, string>> {
  const { runCliBundle } = await import('./bundles.js');
  const run = await runCliBundle(['gc', '--json', '-', '--root', '.'], { cwd: root });
  return decideDirty(root, JSON.parse(run.stdout) as { operations: DirtyOperation[] }, options);
}
