export const id = 709;
export const ids = [709];
export const modules = {

/***/ 9883:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hu: () => (/* binding */ failsOn),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   mc: () => (/* binding */ readFailOn)
/* harmony export */ });
/* harmony import */ var _core_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8068);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3026);
/* harmony import */ var _core_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9959);



/** Reads the option `name` (default `P0`) as a fail-on list. */
function readFailOn(args, name) {
    return parseFailOn((0,_core_args_js__WEBPACK_IMPORTED_MODULE_0__/* .readList */ .LD)(args, name) ?? ['P0'], args.label(name));
}
/**
 * Parses a list of codes, severities, `all` or `none`. An unknown token is a UsageError: a typo must
 * never pass silently.
 */
function parseFailOn(tokens, argName) {
    const text = tokens.join(',');
    if (tokens.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${argName}: expected a list of finding codes, P0, P1, P2, all or none, got an empty value`);
    }
    const result = { codes: new Set(), severities: new Set(), tokens: [] };
    for (const raw of tokens) {
        const token = raw.toLowerCase();
        if (token === 'all') {
            _core_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.forEach((s) => result.severities.add(s));
            result.tokens.push('all');
        }
        else if (token === 'none') {
            result.tokens.push('none');
        }
        else if (/^p[012]$/.test(token)) {
            result.severities.add(token.toUpperCase());
            result.tokens.push(token.toUpperCase());
        }
        else if ((0,_core_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .isFindingCode */ .dT)(token)) {
            result.codes.add(token);
            result.tokens.push(token);
        }
        else {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${argName}: unknown token '${raw}' (expected a finding code, P0, P1, P2, all or none; codes: ${_core_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL_CODES */ .F2.join(', ')})`);
        }
    }
    if (result.tokens.includes('none') && result.tokens.length > 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${argName}: 'none' cannot be combined with other tokens, got '${text}'`);
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
  Q: () => (/* binding */ auditRepository),
  formatAudit: () => (/* binding */ formatAudit),
  readAuditSettings: () => (/* binding */ readAuditSettings),
  runAudit: () => (/* binding */ runAudit)
});

// UNUSED EXPORTS: summarise

// EXTERNAL MODULE: ./build/src/core/state.js
var core_state = __webpack_require__(6928);
// EXTERNAL MODULE: ./build/src/core/evidence.js
var evidence = __webpack_require__(724);
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
/** Detects drift in the repository state (README.md#finding-codes). Read-only. */
function detectFindings(state, now) {
    const { root, config } = state;
    const findings = [];
    const byId = (0,core_state/* filesById */.kT)(state.wos);
    const lockById = new Map(state.locks.map((lock) => [lock.woId, lock]));
    const staleMs = config.staleLockHours * 3_600_000;
    const verdictOf = (0,evidence/* woVerdictReader */.vW)(root, config);
    // Without any WO worktree (a CI checkout) a running WO's worktree is on someone's machine.
    const checksWorktrees = hasWoWorktrees(state);
    const worktreeOf = new Set(state.worktrees.filter((wt) => wt.woId !== undefined && !wt.prunable).map((wt) => wt.woId));
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
                const holder = [lock.user && `by ${lock.user}`, lock.pid !== undefined && `pid ${lock.pid}`].filter(Boolean).join(', ');
                findings.push(finding('stale_lock', id, `the lock of ${id}${holder ? ` (${holder})` : ''} is ${hours} h old (stale after ${config.staleLockHours} h; age from its ${lock.ageSource})`, [lock.path, ...running]));
            }
            const { verdict, unreadable } = verdictOf(id);
            for (const file of unreadable) {
                findings.push(finding('unreadable_verdict', id, `${file.path}: ${file.problem}; the verdict of running ${id} is unknown`, [file.path, ...running]));
            }
            if (verdict && (0,evidence/* isFailure */.N6)(verdict.verdict)) {
                const details = [verdict.failure_stage && `stage ${verdict.failure_stage}`, verdict.finished_at && `finished ${verdict.finished_at}`].filter(Boolean).join(', ');
                const f = finding('fail_but_running', id, `${id} has verdict ${verdict.verdict}${details ? ` (${details})` : ''} in ${verdict.path} but is still in running/`, [...running, verdict.path]);
                f.verdict = verdict.verdict;
                if (verdict.failure_stage !== undefined)
                    f.failure_stage = verdict.failure_stage;
                if (verdict.finished_at !== undefined)
                    f.finished_at = verdict.finished_at;
                findings.push(f);
            }
            if (checksWorktrees && !worktreeOf.has(id)) {
                findings.push(finding('running_without_worktree', id, `${id} is in running/ but has no worktree (looked in ${config.worktreesDirs.join(', ')} and for branches ${config.branchPrefixes.map((p) => `${p}${id}`).join(', ')})`, running));
            }
        }
    }
    findings.push(...sameNameInSeveralStates(state.wos, byId));
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
 * True when the checkout has at least one WO worktree whose folder is there: only then can a missing
 * one be drift (a CI checkout has none; a registration whose folder is gone does not count).
 */
function hasWoWorktrees(state) {
    return state.worktrees.some((wt) => wt.woId !== undefined && !wt.prunable);
}
/** What audit could not check in this checkout, said once per report. */
function auditNotes(state) {
    if (hasWoWorktrees(state))
        return [];
    return [
        `no WO worktree in this checkout (looked in ${state.config.worktreesDirs.join(', ')} and for branches ${state.config.branchPrefixes.map((p) => `${p}<WO-ID>`).join(', ')}): running_without_worktree was not checked`,
    ];
}
/**
 * A split brain that ids alone do not show: the same WO file name in two or more state folders
 * while a copy's `id` says something else (mistyped). Reported as split_brain under the file name,
 * with an id_mismatch for each copy whose id differs from its name.
 */
function sameNameInSeveralStates(wos, byId) {
    const byStem = new Map();
    for (const wo of wos) {
        const list = byStem.get(wo.stem);
        if (list)
            list.push(wo);
        else
            byStem.set(wo.stem, [wo]);
    }
    const findings = [];
    for (const [stem, files] of byStem) {
        if (files.length < 2 || files.every((f) => f.id === stem))
            continue;
        const states = statesOf(files);
        if (states.size < 2)
            continue;
        // Already a split brain by id when every copy declares the same id.
        if (new Set(files.map((f) => f.id)).size === 1 && statesOf(byId.get(files[0].id) ?? []).size >= 2)
            continue;
        const ids = [...new Set(files.map((f) => f.id))].join(', ');
        findings.push(finding('split_brain', stem, `the file ${stem} is in ${[...states].join(' and ')} at once (its copies declare ${ids})`, files.map((f) => f.path)));
        for (const f of files) {
            if (f.id === stem || f.idFromStem)
                continue;
            findings.push(finding('id_mismatch', stem, `${f.path} declares id ${f.id}, not ${stem} as its file name says`, [f.path]));
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
    return auditRepository(await (0,context/* openRepository */.h)(settings.root, settings.config), settings);
}
/**
 * Audit of a repository already opened: weekly-gate composes it with gc over the same one, and passes
 * the state it read for both (`loaded`), so the repository is read once.
 */
async function auditRepository({ root, config }, { failOn, today, now }, loaded) {
    const whitelist = (0,core_whitelist/* loadWhitelist */.E)(root, config, codes/* isFindingCode */.dT);
    const state = loaded ?? (await (0,core_state/* loadRepoState */.Qk)(root, config));
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
        notes: auditNotes(state),
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
            lines.push(`  ${f.code.padEnd(24)} ${f.wo_id.padEnd(10)} ${f.message}`);
            for (const p of f.paths)
                lines.push(`  ${''.padEnd(24)} ${''.padEnd(10)}   ${p}`);
        }
    }
    const whitelisted = report.findings.filter((f) => f.whitelisted);
    if (whitelisted.length > 0) {
        lines.push('', `whitelisted (${whitelisted.length})`);
        for (const f of whitelisted) {
            lines.push(`  ${f.code.padEnd(24)} ${f.wo_id.padEnd(10)} until ${f.whitelist?.review_by} (${f.whitelist?.owner}: ${f.whitelist?.reason})`);
        }
    }
    const s = report.summary;
    if (report.findings.length === 0)
        lines.push('', 'No findings.');
    for (const note of report.notes)
        lines.push('', `note: ${note}`);
    const verdict = report.exit_code === 0 ? 'pass' : `FAIL (${report.failing_wo_ids.join(', ')})`;
    lines.push('', `summary: P0=${s.P0} P1=${s.P1} P2=${s.P2} total=${s.total} whitelisted=${s.whitelisted}; fail-on ${report.fail_on.join(',')}: ${verdict}`);
    return `${lines.join('\n')}\n`;
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

/***/ 3412:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ daysBetween)
/* harmony export */ });
/** Whole days from date `a` to date `b` (both YYYY-MM-DD). */
function daysBetween(a, b) {
    return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
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
