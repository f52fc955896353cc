/**
 * What to do about each finding code and validation rule: the command (or the edit) that fixes it.
 * One home, so the SARIF help of a rule, the "what to do" column of a job summary and the docs agree.
 * Commands are written as a user types them (`wo-toolkit …`); Markdown code spans mark them.
 */
import { isFindingCode, type FindingCode } from './codes.js';

/** The fix for an audit finding; `woId` names the WO when given (else "the WO"). */
export function auditRemedy(code: FindingCode, woId?: string): string {
  const id = woId ?? 'the WO';
  switch (code) {
    case 'split_brain':
      return `keep one copy: \`wo-toolkit reconcile\` plans it, \`wo-toolkit reconcile --apply\` does it`;
    case 'running_without_lock':
      return `\`wo-toolkit reconcile --apply\` writes the lock (or move ${id} out of running/)`;
    case 'ghost_worktree':
      return `\`wo-toolkit gc --export-patch\` keeps its changes, then \`wo-toolkit gc --apply\` removes it`;
    case 'fail_but_running':
      return `\`wo-toolkit reconcile --apply\` moves ${id} to failed/ and removes its lock`;
    case 'zombie_worktree':
      return `\`wo-toolkit gc --apply\` (a dirty one: \`gc --export-patch\`, decide in decision.md, then \`gc --apply --force-dirty\`)`;
    case 'lock_without_running':
      return `\`wo-toolkit gc --apply\` removes it once stale (\`wo-toolkit reconcile --apply\` removes it at once when the WO is in done/ or failed/)`;
    case 'duplicate_yaml':
      return `keep one file: \`git rm\` the others, then \`wo-toolkit validate-backlog\``;
    case 'unreadable_wo':
      return `fix the YAML: \`wo-toolkit validate-backlog\` gives the line and column`;
    case 'prunable_worktree':
      return `\`wo-toolkit gc --apply\` (or \`git worktree prune\`)`;
    case 'stale_lock':
      return `check the pid and user in the lock: finish ${id}, or release it to pending/ through the pipeline's own release step (reconcile never removes the lock of a running WO)`;
    case 'whitelist_expiring':
      return `renew \`review_by\` with a reason in the whitelist, or fix the finding`;
    case 'whitelist_unused':
      return `remove the entry from the whitelist`;
    case 'running_without_worktree':
      return `recreate the worktree of ${id} (\`git worktree add ../.worktrees/<WO-ID> <its branch>\`), or release ${id} to pending/`;
    case 'unreadable_verdict':
      return `fix the verdict file (UTF-8 JSON without BOM; \`verdict\`, \`status\` or \`result\`: PASS, FAIL or CRASH) or let the verify script rewrite it`;
    case 'id_mismatch':
      return `correct the \`id\` of the copy (or its file name), then resolve the split brain: \`wo-toolkit reconcile\``;
  }
}

/** The fix for a validation problem of `rule` (`schema/<keyword>` for schema violations). */
export function validationRemedy(rule: string): string {
  if (rule.startsWith('schema/')) return 'edit the value to match the schema, then `wo-toolkit validate-backlog`';
  switch (rule) {
    case 'unreadable':
    case 'encoding':
      return 'save the file as UTF-8 text, then `wo-toolkit validate-backlog`';
    case 'file-too-large':
      return 'split or shrink the file below 1 MiB';
    case 'yaml-syntax':
    case 'duplicate-key':
    case 'yaml-warning':
    case 'empty-file':
    case 'not-a-mapping':
      return 'fix the YAML at that line, then `wo-toolkit validate-backlog`';
    case 'missing-file':
      return 'create the file or folder, or point the configuration at it';
    case 'unknown-key':
      return 'remove or rename the key (`x_` keys are never reported)';
    case 'id-pattern':
      return 'rename the id, or set `wo_id_pattern` in `.wo-toolkit.yaml`';
    case 'id-mismatch':
      return '`git mv` the file to `<id>.yaml`, fix its `id`, or mark a copy kept on purpose with `x_legacy: true`';
    case 'duplicate-id':
      return 'give one of them a new id, or `git rm` the copy';
    case 'status-mismatch':
      return 'move the WO with the pipeline, or set `status` to its folder';
    case 'unknown-epic':
      return 'add the epic to the backlog, or fix `epic_id`';
    case 'unknown-dod':
      return 'add the DoD to the catalog, or fix `dod_id`';
    case 'missing-verified-sha':
      return 'set `verified_at_sha` to the commit that was verified';
    case 'missing-artifact':
      return 'add the file its DoD requires to the evidence folder';
    case 'unknown-wo':
      return 'remove the id from `wo_queue`, or add its WO file';
    case 'queue-mismatch':
      return 'queue the WO under its own epic, or fix `epic_id`';
    case 'unknown-finding-code':
      return 'fix the code in the whitelist entry (`wo-toolkit help audit` lists them)';
    case 'whitelist-expired':
      return 'renew `review_by` with a reason, or remove the entry and fix the finding';
    case 'legacy-path':
      return '`git mv` the file to its canonical folder';
    case 'legacy-dod':
      return 'use a current DoD in `dod_id`, or mark a WO kept in its old form with `x_legacy: true`';
    default:
      return 'fix the file at that line, then `wo-toolkit validate-backlog`';
  }
}

