export const id = 496;
export const ids = [496];
export const modules = {

/***/ 2496:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatReconcile: () => (/* binding */ formatReconcile),
  readReconcileSettings: () => (/* binding */ readReconcileSettings),
  runReconcile: () => (/* binding */ runReconcile)
});

// UNUSED EXPORTS: RECONCILE_LOCK, RECONCILE_MODES, summariseRepairs

// EXTERNAL MODULE: ./build/src/core/config.js
var core_config = __webpack_require__(5167);
// EXTERNAL MODULE: ./build/src/core/repo.js
var repo = __webpack_require__(8941);
// EXTERNAL MODULE: ./build/src/core/args.js
var core_args = __webpack_require__(8068);
// EXTERNAL MODULE: ./build/src/core/errors.js
var errors = __webpack_require__(3026);
// EXTERNAL MODULE: ./build/src/core/report.js
var report = __webpack_require__(5299);
// EXTERNAL MODULE: ./build/src/core/run-lock.js
var run_lock = __webpack_require__(6898);
// EXTERNAL MODULE: ./build/src/core/repo-files.js
var repo_files = __webpack_require__(3391);
// EXTERNAL MODULE: ./build/src/core/schema.js
var core_schema = __webpack_require__(634);
// EXTERNAL MODULE: ./build/src/core/state.js
var core_state = __webpack_require__(6928);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/gc/atomic.js
var atomic = __webpack_require__(8083);
// EXTERNAL MODULE: ./build/src/core/step-hooks.js
var step_hooks = __webpack_require__(4222);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./build/src/core/lock-file.js
var lock_file = __webpack_require__(6701);
// EXTERNAL MODULE: ./build/src/core/evidence.js
var evidence = __webpack_require__(724);
// EXTERNAL MODULE: ./build/src/core/wo-id.js
var wo_id = __webpack_require__(1673);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./build/src/reconcile/edit.js


function parseWo(text) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: true, prettyErrors: false });
    const first = doc.errors[0];
    if (first) {
        const pos = first.linePos?.[0];
        const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
        return { text, doc, data: undefined, problem: `invalid YAML${where}: ${first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}` };
    }
    if (!(0,dist/* isMap */.jh)(doc.contents))
        return { text, doc, data: undefined, problem: 'the file is not a YAML mapping' };
    const data = doc.toJS();
    return { text, doc, data };
}
/** True when the value counts as empty: missing, null, or a blank string. */
function isEmptyValue(value) {
    return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
/** The source text of a scalar in the style of `like` (plain stays plain when that reads back the same). */
function renderScalar(value, like) {
    if (value === null)
        return 'null';
    if (like === 'QUOTE_SINGLE')
        return `'${value.replace(/'/g, "''")}'`;
    if (like === 'QUOTE_DOUBLE')
        return JSON.stringify(value);
    // Plain only when it reads back as the same string (not a number, date, boolean, comment, …).
    const plain = /^[A-Za-z0-9_./@+-][A-Za-z0-9_./@+:-]*$/.test(value) && !/:$/.test(value);
    if (plain) {
        const back = (0,dist/* parseDocument */.Tp)(`k: ${value}\n`).toJS();
        if (back.k === value)
            return value;
    }
    return JSON.stringify(value);
}
/**
 * The text of `wo` with the top-level `changes` applied, or a reason why that cannot be done in place.
 * Only keys whose value is a scalar (or missing) can be changed.
 */
function editTopLevel(wo, changes) {
    if (wo.problem || !wo.data || !(0,dist/* isMap */.jh)(wo.doc.contents))
        return { problem: wo.problem ?? 'the file is not a YAML mapping' };
    const map = wo.doc.contents;
    if (map.flow)
        return { problem: 'the file is a flow mapping ({ … }), which cannot be edited line by line' };
    const { text } = wo;
    const splices = [];
    const added = [];
    for (const [key, value] of Object.entries(changes)) {
        const pair = map.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && item.key.value === key);
        if (!pair) {
            added.push(`${key}: ${renderScalar(value, undefined)}`);
            continue;
        }
        const node = pair.value;
        if (node === null) {
            // `key:` with nothing after it: the key's end is where the value goes.
            const keyEnd = (0,dist/* isScalar */.jn)(pair.key) && pair.key.range ? pair.key.range[1] : undefined;
            const colon = keyEnd === undefined ? -1 : text.indexOf(':', keyEnd);
            if (colon < 0)
                return { problem: `cannot find where '${key}' ends` };
            splices.push({ at: colon + 1, end: colon + 1, text: ` ${renderScalar(value, undefined)}` });
            continue;
        }
        if (!(0,dist/* isScalar */.jn)(node) || !node.range)
            return { problem: `'${key}' holds a ${(0,dist/* isMap */.jh)(node) ? 'mapping' : 'list'}, not a single value` };
        if (node.anchor || node.tag)
            return { problem: `'${key}' has an anchor or a tag` };
        const [start, valueEnd] = node.range;
        const original = text.slice(start, valueEnd);
        if (original === '') {
            // An empty plain scalar: insert after the colon, keeping a space.
            splices.push({ at: start, end: start, text: `${text[start - 1] === ':' ? ' ' : ''}${renderScalar(value, undefined)}` });
            continue;
        }
        if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')
            return { problem: `'${key}' is a block scalar` };
        // `~` and `null` keep their spelling only when the new value is empty too.
        splices.push({ at: start, end: valueEnd, text: value === null && node.value === null ? original : renderScalar(value, node.type) });
    }
    if (added.length > 0) {
        const first = map.items[0];
        const keyStart = first && (0,dist/* isScalar */.jn)(first.key) && first.key.range ? first.key.range[0] : 0;
        const indent = ' '.repeat(keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1));
        const at = map.range ? map.range[2] : text.length;
        const before = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
        splices.push({ at, end: at, text: `${before}${added.map((line) => `${indent}${line}\n`).join('')}` });
    }
    let result = text;
    for (const s of splices.sort((a, b) => b.at - a.at))
        result = `${result.slice(0, s.at)}${s.text}${result.slice(s.end)}`;
    // The edited text must parse to exactly the intended data.
    const check = parseWo(result);
    const expected = { ...wo.data, ...changes };
    if (check.problem || !(0,external_node_util_.isDeepStrictEqual)(check.data, expected))
        return { problem: 'the edited file would not read back as intended' };
    return { text: result };
}

