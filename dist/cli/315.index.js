export const id = 315;
export const ids = [315];
export const modules = {

/***/ 6315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatValidateBacklog: () => (/* binding */ formatValidateBacklog),
  readValidateBacklogSettings: () => (/* binding */ readValidateBacklogSettings),
  runValidateBacklog: () => (/* binding */ runValidateBacklog)
});

// EXTERNAL MODULE: ./build/src/core/args.js
var core_args = __webpack_require__(8068);
// EXTERNAL MODULE: ./build/src/core/config.js
var core_config = __webpack_require__(5167);
// EXTERNAL MODULE: ./build/src/core/report.js
var core_report = __webpack_require__(5299);
// EXTERNAL MODULE: ./build/src/core/repo.js
var repo = __webpack_require__(8941);
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
var validate_schemas = __webpack_require__(4530);
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
 * that is not a mapping, then the schema in use for its kind. `allowEmpty` accepts an empty file (the config and
 * the whitelist may be empty).
 */
function checkDocument(schema, file, source, problems, options = {}) {
    if (!source)
        return { file, schemaErrors: 0 };
    const kind = schema.kind;
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
        problems.add(file, source, doc.contents?.range?.[0] ?? 0, 'not-a-mapping', `the document is ${(0,validate_schemas/* describeValue */.bp)(data)}, expected ${NOUN[kind]} (a mapping of keys to values)`);
        return { file, source, doc, schemaErrors: 0 };
    }
    const record = data;
    const schemaErrors = (0,validate_schemas/* checkSchema */._U)(schema, file, source, doc, record, problems);
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
const WO_KEYS = ['id', 'epic_id', 'dod_id', 'status', 'verified_at_sha', 'x_legacy'];
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
    checkDocument((0,validate_schemas/* bundledSchema */.uC)('config'), file, readFile(root, file, problems), problems, { allowEmpty: true });
    return file;
}
function checkWhitelist(root, config, today, problems) {
    const file = config.whitelist;
    if (!isPresent(root, file))
        return 0;
    const { data, doc, source } = checkDocument((0,validate_schemas/* bundledSchema */.uC)('whitelist'), file, readFile(root, file, problems), problems, { allowEmpty: true });
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
function checkBacklog(root, config, schemas, problems) {
    const file = config.backlog;
    if (!isPresent(root, file)) {
        problems.add(file, undefined, { line: 1, column: 1 }, 'missing-file', `the backlog ${file} does not exist (epic_id references are not checked)`);
        return undefined;
    }
    const checked = checkDocument(schemas.backlog, file, readFile(root, file, problems), problems);
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
function dodEntries(checked) {
    const data = checked.data;
    if (!data)
        return [];
    const entry = (value, at) => {
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            return undefined;
        const record = value;
        const id = record['id'];
        if (!nonEmptyString(id))
            return undefined;
        return { file: checked.file, checked, id: id.trim(), at, data: record, legacy: record['x_legacy'] === true };
    };
    const list = data['dod'];
    if (Array.isArray(list))
        return list.map((value, i) => entry(value, ['dod', String(i)])).filter((e) => e !== undefined);
    const single = entry(data, []);
    return single ? [single] : [];
}
function checkDodCatalog(root, config, schemas, problems) {
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
        const checked = checkDocument(schemas.dod, file, readFile(root, file, problems), problems);
        for (const dod of dodEntries(checked)) {
            const list = byId.get(dod.id);
            if (list)
                list.push(dod);
            else
                byId.set(dod.id, [dod]);
        }
    }
    const where = (dod) => (dod.at.length === 0 ? dod.file : `${dod.file} (${dod.at[0]}[${dod.at[1]}])`);
    for (const [id, list] of byId) {
        if (list.length < 2)
            continue;
        for (const dod of list) {
            const others = list.filter((d) => d !== dod).map(where);
            const at = dod.checked.doc ? (0,validate_source/* locate */.x5)(dod.checked.doc, [...dod.at, 'id']) : 0;
            problems.add(dod.file, dod.checked.source, at, 'duplicate-id', `DoD id '${id}' is also declared by ${others.join(', ')}`, { pointer: `/${[...dod.at, 'id'].join('/')}` });
        }
    }
    return { byId, files: names.length };
}
async function checkWorkOrders(root, config, schemas, problems) {
    const { files, present } = (0,state/* readWoFiles */.OT)(root, config);
    if (present.length === 0) {
        const jobs = external_node_path_.posix.dirname(config.stateFolders.pending);
        if (!external_node_fs_.existsSync(external_node_path_.join(root, jobs))) {
            throw new errors/* ConfigurationError */.j1(`${root}: no work-order folders found: expected ${jobs}/{pending,running,done,failed}/ (set state_folders in .wo-toolkit.yaml)`);
        }
    }
    files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
    return files.map(({ state, rel, stem, problem, folder, name }) => {
        if (problem !== undefined)
            problems.add(rel, undefined, { line: 1, column: 1 }, 'unreadable', `the file ${problem}`);
        // Read through the state folder already listed (no path resolved again per file).
        const checked = checkDocument(schemas.work_order, rel, problem === undefined ? (0,validate_source/* readSourceEntry */.Q3)(root, folder, name, problems) : undefined, problems);
        const rawId = checked.data?.['id'];
        const idFromStem = !nonEmptyString(rawId);
        const rootOffset = checked.doc?.contents?.range?.[0] ?? 0;
        const located = checked.data && checked.doc ? (0,validate_source/* pickTopLevel */.xB)(checked.doc, checked.data, WO_KEYS) : undefined;
        const keys = located ? Object.keys(located) : [];
        const positions = checked.source ? (0,validate_source/* positionsOf */.q$)(checked.source.text, [rootOffset, ...keys.map((key) => located[key].at)]) : [];
        const wo = {
            file: rel,
            state,
            stem,
            id: idFromStem ? stem : rawId.trim(),
            idFromStem,
            root: positions[0] ?? { line: 1, column: 1 },
        };
        if (located) {
            const fields = {};
            keys.forEach((key, i) => (fields[key] = { value: located[key].value, at: positions[i + 1] }));
            wo.fields = fields;
            wo.legacy = fields.x_legacy?.value === true;
        }
        return wo;
    });
}
function valuePosition(wo, key) {
    return wo.fields?.[key]?.at ?? wo.root;
}
/** An id declared by two or more WO files is reported on each of them. */
function checkDuplicateIds(byId, problems) {
    for (const [id, list] of byId) {
        if (list.length < 2)
            continue;
        for (const wo of list) {
            const others = list.filter((w) => w !== wo).map((w) => w.file);
            problems.add(wo.file, undefined, wo.idFromStem ? wo.root : valuePosition(wo, 'id'), 'duplicate-id', `${id} is also declared by ${others.join(', ')}`, { pointer: '/id' });
        }
    }
}
/** A WO's own references: its id and file name, its folder, its epic and DoD, and a done WO's evidence. */
function checkWorkOrder(root, config, wo, epics, dods, problems) {
    const fields = wo.fields;
    if (!fields)
        return;
    const add = (key, rule, message, at = valuePosition(wo, key)) => problems.add(wo.file, undefined, at, rule, message, { pointer: `/${key}` });
    if (!wo.idFromStem) {
        if (!(0,wo_id/* matchesWoId */.vT)(config.woIdPattern, wo.id)) {
            const notAName = (0,wo_id/* woIdPathProblem */.WA)(wo.id);
            add('id', 'id-pattern', notAName === undefined ? `id '${wo.id}' does not match the WO id pattern ${config.woIdPattern.source}` : `id '${wo.id}' ${notAName}: a WO id must be usable as a file name`);
        }
        if (wo.id !== wo.stem && !wo.legacy)
            add('id', 'id-mismatch', `id '${wo.id}' differs from the file name's stem '${wo.stem}' (name the file ${wo.id}.yaml, or mark a copy kept on purpose with x_legacy: true)`);
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
    const dod = nonEmptyString(dodId) ? dods?.get(dodId)?.[0] : undefined;
    if (dods && nonEmptyString(dodId) && !dod)
        add('dod_id', 'unknown-dod', `dod_id '${dodId}' names no Definition of Done in ${config.dodDir}/`);
    if (dod?.legacy && !wo.legacy) {
        add('dod_id', 'legacy-dod', `dod_id '${dod.id}' is a legacy Definition of Done (x_legacy: true in ${dod.file}); a current WO should use a current one`);
    }
    if (wo.state !== 'done')
        return;
    const sha = fields.verified_at_sha;
    if ((sha === undefined || sha.value === null) && !wo.legacy) {
        add('verified_at_sha', 'missing-verified-sha', `${wo.id} is done but has no verified_at_sha (the commit its verification passed at)`, sha?.at ?? wo.root);
    }
    const artifacts = dod?.data['required_artifacts'];
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
 * Validates the governed repository's backlog files (docs/validate-backlog.md): the whitelist, the backlog, the DoD
 * catalog and every WO file against their schemas, then the references between them, and reports
 * files under legacy paths. Every problem goes to `problems`; the configuration is checked apart
 * (checkConfigFile), before it is loaded.
 */
async function validateBacklog(root, config, today, problems) {
    const schemas = (0,validate_schemas/* resolveSchemas */.xK)(root, config);
    const whitelist = checkWhitelist(root, config, today, problems);
    const dods = checkDodCatalog(root, config, schemas, problems);
    const wos = await checkWorkOrders(root, config, schemas, problems);
    // The backlog after the WO files: parsed first, a backlog that queues thousands of WOs stays alive
    // through the whole run, and V8 then allocates the parser's short-lived nodes of every WO file
    // straight in the old generation (allocation-site pretenuring): twice the garbage collection time
    // (scripts/bench/validate.mjs, docs/performance.md).
    const backlog = checkBacklog(root, config, schemas, problems);
    const byId = (0,state/* filesById */.kT)(wos);
    checkDuplicateIds(byId, problems);
    for (const wo of wos)
        checkWorkOrder(root, config, wo, backlog?.epics, dods?.byId, problems);
    checkQueues(config, backlog, byId, problems);
    const legacy = findLegacyFiles(root, config);
    for (const { file, reason } of legacy)
        problems.add(file, undefined, { line: 1, column: 1 }, 'legacy-path', reason);
    return {
        files: {
            whitelist,
            backlog: backlog ? 1 : 0,
            dod: dods?.files ?? 0,
            work_orders: wos.length,
            legacy: legacy.length,
        },
        schemas,
    };
}

;// CONCATENATED MODULE: ./build/src/commands/validate-backlog.js






function readValidateBacklogSettings(args) {
    const now = new Date();
    return { root: (0,core_args/* readRoot */.XD)(args), config: (0,core_args/* readFile */.TA)(args, 'config'), strict: args.flag('strict') ?? false, today: (0,core_args/* readToday */.Ay)(args, 'today', now), now };
}
/**
 * Validates the backlog, the DoD catalog, every WO file, the whitelist and the configuration against
 * their schemas, then the references between them (docs/validate-backlog.md). Exit code 1 when there is an error
 * (under strict, a warning too); 2 when the configuration file is invalid, since then the layout to
 * validate is unknown (its problems are still reported with their lines).
 */
async function runValidateBacklog(settings) {
    const { strict, today, config: configArg } = settings;
    // Not openRepository: an invalid configuration file is reported as problems at their lines, not thrown.
    const root = await (0,repo/* resolveRoot */.H)(settings.root);
    const problems = new validate_problems/* ProblemCollector */.t();
    const files = { config: 0, whitelist: 0, backlog: 0, dod: 0, work_orders: 0, legacy: 0 };
    const configFile = checkConfigFile(root, configArg?.path, problems);
    if (configFile !== undefined)
        files.config = 1;
    let error;
    let schemas;
    if (problems.errorCount() > 0) {
        error = `${configFile}: the configuration is invalid, so the backlog was not validated`;
    }
    else {
        const config = (0,core_config/* loadConfig */.Z9)(root, configArg);
        const result = await validateBacklog(root, config, today, problems);
        Object.assign(files, result.files);
        schemas = Object.values(result.schemas).map(({ kind, file, origin, draft }) => ({ kind, file, origin, draft }));
    }
    const all = problems.resolve().map((p) => (strict && p.severity === 'warning' ? { ...p, severity: 'error' } : p));
    const errors = all.filter((p) => p.severity === 'error');
    const warnings = all.filter((p) => p.severity === 'warning');
    const exitCode = error !== undefined ? 2 : errors.length > 0 ? 1 : 0;
    const report = {
        ...(0,core_report/* baseReport */.uZ)('validate-backlog', root, exitCode, settings.now),
        strict,
        today,
        config_file: configFile ?? null,
        files,
        ...(schemas ? { schemas } : {}),
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
    if (report.schemas) {
        const own = report.schemas.filter((s) => s.origin === 'repository');
        const describe = (list) => list.map((s) => `${s.kind} ${s.file}${s.origin === 'repository' ? ` (${s.draft})` : ''}`).join(', ');
        const bundledKinds = report.schemas.filter((s) => s.origin === 'bundled').map((s) => s.kind);
        lines.push(`schemas: ${own.length > 0 ? `${describe(own)}; ` : ''}bundled for ${bundledKinds.join(', ')}`);
    }
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

/***/ 6701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PG: () => (/* binding */ parseLock),
/* harmony export */   TP: () => (/* binding */ isWrittenByToolkit),
/* harmony export */   gJ: () => (/* binding */ LOCK_WRITER),
/* harmony export */   wC: () => (/* binding */ renderLock)
/* harmony export */ });
/* unused harmony exports lockTime, isPlainTextLock */
/* harmony import */ var _fast_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6427);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4998);


const LOCKED_BY = /^Locked by (.+?) at (\S+)\s*$/m;
const FIELD = /^(PID|User|Host|Hostname)\s*:\s*(.*?)\s*$/gim;
// A date-time without a zone: the pipeline writes its machine's time without one. Read as UTC, the
// time CI and the reports use (documented).
const ZONELESS = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
/** A timestamp value (string, number or Date) as a valid Date, else undefined. */
function lockTime(value) {
    let date;
    if (value instanceof Date)
        date = value;
    else if (typeof value === 'string')
        date = new Date(ZONELESS.test(value.trim()) ? `${value.trim().replace(' ', 'T')}Z` : value);
    else if (typeof value === 'number')
        date = new Date(value);
    if (!date || Number.isNaN(date.getTime()))
        return undefined;
    // Date rolls 2026-02-30 over to March: a day the calendar does not have is no time.
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value.trim())) {
        const day = value.trim().slice(0, 10);
        const midnight = new Date(`${day}T00:00:00Z`);
        if (Number.isNaN(midnight.getTime()) || midnight.toISOString().slice(0, 10) !== day)
            return undefined;
    }
    return date;
}
function positiveInteger(value) {
    const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
    return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
function text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
}
/** What a lock file's text says; an empty result for anything else. Never throws. */
function parseLock(content) {
    const lockedBy = LOCKED_BY.exec(content);
    if (lockedBy) {
        const result = { tool: lockedBy[1].trim() };
        const at = lockTime(lockedBy[2]);
        if (at)
            result.takenAt = at;
        for (const [, key, value] of content.matchAll(FIELD)) {
            const name = key.toLowerCase();
            if (name === 'pid') {
                const pid = positiveInteger(value);
                if (pid !== undefined)
                    result.pid = pid;
            }
            else if (name === 'user') {
                if (value)
                    result.user = value;
            }
            else if (value)
                result.hostname = value;
        }
        return result;
    }
    let data;
    try {
        data = (0,_fast_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSimpleYaml */ .T)(content) ?? (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlBounded */ .WK)(content, { uniqueKeys: false });
    }
    catch {
        return {};
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return {};
    const mapping = data;
    const result = { mapping };
    const at = lockTime(mapping['timestamp']);
    if (at)
        result.takenAt = at;
    const user = text(mapping['user']);
    if (user !== undefined)
        result.user = user;
    const pid = positiveInteger(mapping['pid']);
    if (pid !== undefined)
        result.pid = pid;
    const hostname = text(mapping['hostname']);
    if (hostname !== undefined)
        result.hostname = hostname;
    return result;
}
/*
 * Writing a lock. A lock reconcile writes takes the form the repository's other locks use, and always
 * names the toolkit as its writer, so that nobody mistakes it for one a person's session took.
 */
const LOCK_WRITER = 'wo-toolkit reconcile';
function renderLock(format, fields) {
    if (format === 'plain') {
        return `Locked by ${LOCK_WRITER} at ${fields.timestamp}\nPID: ${fields.pid}\nUser: ${fields.user}\nHost: ${fields.hostname}\n`;
    }
    const quote = (s) => JSON.stringify(s);
    return [
        ...(fields.reason ? [`# ${fields.reason.replace(/\s+/g, ' ')}`] : []),
        `pid: ${fields.pid}`,
        `user: ${quote(fields.user)}`,
        `hostname: ${quote(fields.hostname)}`,
        `timestamp: ${quote(fields.timestamp)}`,
        `written_by: ${quote(LOCK_WRITER)}`,
        '',
    ].join('\n');
}
/** The plain-text lock form: its first line. */
const PLAIN_LOCK = /^\s*Locked by .+ at \S+/;
function isPlainTextLock(text) {
    return PLAIN_LOCK.test(text);
}
/** True when the toolkit wrote the lock (its user and time then say nothing about who took the WO). */
function isWrittenByToolkit(lock) {
    return lock.tool === LOCK_WRITER || lock.content?.['written_by'] === LOCK_WRITER;
}


/***/ }),

