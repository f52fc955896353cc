export const id = 208;
export const ids = [208];
export const modules = {

/***/ 6208:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  transitionsSarif: () => (/* binding */ transitionsSarif)
});

// EXTERNAL MODULE: ./build/src/core/sarif.js
var sarif = __webpack_require__(5004);
;// CONCATENATED MODULE: ./build/src/transitions/codes.js
/**
 * The violation codes of `transitions` (docs/transitions.md): each one a way a change of the state
 * folders breaks the pipeline's rules. Every code is also a SARIF rule.
 */
const TRANSITION_CODES = {
    illegal_transition: 'a WO moved between state folders in a way the transitions do not allow (from null: a new WO outside the folders new WOs may appear in)',
    wo_deleted: 'a WO file left the state folders and no file of that WO is left in any of them',
    id_changed: 'a WO file (same path, or followed through a rename) declares a different id than before',
    lock_missing: 'a WO moved into running/ without its lock',
    lock_left: 'a WO moved out of running/ and its lock stayed',
    close_unverified: 'a WO moved into done/ without a verified close (verified_at_sha of the head history, a PASS verdict, the required artifacts of its DoD)',
    closed_wo_edited: 'the content of a WO that stays in done/ or failed/ was edited by hand',
};
/** Notes that fail nothing: a check that could not be made, said once where it applies. */
const TRANSITION_NOTES = {
    shallow_history: 'the clone is shallow, so a verified_at_sha that is not in it could not be checked against the head history',
};

;// CONCATENATED MODULE: ./build/src/transitions/sarif.js


const RULE_HELP = {
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
function transitionsSarif(violations, options = {}) {
    return (0,sarif/* buildSarif */.Ep)({
        command: 'transitions',
        uriPrefix: options.uriPrefix,
        rules: Object.keys(TRANSITION_CODES).map((code) => ({
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


/***/ })

};
