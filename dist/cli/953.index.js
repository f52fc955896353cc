export const id = 953;
export const ids = [953];
export const modules = {

/***/ 953:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatWeeklyGate: () => (/* binding */ formatWeeklyGate),
/* harmony export */   readWeeklyGateSettings: () => (/* binding */ readWeeklyGateSettings),
/* harmony export */   runWeeklyGate: () => (/* binding */ runWeeklyGate)
/* harmony export */ });
/* unused harmony exports timestamp, writeOutDir, writeOutDirError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9959);
/* harmony import */ var _core_decision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3571);
/* harmony import */ var _core_evidence_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(724);
/* harmony import */ var _audit_fail_on_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9883);
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8068);
/* harmony import */ var _core_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1402);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3026);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5299);
/* harmony import */ var _core_today_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(3412);
/* harmony import */ var _core_whitelist_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5488);
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1709);
/* harmony import */ var _gc_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7270);
/* harmony import */ var _gc_recheck_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7659);















function readWeeklyGateSettings(args) {
    const now = new Date();
    const outDir = args.text('out-dir');
    // An out-dir that cannot be created fails at once, before the gate's work.
    if (outDir !== undefined)
        (0,_core_report_js__WEBPACK_IMPORTED_MODULE_9__/* .checkOutputFolder */ .Qk)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(args.baseDir, outDir), args.label('out-dir'), outDir);
    return {
        root: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_6__/* .readRoot */ .XD)(args),
        config: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_6__/* .readFile */ .TA)(args, 'config'),
        exportPatches: args.flag('export-patches') ?? false,
        outDir: outDir === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(args.baseDir, outDir),
        today: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_6__/* .readToday */ .Ay)(args, 'today', now),
        now,
    };
}
/** What resolves each kind of item: the exact command where a command does it (docs/weekly-gate.md). */
function fixFor(item) {
    const decision = item.decision_path ?? `the decision.md of ${item.wo_id}`;
    switch (item.type) {
        case 'split_brain':
            return 'wo-toolkit reconcile (review the plan), then wo-toolkit reconcile --apply; copies that differ beyond the moving fields need wo-toolkit reconcile --apply --force';
        case 'running_without_lock':
        case 'fail_but_running':
            return 'wo-toolkit reconcile --apply (plan first: wo-toolkit reconcile)';
        case 'ghost_worktree':
            return 'wo-toolkit gc --export-patch, then wo-toolkit gc --apply (a dirty one waits for its decision.md)';
        case 'dirty_zombie':
        case 'dirty_ghost':
            if (item.decision_complete)
                return `wo-toolkit gc --apply --force-dirty (${decision} decides ${item.patch_sha256 ? (0,_core_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .patchFileName */ .QV)(item.patch_sha256) : 'its patch'}; the patch stays as evidence)`;
            return `complete ${decision}${item.patch_sha256 ? ` (it must name ${(0,_core_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .patchFileName */ .QV)(item.patch_sha256)})` : ''}, then wo-toolkit gc --apply --force-dirty`;
        case 'decision_incomplete':
            return `complete ${decision}: check one of APPLY / DISCARD / MANUAL REVIEW and remove ACTION_REQUIRED`;
        case 'whitelist_expired':
            return 'renew review_by with a reason in the whitelist, or fix the finding';
    }
}
/** `YYYYMMDDTHHMMSSZ` (UTC) for the out-dir file names. */
function timestamp(now) {
    return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}
/**
 * What the evidence folder of a WO holds: the newest patch (via the dirty.patch link) and decision.md.
 * A decision that cannot be read (a link out of the repository, a FIFO…) exists but is not complete,
 * so the gate keeps asking for it.
 */
