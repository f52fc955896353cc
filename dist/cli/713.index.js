export const id = 713;
export const ids = [713];
export const modules = {

/***/ 9959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ ALL_CODES),
/* harmony export */   dT: () => (/* binding */ isFindingCode),
/* harmony export */   eL: () => (/* binding */ maxSeverity),
/* harmony export */   f2: () => (/* binding */ FINDING_CODES),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
const SEVERITIES = ['P0', 'P1', 'P2'];
/** Every finding code audit can report (docs: README, Finding codes; the first eight are the pipeline's own). */
const FINDING_CODES = {
    split_brain: { severity: 'P0', summary: 'one WO id has files in two or more state folders' },
    running_without_lock: { severity: 'P0', summary: 'a WO in running/ has no lock' },
    ghost_worktree: { severity: 'P0', summary: 'a WO worktree whose id has no WO file in any state folder' },
    fail_but_running: { severity: 'P0', summary: 'the WO verdict is FAIL or CRASH and it is still in running/' },
    zombie_worktree: { severity: 'P1', summary: 'a worktree of a WO that is in done/ or failed/' },
    lock_without_running: { severity: 'P1', summary: 'a lock for a WO that is not in running/' },
    duplicate_yaml: { severity: 'P2', summary: 'two or more files in one state folder declare the same id' },
    running_without_worktree: { severity: 'P1', summary: 'a WO in running/ has no worktree (only checked where the checkout has WO worktrees)' },
    unreadable_verdict: { severity: 'P0', summary: 'a verdict file of a running WO cannot be read or holds no valid verdict (BOM, invalid JSON, FAILED)' },
    id_mismatch: { severity: 'P1', summary: 'a WO file whose name is in two state folders declares another id than its name' },
    unreadable_wo: { severity: 'P1', summary: 'a WO file that cannot be parsed, is not a mapping or has no id' },
    prunable_worktree: { severity: 'P2', summary: 'a WO worktree registration whose folder is gone (git worktree prune clears it)' },
    stale_lock: { severity: 'P2', summary: 'the lock of a running WO is older than the stale lock age' },
    whitelist_expiring: { severity: 'P2', summary: 'an active whitelist entry reaches its review_by date within 14 days' },
    whitelist_unused: { severity: 'P2', summary: 'an active whitelist entry matches no finding' },
};
const ALL_CODES = Object.keys(FINDING_CODES);
function isFindingCode(value) {
    return Object.prototype.hasOwnProperty.call(FINDING_CODES, value);
}
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
/** The more severe of two severities. */
function maxSeverity(a, b) {
    return severityRank(a) <= severityRank(b) ? a : b;
}


/***/ }),

/***/ 7097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ auditRemedy),
/* harmony export */   oe: () => (/* binding */ validationRemedy)
/* harmony export */ });
/* unused harmony exports gcRemedy, retentionRemedy, actionRequiredRemedy, transitionRemedy, reconcileRemedy */
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9959);
/**
 * What to do about each finding code and validation rule: the command (or the edit) that fixes it.
 * One home, so the SARIF help of a rule, the "what to do" column of a job summary and the docs agree.
 * Commands are written as a user types them (`wo-toolkit …`); Markdown code spans mark them.
 */

