/**
 * The violation codes of `transitions` (docs/transitions.md): each one a way a change of the state
 * folders breaks the pipeline's rules. Every code is also a SARIF rule.
 */
export const TRANSITION_CODES = {
  illegal_transition: 'a WO moved between state folders in a way the transitions do not allow (from null: a new WO outside the folders new WOs may appear in)',
  wo_deleted: 'a WO file left the state folders and no file of that WO is left in any of them',
  id_changed: 'a WO file (same path, or followed through a rename) declares a different id than before',
  lock_missing: 'a WO moved into running/ without its lock',
  lock_left: 'a WO moved out of running/ and its lock stayed',
  close_unverified: 'a WO moved into done/ without a verified close (verified_at_sha of the head history, a PASS verdict, the required artifacts of its DoD)',
  closed_wo_edited: 'the content of a WO that stays in done/ or failed/ was edited by hand',
} as const;

export type TransitionCode = keyof typeof TRANSITION_CODES;

/** Notes that fail nothing: a check that could not be made, said once where it applies. */
export const TRANSITION_NOTES = {
  shallow_history: 'the clone is shallow, so a verified_at_sha that is not in it could not be checked against the head history',
} as const;

export type TransitionNoteCode = keyof typeof TRANSITION_NOTES;
