export const id = 107;
export const ids = [107];
export const modules = {

/***/ 1402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ openRepository)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5167);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8941);


/** Resolves the repository root and loads its configuration: the first step of every command. */
async function openRepository(rootArg, configFile) {
    const root = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRoot */ .H)(rootArg);
    return { root, config: (0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(root, configFile) };
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


/***/ })

};