// EXTERNAL MODULE: ./build/src/validate/schemas.js + 3 modules
var schemas = __webpack_require__(4530);
;// CONCATENATED MODULE: ./build/src/reconcile/validate.js


/**
 * Whether WOs, as repairs would leave them, validate against the work-order schema in use: the
 * repository's own (docs/backlog/schema/work_order.schema.json, or `schemas:` in the configuration)
 * when it has one, else the bundled one. Resolved once per plan, when a repair first needs it; a
 * repository schema that cannot be read or compiled stops the run (exit 2), as validate-backlog does.
 */
function workOrderChecker(root, config) {
    let schema;
    return (data) => {
        schema ??= (0,schemas/* resolveSchemas */.xK)(root, config).work_order;
        if (schema.validate(data))
            return undefined;
        return `${(0,core_schema/* describeSchemaError */.LA)(schema.validate.errors[0])} (${schema.file})`;
    };
}

;// CONCATENATED MODULE: ./build/src/reconcile/plan.js











/**
 * Plans the repairs (read-only). The plan is computed on the state as it will be once every repair
 * before it is done (a lock is "left behind" once the split brain that kept its WO in running/ is
 * repaired), so one plan lists everything `--apply --force` does; a repair that depends on one that
 * needs `--force` needs it too.
 */