/***/ 6928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OT: () => (/* binding */ readWoFiles),
/* harmony export */   Qk: () => (/* binding */ loadRepoState),
/* harmony export */   ZI: () => (/* binding */ readWoFile),
/* harmony export */   kT: () => (/* binding */ filesById),
/* harmony export */   lK: () => (/* binding */ parseWoText),
/* harmony export */   nA: () => (/* binding */ readLocks)
/* harmony export */ });
/* unused harmony exports readWoEntry, listStateFolders */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5167);
/* harmony import */ var _fast_yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6427);
/* harmony import */ var _lock_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6701);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3026);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3391);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4998);
/* harmony import */ var _worktrees_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6915);









const WO_FILE = /\.ya?ml$/;
/**
 * A WO file's text, or why it cannot be read: a link out of the repository, a FIFO, a file over the
 * read cap or a permission error is a problem of that WO (a finding), never a hang or a crash.
 */
function readWoEntry(root, file) {
    if (file.problem !== undefined)
        return { problem: file.problem };
    try {
        const content = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readFolderEntry */ .fs)(root, file.folder, file.name);
        if (content === undefined)
            return { problem: 'the file disappeared while it was read' };
        return { text: content.bytes.toString('utf8') };
    }
    catch (error) {
        if ((0,_repo_files_js__WEBPACK_IMPORTED_MODULE_6__/* .isRepoFileError */ .RL)(error))
            return { problem: error.reason };
        throw error;
    }
}
/** A WO's identity from its text: the `id` field, else the file name's stem and why. */
function parseWoText(text, stem) {
    const simple = (0,_fast_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .readSimpleYamlId */ .f)(text);
    if (simple !== undefined)
        return identity(simple.id, stem);
    let data;
    try {
        data = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_7__/* .parseYamlBounded */ .WK)(text, { uniqueKeys: false });
    }
    catch (error) {
        const first = error.message.split('\n')[0];
        return { id: stem, idFromStem: true, problem: `invalid YAML: ${first}` };
    }
    if (data === null || data === undefined)
        return { id: stem, idFromStem: true, problem: 'the file is empty' };
    if (typeof data !== 'object' || Array.isArray(data)) {
        return { id: stem, idFromStem: true, problem: 'the file is not a YAML mapping' };
    }
    return identity(data['id'], stem);
}
/** The identity a mapping's `id` value gives. */
function identity(id, stem) {
    if (typeof id !== 'string' || id.trim() === '') {
        return { id: stem, idFromStem: true, problem: 'the file has no string `id` field' };
    }
    return { id: id.trim(), idFromStem: false };
}
/**
 * Lists the state folders (a folder that leads outside the repository, or is a file, is a
 * ConfigurationError that names it). Undefined for a state folder that does not exist.
 */