/** What gc left to do about one of its targets, or undefined when nothing is left. */
export function gcRemedy(op: {
  outcome: 'planned' | 'done' | 'deferred' | 'skipped' | 'failed';
  action: string;
  dirty: boolean;
  needs_attention: boolean;
  decision_path?: string;
  decision_complete?: boolean;
}): string | undefined {
  if (op.outcome === 'failed') return 'read the reason, fix it, then run `wo-toolkit gc --apply` again';
  if (op.outcome === 'deferred') return '`wo-toolkit gc --apply` again (it stopped at `--max-operations`)';
  if (op.dirty && op.needs_attention && op.decision_path !== undefined && op.decision_complete !== true) {
    return `decide in \`${op.decision_path}\` (check one box, remove ACTION_REQUIRED), then \`wo-toolkit gc --apply --force-dirty\``;
  }
  // Decided (a complete decision names its patch): only the forced removal is left.
  if (op.dirty && op.needs_attention && op.decision_path !== undefined && op.action === 'export_patch' && op.outcome !== 'skipped') {
    return `\`wo-toolkit gc --apply --force-dirty\` (\`${op.decision_path}\` decides its patch)`;
  }
  if (op.dirty && op.needs_attention) return '`wo-toolkit gc --export-patch`, decide in decision.md, then `wo-toolkit gc --apply --force-dirty`';
  if (op.outcome === 'planned' && op.action !== 'skip') return '`wo-toolkit gc --apply`';
  return op.needs_attention ? 'read the reason' : undefined;
}

/** Why retention keeps a file, turned into what would release it. */
export function retentionRemedy(reason: string, decisionPath?: string): string {
  const decision = decisionPath !== undefined ? `\`${decisionPath}\`` : 'decision.md';
  switch (reason) {
    case 'wo_running':
    case 'wo_pending':
    case 'wo_locked':
      return 'nothing: kept while the WO is active';
    case 'decision_missing':
      return `write ${decision} (gc writes one: \`wo-toolkit gc --export-patch\`)`;
    case 'decision_incomplete':
    case 'decision_unreadable':
      return `complete ${decision}: check one box and remove ACTION_REQUIRED`;
    case 'patch_undecided':
      return 'name the patch (its SHA-256 or file name) in a complete decision: a decision covers only the patches it names';
    case 'checksum_of_kept_patch':
      return 'nothing: it goes with the last patch it names';
    default:
      return 'nothing: never deleted';
  }
}

/** What clears one ACTION_REQUIRED item of the weekly gate. */
export function actionRequiredRemedy(type: string, woId: string, decisionPath?: string | null): string {
  const decision = decisionPath ? `\`${decisionPath}\`` : 'decision.md';
  switch (type) {
    case 'dirty_zombie':
    case 'dirty_ghost':
      return `\`wo-toolkit gc --export-patch\`, then decide in ${decision}`;
    case 'decision_incomplete':
      return `decide in ${decision} (check one box, remove ACTION_REQUIRED), then \`wo-toolkit gc --apply --force-dirty\``;
    case 'whitelist_expired':
      return 'renew `review_by` with a reason in the whitelist, or fix the finding';
    default:
      return isFindingCode(type) ? auditRemedy(type, woId) : '`wo-toolkit audit` for the details';
  }
}

/** What fixes a transitions violation (or, when the move was meant, the bypass marker in the commit message). */
export function transitionRemedy(code: string, marker = '[emergency]'): string {
  const bypass = `or, if it was meant, say \`${marker}\` in the commit message`;
  switch (code) {
    case 'illegal_transition':
      return `move the WO back (\`git mv\`) and let the pipeline move it, ${bypass}`;
    case 'wo_deleted':
      return `restore the file (\`git checkout <base> -- <file>\`) or move the WO to failed/, ${bypass}`;
    case 'id_changed':
      return 'restore the id the file had, or give the new WO a file of its own';
    case 'lock_missing':
      return 'add the lock the pipeline writes when it takes the WO (`_ctx/jobs/running/<WO>.lock`)';
    case 'lock_left':
      return '`git rm` the lock of the WO that left running/';
    case 'close_unverified':
      return 'set `verified_at_sha`, a PASS verdict and the DoD artifacts (`wo-toolkit validate-backlog` lists what is missing)';
    case 'closed_wo_edited':
      return `revert the edit (\`git checkout <base> -- <file>\`), ${bypass}`;
    default:
      return '`wo-toolkit transitions` for the details';
  }
}

/**
 * What carries out a reconcile repair, or what is in its way: the exact command (`wo-toolkit reconcile
 * --apply`, with `--force` when it needs it) or the decision or fix a person makes first.
 */
export function reconcileRemedy(repair: { applied: boolean; needs: 'force' | 'person' | 'fix_file' | null; paths: readonly string[] }): string {
  if (repair.applied) return 'nothing: applied';
  switch (repair.needs) {
    case null:
      return '`wo-toolkit reconcile --apply` (or `mode: apply`)';
    case 'force':
      return 'review both copies, then `wo-toolkit reconcile --apply --force` (or `force: true`); the removed copy is saved first';
    case 'person':
      return 'decide which copy is true and delete the other, then `wo-toolkit reconcile --apply`';
    case 'fix_file':
      return 'fix the file (`wo-toolkit validate-backlog` gives the line), then `wo-toolkit reconcile --apply`';
  }
}