/** The fields a WO gains or changes as it moves between states: copies that differ only in them are the same work. */
const MOVING_FIELDS = ['status', 'owner', 'branch', 'worktree', 'started_at', 'finished_at', 'closed_at', 'result', 'verified_at_sha'];
/** The fields of a running WO that reconcile fills when they are empty. */
const METADATA_FIELDS = ['owner', 'branch', 'worktree', 'started_at'];
const RANK = { pending: 0, running: 1, done: 2, failed: 2 };
function sha256(bytes) {
    return external_node_crypto_.createHash('sha256').update(bytes).digest('hex');
}
function base(code, woId, fields) {
    return { wo_id: woId, code, safe: true, applied: false, evidence_path: null, needs: null, ...fields };
}
function without(data, keys) {
    const copy = { ...data };
    for (const key of keys)
        delete copy[key];
    return copy;
}
/** Top-level keys in which two WOs differ, beyond the moving fields. */
function differingKeys(a, b) {
    const left = without(a, MOVING_FIELDS);
    const right = without(b, MOVING_FIELDS);
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    return [...keys].filter((k) => !(0,external_node_util_.isDeepStrictEqual)(left[k], right[k])).sort();
}
function describeKeys(keys) {
    const shown = keys.slice(0, 5).join(', ');
    return keys.length > 5 ? `${shown} and ${keys.length - 5} more` : shown;
}
/** The repairs the repository needs, in the order they are applied. */
function planRepairs({ state, now }) {
    const { root, config } = state;
    const copies = new Map();
    const read = (file) => {
        let copy = copies.get(file.path);
        if (!copy) {
            // Through the repository's file home: no link out, regular files only, bounded.
            const bytes = (0,repo_files/* readRepoFile */.v6)(root, file.path)?.bytes ?? Buffer.alloc(0);
            copy = { file, bytes, sha256: sha256(bytes), parsed: parseWo(bytes.toString('utf8')) };
            copies.set(file.path, copy);
        }
        return copy;
    };
    const checkWorkOrder = workOrderChecker(root, config);
    const repairs = [];
    const notes = [];
    const byId = (0,core_state/* filesById */.kT)(state.wos);
    // The files of each WO as they will be once the repairs planned so far are done.
    const projected = new Map([...byId].map(([id, files]) => [id, [...files]]));
    const locks = new Map(state.locks.map((lock) => [lock.woId, lock]));
    /** Ids a person must decide about: no other repair touches them. */
    const undecided = new Set();
    /** The repairs that take each WO out of running/. */
    const leavesRunning = new Map();
    const ids = [...byId.keys()].sort();
    // 1. split_brain: the most advanced state survives, each other copy is removed (saved first).
    for (const id of ids) {
        const files = byId.get(id);
        const states = [...new Set(files.map((f) => f.state))];
        if (states.length < 2)
            continue;
        const described = states.join('+');
        const paths = files.map((f) => f.path);
        if (states.includes('done') && states.includes('failed')) {
            undecided.add(id);
            const done = files.filter((f) => f.state === 'done').map((f) => f.path);
            const failed = files.filter((f) => f.state === 'failed').map((f) => f.path);
            repairs.push({
                repair: base('split_brain', id, {
                    action: 'decide',
                    from: described,
                    to: null,
                    paths,
                    safe: false,
                    needs: 'person',
                    message: `${id} is both done (${done.join(', ')}) and failed (${failed.join(', ')}): no rule says which is true. Decide whether it passed, keep that copy, and delete the other; reconcile then repairs the rest`,
                }),
                steps: [],
                after: [],
            });
            continue;
        }
        const top = Math.max(...states.map((s) => RANK[s]));
        const survivorState = states.find((s) => RANK[s] === top);
        const survivors = files.filter((f) => f.state === survivorState);
        if (survivors.length > 1) {
            undecided.add(id);
            repairs.push({
                repair: base('split_brain', id, {
                    action: 'decide',
                    from: described,
                    to: survivorState,
                    paths,
                    safe: false,
                    needs: 'person',
                    message: `${id} has ${survivors.length} files in ${survivorState}/ (${survivors.map((f) => f.path).join(', ')}): decide which one is the WO and delete the others; reconcile then removes the copies in ${states.filter((s) => s !== survivorState).join(' and ')}/`,
                }),
                steps: [],
                after: [],
            });
            continue;
        }
        const survivor = read(survivors[0]);
        for (const file of files.filter((f) => f.state !== survivorState)) {
            const copy = read(file);
            const planned = {
                repair: base('split_brain', id, {
                    action: 'remove_copy',
                    from: file.state,
                    to: survivorState,
                    paths: [file.path, survivor.file.path],
                    message: '',
                }),
                steps: [],
                after: [],
            };
            const { repair } = planned;
            const identical = copy.sha256 === survivor.sha256;
            if (!identical) {
                const saved = (0,wo_id/* woPath */.kV)(config.handoffDir, id, '', 'reconcile', `${file.state}.${copy.sha256}.yaml`);
                if (!saved)
                    planned.blocked = `its id '${id}' ${(0,wo_id/* woIdPathProblem */.WA)(id)}, so it names no evidence folder to save the copy in`;
                else {
                    repair.evidence_path = saved;
                    planned.steps.push({ kind: 'save-evidence', path: repair.evidence_path, bytes: copy.bytes, sha256: copy.sha256 });
                }
            }
            planned.steps.push({ kind: 'remove-file', path: file.path, sha256: copy.sha256 });
            const unreadable = [copy, survivor].find((c) => c.parsed.problem);
            if (identical) {
                repair.message = `remove ${file.path}: byte-identical to ${survivor.file.path}, which stays`;
            }
            else if (unreadable) {
                planned.blocked ??= `${unreadable.file.path}: ${unreadable.parsed.problem}`;
                repair.safe = false;
                repair.needs = 'fix_file';
                repair.message = `cannot compare the copies: ${planned.blocked}; fix the file, then run reconcile again`;
            }
            else {
                const keys = differingKeys(copy.parsed.data, survivor.parsed.data);
                if (keys.length === 0) {
                    repair.message = `remove ${file.path} (it differs from ${survivor.file.path} only in the fields a WO gains as it moves); it is saved first as ${repair.evidence_path}`;
                }
                else {
                    repair.safe = false;
                    repair.needs = 'force';
                    repair.differences = keys;
                    repair.message = `${file.path} differs from ${survivor.file.path} in ${describeKeys(keys)}: review both, then run with --force to keep ${survivorState}/ (the removed copy is saved first as ${repair.evidence_path})`;
                }
            }
            if (planned.blocked && repair.needs !== 'fix_file') {
                repair.safe = false;
                repair.needs = 'fix_file';
                repair.message = `cannot remove ${file.path}: ${planned.blocked}`;
            }
            repairs.push(planned);
            projected.set(id, projected.get(id).filter((f) => f !== file));
            if (file.state === 'running')
                leavesRunning.set(id, [...(leavesRunning.get(id) ?? []), planned]);
        }
    }
    // 2. fail_but_running: a running WO whose verdict failed moves to failed/, its lock goes.
    const verdictOf = (0,evidence/* woVerdictReader */.vW)(root, config);
    for (const id of ids) {
        if (undecided.has(id))
            continue;
        const files = projected.get(id);
        if (files.length !== 1 || files[0].state !== 'running')
            continue;
        const found = verdictOf(id).verdict;
        if (!found || !(0,evidence/* isFailure */.N6)(found.verdict))
            continue;
        const verdict = `${found.verdict} (${found.path}${found.failure_stage ? `, stage ${found.failure_stage}` : ''})`;
        const file = files[0];
        const copy = read(file);
        const target = `${config.stateFolders.failed}/${external_node_path_.posix.basename(file.path)}`;
        const lock = locks.get(id);
        const planned = {
            repair: base('fail_but_running', id, {
                action: 'move_to_failed',
                from: 'running',
                to: 'failed',
                paths: [file.path, target, ...(lock ? [lock.path] : [])],
                message: `move ${file.path} to ${target}${lock ? ` and remove its lock ${lock.path}` : ''}: its verdict is ${verdict}`,
            }),
            steps: [],
            after: [],
        };
        const blocked = (reason) => {
            planned.blocked = reason;
            planned.repair.safe = false;
            planned.repair.needs = 'fix_file';
            planned.repair.message = `cannot move ${file.path} to ${target}: ${reason}`;
        };
        if (copy.parsed.problem)
            blocked(`${file.path}: ${copy.parsed.problem}`);
        else if ((0,repo_files/* readRepoFile */.v6)(root, target) !== undefined) {
            planned.repair.safe = false;
            planned.repair.needs = 'person';
            planned.repair.message = `cannot move ${file.path}: ${target} already exists and declares another WO; rename one of them, then run reconcile again`;
        }
        else {
            const data = copy.parsed.data;
            const changes = 'status' in data && data['status'] !== 'failed' ? { status: 'failed' } : {};
            const edited = Object.keys(changes).length === 0 ? { text: copy.parsed.text } : editTopLevel(copy.parsed, changes);
            if ('problem' in edited)
                blocked(`${file.path}: ${edited.problem}`);
            else {
                const invalid = checkWorkOrder({ ...data, ...changes });
                if (invalid)
                    blocked(`${target} would not validate: ${invalid}`);
                else {
                    planned.steps.push({ kind: 'create-file', path: target, bytes: Object.keys(changes).length === 0 ? copy.bytes : Buffer.from(edited.text, 'utf8') });
                    planned.steps.push({ kind: 'remove-file', path: file.path, sha256: copy.sha256 });
                    if (lock)
                        planned.steps.push({ kind: 'remove-lock', path: lock.path });
                }
            }
        }
        repairs.push(planned);
        projected.set(id, [{ ...file, state: 'failed', path: target }]);
        locks.delete(id);
        leavesRunning.set(id, [...(leavesRunning.get(id) ?? []), planned]);
    }
    // 3. lock_without_running: a lock left behind by a WO that is now done or failed.
    for (const lock of [...locks.values()].sort((a, b) => (a.woId < b.woId ? -1 : 1))) {
        const id = lock.woId;
        if (undecided.has(id))
            continue;
        const files = projected.get(id) ?? [];
        if (files.length === 0 || files.some((f) => f.state === 'running' || f.state === 'pending'))
            continue;
        const after = leavesRunning.get(id) ?? [];
        const states = [...new Set(files.map((f) => f.state))].join('+');
        const planned = {
            repair: base('lock_without_running', id, {
                action: 'remove_lock',
                from: 'locked',
                to: 'unlocked',
                paths: [lock.path, ...files.map((f) => f.path)],
                message: `remove ${lock.path}: ${id} is ${states}${after.length > 0 ? ' once the repairs above are done' : ''}`,
            }),
            steps: [{ kind: 'remove-lock', path: lock.path }],
            after,
        };
        const waiting = after.find((a) => !a.repair.safe);
        if (waiting) {
            planned.repair.safe = false;
            planned.repair.needs = waiting.repair.needs;
            const what = waiting.repair.needs === 'force' ? 'which needs --force' : waiting.repair.needs === 'person' ? 'which a person must decide' : 'which is blocked';
            planned.repair.message += ` (it waits for the ${waiting.repair.code} repair of ${id}, ${what})`;
        }
        repairs.push(planned);
        locks.delete(id);
    }
    // 4. running_without_lock: a WO in running/ gets the lock it should have.
    // The form the repository's other locks use: plain text when any of them is (it names its tool).
    const format = state.locks.some((lock) => lock.tool !== undefined) ? 'plain' : 'mapping';
    const lockFolder = config.stateFolders.running;
    for (const id of ids) {
        if (undecided.has(id) || locks.has(id))
            continue;
        const running = (projected.get(id) ?? []).filter((f) => f.state === 'running');
        if (running.length === 0)
            continue;
        const lockPath = (0,wo_id/* woPath */.kV)(lockFolder, id, '.lock') ?? `${lockFolder}/${id}.lock`;
        const planned = {
            repair: base('running_without_lock', id, {
                action: 'create_lock',
                from: 'unlocked',
                to: 'locked',
                paths: [lockPath, ...running.map((f) => f.path)],
                message: `write ${lockPath} (marked as written by reconcile): ${id} is in running/ without a lock`,
            }),
            steps: [],
            after: [],
        };
        if ((0,wo_id/* woIdPathProblem */.WA)(id) !== undefined) {
            planned.blocked = `its id '${id}' ${(0,wo_id/* woIdPathProblem */.WA)(id)}, so it cannot name a lock`;
            planned.repair.safe = false;
            planned.repair.needs = 'fix_file';
            planned.repair.message = `cannot write a lock for ${running[0].path}: ${planned.blocked}`;
        }
        else {
            const text = (0,lock_file/* renderLock */.wC)(format, {
                pid: process.pid,
                user: currentUser(),
                hostname: external_node_os_.hostname(),
                timestamp: now.toISOString(),
                reason: `Written by wo-toolkit reconcile on ${now.toISOString()}: ${id} was in running/ without a lock.`,
            });
            planned.steps.push({ kind: 'create-file', path: lockPath, bytes: Buffer.from(text, 'utf8') });
        }
        repairs.push(planned);
    }
    // 5. running_without_metadata: fill a running WO's empty owner, branch, worktree, started_at.
    for (const id of ids) {
        if (undecided.has(id))
            continue;
        const running = (projected.get(id) ?? []).filter((f) => f.state === 'running');
        if (running.length !== 1 || (projected.get(id) ?? []).length !== 1)
            continue;
        const file = running[0];
        const copy = read(file);
        if (copy.parsed.problem)
            continue; // audit reports the unreadable file; there is nothing to fill in it
        const data = copy.parsed.data;
        const empty = METADATA_FIELDS.filter((field) => isEmptyValue(data[field]));
        if (empty.length === 0)
            continue;
        const { filled, notInferred } = inferMetadata(state, id, empty, locks.get(id));
        if (Object.keys(filled).length === 0) {
            notes.push({ wo_id: id, path: file.path, message: `${file.path}: ${empty.join(', ')} empty and nothing to fill them from`, not_inferred: notInferred });
            continue;
        }
        const planned = {
            repair: base('running_without_metadata', id, {
                action: 'fill_metadata',
                from: 'incomplete',
                to: notInferred.length === 0 ? 'complete' : 'incomplete',
                paths: [file.path],
                message: `fill ${Object.entries(filled).map(([k, v]) => `${k}: ${v}`).join(', ')} in ${file.path}${notInferred.length > 0 ? `; ${notInferred.map((n) => n.field).join(', ')} stay empty` : ''}`,
                filled,
                not_inferred: notInferred,
            }),
            steps: [],
            after: [],
        };
        const edited = editTopLevel(copy.parsed, filled);
        const invalid = 'problem' in edited ? undefined : checkWorkOrder({ ...data, ...filled });
        if ('problem' in edited || invalid) {
            planned.blocked = 'problem' in edited ? `${file.path}: ${edited.problem}` : `${file.path} would not validate: ${invalid}`;
            planned.repair.safe = false;
            planned.repair.needs = 'fix_file';
            planned.repair.message = `cannot fill ${Object.keys(filled).join(', ')}: ${planned.blocked}`;
        }
        else {
            planned.steps.push({ kind: 'replace-file', path: file.path, bytes: Buffer.from(edited.text, 'utf8'), sha256: copy.sha256 });
        }
        repairs.push(planned);
    }
    return { repairs, notes };
}
function currentUser() {
    try {
        return external_node_os_.userInfo().username;
    }
    catch {
        return process.env['USER'] ?? process.env['USERNAME'] ?? 'unknown';
    }
}
/** What a running WO's lock and worktree say about its empty fields. */
function inferMetadata(state, id, empty, lock) {
    const filled = {};
    const notInferred = [];
    const own = lock !== undefined && !(0,lock_file/* isWrittenByToolkit */.TP)(lock);
    const lockReason = !lock
        ? 'it has no lock to read it from'
        : !own
            ? `its lock ${lock.path} was written by ${lock_file/* LOCK_WRITER */.gJ}, not by the session that took the WO`
            : undefined;
    const fromLock = {
        user: own ? lock.user : undefined,
        // Only a time the lock records: its modification time says nothing about when the work started.
        timestamp: own && lock.ageSource === 'timestamp' ? lock.takenAt.toISOString().replace('.000Z', 'Z') : undefined,
    };
    const worktrees = state.worktrees.filter((wt) => wt.woId === id && !wt.isMain && !wt.prunable);
    const anyWoWorktree = state.worktrees.some((wt) => wt.woId !== undefined);
    const worktreeReason = worktrees.length > 1
        ? `${worktrees.length} worktrees belong to it (${worktrees.map((w) => w.relPath).join(', ')})`
        : worktrees.length === 0
            ? anyWoWorktree
                ? `no worktree of ${id} is registered (git worktree list)`
                : 'this checkout has no WO worktrees (they live where people work)'
            : undefined;
    const worktree = worktrees.length === 1 ? worktrees[0] : undefined;
    for (const field of empty) {
        if (field === 'owner') {
            if (fromLock.user)
                filled['owner'] = fromLock.user;
            else
                notInferred.push({ field, reason: lockReason ?? `its lock ${lock.path} names no user` });
        }
        else if (field === 'started_at') {
            if (fromLock.timestamp)
                filled['started_at'] = fromLock.timestamp;
            else
                notInferred.push({ field, reason: lockReason ?? `its lock ${lock.path} records no time (its modification time says nothing about when the work started)` });
        }
        else if (field === 'worktree') {
            if (worktree)
                filled['worktree'] = worktree.relPath;
            else
                notInferred.push({ field, reason: worktreeReason });
        }
        else if (field === 'branch') {
            if (worktree?.branch)
                filled['branch'] = worktree.branch;
            else
                notInferred.push({ field, reason: worktree ? `its worktree ${worktree.relPath} has no branch checked out (detached HEAD)` : worktreeReason });
        }
    }
    return { filled, notInferred };
}
/**
 * The files an applied repair wrote or removed (repository-relative), for proposing them: `written`
 * hold new content, `removed` are gone. The order of a repair's `paths` is set by the planner above.
 */
