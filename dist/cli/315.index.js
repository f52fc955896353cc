export const id = 315;
export const ids = [315];
export const modules = {

/***/ 6315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatValidateBacklog: () => (/* binding */ formatValidateBacklog),
  runValidateBacklog: () => (/* binding */ runValidateBacklog)
});

// EXTERNAL MODULE: ./build/src/core/args.js
var args = __webpack_require__(8068);
// EXTERNAL MODULE: ./build/src/core/config.js
var core_config = __webpack_require__(5167);
// EXTERNAL MODULE: ./build/src/core/context.js
var context = __webpack_require__(1402);
// EXTERNAL MODULE: ./build/src/core/report.js
var core_report = __webpack_require__(5299);
// EXTERNAL MODULE: ./build/src/core/repo.js
var repo = __webpack_require__(8941);
// EXTERNAL MODULE: ./build/src/core/today.js
var core_today = __webpack_require__(3412);
// EXTERNAL MODULE: ./build/src/validate/problems.js
var validate_problems = __webpack_require__(3802);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/core/codes.js
var codes = __webpack_require__(9959);
// EXTERNAL MODULE: ./build/src/core/errors.js
var errors = __webpack_require__(3026);
// EXTERNAL MODULE: ./build/src/core/paths.js
var paths = __webpack_require__(4141);
// EXTERNAL MODULE: ./build/src/core/schema.js
var schema = __webpack_require__(634);
// EXTERNAL MODULE: ./build/src/core/evidence.js
var core_evidence = __webpack_require__(724);
// EXTERNAL MODULE: ./build/src/core/state.js
var state = __webpack_require__(6928);
// EXTERNAL MODULE: ./build/src/core/repo-files.js
var repo_files = __webpack_require__(3391);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/src/core/yaml.js
var yaml = __webpack_require__(4998);
// EXTERNAL MODULE: ./build/src/validate/schemas.js + 3 modules
var schemas = __webpack_require__(4530);
// EXTERNAL MODULE: ./build/src/validate/source.js
var validate_source = __webpack_require__(4787);
;// CONCATENATED MODULE: ./build/src/validate/documents.js




const NOUN = {
    config: 'a wo-toolkit configuration',
    whitelist: 'an audit whitelist',
    backlog: 'a backlog with epics',
    dod: 'a Definition of Done',
    work_order: 'a work order',
};
/** Reads a file (relative to the root, or absolute) for checkDocument; problems reading it are reported. */
function readFile(root, file, problems) {
    return (0,validate_source/* readSource */.o$)(root, file, problems);
}
/**
 * The per-file checks every kind shares (after readFile has checked size and encoding): YAML syntax, an empty file, a document
 * that is not a mapping, then the kind's schema. `allowEmpty` accepts an empty file (the config and
 * the whitelist may be empty).
 */
function checkDocument(kind, file, source, problems, options = {}) {
    if (!source)
        return { file, schemaErrors: 0 };
    const { doc, ok } = (0,validate_source/* parseYaml */.hN)(file, source, problems);
    if (!ok)
        return { file, source, schemaErrors: 0 };
    let data;
    const converted = (0,yaml/* yamlData */.Ot)(doc);
    if (converted.error) {
        // For example an alias bomb: expansion beyond the limit.
        problems.add(file, source, doc.contents?.range?.[0] ?? 0, 'yaml-syntax', `the document cannot be read: ${converted.error.message}`);
        return { file, source, schemaErrors: 0 };
    }
    data = converted.data;
    if (data === null || data === undefined) {
        if (!options.allowEmpty) {
            problems.add(file, source, doc.contents?.range?.[0] ?? 0, 'empty-file', `the file holds no YAML document (expected ${NOUN[kind]})`);
        }
        return { file, source, doc, schemaErrors: 0 };
    }
    if (!(0,dist/* isMap */.jh)(doc.contents) || typeof data !== 'object' || Array.isArray(data)) {
        problems.add(file, source, doc.contents?.range?.[0] ?? 0, 'not-a-mapping', `the document is ${(0,schemas/* describeValue */.bp)(data)}, expected ${NOUN[kind]} (a mapping of keys to values)`);
        return { file, source, doc, schemaErrors: 0 };
    }
    const record = data;
    const schemaErrors = (0,schemas/* checkSchema */._U)(kind, file, source, doc, record, problems);
    return { file, source, doc, data: record, schemaErrors };
}