function listStateFolders(root, config) {
    const folders = {};
    for (const state of _config_js__WEBPACK_IMPORTED_MODULE_2__/* .STATES */ .xj) {
        const folder = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_6__/* .listRepoFolder */ .Vc)(root, config.stateFolders[state]);
        if (folder)
            folders[state] = folder;
    }
    return folders;
}
/**
 * Lists the WO files of every state folder, and which state folders exist. A WO file that is a
 * symbolic link is still a WO file (never invisible): read through the link when it stays inside the
 * repository, else listed with the problem.
 */
function readWoFiles(root, config, folders = listStateFolders(root, config)) {
    const files = [];
    const present = [];
    for (const state of _config_js__WEBPACK_IMPORTED_MODULE_2__/* .STATES */ .xj) {
        const folder = folders[state];
        if (!folder)
            continue;
        present.push(state);
        for (const entry of folder.entries) {
            if (!WO_FILE.test(entry.name))
                continue;
            const rel = `${folder.rel}/${entry.name}`;
            // The whitelist may live inside a state folder; it is not a WO.
            if (rel === config.whitelist)
                continue;
            const file = { state, rel, folder, name: entry.name, stem: entry.name.slice(0, entry.name.lastIndexOf('.')) };
            if (!entry.isFile()) {
                let kind;
                try {
                    kind = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_6__/* .entryKind */ .FY)(root, folder, entry);
                }
                catch (error) {
                    if (!(0,_repo_files_js__WEBPACK_IMPORTED_MODULE_6__/* .isRepoFileError */ .RL)(error))
                        throw error;
                    file.problem = error.reason;
                }
                // Sub-folders are not WOs; anything else with a WO file's name (a FIFO, a link to a device) is one
                // that cannot be read, reported as such when it is read.
                if (kind === 'folder')
                    continue;
            }
            files.push(file);
        }
    }
    return { files, present };
}
/** One listed WO file, read: its identity, or its file name's stem and why it cannot be used. */
function readWoFile(root, file) {
    const read = readWoEntry(root, file);
    if ('problem' in read) {
        return { id: file.stem, idFromStem: true, state: file.state, path: file.rel, stem: file.stem, problem: read.problem };
    }
    const { id, idFromStem, problem } = parseWoText(read.text, file.stem);
    const wo = { id, idFromStem, state: file.state, path: file.rel, stem: file.stem };
    if (problem !== undefined)
        wo.problem = problem;
    return wo;
}
/** The locks (`<WO>.lock`) among the listed entries of the running folder. */
function readLocks(root, running) {
    if (!running)
        return [];
    // A lock's presence is what counts: whatever the entry is (a link, even one that leads out), it is a lock.
    const entries = running.entries.filter((e) => !e.isDirectory() && e.name.endsWith('.lock'));
    return entries.map((entry) => {
        const rel = `${running.rel}/${entry.name}`;
        const lock = { woId: entry.name.slice(0, -'.lock'.length), path: rel, takenAt: new Date(0), ageSource: 'mtime' };
        let text;
        try {
            const content = entry.isFile() || entry.isSymbolicLink() ? (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readFolderEntry */ .fs)(root, running, entry.name) : undefined;
            if (content === undefined)
                return lock;
            text = content.bytes.toString('utf8');
        }
        catch {
            // An unreadable lock (a link out of the repository, a FIFO, too large) is still a lock; without a time it counts as old.
            return lock;
        }
        const content = (0,_lock_file_js__WEBPACK_IMPORTED_MODULE_4__/* .parseLock */ .PG)(text);
        if (content.mapping)
            lock.content = content.mapping;
        if (content.user !== undefined)
            lock.user = content.user;
        if (content.pid !== undefined)
            lock.pid = content.pid;
        if (content.hostname !== undefined)
            lock.hostname = content.hostname;
        if (content.tool !== undefined)
            lock.tool = content.tool;
        if (content.takenAt) {
            lock.takenAt = content.takenAt;
            lock.ageSource = 'timestamp';
            return lock; // the modification time is not needed
        }
        try {
            lock.takenAt = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(running.real, entry.name)).mtime;
        }
        catch {
            return { woId: lock.woId, path: rel, takenAt: new Date(0), ageSource: 'mtime' };
        }
        return lock;
    });
}
/**
 * Reads the repository's work-order state: every WO file, every lock and every worktree.
 * Fails (ConfigurationError) only when no state folder exists at all.
 */
async function loadRepoState(root, config) {
    // git lists the worktrees while the files are read.
    const worktreesPromise = (0,_worktrees_js__WEBPACK_IMPORTED_MODULE_8__/* .listWorktrees */ .P9)(root, config);
    worktreesPromise.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
    const folders = listStateFolders(root, config);
    const { files, present } = readWoFiles(root, config, folders);
    if (present.length === 0) {
        const jobs = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(config.stateFolders.pending);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, jobs))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${root}: no work-order folders found: expected ${jobs}/{pending,running,done,failed}/ (set state_folders in .wo-toolkit.yaml)`);
        }
    }
    // Synchronous reads: for thousands of small files they cost a fraction of promise-based ones.
    const wos = files.map((file) => readWoFile(root, file));
    // After the WO files, which warm up the parser the locks share.
    const locks = readLocks(root, folders.running);
    return { root, config, wos, locks, worktrees: await worktreesPromise, presentStates: present };
}
/** Groups WO files (or anything with an id) by id, keeping their order. */
function filesById(wos) {
    const byId = new Map();
    for (const wo of wos) {
        const list = byId.get(wo.id);
        if (list)
            list.push(wo);
        else
            byId.set(wo.id, [wo]);
    }
    return byId;
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


/***/ })

};