function evidenceOf(root, config, woId) {
    const decision = (0,_core_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .readDecision */ .B1)(root, config, woId);
    const patch = (0,_core_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .newestPatch */ .Bd)(root, config, woId);
    // Paths are given only where the evidence folder exists.
    const folderExists = (0,_core_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .evidenceFolderExists */ .yC)(root, config, woId);
    return {
        patch_path: patch?.path ?? null,
        patch_sha256: patch?.sha256 ?? null,
        patch_exists: patch !== undefined,
        decision_path: folderExists ? (0,_core_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .evidenceFile */ .az)(config, woId, _core_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .DECISION_FILE */ .US) : null,
        decision_exists: decision.exists,
        decision_complete: decision.text !== undefined && (0,_core_decision_js__WEBPACK_IMPORTED_MODULE_3__/* .isDecisionComplete */ .K6)(decision.text),
    };
}
function collectActionRequired(root, config, audit, gc, expired) {
    const items = [];
    for (const f of audit.findings) {
        if (f.whitelisted || f.severity !== 'P0')
            continue;
        // Only the four P0 codes are P0 (an expired whitelist entry raises others to P1 at most).
        items.push({ wo_id: f.wo_id, type: f.code, message: f.message, fails_gate: true, ...evidenceOf(root, config, f.wo_id) });
    }
    for (const op of gc.operations) {
        // The gate never removes anything, so every dirty zombie or ghost is still there and is an item.
        // One decision per patch: the item is decided only when a complete decision names its current
        // patch (then its fix is the removal); new work after a decision is undecided again, with its own
        // patch and decision file, even when the decision about the earlier patch is complete.
        if (!op.dirty || (op.kind !== 'zombie' && op.kind !== 'ghost'))
            continue;
        const decided = Boolean(op.patch_sha256 && op.decision_complete && op.decision_current);
        const evidence = evidenceOf(root, config, op.wo_id);
        items.push({
            wo_id: op.wo_id,
            type: op.kind === 'zombie' ? 'dirty_zombie' : 'dirty_ghost',
            message: `${op.path}: ${op.reason}`,
            fails_gate: false,
            patch_path: op.patch_path ?? evidence.patch_path,
            patch_sha256: op.patch_sha256 ?? evidence.patch_sha256,
            patch_exists: op.patch_path ? node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, op.patch_path)) : evidence.patch_exists,
            decision_path: op.decision_path ?? evidence.decision_path,
            decision_exists: op.decision_path ? node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, op.decision_path)) : evidence.decision_exists,
            // Decided only when a complete decision names the patch of the work there now: without a patch
            // (it could not be built) nothing names that work, whatever the decision files say.
            decision_complete: decided,
        });
    }
    // Every other decision file that is not complete (an earlier patch's, a superseded worktree's).
    const covered = new Set(items.filter((i) => i.type.startsWith('dirty_')).map((i) => i.decision_path));
    for (const { woId, decision, patches } of (0,_core_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .incompleteDecisions */ .OK)(root, config)) {
        if (covered.has(decision.path))
            continue;
        const newest = (0,_core_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .newestPatch */ .Bd)(root, config, woId);
        const sha = patches.length === 0 || patches.includes(newest?.sha256 ?? '') ? newest?.sha256 : patches[patches.length - 1];
        const patchPath = sha === undefined ? null : (0,_core_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .evidenceFile */ .az)(config, woId, (0,_core_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .patchFileName */ .QV)(sha));
        items.push({
            wo_id: woId,
            type: 'decision_incomplete',
            message: `${decision.path} waits for a person${sha === undefined ? '' : ` about ${(0,_core_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .patchFileName */ .QV)(sha)}`}: ${decision.problem ?? 'check one box and remove ACTION_REQUIRED'}`,
            fails_gate: false,
            patch_path: patchPath,
            patch_sha256: sha ?? null,
            patch_exists: patchPath !== null,
            decision_path: decision.path,
            decision_exists: true,
            decision_complete: false,
        });
    }
    for (const entry of expired) {
        items.push({
            wo_id: entry.wo_id,
            type: 'whitelist_expired',
            message: `whitelist entry ${entry.code} expired on ${entry.review_by} (owner ${entry.owner}: ${entry.reason})`,
            fails_gate: true,
            ...evidenceOf(root, config, entry.wo_id),
        });
    }
    return items.map((item) => ({ ...item, fix: fixFor(item) }));
}
/**
 * Runs audit (every code, whitelist applied) and gc (dry run or export) over one opened repository,
 * then decides 0 / 1. With an out-dir, the reports go there, and so does the reason when the gate cannot run.
 */