function changedPaths(repair) {
    const [first, second, third] = repair.paths;
    switch (repair.action) {
        case 'remove_copy':
            return { written: repair.evidence_path ? [repair.evidence_path] : [], removed: [first] };
        case 'move_to_failed':
            return { written: [second], removed: [first, ...(third ? [third] : [])] };
        case 'remove_lock':
            return { written: [], removed: [first] };
        case 'create_lock':
        case 'fill_metadata':
            return { written: [first], removed: [] };
        case 'decide':
            return { written: [], removed: [] };
    }
}

;// CONCATENATED MODULE: ./build/src/reconcile/apply.js






/**
 * Carries out planned repairs. Every write is atomic (a temporary file renamed into place), every
 * removal first checks that the file still holds the bytes that were planned on, and each step leaves
 * a state that a new plan completes: a run killed anywhere is finished by running reconcile again.
 */
const RECONCILE_STEPS = (/* unused pure expression or super */ null && (['locked', 'planned', 'temp-written', 'evidence-written', 'file-created', 'file-replaced', 'file-removed', 'lock-removed', 'released']));
const hooks = (0,step_hooks/* stepHooks */.Z)('WO_TOOLKIT_RECONCILE');
/** A file changed between the plan and the write: the run stops, a new run plans again. */
class ChangedUnderneathError extends Error {
}
/** The file's bytes through the repository's file home (no link out, regular files only), or undefined when it is gone. */
function readIfExists(root, rel) {
    return (0,repo_files/* readRepoFile */.v6)(root, rel)?.bytes;
}
/** Where `rel` is on disk: in its folder, created inside the repository (never through a link that leads out). */
function placeIn(root, rel) {
    return external_node_path_.join((0,repo_files/* ensureRepoFolder */.pt)(root, external_node_path_.posix.dirname(rel)), external_node_path_.posix.basename(rel));
}
/** Creates `abs` with `bytes` only when nothing is there (a link of a complete temporary file: never a half file, never over another). */
function createExclusive(abs, bytes) {
    const tmp = (0,atomic/* writeTempBeside */.It)(abs, bytes);
    try {
        hooks.reachedStepSync('temp-written', abs);
        external_node_fs_.linkSync(tmp, abs);
        return 'created';
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return 'exists';
        throw error;
    }
    finally {
        external_node_fs_.rmSync(tmp, { force: true });
    }
}
async function runStep(root, step) {
    switch (step.kind) {
        case 'save-evidence': {
            // The name carries the SHA-256 of the content: a file already there with that content is this copy.
            createExclusive(placeIn(root, step.path), step.bytes);
            // Read back: the copy is removed only once its evidence is on disk, byte for byte.
            const back = readIfExists(root, step.path);
            if (back === undefined || sha256(back) !== step.sha256)
                throw new ChangedUnderneathError(`${step.path} does not hold the copy its name promises`);
            await hooks.reachedStep('evidence-written', step.path);
            return;
        }
        case 'create-file': {
            if (createExclusive(placeIn(root, step.path), step.bytes) === 'exists' && !readIfExists(root, step.path)?.equals(step.bytes)) {
                throw new ChangedUnderneathError(`${step.path} appeared while reconcile ran`);
            }
            await hooks.reachedStep('file-created', step.path);
            return;
        }
        case 'replace-file': {
            const current = readIfExists(root, step.path);
            if (current === undefined || sha256(current) !== step.sha256)
                throw new ChangedUnderneathError(`${step.path} changed while reconcile ran`);
            (0,atomic/* writeFileAtomic */.Zf)(placeIn(root, step.path), step.bytes, () => hooks.reachedStepSync('temp-written', step.path));
            await hooks.reachedStep('file-replaced', step.path);
            return;
        }
        case 'remove-file': {
            const current = readIfExists(root, step.path);
            if (current !== undefined) {
                if (sha256(current) !== step.sha256)
                    throw new ChangedUnderneathError(`${step.path} changed while reconcile ran`);
                (0,repo_files/* removeRepoFile */.E0)(root, step.path);
            }
            await hooks.reachedStep('file-removed', step.path);
            return;
        }
        case 'remove-lock': {
            (0,repo_files/* removeRepoFile */.E0)(root, step.path);
            await hooks.reachedStep('lock-removed', step.path);
            return;
        }
    }
}
/**
 * Applies the repairs that may be applied (safe ones, and with `force` those that need only --force,
 * each once the repairs it waits for are applied). Marks each applied one; returns nothing.
 */
