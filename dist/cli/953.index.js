export const id = 953;
export const ids = [953];
export const modules = {

/***/ 9883:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hu: () => (/* binding */ failsOn),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   mc: () => (/* binding */ readFailOn)
/* harmony export */ });
/* unused harmony export DEFAULT_FAIL_ON */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3026);
/* harmony import */ var _core_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9959);


const DEFAULT_FAIL_ON = 'P0';
/** Reads the option `name` (default `P0`) as a fail-on list. */
function readFailOn(args, name) {
    return parseFailOn(args.text(name), args.label(name));
}
/**
 * Parses a list of codes, severities, `all` or `none`, separated by commas, spaces or new lines.
 * An unknown token is a UsageError: a typo must never pass silently.
 */
function parseFailOn(value, argName) {
    const text = value === undefined ? DEFAULT_FAIL_ON : value;
    const tokens = text.split(/[\s,]+/).filter((t) => t !== '');
    if (tokens.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${argName}: expected a list of finding codes, P0, P1, P2, all or none, got an empty value`);
    }
    const result = { codes: new Set(), severities: new Set(), tokens: [] };
    for (const raw of tokens) {
        const token = raw.toLowerCase();
        if (token === 'all') {
            _core_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.forEach((s) => result.severities.add(s));
            result.tokens.push('all');
        }
        else if (token === 'none') {
            result.tokens.push('none');
        }
        else if (/^p[012]$/.test(token)) {
            result.severities.add(token.toUpperCase());
            result.tokens.push(token.toUpperCase());
        }
        else if ((0,_core_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .isFindingCode */ .dT)(token)) {
            result.codes.add(token);
            result.tokens.push(token);
        }
        else {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${argName}: unknown token '${raw}' (expected a finding code, P0, P1, P2, all or none; codes: ${_core_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ALL_CODES */ .F2.join(', ')})`);
        }
    }
    if (result.tokens.includes('none') && result.tokens.length > 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${argName}: 'none' cannot be combined with other tokens, got '${text}'`);
    }
    return result;
}
function failsOn(failOn, code, severity) {
    return failOn.codes.has(code) || failOn.severities.has(severity);
}


/***/ }),

/***/ 1709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatAudit: () => (/* binding */ formatAudit),
  readAuditSettings: () => (/* binding */ readAuditSettings),
  runAudit: () => (/* binding */ runAudit)
});

// UNUSED EXPORTS: summarise

// EXTERNAL MODULE: ./build/src/core/evidence.js
var evidence = __webpack_require__(724);
// EXTERNAL MODULE: ./build/src/core/state.js
var core_state = __webpack_require__(6928);
// EXTERNAL MODULE: ./build/src/core/today.js
var core_today = __webpack_require__(3412);
// EXTERNAL MODULE: ./build/src/core/codes.js
var codes = __webpack_require__(9959);
;// CONCATENATED MODULE: ./build/src/audit/audit.js




const EXPIRING_WITHIN_DAYS = 14;
function finding(code, woId, message, paths) {
    return { code, severity: codes/* FINDING_CODES */.f2[code].severity, wo_id: woId, message, paths, whitelisted: false };
}
function statesOf(files) {
    return new Set(files.map((f) => f.state));
}
/** Detects drift in the repository state (SPEC.md §2). Read-only. */
function detectFindings(state, now) {
    const { root, config } = state;
    const findings = [];
    const byId = (0,core_state/* filesById */.kT)(state.wos);
    const lockById = new Map(state.locks.map((lock) => [lock.woId, lock]));
    const staleMs = config.staleLockHours * 3_600_000;
    const verdictOf = (0,evidence/* verdictReader */.$b)(root, config);
    for (const wo of state.wos) {
        if (wo.problem)
            findings.push(finding('unreadable_wo', wo.id, `${wo.path}: ${wo.problem}; its file name stands in as the id`, [wo.path]));
    }
    for (const [id, files] of byId) {
        // Most ids have one file, which can be neither in two states nor a duplicate.
        if (files.length > 1) {
            const states = statesOf(files);
            if (states.size >= 2) {
                findings.push(finding('split_brain', id, `${id} is in ${[...states].join(' and ')} at once`, files.map((f) => f.path)));
            }
            for (const s of states) {
                const inState = files.filter((f) => f.state === s);
                if (inState.length >= 2) {
                    findings.push(finding('duplicate_yaml', id, `${inState.length} files in ${s}/ declare ${id}`, inState.map((f) => f.path)));
                }
            }
        }
        if (files.some((f) => f.state === 'running')) {
            const running = files.filter((f) => f.state === 'running').map((f) => f.path);
            const lock = lockById.get(id);
            if (!lock) {
                findings.push(finding('running_without_lock', id, `${id} is in running/ without a lock (${config.stateFolders.running}/${id}.lock)`, running));
            }
            else if (now.getTime() - lock.takenAt.getTime() > staleMs) {
                const hours = ((now.getTime() - lock.takenAt.getTime()) / 3_600_000).toFixed(1);
                findings.push(finding('stale_lock', id, `the lock of ${id} is ${hours} h old (stale after ${config.staleLockHours} h; age from its ${lock.ageSource})`, [lock.path, ...running]));
            }
            if (verdictOf(id) === 'FAIL') {
                findings.push(finding('fail_but_running', id, `${id} has verdict FAIL but is still in running/`, [...running, (0,evidence/* evidenceFile */.az)(config, id, evidence/* VERDICT_FILE */.R2)]));
            }
        }
    }
    for (const lock of state.locks) {
        if (!statesOf(byId.get(lock.woId) ?? []).has('running')) {
            findings.push(finding('lock_without_running', lock.woId, `lock ${lock.path} has no WO in running/`, [lock.path]));
        }
    }
    for (const wt of state.worktrees) {
        if (!wt.woId)
            continue;
        const id = wt.woId;
        const files = byId.get(id) ?? [];
        const where = `${wt.relPath}${wt.branch ? ` (branch ${wt.branch})` : ''}${wt.locked ? ', locked' : ''}`;
        if (wt.prunable) {
            findings.push(finding('prunable_worktree', id, `worktree ${where} is registered but its folder is gone`, [wt.relPath]));
            continue;
        }
        if (files.length === 0) {
            findings.push(finding('ghost_worktree', id, `worktree ${where} belongs to ${id}, which has no WO file in any state folder`, [wt.relPath]));
            continue;
        }
        const states = statesOf(files);
        if (!states.has('pending') && !states.has('running')) {
            findings.push(finding('zombie_worktree', id, `worktree ${where} is still there for ${id}, which is ${[...states].join(' and ')}`, [...files.map((f) => f.path), wt.relPath]));
        }
    }
    return findings;
}
/**
 * Applies the whitelist: an active entry marks its findings whitelisted; an expired one escalates them
 * to at least P1 with `whitelist_expired`. Adds findings about the whitelist itself.
 */
function applyWhitelist(findings, entries, today, whitelistPath) {
    const result = findings.map((f) => ({ ...f }));
    for (const entry of entries) {
        const expired = entry.review_by < today;
        const matches = result.filter((f) => f.code === entry.code && f.wo_id === entry.wo_id);
        for (const f of matches) {
            f.whitelist = { reason: entry.reason, owner: entry.owner, review_by: entry.review_by };
            if (expired) {
                f.severity = (0,codes/* maxSeverity */.eL)(f.severity, 'P1');
                f.whitelist_expired = true;
                f.message += ` (whitelist entry expired on ${entry.review_by}, owner ${entry.owner})`;
            }
            else {
                f.whitelisted = true;
            }
        }
        const line = entry.line === undefined ? '' : ` (line ${entry.line})`;
        if (matches.length === 0) {
            const unused = finding('whitelist_unused', entry.wo_id, `whitelist entry ${entry.code}/${entry.wo_id}${line} matches no finding; remove it`, [whitelistPath]);
            if (expired) {
                unused.severity = 'P1';
                unused.whitelist_expired = true;
                unused.message += ` (expired on ${entry.review_by}, owner ${entry.owner})`;
            }
            unused.whitelist = { reason: entry.reason, owner: entry.owner, review_by: entry.review_by };
            result.push(unused);
        }
        if (!expired && (0,core_today/* daysBetween */.Y)(today, entry.review_by) <= EXPIRING_WITHIN_DAYS) {
            result.push(finding('whitelist_expiring', entry.wo_id, `whitelist entry ${entry.code}/${entry.wo_id}${line} expires on ${entry.review_by} (owner ${entry.owner}): renew it with a reason or fix the finding`, [whitelistPath]));
        }
    }
    return result;
}
/** Orders findings by severity, code, WO id and first path, so reports are stable. */
function sortFindings(findings) {
    const cmp = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
    return findings.sort((a, b) => (0,codes/* severityRank */.qs)(a.severity) - (0,codes/* severityRank */.qs)(b.severity) ||
        cmp(a.code, b.code) ||
        cmp(a.wo_id, b.wo_id) ||
        cmp(a.paths[0] ?? '', b.paths[0] ?? ''));
}

// EXTERNAL MODULE: ./build/src/audit/fail-on.js
var fail_on = __webpack_require__(9883);
// EXTERNAL MODULE: ./build/src/core/args.js
var core_args = __webpack_require__(8068);
// EXTERNAL MODULE: ./build/src/core/context.js
var context = __webpack_require__(1402);
// EXTERNAL MODULE: ./build/src/core/report.js
var report = __webpack_require__(5299);
// EXTERNAL MODULE: ./build/src/core/whitelist.js
var core_whitelist = __webpack_require__(5488);
;// CONCATENATED MODULE: ./build/src/commands/audit.js








function readAuditSettings(args) {
    const now = new Date();
    return {
        root: (0,core_args/* readRoot */.XD)(args),
        config: (0,core_args/* readFile */.TA)(args, 'config'),
        failOn: (0,fail_on/* readFailOn */.mc)(args, 'fail-on'),
        today: (0,core_args/* readToday */.Ay)(args, 'today', now),
        now,
    };
}
function summarise(findings) {
    const summary = { P0: 0, P1: 0, P2: 0, total: 0, whitelisted: 0 };
    for (const f of findings) {
        if (f.whitelisted)
            summary.whitelisted++;
        else {
            summary[f.severity]++;
            summary.total++;
        }
    }
    return summary;
}
/** Runs audit (read-only) and decides its exit code against `--fail-on`. */
async function runAudit(settings) {
    const { failOn, today, now } = settings;
    const { root, config } = await (0,context/* openRepository */.h)(settings.root, settings.config);
    const whitelist = (0,core_whitelist/* loadWhitelist */.E)(root, config, codes/* isFindingCode */.dT);
    const state = await (0,core_state/* loadRepoState */.Qk)(root, config);
    const findings = sortFindings(applyWhitelist(detectFindings(state, now), whitelist, today, config.whitelist));
    const failing = findings.filter((f) => !f.whitelisted && (0,fail_on/* failsOn */.Hu)(failOn, f.code, f.severity));
    const exitCode = failing.length > 0 ? 1 : 0;
    return {
        ...(0,report/* baseReport */.uZ)('audit', root, exitCode, now),
        today,
        fail_on: failOn.tokens,
        summary: summarise(findings),
        failing_wo_ids: [...new Set(failing.map((f) => f.wo_id))].sort(),
        findings,
    };
}
/** Human-readable audit output, grouped by severity. */
function formatAudit(report) {
    const lines = [`wo-toolkit audit: ${report.root} (today ${report.today})`];
    const counted = report.findings.filter((f) => !f.whitelisted);
    for (const severity of codes/* SEVERITIES */.oC) {
        const group = counted.filter((f) => f.severity === severity);
        if (group.length === 0)
            continue;
        lines.push('', `${severity} (${group.length})`);
        for (const f of group) {
            lines.push(`  ${f.code.padEnd(21)} ${f.wo_id.padEnd(10)} ${f.message}`);
            for (const p of f.paths)
                lines.push(`  ${''.padEnd(21)} ${''.padEnd(10)}   ${p}`);
        }
    }
    const whitelisted = report.findings.filter((f) => f.whitelisted);
    if (whitelisted.length > 0) {
        lines.push('', `whitelisted (${whitelisted.length})`);
        for (const f of whitelisted) {
            lines.push(`  ${f.code.padEnd(21)} ${f.wo_id.padEnd(10)} until ${f.whitelist?.review_by} (${f.whitelist?.owner}: ${f.whitelist?.reason})`);
        }
    }
    const s = report.summary;
    if (report.findings.length === 0)
        lines.push('', 'No findings.');
    const verdict = report.exit_code === 0 ? 'pass' : `FAIL (${report.failing_wo_ids.join(', ')})`;
    lines.push('', `summary: P0=${s.P0} P1=${s.P1} P2=${s.P2} total=${s.total} whitelisted=${s.whitelisted}; fail-on ${report.fail_on.join(',')}: ${verdict}`);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 953:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatWeeklyGate: () => (/* binding */ formatWeeklyGate),
/* harmony export */   runWeeklyGate: () => (/* binding */ runWeeklyGate),
/* harmony export */   writeOutDir: () => (/* binding */ writeOutDir),
/* harmony export */   writeOutDirError: () => (/* binding */ writeOutDirError)
/* harmony export */ });
/* unused harmony export timestamp */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9959);
/* harmony import */ var _core_decision_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3571);
/* harmony import */ var _core_evidence_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(724);
/* harmony import */ var _audit_fail_on_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9883);
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8068);
/* harmony import */ var _core_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1402);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3026);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5299);
/* harmony import */ var _core_today_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3412);
/* harmony import */ var _core_whitelist_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5488);
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1709);
/* harmony import */ var _gc_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5394);














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
    const decision = (0,_core_evidence_js__WEBPACK_IMPORTED_MODULE_3__/* .readDecision */ .B1)(root, config, woId);
    const patch = (0,_core_evidence_js__WEBPACK_IMPORTED_MODULE_3__/* .newestPatch */ .Bd)(root, config, woId);
    // Paths are given only where the evidence folder exists.
    const folderExists = (0,_core_evidence_js__WEBPACK_IMPORTED_MODULE_3__/* .evidenceFolderExists */ .yC)(root, config, woId);
    return {
        patch_path: patch?.path ?? null,
        patch_sha256: patch?.sha256 ?? null,
        patch_exists: patch !== undefined,
        decision_path: folderExists ? (0,_core_evidence_js__WEBPACK_IMPORTED_MODULE_3__/* .evidenceFile */ .az)(config, woId, _core_evidence_js__WEBPACK_IMPORTED_MODULE_3__/* .DECISION_FILE */ .US) : null,
        decision_exists: decision.exists,
        decision_complete: decision.text !== undefined && (0,_core_decision_js__WEBPACK_IMPORTED_MODULE_13__/* .isDecisionComplete */ .K6)(decision.text),
    };
}
function collectActionRequired(root, config, audit, gc, expired) {
    const items = [];
    for (const f of audit.findings) {
        if (f.whitelisted || f.severity !== 'P0')
            continue;
        // Only the four P0 codes are P0 (an expired whitelist entry raises others to P1 at most).
        items.push({ wo_id: f.wo_id, type: f.code, message: f.message, ...evidenceOf(root, config, f.wo_id) });
    }
    for (const op of gc.operations) {
        // The gate never removes anything, so every dirty zombie or ghost is still there, waiting.
        if (!op.dirty || (op.kind !== 'zombie' && op.kind !== 'ghost'))
            continue;
        const evidence = evidenceOf(root, config, op.wo_id);
        items.push({
            wo_id: op.wo_id,
            type: op.kind === 'zombie' ? 'dirty_zombie' : 'dirty_ghost',
            message: `${op.path}: ${op.reason}`,
            patch_path: op.patch_path ?? evidence.patch_path,
            patch_sha256: op.patch_sha256 ?? evidence.patch_sha256,
            patch_exists: op.patch_path ? node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, op.patch_path)) : evidence.patch_exists,
            decision_path: op.decision_path ?? evidence.decision_path,
            decision_exists: op.decision_path ? node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, op.decision_path)) : evidence.decision_exists,
            decision_complete: op.decision_complete ?? evidence.decision_complete,
        });
    }
    const covered = new Set(items.filter((i) => i.type.startsWith('dirty_')).map((i) => i.wo_id));
    for (const woId of (0,_core_evidence_js__WEBPACK_IMPORTED_MODULE_3__/* .incompleteDecisions */ .OK)(root, config)) {
        if (covered.has(woId))
            continue;
        items.push({ wo_id: woId, type: 'decision_incomplete', message: 'decision.md waits for a person: check one box and remove ACTION_REQUIRED', ...evidenceOf(root, config, woId) });
    }
    for (const entry of expired) {
        items.push({
            wo_id: entry.wo_id,
            type: 'whitelist_expired',
            message: `whitelist entry ${entry.code} expired on ${entry.review_by} (owner ${entry.owner}: ${entry.reason})`,
            ...evidenceOf(root, config, entry.wo_id),
        });
    }
    return items;
}
/** Runs audit (every code, whitelist applied) and gc (dry run or export), then decides 0 / 1. */
async function runWeeklyGate(options) {
    const today = (0,_core_today_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveToday */ .s)(options.today);
    const now = options.now ?? new Date();
    const { root, config } = await (0,_core_context_js__WEBPACK_IMPORTED_MODULE_6__/* .openRepository */ .h)(options.root, options.config);
    const common = { root, config: options.config, today, now };
    const legacy = (0,_core_context_js__WEBPACK_IMPORTED_MODULE_6__/* .legacyArgs */ .T)({ root, config: options.config });
    const audit = await (0,_audit_js__WEBPACK_IMPORTED_MODULE_11__.runAudit)({ root: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_5__/* .readRoot */ .XD)(legacy), config: (0,_core_args_js__WEBPACK_IMPORTED_MODULE_5__/* .readFile */ .TA)(legacy, 'config'), failOn: (0,_audit_fail_on_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFailOn */ .XV)('none', '--fail-on'), today, now });
    const gc = await (0,_gc_js__WEBPACK_IMPORTED_MODULE_12__.runGc)({ ...common, mode: options.exportPatches ? 'export-patch' : 'dry-run' });
    const expired = (0,_core_whitelist_js__WEBPACK_IMPORTED_MODULE_10__/* .loadWhitelist */ .E)(root, config, _core_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .isFindingCode */ .dT)
        .filter((e) => e.review_by < today)
        .map((e) => ({ code: e.code, wo_id: e.wo_id, reason: e.reason, owner: e.owner, review_by: e.review_by, days_expired: (0,_core_today_js__WEBPACK_IMPORTED_MODULE_9__/* .daysBetween */ .Y)(e.review_by, today) }));
    const p0Count = audit.summary.P0;
    const exitCode = p0Count > 0 || expired.length > 0 ? 1 : 0;
    const reasons = [
        ...(p0Count > 0 ? [`${p0Count} P0 finding(s)`] : []),
        ...(expired.length > 0 ? [`${expired.length} expired whitelist entr${expired.length === 1 ? 'y' : 'ies'}`] : []),
    ];
    return {
        ...(0,_core_report_js__WEBPACK_IMPORTED_MODULE_8__/* .baseReport */ .uZ)('weekly-gate', root, exitCode, now),
        today,
        export_patches: options.exportPatches ?? false,
        p0_count: p0Count,
        expired_whitelist: expired,
        action_required: collectActionRequired(root, config, audit, gc, expired),
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
        '',
        `ACTION_REQUIRED (${report.action_required.length})`,
    ];
    if (report.action_required.length === 0)
        lines.push('  none');
    for (const item of report.action_required) {
        lines.push(`  ${item.wo_id.padEnd(10)} ${item.type.padEnd(20)} ${item.message}`);
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
/** Writes the four out-dir files (§5) and records them in the report. */
function writeOutDir(outDir, report, now) {
    const ts = timestamp(now);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(outDir);
    (0,_core_report_js__WEBPACK_IMPORTED_MODULE_8__.checkOutputFolder)(dir, '--out-dir', outDir);
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(dir, { recursive: true });
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`--out-dir: cannot create '${outDir}' (${error.code ?? 'error'})`);
    }
    const files = {
        audit: node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `wo_audit_${ts}.json`),
        gc: node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `wo_gc_${ts}.json`),
        gate: node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `wo_weekly_gate_${ts}.json`),
        log: node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `wo_weekly_gate_${ts}.log`),
    };
    report.out_files = Object.values(files);
    (0,_core_report_js__WEBPACK_IMPORTED_MODULE_8__/* .writeJsonReport */ .a_)(files.audit, report.audit, '--out-dir');
    (0,_core_report_js__WEBPACK_IMPORTED_MODULE_8__/* .writeJsonReport */ .a_)(files.gc, report.gc, '--out-dir');
    (0,_core_report_js__WEBPACK_IMPORTED_MODULE_8__/* .writeJsonReport */ .a_)(files.gate, report, '--out-dir');
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
    const message = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .isConfigurationError */ .p0)(error) ? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error) : `internal error: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`;
    try {
        (0,_core_report_js__WEBPACK_IMPORTED_MODULE_8__.checkOutputFolder)(dir, '--out-dir', outDir);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(dir, { recursive: true });
        const gate = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `wo_weekly_gate_${ts}.json`);
        const log = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `wo_weekly_gate_${ts}.log`);
        (0,_core_report_js__WEBPACK_IMPORTED_MODULE_8__/* .writeJsonReport */ .a_)(gate, { ...(0,_core_report_js__WEBPACK_IMPORTED_MODULE_8__/* .baseReport */ .uZ)('weekly-gate', rootArg ?? '.', 2, now), error: message }, '--out-dir');
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(log, `wo-toolkit weekly-gate: could not run: ${message}\nGATE: ERROR (exit 2)\n`);
        return [gate, log];
    }
    catch {
        return [];
    }
}


/***/ }),

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
/** Every finding code audit can report (SPEC.md §2; the last five are this toolkit's additions). */
const FINDING_CODES = {
    split_brain: { severity: 'P0', summary: 'one WO id has files in two or more state folders' },
    running_without_lock: { severity: 'P0', summary: 'a WO in running/ has no lock' },
    ghost_worktree: { severity: 'P0', summary: 'a WO worktree whose id has no WO file in any state folder' },
    fail_but_running: { severity: 'P0', summary: 'the WO verdict is FAIL and it is still in running/' },
    zombie_worktree: { severity: 'P1', summary: 'a worktree of a WO that is in done/ or failed/' },
    lock_without_running: { severity: 'P1', summary: 'a lock for a WO that is not in running/' },
    duplicate_yaml: { severity: 'P2', summary: 'two or more files in one state folder declare the same id' },
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

/***/ 5488:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ loadWhitelist)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3026);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(634);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3391);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4998);
/* harmony import */ var _schemas_whitelist_schema_json__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(736);





(0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSchema */ .zK)('whitelist', _schemas_whitelist_schema_json__WEBPACK_IMPORTED_MODULE_4__);
/**
 * Reads the whitelist (absent file: no entries). A malformed whitelist is a ConfigurationError:
 * the gate must not pass on a file it could not read. `knownCode` rejects entries naming unknown codes.
 */
function loadWhitelist(root, config, knownCode) {
    // A whitelist that leads outside the repository, is not a regular file or is too large fails the run
    // (a RepoFileError is a ConfigurationError): the gate must not pass on a file it could not read.
    const text = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readRepoText */ .Cj)(root, config.whitelist);
    if (text === undefined)
        return [];
    const { doc, error } = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlStrict */ .w6)(text);
    if (error)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1((0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .describeYamlProblem */ .yZ)(config.whitelist, error));
    const converted = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .yamlData */ .Ot)(doc);
    if (converted.error)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1((0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .describeYamlProblem */ .yZ)(config.whitelist, converted.error));
    const data = converted.data;
    if (data === null || data === undefined)
        return [];
    const errors = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .validate */ .tf)('whitelist', data);
    if (errors.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${config.whitelist}: ${(0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSchemaError */ .LA)(errors[0])} (see schemas/whitelist.schema.json)`);
    }
    const entries = data.entries;
    const lineOf = (index) => {
        const seq = doc.get('entries', true);
        const offset = seq?.items?.[index]?.range?.[0];
        return offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
    };
    return entries.map((entry, index) => {
        if (!knownCode(entry.code)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${config.whitelist}: entries[${index}].code: unknown finding code '${entry.code}'`);
        }
        const line = lineOf(index);
        return line === undefined ? { ...entry } : { ...entry, line };
    });
}


/***/ }),

/***/ 736:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://wo-toolkit.dev/schemas/whitelist.schema.json","title":"Audit whitelist","description":"Audit findings accepted for a bounded time. An entry suppresses the finding with the same code and WO id through its review_by date; after that the finding fails the weekly gate.","type":"object","additionalProperties":false,"required":["entries"],"properties":{"entries":{"title":"Entries","description":"The accepted findings.","type":"array","items":{"title":"Whitelist entry","description":"One accepted finding.","type":"object","additionalProperties":false,"required":["code","wo_id","reason","owner","review_by"],"properties":{"code":{"title":"Finding code","description":"The audit finding code this entry accepts (for example duplicate_yaml).","type":"string","minLength":1},"wo_id":{"title":"WO id","description":"The work order the finding is about.","type":"string","minLength":1},"reason":{"title":"Reason","description":"Why the finding is accepted for now.","type":"string","minLength":1},"owner":{"title":"Owner","description":"Who answers for the entry and reviews it.","type":"string","minLength":1},"review_by":{"title":"Review by","description":"A date (YYYY-MM-DD); the entry is active through that day (UTC).","type":"string","format":"date"}}}}}}');

/***/ })

};