// EXTERNAL MODULE: ./build/src/core/wo-id.js
var wo_id = __webpack_require__(1673);
;// CONCATENATED MODULE: ./build/src/validate/legacy.js



/** Folders of older layouts that are no longer canonical: everything in them is reported. */
const LEGACY_FOLDERS = ['_ctx/blacklog'];
/** Enough to show the problem; a legacy folder with more files than this is not listed in full. */
const MAX_LEGACY_FILES = 1000;
const YAML_FILE = /\.ya?ml$/;
function entries(abs) {
    try {
        return external_node_fs_.readdirSync(abs, { withFileTypes: true });
    }
    catch {
        return [];
    }
}
/**
 * Files under legacy, non-canonical paths: anything under a legacy folder (such as _ctx/blacklog/),
 * and WO files that lie beside the state folders instead of in one of them (directly in the jobs
 * folder, or in a folder there that is not a state folder).
 */
function findLegacyFiles(root, config) {
    const found = [];
    for (const folder of LEGACY_FOLDERS) {
        const walk = (rel) => {
            for (const entry of entries(external_node_path_.join(root, rel)).sort((a, b) => (a.name < b.name ? -1 : 1))) {
                if (found.length >= MAX_LEGACY_FILES)
                    return;
                const child = `${rel}/${entry.name}`;
                if (entry.isDirectory())
                    walk(child);
                else {
                    found.push({ file: child, reason: `${folder}/ is a legacy, non-canonical path: the backlog lives in ${config.backlog}; move what is still needed there and delete this file` });
                }
            }
        };
        walk(folder);
    }
    const stateFolders = new Set(Object.values(config.stateFolders));
    const jobsFolders = new Set([...stateFolders].map((f) => external_node_path_.posix.dirname(f)));
    const isWoFile = (name) => YAML_FILE.test(name) && (0,wo_id/* matchesWoId */.vT)(config.woIdPattern, name.replace(YAML_FILE, ''));
    const where = [...stateFolders].map((f) => `${f}/`).join(', ');
    for (const jobs of jobsFolders) {
        for (const entry of entries(external_node_path_.join(root, jobs))) {
            const rel = jobs === '.' ? entry.name : `${jobs}/${entry.name}`;
            if (entry.isFile() && isWoFile(entry.name) && rel !== config.whitelist) {
                found.push({ file: rel, reason: `a WO file outside the state folders is not part of the pipeline: move it into one of ${where}` });
            }
            else if (entry.isDirectory() && !stateFolders.has(rel)) {
                for (const inner of entries(external_node_path_.join(root, rel))) {
                    if (inner.isFile() && isWoFile(inner.name)) {
                        found.push({ file: `${rel}/${inner.name}`, reason: `${rel}/ is not a state folder: a WO file there is not part of the pipeline; move it into one of ${where}` });
                    }
                }
            }
        }
    }
    return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

;// CONCATENATED MODULE: ./build/src/validate/validate.js














/** The top-level keys of a WO that the reference checks read. */
const WO_KEYS = ['id', 'epic_id', 'dod_id', 'status', 'verified_at_sha'];
const validate_YAML_FILE = /\.ya?ml$/;
/** Something is at `file` (a dangling link too: it is reported when read, never taken for "no file"). */
function isPresent(root, file) {
    return external_node_fs_.lstatSync(external_node_path_.join(root, file), { throwIfNoEntry: false }) !== undefined;
}
function nonEmptyString(value) {
    return typeof value === 'string' && value.trim() !== '';
}
/**
 * Validates the configuration file (the one given, or .wo-toolkit.yaml at the root when present)
 * against its schema. Returns its path as reported, or undefined when there is none.
 */
function checkConfigFile(root, configArg, problems) {
    const abs = configArg ?? external_node_path_.join(root, core_config/* CONFIG_FILE */.g2);
    // A missing configuration file given by the user is reported when it is read (a configuration error).
    if (!external_node_fs_.existsSync(abs))
        return undefined;
    const file = (0,paths/* isInside */.FK)(root, abs) ? (0,paths/* relativeTo */.Mf)(root, abs) : abs;
    checkDocument('config', file, readFile(root, file, problems), problems, { allowEmpty: true });
    return file;
}
function checkWhitelist(root, config, today, problems) {
    const file = config.whitelist;
    if (!isPresent(root, file))
        return 0;
    const { data, doc, source } = checkDocument('whitelist', file, readFile(root, file, problems), problems, { allowEmpty: true });
    const entries = data?.['entries'];
    if (!doc || !source || !Array.isArray(entries))
        return 1;
    entries.forEach((entry, index) => {
        if (entry === null || typeof entry !== 'object')
            return;
        const { code, review_by: reviewBy, wo_id: woId } = entry;
        if (typeof code === 'string' && code !== '' && !(0,codes/* isFindingCode */.dT)(code)) {
            problems.add(file, source, (0,validate_source/* locate */.x5)(doc, ['entries', String(index), 'code']), 'unknown-finding-code', `entries[${index}].code: '${code}' is not a code audit reports`, {
                pointer: `/entries/${index}/code`,
            });
        }
        if (typeof reviewBy === 'string' && (0,schema/* isValidDate */.vd)(reviewBy) && reviewBy < today) {
            problems.add(file, source, (0,validate_source/* locate */.x5)(doc, ['entries', String(index), 'review_by']), 'whitelist-expired', `entries[${index}] (${String(code)} for ${String(woId)}) expired on ${reviewBy} (today is ${today}): renew it with a reason or fix the finding`, { pointer: `/entries/${index}/review_by` });
        }
    });
    return 1;
}
function checkBacklog(root, config, problems) {
    const file = config.backlog;
    if (!isPresent(root, file)) {
        problems.add(file, undefined, { line: 1, column: 1 }, 'missing-file', `the backlog ${file} does not exist (epic_id references are not checked)`);
        return undefined;
    }
    const checked = checkDocument('backlog', file, readFile(root, file, problems), problems);
    const list = checked.data?.['epics'];
    if (!checked.doc || !checked.source || !Array.isArray(list))
        return { checked };
    const { doc, source } = checked;
    const epics = new Map();
    list.forEach((epic, index) => {
        const id = epic !== null && typeof epic === 'object' ? epic['id'] : undefined;
        if (!nonEmptyString(id))
            return;
        const first = epics.get(id);
        if (first === undefined) {
            epics.set(id, index);
            return;
        }
        const firstLine = source.position((0,validate_source/* locate */.x5)(doc, ['epics', String(first), 'id'])).line;
        problems.add(file, source, (0,validate_source/* locate */.x5)(doc, ['epics', String(index), 'id']), 'duplicate-id', `epics[${index}]: epic id '${id}' is already declared by epics[${first}] (line ${firstLine})`, {
            pointer: `/epics/${index}/id`,
        });
    });
    return { checked, epics };
}
function checkDodCatalog(root, config, problems) {
    const dir = config.dodDir;
    let folder;
    try {
        folder = (0,repo_files/* listRepoFolder */.Vc)(root, dir);
    }
    catch (error) {
        if (!(0,repo_files/* isRepoFileError */.RL)(error))
            throw error;
        problems.add(`${dir}/`, undefined, { line: 1, column: 1 }, 'unreadable', `the Definition-of-Done catalog ${error.message} (dod_id references are not checked)`);
        return undefined;
    }
    if (!folder) {
        problems.add(`${dir}/`, undefined, { line: 1, column: 1 }, 'missing-file', `the Definition-of-Done catalog ${dir}/ does not exist (dod_id references are not checked)`);
        return undefined;
    }
    // A catalog file kept as a link (or a FIFO, a device…) is still read or reported (through the link, only while it stays inside the repository).
    const names = folder.entries
        .filter((e) => !e.isDirectory() && validate_YAML_FILE.test(e.name))
        .map((e) => e.name)
        .sort();
    const byId = new Map();
    for (const name of names) {
        const file = `${dir}/${name}`;
        const stem = name.replace(validate_YAML_FILE, '');
        const checked = checkDocument('dod', file, readFile(root, file, problems), problems);
        const rawId = checked.data?.['id'];
        const id = nonEmptyString(rawId) ? rawId.trim() : stem;
        if (nonEmptyString(rawId) && id !== stem && checked.doc) {
            problems.add(file, checked.source, (0,validate_source/* locate */.x5)(checked.doc, ['id']), 'id-mismatch', `id '${id}' differs from the file name's stem '${stem}' (name the file ${id}.yaml)`, { pointer: '/id' });
        }
        const dod = { checked, id, stem };
        const list = byId.get(id);
        if (list)
            list.push(dod);
        else
            byId.set(id, [dod]);
    }
    for (const [id, list] of byId) {
        if (list.length < 2)
            continue;
        for (const dod of list) {
            const others = list.filter((d) => d !== dod).map((d) => d.checked.file);
            const at = dod.checked.doc && dod.checked.data ? (0,validate_source/* locate */.x5)(dod.checked.doc, ['id']) : 0;
            problems.add(dod.checked.file, dod.checked.source, at, 'duplicate-id', `DoD id '${id}' is also declared by ${others.join(', ')}`, { pointer: '/id' });
        }
    }
    return byId;
}
async function checkWorkOrders(root, config, problems) {
    const { files, present } = (0,state/* readWoFiles */.OT)(root, config);
    if (present.length === 0) {
        const jobs = external_node_path_.posix.dirname(config.stateFolders.pending);
        if (!external_node_fs_.existsSync(external_node_path_.join(root, jobs))) {
            throw new errors/* ConfigurationError */.j1(`${root}: no work-order folders found: expected ${jobs}/{pending,running,done,failed}/ (set state_folders in .wo-toolkit.yaml)`);
        }
    }
    files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
    return files.map(({ state, rel, stem, problem }) => {
        if (problem !== undefined)
            problems.add(rel, undefined, { line: 1, column: 1 }, 'unreadable', `the file ${problem}`);
        const checked = checkDocument('work_order', rel, problem === undefined ? readFile(root, rel, problems) : undefined, problems);
        const rawId = checked.data?.['id'];
        const idFromStem = !nonEmptyString(rawId);
        const wo = {
            file: rel,
            state,
            stem,
            id: idFromStem ? stem : rawId.trim(),
            idFromStem,
            rootOffset: checked.doc?.contents?.range?.[0] ?? 0,
        };
        if (checked.source)
            wo.source = checked.source;
        if (checked.data && checked.doc)
            wo.fields = (0,validate_source/* pickTopLevel */.xB)(checked.doc, checked.data, WO_KEYS);
        return wo;
    });
}
function valueOffset(wo, key) {
    return wo.fields?.[key]?.at ?? wo.rootOffset;
}
/** An id declared by two or more WO files is reported on each of them. */
function checkDuplicateIds(byId, problems) {
    for (const [id, list] of byId) {
        if (list.length < 2)
            continue;
        for (const wo of list) {
            const others = list.filter((w) => w !== wo).map((w) => w.file);
            problems.add(wo.file, wo.source, wo.idFromStem ? wo.rootOffset : valueOffset(wo, 'id'), 'duplicate-id', `${id} is also declared by ${others.join(', ')}`, { pointer: '/id' });
        }
    }
}
/** A WO's own references: its id and file name, its folder, its epic and DoD, and a done WO's evidence. */
function checkWorkOrder(root, config, wo, epics, dods, problems) {
    const fields = wo.fields;
    if (!fields)
        return;
    const add = (key, rule, message, at = valueOffset(wo, key)) => problems.add(wo.file, wo.source, at, rule, message, { pointer: `/${key}` });
    if (!wo.idFromStem) {
        if (!(0,wo_id/* matchesWoId */.vT)(config.woIdPattern, wo.id)) {
            const notAName = (0,wo_id/* woIdPathProblem */.WA)(wo.id);
            add('id', 'id-pattern', notAName === undefined ? `id '${wo.id}' does not match the WO id pattern ${config.woIdPattern.source}` : `id '${wo.id}' ${notAName}: a WO id must be usable as a file name`);
        }
        if (wo.id !== wo.stem)
            add('id', 'id-mismatch', `id '${wo.id}' differs from the file name's stem '${wo.stem}' (name the file ${wo.id}.yaml)`);
    }
    const status = fields.status?.value;
    if (typeof status === 'string' && core_config/* STATES */.xj.includes(status) && status !== wo.state) {
        add('status', 'status-mismatch', `status '${status}' does not match the folder the file is in (${config.stateFolders[wo.state]}/, status ${wo.state})`);
    }
    const epicId = fields.epic_id?.value;
    if (epics && nonEmptyString(epicId) && !epics.has(epicId)) {
        add('epic_id', 'unknown-epic', `epic_id '${epicId}' names no epic in ${config.backlog}`);
    }
    const dodId = fields.dod_id?.value;
    const dod = nonEmptyString(dodId) ? dods?.get(dodId) : undefined;
    if (dods && nonEmptyString(dodId) && !dod)
        add('dod_id', 'unknown-dod', `dod_id '${dodId}' names no Definition of Done in ${config.dodDir}/`);
    if (wo.state !== 'done')
        return;
    if (fields.verified_at_sha === undefined) {
        add('verified_at_sha', 'missing-verified-sha', `${wo.id} is done but has no verified_at_sha (the 40-hex commit its verification passed at)`, wo.rootOffset);
    }
    const artifacts = dod?.[0]?.checked.data?.['required_artifacts'];
    if (!Array.isArray(artifacts) || wo.idFromStem)
        return;
    // An id that cannot name a folder builds no path: the id-pattern problem says so.
    if (!(0,wo_id/* isPathSafeWoId */.w1)(wo.id))
        return;
    const evidence = (0,core_evidence/* evidenceFolder */.ek)(config, wo.id);
    for (const artifact of artifacts) {
        // Paths that leave the evidence folder are the DoD's schema problem, not looked up here.
        if (!nonEmptyString(artifact) || external_node_path_.isAbsolute(artifact) || artifact.split(/[\\/]/).includes('..'))
            continue;
        if (!external_node_fs_.existsSync(external_node_path_.join(root, evidence, artifact))) {
            add('dod_id', 'missing-artifact', `${wo.id} is done but ${evidence}/${artifact} is missing (required by ${String(dodId)})`);
        }
    }
}
/** The backlog's queues name existing WOs, each queued in its own epic. */
function checkQueues(config, backlog, byId, problems) {
    const { doc, source, data } = backlog?.checked ?? {};
    const list = data?.['epics'];
    if (!doc || !source || !Array.isArray(list))
        return;
    list.forEach((epic, i) => {
        if (epic === null || typeof epic !== 'object')
            return;
        const { id: epicId, wo_queue: queue } = epic;
        if (!Array.isArray(queue))
            return;
        queue.forEach((entry, j) => {
            if (!nonEmptyString(entry))
                return;
            const report = (rule, message) => problems.add(config.backlog, source, (0,validate_source/* locate */.x5)(doc, ['epics', String(i), 'wo_queue', String(j)]), rule, `epics[${i}].wo_queue[${j}]: ${message}`, {
                pointer: `/epics/${i}/wo_queue/${j}`,
            });
            const files = byId.get(entry);
            if (!files) {
                report('unknown-wo', `'${entry}' names no WO file in the state folders`);
                return;
            }
            for (const wo of files) {
                const own = wo.fields?.epic_id?.value;
                if (nonEmptyString(epicId) && nonEmptyString(own) && own !== epicId) {
                    report('queue-mismatch', `${entry} is queued in ${epicId} but its epic_id is ${own} (${wo.file})`);
                }
            }
        });
    });
}
/**
 * Validates the governed repository's backlog files (SPEC.md §6): the whitelist, the backlog, the DoD
 * catalog and every WO file against their schemas, then the references between them, and reports
 * files under legacy paths. Every problem goes to `problems`; the configuration is checked apart
 * (checkConfigFile), before it is loaded.
 */
async function validateBacklog(root, config, today, problems) {
    const whitelist = checkWhitelist(root, config, today, problems);
    const backlog = checkBacklog(root, config, problems);
    const dods = checkDodCatalog(root, config, problems);
    const wos = await checkWorkOrders(root, config, problems);
    const byId = (0,state/* filesById */.kT)(wos);
    checkDuplicateIds(byId, problems);
    for (const wo of wos)
        checkWorkOrder(root, config, wo, backlog?.epics, dods, problems);
    checkQueues(config, backlog, byId, problems);
    const legacy = findLegacyFiles(root, config);
    for (const { file, reason } of legacy)
        problems.add(file, undefined, { line: 1, column: 1 }, 'legacy-path', reason);
    return {
        whitelist,
        backlog: backlog ? 1 : 0,
        dod: [...(dods?.values() ?? [])].reduce((n, list) => n + list.length, 0),
        work_orders: wos.length,
        legacy: legacy.length,
    };
}

;// CONCATENATED MODULE: ./build/src/commands/validate-backlog.js








/**
 * Validates the backlog, the DoD catalog, every WO file, the whitelist and the configuration against
 * their schemas, then the references between them (SPEC.md §6). Exit code 1 when there is an error
 * (under strict, a warning too); 2 when the configuration file is invalid, since then the layout to
 * validate is unknown (its problems are still reported with their lines).
 */
async function runValidateBacklog(options = {}) {
    const strict = options.strict ?? false;
    const today = (0,core_today/* resolveToday */.s)(options.today);
    const legacy = (0,context/* legacyArgs */.T)({ root: options.root, config: options.config });
    const rootArg = (0,args/* readRoot */.XD)(legacy);
    const configArg = (0,args/* readFile */.TA)(legacy, 'config');
    const root = await (0,repo/* resolveRoot */.H)(rootArg);
    const problems = new validate_problems/* ProblemCollector */.t();
    const files = { config: 0, whitelist: 0, backlog: 0, dod: 0, work_orders: 0, legacy: 0 };
    const configFile = checkConfigFile(root, configArg?.path, problems);
    if (configFile !== undefined)
        files.config = 1;
    let error;
    if (problems.errorCount() > 0) {
        error = `${configFile}: the configuration is invalid, so the backlog was not validated`;
    }
    else {
        const config = (0,core_config/* loadConfig */.Z9)(root, configArg);
        Object.assign(files, await validateBacklog(root, config, today, problems));
    }
    const all = problems.resolve().map((p) => (strict && p.severity === 'warning' ? { ...p, severity: 'error' } : p));
    const errors = all.filter((p) => p.severity === 'error');
    const warnings = all.filter((p) => p.severity === 'warning');
    const exitCode = error !== undefined ? 2 : errors.length > 0 ? 1 : 0;
    const report = {
        ...(0,core_report/* baseReport */.uZ)('validate-backlog', root, exitCode, options.now),
        strict,
        today,
        config_file: configFile ?? null,
        files,
        summary: { errors: errors.length, warnings: warnings.length },
        errors,
        warnings,
    };
    if (error !== undefined)
        report.error = error;
    return report;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** One line per problem, `file:line:col: error|warning: message [rule]`, then the counts. */
function formatValidateBacklog(report) {
    const problems = [...report.errors, ...report.warnings].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column);
    const lines = problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message} [${p.rule}]`);
    const f = report.files;
    const checked = f.config + f.whitelist + f.backlog + f.dod + f.work_orders;
    const strict = report.strict ? ' (strict: warnings count as errors)' : '';
    lines.push(`${plural(report.summary.errors, 'error')}, ${plural(report.summary.warnings, 'warning')} in ${plural(checked, 'file')} checked${strict}`);
    if (report.error !== undefined)
        lines.push(report.error);
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

/***/ 1402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ legacyArgs),
/* harmony export */   h: () => (/* binding */ openRepository)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8068);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5167);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8941);



/** Resolves the repository root and loads its configuration: the first step of every command. */
async function openRepository(rootArg, configFile) {
    const legacy = legacyArgs({ root: typeof rootArg === 'string' ? rootArg : undefined, config: typeof configFile === 'string' ? configFile : undefined });
    const rootPath = typeof rootArg === 'object' ? rootArg : (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .readRoot */ .XD)(legacy);
    const configPath = typeof configFile === 'object' ? configFile : (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .readFile */ .TA)(legacy, 'config');
    const root = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRoot */ .H)(rootPath);
    return { root, config: (0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(root, configPath) };
}
// TEMPORARY while the commands move to Settings: plain option strings read as command-line flags.
function legacyArgs(values) {
    return {
        text: (name) => (values[name] === '' ? undefined : values[name]),
        flag: () => undefined,
        label: (name) => `--${name}`,
        baseDir: process.cwd(),
    };
}


/***/ }),

/***/ 3412:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ daysBetween),
/* harmony export */   s: () => (/* binding */ resolveToday)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3026);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(634);


/** "Today" as a UTC date `YYYY-MM-DD`: the one given (validated), else the current UTC date. */
function resolveToday(given, argName = '--today') {
    if (given === undefined || given === '')
        return new Date().toISOString().slice(0, 10);
    if (!(0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidDate */ .vd)(given))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${argName}: expected a date YYYY-MM-DD, got '${given}'`);
    return given;
}
/** Whole days from date `a` to date `b` (both YYYY-MM-DD). */
function daysBetween(a, b) {
    return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
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
    'id-mismatch': { severity: 'error', summary: "the file name's stem differs from the id inside the file" },
    'duplicate-id': { severity: 'error', summary: 'two WO files, two DoD files or two epics declare the same id' },
    'status-mismatch': { severity: 'error', summary: "a WO's status names another state than the folder it is in" },
    'unknown-epic': { severity: 'error', summary: "a WO's epic_id names no epic of the backlog" },
    'unknown-dod': { severity: 'error', summary: "a WO's dod_id names no DoD of the catalog" },
    'missing-verified-sha': { severity: 'error', summary: 'a WO in done/ has no verified_at_sha' },
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


/***/ })

};