/** The fix for an audit finding; `woId` names the WO when given (else "the WO"). */
function auditRemedy(code, woId) {
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
function validationRemedy(rule) {
    if (rule.startsWith('schema/'))
        return 'edit the value to match the schema, then `wo-toolkit validate-backlog`';
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
function gcRemedy(op) {
    if (op.outcome === 'failed')
        return 'read the reason, fix it, then run `wo-toolkit gc --apply` again';
    if (op.outcome === 'deferred')
        return '`wo-toolkit gc --apply` again (it stopped at `--max-operations`)';
    if (op.dirty && op.needs_attention && op.decision_path !== undefined && op.decision_complete !== true) {
        return `decide in \`${op.decision_path}\` (check one box, remove ACTION_REQUIRED), then \`wo-toolkit gc --apply --force-dirty\``;
    }
    // Decided (a complete decision names its patch): only the forced removal is left.
    if (op.dirty && op.needs_attention && op.decision_path !== undefined && op.action === 'export_patch' && op.outcome !== 'skipped') {
        return `\`wo-toolkit gc --apply --force-dirty\` (\`${op.decision_path}\` decides its patch)`;
    }
    if (op.dirty && op.needs_attention)
        return '`wo-toolkit gc --export-patch`, decide in decision.md, then `wo-toolkit gc --apply --force-dirty`';
    if (op.outcome === 'planned' && op.action !== 'skip')
        return '`wo-toolkit gc --apply`';
    return op.needs_attention ? 'read the reason' : undefined;
}
/** Why retention keeps a file, turned into what would release it. */
function retentionRemedy(reason, decisionPath) {
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
function actionRequiredRemedy(type, woId, decisionPath) {
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
function transitionRemedy(code, marker = '[emergency]') {
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
function reconcileRemedy(repair) {
    if (repair.applied)
        return 'nothing: applied';
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


/***/ }),

/***/ 3802:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ ProblemCollector),
/* harmony export */   y: () => (/* binding */ RULES)
/* harmony export */ });
/**
 * Every rule validate-backlog reports, with its default severity. Schema violations are reported as
 * `schema/<keyword>` (schema/type, schema/required, schema/enum, …) and are errors.
 */
const RULES = {
    unreadable: { severity: 'error', summary: 'the file cannot be read' },
    encoding: { severity: 'error', summary: 'the file is not valid UTF-8' },
    'file-too-large': { severity: 'error', summary: 'the file is larger than the 1 MiB a backlog file may be; it is not parsed' },
    'yaml-syntax': { severity: 'error', summary: "the file is not valid YAML (the parser's message and position)" },
    'duplicate-key': { severity: 'error', summary: 'a mapping declares the same key twice' },
    'yaml-warning': { severity: 'warning', summary: "a YAML parser warning (for example an unresolved tag)" },
    'empty-file': { severity: 'error', summary: 'the file holds no YAML document' },
    'not-a-mapping': { severity: 'error', summary: 'the document is not a mapping of keys to values' },
    'missing-file': { severity: 'error', summary: 'the backlog file or the DoD catalog folder does not exist' },
    'unknown-key': { severity: 'warning', summary: 'a key the schema does not know (an error in the config and the whitelist)' },
    'id-pattern': { severity: 'error', summary: "a WO id does not match the configured wo_id_pattern" },
    'id-mismatch': { severity: 'error', summary: "the file name's stem differs from the id inside the file (not for x_legacy files)" },
    'duplicate-id': { severity: 'error', summary: 'two WO files, two DoD files or two epics declare the same id' },
    'status-mismatch': { severity: 'error', summary: "a WO's status names another state than the folder it is in" },
    'unknown-epic': { severity: 'error', summary: "a WO's epic_id names no epic of the backlog" },
    'unknown-dod': { severity: 'error', summary: "a WO's dod_id names no DoD of the catalog" },
    'missing-verified-sha': { severity: 'error', summary: 'a WO in done/ has no verified_at_sha (missing or null); not for x_legacy files' },
    'legacy-dod': { severity: 'warning', summary: 'a WO that is not itself x_legacy uses a DoD marked x_legacy: true' },
    'missing-artifact': { severity: 'error', summary: "a done WO's evidence folder lacks a file its DoD requires" },
    'unknown-wo': { severity: 'error', summary: "a backlog wo_queue entry names no WO file" },
    'queue-mismatch': { severity: 'warning', summary: "a WO is queued in an epic other than its epic_id" },
    'unknown-finding-code': { severity: 'error', summary: 'a whitelist entry names a code audit does not report' },
    'whitelist-expired': { severity: 'warning', summary: "a whitelist entry's review_by date has passed" },
    'legacy-path': { severity: 'warning', summary: 'a file under a legacy, non-canonical path (such as _ctx/blacklog/)' },
};
/**
 * Collects problems with character offsets and turns offsets into lines and columns only at the end,
 * so a file's line index is built only when that file has a problem.
 */
class ProblemCollector {
    pending = [];
    add(file, source, where, rule, message, options = {}) {
        const severity = options.severity ?? (rule in RULES ? RULES[rule].severity : 'error');
        this.pending.push({ file, source, where, pointer: options.pointer ?? '', message, rule, severity });
    }
    errorCount() {
        return this.pending.filter((p) => p.severity === 'error').length;
    }
    /** The problems with lines and columns, ordered by file, line, column and rule. */
    resolve() {
        const problems = this.pending.map((p) => {
            const { line, column } = typeof p.where === 'number' ? (p.source?.position(p.where) ?? { line: 1, column: 1 }) : p.where;
            return { file: p.file, line, column, pointer: p.pointer, message: p.message, rule: p.rule, severity: p.severity };
        });
        return problems.sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule) || compareText(a.message, b.message));
    }
}
/** Plain code-unit order: stable whatever the locale. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 2713:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateSarif: () => (/* binding */ validateSarif)
/* harmony export */ });
/* harmony import */ var _core_sarif_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5004);
/* harmony import */ var _core_remedies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7097);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3802);



/** Schema violations are `schema/<keyword>`; their keywords are open-ended, so one rule each as met. */
const SCHEMA_RULE_SUMMARY = 'a value does not match the JSON Schema of its file';
function rule(id, summary, level) {
    return {
        id,
        summary: `${summary[0].toUpperCase()}${summary.slice(1)}.`,
        help: `**${id}** (${level}): ${summary}.\n\nWhat to do: ${(0,_core_remedies_js__WEBPACK_IMPORTED_MODULE_1__/* .validationRemedy */ .oe)(id)}.`,
        level,
        tags: ['work-orders', 'validation'],
    };
}
/**
 * The SARIF log of a validate-backlog run: one rule per validation rule (plus each `schema/<keyword>`
 * that occurred), one result per problem at its file, line and column. The fingerprint is the rule, the
 * file and the JSON pointer of the value, so a problem keeps its alert when lines above it move.
 */
function validateSarif(problems, options = {}) {
    const rules = Object.entries(_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y).map(([id, info]) => rule(id, info.summary, info.severity));
    const schemaRules = [...new Set(problems.map((p) => p.rule).filter((r) => r.startsWith('schema/')))].sort();
    for (const id of schemaRules)
        rules.push(rule(id, `${SCHEMA_RULE_SUMMARY} (keyword ${id.slice('schema/'.length)})`, 'error'));
    return (0,_core_sarif_js__WEBPACK_IMPORTED_MODULE_0__/* .buildSarif */ .Ep)({
        command: 'validate-backlog',
        rules,
        uriPrefix: options.uriPrefix,
        results: problems.map((p) => ({
            ruleId: p.rule,
            level: p.severity,
            message: p.pointer === '' ? p.message : `${p.message} (at ${p.pointer})`,
            file: p.file,
            line: p.line,
            column: p.column,
            identity: [p.file, p.pointer],
        })),
    });
}


/***/ })

};