async function runWeeklyGate(settings) {
    try {
        const report = await gate(settings);
        if (settings.outDir !== undefined)
            writeOutDir(settings.outDir, report, settings.now);
        return report;
    }
    catch (error) {
        if (settings.outDir !== undefined)
            writeOutDirError(settings.outDir, error, settings.root.given, settings.now);
        throw error;
    }
}
async function gate({ root: rootArg, config: configArg, exportPatches, today, now }) {
    const ctx = await (0,_core_context_js__WEBPACK_IMPORTED_MODULE_7__/* .openRepository */ .h)(rootArg, configArg);
    const { root, config } = ctx;
    // The repository is read once: audit judges that state, gc plans from it (and, exporting, re-checks
    // each target against it as gc always does).
    const loaded = await _gc_recheck_js__WEBPACK_IMPORTED_MODULE_13__/* .RepoStateTracker */ .c.load(root, config);
    const audit = await (0,_audit_js__WEBPACK_IMPORTED_MODULE_11__/* .auditRepository */ .Q)(ctx, { failOn: (0,_audit_fail_on_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFailOn */ .XV)(['none'], 'fail-on'), today, now }, loaded.state);
    const mode = exportPatches ? 'export-patch' : 'dry-run';
    const gc = await (0,_gc_js__WEBPACK_IMPORTED_MODULE_12__/* .gcRepository */ .Nd)(ctx, { config: configArg, mode, forceDirty: false, maxOperations: undefined, today, todayGiven: true, now }, loaded);
    const expired = (0,_core_whitelist_js__WEBPACK_IMPORTED_MODULE_10__/* .loadWhitelist */ .E)(root, config, _core_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .isFindingCode */ .dT)
        .filter((e) => e.review_by < today)
        .map((e) => ({ code: e.code, wo_id: e.wo_id, reason: e.reason, owner: e.owner, review_by: e.review_by, days_expired: (0,_core_today_js__WEBPACK_IMPORTED_MODULE_14__/* .daysBetween */ .Y)(e.review_by, today) }));
    const p0Count = audit.summary.P0;
    const exitCode = p0Count > 0 || expired.length > 0 ? 1 : 0;
    const reasons = [
        ...(p0Count > 0 ? [`${p0Count} P0 finding(s)`] : []),
        ...(expired.length > 0 ? [`${expired.length} expired whitelist entr${expired.length === 1 ? 'y' : 'ies'}`] : []),
    ];
    const actionRequired = collectActionRequired(root, config, audit, gc, expired);
    return {
        ...(0,_core_report_js__WEBPACK_IMPORTED_MODULE_9__/* .baseReport */ .uZ)('weekly-gate', root, exitCode, now),
        today,
        export_patches: exportPatches,
        p0_count: p0Count,
        failing_wo_ids: [...new Set(actionRequired.filter((i) => i.fails_gate).map((i) => i.wo_id))].sort(),
        expired_whitelist: expired,
        action_required: actionRequired,
        verdict: exitCode === 0 ? 'PASS: no P0 finding and no expired whitelist entry' : `FAIL: ${reasons.join(', ')}`,
        out_files: [],
        audit,
        gc,
    };
}
/** The human-readable gate report (also the .log written to --out-dir). */
function formatWeeklyGate(report) {
    const a = report.audit.summary;
    const g = report.gc.summary;
    const lines = [
        `wo-toolkit weekly-gate: ${report.root} (today ${report.today})`,
        `audit: P0=${a.P0} P1=${a.P1} P2=${a.P2} total=${a.total} whitelisted=${a.whitelisted}`,
        `gc (${report.gc.mode}): ${g.targets} target(s), ${g.dirty} dirty, ${g.evidence_written} evidence file(s) ${report.gc.mode === 'dry-run' ? 'to write' : 'written'}`,
        ...report.audit.notes.map((note) => `note: ${note}`),
        '',
        `ACTION_REQUIRED (${report.action_required.length})`,
    ];
    if (report.action_required.length === 0)
        lines.push('  none');
    for (const item of report.action_required) {
        lines.push(`  ${item.wo_id.padEnd(10)} ${item.type.padEnd(20)} ${item.message}`);
        lines.push(`  ${''.padEnd(10)} fix:      ${item.fix}`);
        if (item.patch_path) {
            lines.push(`  ${''.padEnd(10)} patch:    ${item.patch_path}${item.patch_exists ? '' : ' (not written yet: run with --export-patches)'}`);
            lines.push(`  ${''.padEnd(10)} sha256:   ${item.patch_sha256}`);
        }
        if (item.decision_path) {
            const state = !item.decision_exists ? 'missing' : item.decision_complete ? 'exists, complete' : 'exists, not complete';
            lines.push(`  ${''.padEnd(10)} decision: ${item.decision_path} (${state})`);
        }
    }
    lines.push('', `EXPIRED WHITELIST (${report.expired_whitelist.length})`);
    if (report.expired_whitelist.length === 0)
        lines.push('  none');
    for (const e of report.expired_whitelist) {
        lines.push(`  ${e.wo_id.padEnd(10)} ${e.code.padEnd(20)} expired ${e.review_by} (${e.days_expired} day(s) ago), owner ${e.owner}: ${e.reason}`);
    }
    if (report.out_files.length > 0)
        lines.push('', 'reports:', ...report.out_files.map((f) => `  ${f}`));
    lines.push('', `GATE: ${report.verdict} (exit ${report.exit_code})`);
    return `${lines.join('\n')}\n`;
}
/** Writes the four out-dir files (docs/weekly-gate.md) and records them in the report. */
function writeOutDir(outDir, report, now) {
    const ts = timestamp(now);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(outDir);
    (0,_core_report_js__WEBPACK_IMPORTED_MODULE_9__/* .checkOutputFolder */ .Qk)(dir, '--out-dir', outDir);
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(dir, { recursive: true });
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`--out-dir: cannot create '${outDir}' (${error.code ?? 'error'})`);
    }
    const files = {
        audit: node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `wo_audit_${ts}.json`),
        gc: node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `wo_gc_${ts}.json`),
        gate: node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `wo_weekly_gate_${ts}.json`),
        log: node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `wo_weekly_gate_${ts}.log`),
    };
    report.out_files = Object.values(files);
    (0,_core_report_js__WEBPACK_IMPORTED_MODULE_9__/* .writeJsonReport */ .a_)(files.audit, report.audit, '--out-dir');
    (0,_core_report_js__WEBPACK_IMPORTED_MODULE_9__/* .writeJsonReport */ .a_)(files.gc, report.gc, '--out-dir');
    (0,_core_report_js__WEBPACK_IMPORTED_MODULE_9__/* .writeJsonReport */ .a_)(files.gate, report, '--out-dir');
    node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(files.log, formatWeeklyGate(report));
    return report.out_files;
}
/**
 * When the gate cannot run, --out-dir still receives the log and a gate report that says why, so a
 * scheduled run leaves evidence of its failure.
 */
function writeOutDirError(outDir, error, rootArg, now) {
    const ts = timestamp(now);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(outDir);
    const message = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .isConfigurationError */ .p0)(error) ? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error) : `internal error: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}`;
    try {
        (0,_core_report_js__WEBPACK_IMPORTED_MODULE_9__/* .checkOutputFolder */ .Qk)(dir, '--out-dir', outDir);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(dir, { recursive: true });
        const gate = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `wo_weekly_gate_${ts}.json`);
        const log = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `wo_weekly_gate_${ts}.log`);
        (0,_core_report_js__WEBPACK_IMPORTED_MODULE_9__/* .writeJsonReport */ .a_)(gate, { ...(0,_core_report_js__WEBPACK_IMPORTED_MODULE_9__/* .baseReport */ .uZ)('weekly-gate', rootArg, 2, now), error: message }, '--out-dir');
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(log, `wo-toolkit weekly-gate: could not run: ${message}\nGATE: ERROR (exit 2)\n`);
        return [gate, log];
    }
    catch {
        return [];
    }
}


/***/ })

};
