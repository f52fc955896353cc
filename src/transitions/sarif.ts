import { buildSarif, type SarifLog } from '../core/sarif.js';
import { TRANSITION_CODES, type TransitionCode } from './codes.js';
import type { TransitionViolation } from './transitions.js';

const RULE_HELP: Record<TransitionCode, string> = {
  illegal_transition: 'Move WOs only with the pipeline\'s scripts, along the legal transitions (`transitions:` in `.wo-toolkit.yaml`); a new WO starts in `pending/`.',
  wo_deleted: 'WO files are moved between state folders, never deleted: restore the file (an abandoned WO goes to `failed/`).',
  id_changed: 'A WO keeps its `id` for life: restore it, and create a new WO for new work.',
  lock_missing: 'A WO enters `running/` with its lock `running/<WO-ID>.lock`: take it with the pipeline\'s script.',
  lock_left: 'A WO leaves `running/` together with its lock: remove the lock in the same change.',
  close_unverified: 'Close a WO into `done/` with `verified_at_sha` (a commit of the branch), a PASS verdict and the required artifacts of its DoD in its evidence folder.',
  closed_wo_edited: 'WOs in `done/` and `failed/` are closed: requeue a failed WO to `pending/` instead of editing it, or use the bypass marker for an emergency.',
};

/**
 * The report as SARIF for code scanning: one rule per violation code, each violation at its file and
 * line (bypassed ones as notes, so they stay visible); `uriPrefix` is the repository's folder inside
 * the checkout when they differ.
 */
export function transitionsSarif(violations: readonly TransitionViolation[], options: { uriPrefix?: string } = {}): SarifLog {
  return buildSarif({
    command: 'transitions',
    uriPrefix: options.uriPrefix,
    rules: (Object.keys(TRANSITION_CODES) as TransitionCode[]).map((code) => ({
      id: code,
      summary: `${TRANSITION_CODES[code].charAt(0).toUpperCase()}${TRANSITION_CODES[code].slice(1)}.`,
      help: RULE_HELP[code],
      level: 'error',
      tags: ['work-orders', 'transitions'],
    })),
    results: violations.map((v) => ({
      ruleId: v.code,
      message: v.bypassed ? `${v.message} (bypassed by ${v.commit} "${v.commit_subject}")` : v.message,
      file: v.file,
      line: v.line,
      level: v.bypassed ? 'note' : 'error',
      identity: [v.wo_id, v.file, v.condition ?? ''],
      properties: { wo_id: v.wo_id, from: v.from, to: v.to, bypassed: v.bypassed },
    })),
  });
}