async function applyRepairs(root, repairs, force) {
    for (const planned of repairs) {
        const { repair } = planned;
        const allowed = repair.safe || (force && repair.needs === 'force');
        if (!allowed || planned.blocked || planned.steps.length === 0)
            continue;
        if (planned.after.some((before) => !before.repair.applied))
            continue;
        for (const step of planned.steps)
            await runStep(root, step);
        repair.applied = true;
    }
}
/** Temporary files a killed run left in the folders reconcile writes to (called while holding its lock). */
function removeLeftovers(root, folders) {
    for (const folder of folders) {
        let real;
        try {
            real = (0,repo_files/* checkRepoFolder */.Bj)(root, folder);
        }
        catch (error) {
            if ((0,repo_files/* isRepoFileError */.RL)(error))
                continue; // not a folder of ours: nothing reconcile wrote is there
            throw error;
        }
        if (real !== undefined)
            for (const file of (0,atomic/* leftoverTempFiles */.Hk)(real))
                external_node_fs_.rmSync(file, { force: true });
    }
}

;// CONCATENATED MODULE: ./build/schemas/reconcile-report.schema.json
const reconcile_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://wo-toolkit.dev/schemas/reconcile-report.schema.json","title":"wo-toolkit reconcile report","description":"The repairs reconcile planned for the state folders (split brains, missing locks, failed WOs still running, locks left behind, running WOs with empty fields) and, with --apply, which it applied.","type":"object","additionalProperties":false,"required":["tool","version","command","generated_at","root","exit_code","mode","force","summary","repairs","notes"],"properties":{"tool":{"title":"Tool","description":"The tool that wrote the report: always wo-toolkit.","const":"wo-toolkit"},"version":{"title":"Version","description":"The wo-toolkit version that wrote the report.","type":"string","minLength":1},"command":{"title":"Command","description":"The command that wrote the report: always reconcile.","const":"reconcile"},"generated_at":{"title":"Generated at","description":"When the report was written (ISO 8601 date-time, UTC).","type":"string","format":"date-time"},"root":{"title":"Repository root","description":"The absolute path of the repository root; every other path in the report is relative to it.","type":"string","minLength":1},"exit_code":{"title":"Exit code","description":"0 nothing is left to repair; 1 repairs remain (always after a plan that has some; after --apply when a repair needs --force, a person, or a file fixed first). When it could not run (2), the report holds only the common fields and an error.","enum":[0,1]},"mode":{"title":"Mode","description":"plan writes nothing; apply carries out the repairs it may.","enum":["plan","apply"]},"force":{"title":"Force","description":"Whether --force was given: split-brain copies that differ in more than the fields a WO gains as it moves are removed too (each saved first).","type":"boolean"},"summary":{"title":"Summary","type":"object","additionalProperties":false,"required":["repairs","safe","needs_force","needs_person","blocked","applied","remaining"],"properties":{"repairs":{"description":"Repairs planned.","type":"integer","minimum":0,"title":"Repairs"},"safe":{"description":"Repairs --apply alone applies.","type":"integer","minimum":0,"title":"Safe"},"needs_force":{"description":"Repairs that need --force.","type":"integer","minimum":0,"title":"Needs force"},"needs_person":{"description":"Repairs no rule covers: a person decides.","type":"integer","minimum":0,"title":"Needs person"},"blocked":{"description":"Repairs blocked by a file that cannot be parsed or would not validate; while any is blocked, --apply writes nothing.","type":"integer","minimum":0,"title":"Blocked"},"applied":{"description":"Repairs applied by this run.","type":"integer","minimum":0,"title":"Applied"},"remaining":{"description":"Repairs not applied by this run.","type":"integer","minimum":0,"title":"Remaining"}},"description":"Counts of the repairs by what they need, and how many this run applied."},"repairs":{"title":"Repairs","description":"In the order they are applied: split_brain, fail_but_running, lock_without_running, running_without_lock, running_without_metadata; by WO id within each.","type":"array","items":{"type":"object","additionalProperties":false,"required":["wo_id","code","action","from","to","paths","safe","applied","evidence_path","message","needs"],"properties":{"wo_id":{"description":"The WO\'s id.","type":"string","minLength":1,"title":"Wo id"},"code":{"description":"The drift repaired (the audit finding code).","enum":["split_brain","fail_but_running","lock_without_running","running_without_lock","running_without_metadata"],"title":"Code"},"action":{"description":"What the repair does; decide: no rule covers it, a person decides.","enum":["remove_copy","move_to_failed","remove_lock","create_lock","fill_metadata","decide"],"title":"Action"},"from":{"description":"Where the WO or its lock is: the state of a removed copy, a+b for a split brain a person decides, unlocked, locked, incomplete.","type":["string","null"],"title":"From"},"to":{"description":"Where it ends up; null when a person must decide.","type":["string","null"],"title":"To"},"paths":{"description":"Every file the repair reads, writes or removes, relative to the root.","type":"array","items":{"type":"string","minLength":1,"title":"Path","description":"A file the repair touches, relative to the root."},"minItems":1,"title":"Paths"},"safe":{"description":"True when --apply alone applies it.","type":"boolean","title":"Safe"},"applied":{"description":"True when this run applied it.","type":"boolean","title":"Applied"},"evidence_path":{"description":"Where a removed copy that is not byte-identical to the survivor is saved first: <handoff>/<WO-ID>/reconcile/<state>.<sha256>.yaml.","type":["string","null"],"pattern":"/reconcile/(pending|running|done|failed)\\\\.[0-9a-f]{64}\\\\.yaml$","title":"Evidence path"},"message":{"description":"One line: what the repair does, or what is in its way.","type":"string","minLength":1,"title":"Message"},"needs":{"description":"What it needs beyond --apply: force (--force), person (a decision), fix_file (a file that cannot be parsed or would not validate fixed first); null when safe.","enum":["force","person","fix_file",null],"title":"Needs"},"differences":{"description":"split_brain: the keys in which the removed copy differs from the survivor beyond status and the fields a WO gains as it moves.","type":"array","items":{"type":"string","title":"Key","description":"A top-level key of the WO."},"title":"Differences"},"filled":{"description":"running_without_metadata: the values filled in.","type":"object","additionalProperties":{"type":"string","description":"The value filled in."},"title":"Filled"},"not_inferred":{"$ref":"#/$defs/notInferred"}},"title":"Repair","description":"One repair: what it does to which files, whether it is safe, and whether this run applied it."}},"notes":{"title":"Notes","description":"Running WOs whose empty owner, branch, worktree or started_at nothing can fill: reported, not repairs.","type":"array","items":{"type":"object","additionalProperties":false,"required":["wo_id","path","message","not_inferred"],"properties":{"wo_id":{"type":"string","minLength":1,"title":"Wo id","description":"The WO id."},"path":{"type":"string","minLength":1,"title":"Path","description":"Its file, relative to the root."},"message":{"type":"string","minLength":1,"title":"Message","description":"One line: which fields are empty."},"not_inferred":{"$ref":"#/$defs/notInferred"}},"title":"Note","description":"A running WO whose empty fields nothing can fill."}}},"$defs":{"notInferred":{"description":"Empty fields that cannot be inferred, each with the reason.","type":"array","items":{"type":"object","additionalProperties":false,"required":["field","reason"],"properties":{"field":{"enum":["owner","branch","worktree","started_at"],"title":"Field","description":"The empty field."},"reason":{"type":"string","minLength":1,"title":"Reason","description":"Why it cannot be inferred (no lock, no worktree, several worktrees, a checkout without worktrees, …)."}},"title":"Field not inferred","description":"An empty field that cannot be filled, and why."},"title":"Fields not inferred"}}}');
;// CONCATENATED MODULE: ./build/src/commands/reconcile.js












