import { createHash } from 'node:crypto';
import type { TestRepo } from '../helpers/repo.js';

/**
 * Evidence folders as gc writes them (docs/gc.md), for retention tests: a hashed patch, its
 * checksum file, the `dirty.patch` link and a decision.md in the state a test needs.
 */

export const TODAY = '2026-06-01';

/** Noon UTC, `days` days before `today`: ages in whole days are then unambiguous. */
export function daysAgo(days: number, today = TODAY): Date {
  return new Date(Date.parse(`${today}T12:00:00Z`) - days * 86_400_000);
}

export type DecisionState = 'complete' | 'action_required' | 'none_checked' | 'two_checked' | 'missing';

export function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** decision.md in the format of docs/formats.md#decisionmd, as a person left it. */
export function decisionText(id: string, hash: string, state: Exclude<DecisionState, 'missing'>): string {
  const status = state === 'action_required' ? 'ACTION_REQUIRED' : 'DECIDED';
  const boxes = {
    complete: '[ ] APPLY | [x] DISCARD | [ ] MANUAL REVIEW',
    action_required: '[ ] APPLY | [x] DISCARD | [ ] MANUAL REVIEW',
    none_checked: '[ ] APPLY | [ ] DISCARD | [ ] MANUAL REVIEW',
    two_checked: '[x] APPLY | [x] DISCARD | [ ] MANUAL REVIEW',
  }[state];
  return `| Field | Value |
|-------|-------|
| **WO ID** | ${id} |
| **Date** | 2025-01-01 |
| **Type** | zombie |
| **Patch Hash** | \`${hash}\` |
| **Status** | ${status} |

## Patch Content Summary
- Content type: code
- Files affected: src/app.ts
- Estimated risk: low

## Decision
**Choose ONE**: ${boxes}

### Justification
<!-- Why this decision? -->
Superseded by the merged branch.

### Evidence
| Item | Value |
|------|-------|
| Patch path | \`dirty.${hash}.patch\` |
| Patch SHA256 | \`${hash}\` |
| Command used | \`wo-toolkit gc --apply\` |
`;
}

export interface Evidence {
  folder: string;
  hash: string;
  patch: string;
  checksum: string;
  link: string;
  decision: string;
}

/** Writes `_ctx/handoff/<id>/` with a patch, its checksum, the dirty.patch link and decision.md (unless missing). */
export function writeEvidence(repo: TestRepo, id: string, options: { decision?: DecisionState; patch?: string } = {}): Evidence {
  const folder = `_ctx/handoff/${id}`;
  const patch = options.patch ?? `diff --git a/src/${id}.ts b/src/${id}.ts\nnew file mode 100644\n--- /dev/null\n+++ b/src/${id}.ts\n@@ -0,0 +1 @@\n+export const id = '${id}';\n`;
  const hash = sha256(patch);
  const evidence: Evidence = {
    folder,
    hash,
    patch: `${folder}/dirty.${hash}.patch`,
    checksum: `${folder}/dirty.patch.sha256`,
    link: `${folder}/dirty.patch`,
    decision: `${folder}/decision.md`,
  };
  repo.write(evidence.patch, patch);
  repo.write(evidence.checksum, `${hash}  dirty.${hash}.patch\n`);
  repo.symlink(evidence.link, `dirty.${hash}.patch`);
  const decision = options.decision ?? 'complete';
  if (decision !== 'missing') repo.write(evidence.decision, decisionText(id, hash, decision));
  return evidence;
}

/** Sets the modification time of every file of an evidence folder (for untracked evidence). */
export function ageEvidence(repo: TestRepo, evidence: Evidence, date: Date): void {
  for (const rel of [evidence.patch, evidence.checksum, evidence.link]) repo.touch(rel, date);
  if (repo.exists(evidence.decision)) repo.touch(evidence.decision, date);
}

/**
 * Evidence of three WOs at two ages: WO-0001 done (`decided`) and WO-0002 pending, both committed 200
 * days before TODAY; WO-0003 failed (`young`), committed 20 days before. With the default 90 days only
 * the decided evidence is eligible: pending work is protected and the young evidence too young.
 */
export function writeAgedEvidence(repo: TestRepo): { decided: Evidence; pending: Evidence; young: Evidence } {
  repo.writeWo('done', 'WO-0001');
  const decided = writeEvidence(repo, 'WO-0001');
  repo.writeWo('pending', 'WO-0002');
  const pending = writeEvidence(repo, 'WO-0002');
  repo.commit('evidence', { date: daysAgo(200) });
  repo.writeWo('failed', 'WO-0003');
  const young = writeEvidence(repo, 'WO-0003');
  repo.commit('young evidence', { date: daysAgo(20) });
  return { decided, pending, young };
}