(0,core_schema/* registerSchema */.zK)('reconcile-report', reconcile_report_schema_namespaceObject);
const RECONCILE_MODES = ['plan', 'apply'];
const RECONCILE_LOCK = { command: 'reconcile', fileName: 'wo-toolkit-reconcile.lock', waitEnv: 'WO_TOOLKIT_RECONCILE_LOCK_WAIT_MS' };
/**
 * Every rule of every reconcile option, in one place. An action's `mode` (plan | apply) is the command
 * line's `--apply`; `force` without apply previews what --apply --force would do.
 */
function readReconcileSettings(args) {
    const mode = (0,core_args/* readChoice */.Kf)(args, 'mode', RECONCILE_MODES, args.flag('apply') === true ? 'apply' : 'plan');
    const settings = { root: (0,core_args/* readRoot */.XD)(args), apply: mode === 'apply', force: args.flag('force') === true };
    const config = (0,core_args/* readFile */.TA)(args, 'config');
    if (config)
        settings.config = config;
    return settings;
}
function summariseRepairs(repairs) {
    const count = (predicate) => repairs.filter(predicate).length;
    return {
        repairs: repairs.length,
        safe: count((r) => r.safe),
        needs_force: count((r) => r.needs === 'force'),
        needs_person: count((r) => r.needs === 'person'),
        blocked: count((r) => r.needs === 'fix_file'),
        applied: count((r) => r.applied),
        remaining: count((r) => !r.applied),
    };
}
/** Plans the repairs and, with `apply`, carries out those it may; the JSON report of what it did. */
async function runReconcile(settings) {
    const root = await (0,repo/* resolveRoot */.H)(settings.root);
    const config = (0,core_config/* loadConfig */.Z9)(root, settings.config);
    const now = settings.now ?? new Date();
    // A plan writes nothing at all, not even the run lock in .git.
    const lock = settings.apply ? await (0,run_lock/* acquireRunLock */.V)(root, RECONCILE_LOCK) : undefined;
    let repairs;
    let notes;
    try {
        if (lock) {
            await hooks.reachedStep('locked', lock.path);
            removeLeftovers(root, [...Object.values(config.stateFolders), ...evidenceFolders(root, config.handoffDir)]);
        }
        const state = await (0,core_state/* loadRepoState */.Qk)(root, config);
        const plan = planRepairs({ state, now });
        await hooks.reachedStep('planned', String(plan.repairs.length));
        // Nothing is written when any file a repair touches cannot be parsed or would not validate.
        if (settings.apply && !plan.repairs.some((p) => p.blocked)) {
            try {
                await applyRepairs(root, plan.repairs, settings.force);
            }
            catch (error) {
                if (error instanceof ChangedUnderneathError) {
                    throw new errors/* ConfigurationError */.j1(`reconcile stopped: ${error.message}; run it again to plan from the new state`);
                }
                throw error;
            }
        }
        repairs = plan.repairs.map((p) => p.repair);
        notes = plan.notes;
    }
    finally {
        if (lock) {
            // Recorded before the lock goes: a run that takes it next can only record `locked` after this line.
            hooks.reachedStepSync('released', lock.path);
            lock.release();
        }
    }
    const summary = summariseRepairs(repairs);
    const exitCode = summary.remaining > 0 ? 1 : 0;
    return {
        ...(0,report/* baseReport */.uZ)('reconcile', root, exitCode, now),
        mode: settings.apply ? 'apply' : 'plan',
        force: settings.force,
        summary,
        repairs,
        notes,
    };
}
/** The `reconcile/` folders of the evidence folders, where a killed run may have left a temporary file. */
function evidenceFolders(root, handoffDir) {
    let listing;
    try {
        listing = (0,repo_files/* listRepoFolder */.Vc)(root, handoffDir);
    }
    catch (error) {
        if ((0,repo_files/* isRepoFileError */.RL)(error))
            return [];
        throw error;
    }
    return (listing?.entries ?? []).filter((entry) => entry.isDirectory()).map((entry) => `${handoffDir}/${entry.name}/reconcile`);
}
const ARROW = '→';
function describeNeed(repair) {
    if (repair.applied)
        return 'applied';
    if (repair.needs === 'force')
        return 'needs --force';
    if (repair.needs === 'person')
        return 'needs a person';
    if (repair.needs === 'fix_file')
        return 'blocked';
    return 'safe';
}
/** The human-readable plan or result. */
function formatReconcile(report) {
    const s = report.summary;
    const lines = [];
    const title = report.mode === 'plan' ? 'reconcile plan' : `reconcile --apply${report.force ? ' --force' : ''}`;
    if (s.repairs === 0) {
        lines.push(`${title}: nothing to repair in ${report.root}`);
    }
    else {
        lines.push(`${title}: ${s.repairs} repair(s) in ${report.root}: ${s.safe} safe, ${s.needs_force} need --force, ${s.needs_person} need a person, ${s.blocked} blocked${report.mode === 'apply' ? `; ${s.applied} applied` : ''}`);
        lines.push('');
        for (const r of report.repairs) {
            lines.push(`  [${describeNeed(r)}] ${r.code} ${r.wo_id}: ${r.from ?? '?'} ${ARROW} ${r.to ?? '(a person decides)'}`);
            lines.push(`      ${r.message}`);
            if (r.evidence_path && r.applied)
                lines.push(`      saved: ${r.evidence_path}`);
            for (const n of r.not_inferred ?? [])
                lines.push(`      ${n.field} stays empty: ${n.reason}`);
        }
    }
    for (const note of report.notes) {
        lines.push('', `  note: ${note.message}`);
        for (const n of note.not_inferred)
            lines.push(`      ${n.field}: ${n.reason}`);
    }
    lines.push('');
    if (s.blocked > 0 && report.mode === 'apply') {
        lines.push('Nothing was written: a file a repair touches cannot be parsed or would not validate. Fix it, then run reconcile again.');
    }
    else if (report.mode === 'plan' && s.repairs > 0) {
        const next = [];
        if (s.safe > 0)
            next.push(`--apply applies the ${s.safe} safe repair(s)`);
        if (s.needs_force > 0)
            next.push(`--apply --force also the ${s.needs_force} that need it (each removed copy is saved first)`);
        lines.push(`Plan only: nothing was written.${next.length > 0 ? ` ${next.join('; ')}.` : ''}`);
    }
    else if (report.mode === 'apply' && s.remaining > 0) {
        lines.push(`${s.remaining} repair(s) remain${s.needs_force > 0 && !report.force ? ': review them, then run with --apply --force' : ''}.`);
    }
    return lines.join('\n').replace(/\n+$/, '');
}


/***/ })

};
