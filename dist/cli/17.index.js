export const id = 17;
export const ids = [17];
export const modules = {

/***/ 8068:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ readToday),
/* harmony export */   JI: () => (/* binding */ readInteger),
/* harmony export */   Kf: () => (/* binding */ readChoice),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   TA: () => (/* binding */ readFile),
/* harmony export */   XD: () => (/* binding */ readRoot)
/* harmony export */ });
/* unused harmony exports parseBoolean, readDate */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3026);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(634);




/** The boolean spellings an action input (or any text value) may use. */
function parseBoolean(label, raw) {
    const value = raw.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new UsageError(`${label}: expected true or false, got '${raw}'`);
}
/** A date YYYY-MM-DD, or undefined when not given. */
function readDate(args, name) {
    const value = args.text(name);
    if (value !== undefined && !(0,_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .isValidDate */ .vd)(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${args.label(name)}: expected a date YYYY-MM-DD, got '${value}'`);
    return value;
}
/** The date to judge by: the one given, else the current UTC date. */
function readToday(args, name = 'today', now = new Date()) {
    return readDate(args, name) ?? now.toISOString().slice(0, 10);
}
/** An existing folder (default `.`), resolved against the base folder. Whether it is a git work tree is the repository's to check. */
function readRoot(args, name = 'root') {
    const given = args.text(name) ?? '.';
    const arg = { path: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(args.baseDir, given), given, label: args.label(name) };
    let stat;
    try {
        stat = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(arg.path);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${arg.label}: folder '${given}' does not exist`);
    }
    if (!stat.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${arg.label}: '${given}' is not a folder`);
    return arg;
}
/** An optional existing file, resolved against the base folder. */
function readFile(args, name) {
    const given = args.text(name);
    if (given === undefined)
        return undefined;
    const arg = { path: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(args.baseDir, given), given, label: args.label(name) };
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(arg.path))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${arg.label}: file '${given}' does not exist`);
    if (node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(arg.path).isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${arg.label}: '${given}' is a folder, expected a file`);
    return arg;
}
/** A whole number within [min, max], or undefined when not given. */
function readInteger(args, name, range) {
    const value = args.text(name);
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!/^[+-]?\d+$/.test(value) || !Number.isSafeInteger(n) || n < range.min || (range.max !== undefined && n > range.max)) {
        const expected = range.max === undefined ? `a whole number >= ${range.min}` : `a whole number from ${range.min} to ${range.max}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${args.label(name)}: expected ${expected}, got '${value}'`);
    }
    return n;
}
/** One of `allowed`, or `fallback` when not given. */
function readChoice(args, name, allowed, fallback) {
    const value = args.text(name);
    if (value === undefined)
        return fallback;
    if (!allowed.includes(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${args.label(name)}: expected one of ${allowed.join(', ')}, got '${value}'`);
    return value;
}
/** A list separated by commas, spaces or new lines; undefined when not given. */
function readList(args, name) {
    const value = args.text(name);
    return value === undefined ? undefined : value.split(/[\s,]+/).filter((t) => t !== '');
}


/***/ }),

/***/ 2674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ processConcurrency),
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);

/** Maps over items with at most `limit` promises in flight, keeping the order of results. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
/** A concurrency bound for spawning processes: two per core, at least two. */
function processConcurrency() {
    return Math.max(2, node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism() * 2);
}


/***/ }),

/***/ 5167:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PH: () => (/* binding */ REPOSITORY_SCHEMA_KINDS),
/* harmony export */   Y4: () => (/* binding */ VERDICT_ID),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE),
/* harmony export */   xj: () => (/* binding */ STATES),
/* harmony export */   zl: () => (/* binding */ REPOSITORY_SCHEMA_DIR)
/* harmony export */ });
/* unused harmony exports DEFAULT_WO_ID_PATTERN, defaultConfig */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3026);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4141);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3391);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(634);
/* harmony import */ var _wo_id_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1673);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4998);







const STATES = ['pending', 'running', 'done', 'failed'];
const CONFIG_FILE = '.wo-toolkit.yaml';
/** The kinds of file a repository may bring its own JSON Schema for. */
const REPOSITORY_SCHEMA_KINDS = ['work_order', 'backlog', 'dod'];
/** Where a repository keeps its own schemas, found without configuration: `<dir>/<kind>.schema.json`. */
const REPOSITORY_SCHEMA_DIR = 'docs/backlog/schema';
/** The `{id}` placeholder of `verdict_paths`. */
const VERDICT_ID = '{id}';
/** Ids such as WO-0012, WO-0018A, WO-0012.1, WO-P2.1, WO-0020-formatter. */
const DEFAULT_WO_ID_PATTERN = /^WO-[A-Za-z0-9][A-Za-z0-9.-]*$/;
function defaultConfig() {
    return {
        stateFolders: {
            pending: '_ctx/jobs/pending',
            running: '_ctx/jobs/running',
            done: '_ctx/jobs/done',
            failed: '_ctx/jobs/failed',
        },
        backlog: '_ctx/backlog/backlog.yaml',
        dodDir: '_ctx/dod',
        handoffDir: '_ctx/handoff',
        whitelist: '_ctx/jobs/audit_whitelist.yaml',
        worktreesDirs: ['.worktrees', '../.worktrees'],
        branchPrefixes: ['feat/wo-'],
        woIdPattern: DEFAULT_WO_ID_PATTERN,
        verdictPaths: ['_ctx/handoff/{id}/verdict.json', '_ctx/logs/{id}/verdict.json'],
        schemas: {},
        dirtyExclusions: ['_ctx/telemetry/', '_ctx/handoff/', '_ctx/logs/', '_ctx/index/'],
        staleLockHours: 1,
        retentionDays: 90,
        transitions: {
            new: ['pending'],
            pending: ['running'],
            running: ['done', 'failed', 'pending'],
            done: [],
            failed: ['pending'],
        },
        bypassMarker: '[emergency]',
    };
}
/**
 * Loads the defaults, overridden by the configuration file given (`--config FILE`, `input 'config'`)
 * or else `.wo-toolkit.yaml` at the root when present. Any problem with the file is a
 * ConfigurationError that names it.
 */
function loadConfig(root, configFile) {
    const shown = configFile?.given ?? CONFIG_FILE;
    // The file the user named may lie anywhere; the default one is a file of the repository, read only
    // when it stays inside it. Either way: a regular file within the read cap, or a one-line error.
    let text;
    try {
        text = configFile ? (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readUserFile */ .E1)(configFile.path, shown)?.bytes.toString('utf8') : (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readRepoText */ .Cj)(root, CONFIG_FILE);
    }
    catch (error) {
        // The file the user named is named with the option they named it by: `--config /dev/zero: is a character device…`.
        if (configFile && (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isRepoFileError */ .RL)(error))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${configFile.label} ${error.message}`);
        throw error;
    }
    if (text === undefined) {
        if (!configFile)
            return defaultConfig();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${configFile.label}: file '${shown}' does not exist`);
    }
    const { doc, error } = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_6__/* .parseYamlStrict */ .w6)(text);
    if (error)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1((0,_yaml_js__WEBPACK_IMPORTED_MODULE_6__/* .describeYamlProblem */ .yZ)(shown, error));
    const converted = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_6__/* .yamlData */ .Ot)(doc);
    if (converted.error)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1((0,_yaml_js__WEBPACK_IMPORTED_MODULE_6__/* .describeYamlProblem */ .yZ)(shown, converted.error));
    const raw = (converted.data ?? {});
    const errors = (0,_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .validate */ .tf)('config', raw);
    if (errors.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${shown}: ${(0,_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .describeSchemaError */ .LA)(errors[0])} (see schemas/config.schema.json)`);
    }
    return applyRaw(root, raw, shown);
}
function applyRaw(root, raw, shown) {
    const config = defaultConfig();
    config.source = shown;
    const inside = (key, value) => {
        const normalised = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseRelative */ .Z8)(value);
        if (node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(value) || !(0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(root, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(root, normalised))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${shown}: ${key} must be a path inside the repository, got '${value}'`);
        }
        return normalised;
    };
    for (const state of Object.keys(raw.state_folders ?? {})) {
        config.stateFolders[state] = inside(`state_folders.${state}`, raw.state_folders[state]);
    }
    if (raw.backlog !== undefined)
        config.backlog = inside('backlog', raw.backlog);
    if (raw.dod_dir !== undefined)
        config.dodDir = inside('dod_dir', raw.dod_dir);
    if (raw.handoff_dir !== undefined)
        config.handoffDir = inside('handoff_dir', raw.handoff_dir);
    if (raw.whitelist !== undefined)
        config.whitelist = inside('whitelist', raw.whitelist);
    const both = (single, list) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${shown}: set ${list} (a list) or ${single}, not both`);
    };
    // Worktrees folders may lie beside the repository: only their form is checked.
    const folder = (key, value) => {
        if (node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(value))
            return node_path__WEBPACK_IMPORTED_MODULE_0__.normalize(value);
        const normalised = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseRelative */ .Z8)(value);
        if (normalised === '.' || normalised === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${shown}: ${key} must name a folder other than the repository root, got '${value}'`);
        return normalised;
    };
    if (raw.worktrees_dir !== undefined && raw.worktrees_dirs !== undefined)
        both('worktrees_dir', 'worktrees_dirs');
    if (raw.worktrees_dir !== undefined)
        config.worktreesDirs = [folder('worktrees_dir', raw.worktrees_dir)];
    if (raw.worktrees_dirs !== undefined)
        config.worktreesDirs = raw.worktrees_dirs.map((p, i) => folder(`worktrees_dirs[${i}]`, p));
    if (raw.branch_prefix !== undefined && raw.branch_prefixes !== undefined)
        both('branch_prefix', 'branch_prefixes');
    if (raw.branch_prefix !== undefined)
        config.branchPrefixes = [raw.branch_prefix];
    if (raw.branch_prefixes !== undefined)
        config.branchPrefixes = [...raw.branch_prefixes];
    // By default the hand-written verdict follows the evidence folder wherever handoff_dir puts it.
    if (raw.verdict_paths === undefined)
        config.verdictPaths = [`${config.handoffDir}/${VERDICT_ID}/verdict.json`, ...config.verdictPaths.slice(1)];
    if (raw.verdict_paths !== undefined) {
        config.verdictPaths = raw.verdict_paths.map((p, i) => {
            const key = `verdict_paths[${i}]`;
            if (!p.includes(VERDICT_ID))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${shown}: ${key} must contain ${VERDICT_ID} (where the WO id goes), got '${p}'`);
            return inside(key, p);
        });
    }
    for (const kind of REPOSITORY_SCHEMA_KINDS) {
        const value = raw.schemas?.[kind];
        if (value === undefined)
            continue;
        config.schemas[kind] = value === 'bundled' ? 'bundled' : inside(`schemas.${kind}`, value);
    }
    if (raw.wo_id_pattern !== undefined) {
        try {
            config.woIdPattern = new RegExp(raw.wo_id_pattern);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${shown}: wo_id_pattern is not a valid regular expression: '${raw.wo_id_pattern}'`);
        }
        const unsafe = (0,_wo_id_js__WEBPACK_IMPORTED_MODULE_5__/* .woIdPatternProblem */ .rK)(raw.wo_id_pattern);
        if (unsafe !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${shown}: wo_id_pattern '${raw.wo_id_pattern}' could take exponential time to match: ${unsafe} (see docs/security.md)`);
        }
    }
    if (raw.dirty_exclusions !== undefined) {
        config.dirtyExclusions = raw.dirty_exclusions.map((p, i) => `${inside(`dirty_exclusions[${i}]`, p)}/`);
    }
    if (raw.stale_lock_hours !== undefined)
        config.staleLockHours = raw.stale_lock_hours;
    if (raw.retention_days !== undefined)
        config.retentionDays = raw.retention_days;
    // Each state given replaces that state's list; the states not given keep their defaults.
    for (const [from, to] of Object.entries(raw.transitions ?? {}))
        config.transitions[from] = [...new Set(to)];
    if (raw.bypass_marker !== undefined)
        config.bypassMarker = raw.bypass_marker;
    const folders = Object.values(config.stateFolders);
    if (new Set(folders).size !== folders.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${shown}: state_folders must be four different folders`);
    }
    return config;
}


/***/ }),

/***/ 3571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K6: () => (/* binding */ isDecisionComplete),
/* harmony export */   ji: () => (/* binding */ namesAnyPatch),
/* harmony export */   po: () => (/* binding */ assessDecision),
/* harmony export */   wJ: () => (/* binding */ namedPatches)
/* harmony export */ });
/* unused harmony exports DECISION_OPTIONS, MIN_NAMED_PREFIX, hexWords, namesPatch */
/**
 * Reading a person's decision in `decision.md` (docs: gc, "Deciding"). A decision is complete when
 * `ACTION_REQUIRED` is gone and either
 * - the template's choice line is there (any box of APPLY, DISCARD, MANUAL REVIEW) with exactly one
 *   of them checked (`[x]` or `[X]`), or
 * - there is no choice line and the person wrote the decision in their own words: a `Status:` or
 *   `Decision:` field (bold or not, `**Status:** DECIDED - CLEANUP APPROVED`, `**Decision:** DESTROY`)
 *   whose value is not empty and not ACTION_REQUIRED, PENDING or TODO, and no such field says one of
 *   those (a record that contradicts itself is not a decision).
 * Anything else is not complete; a task list (`- [ ] Worktree removed`) is not a decision.
 */
const DECISION_OPTIONS = ['APPLY', 'DISCARD', 'MANUAL REVIEW'];
// `[x] APPLY`, `[X] **DISCARD**`, `[ ] MANUAL REVIEW`: a box, then (perhaps emphasised) the option.
const BOX = /\[([ xX])\]\s*[*_`]*\s*(APPLY|DISCARD|MANUAL\s+REVIEW)\b/gi;
// `**Status:** DECIDED`, `Decision: DESTROY`, `- **Decision**: keep`: a field at the start of a line.
const FIELD = /^[ \t>*-]*(?:\*\*|__)?[ \t]*(Status|Decision)[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(.*)$/gim;
const UNDECIDED = /^(ACTION_REQUIRED|PENDING|TODO)\b/i;
/** The values of the `Status:` and `Decision:` fields, emphasis and comments taken off. */
function fieldValues(text) {
    return [...text.matchAll(FIELD)].map((m) => m[2]
        .replace(/<!--.*?-->/g, '')
        .replace(/^[*_`\s]+|[*_`\s]+$/g, '')
        .trim());
}
function assessDecision(text) {
    const actionRequired = text.includes('ACTION_REQUIRED');
    const checkedSet = new Set();
    let choiceLine = false;
    for (const match of text.matchAll(BOX)) {
        choiceLine = true;
        if (match[1] === ' ')
            continue;
        checkedSet.add(match[2].toUpperCase().replace(/\s+/g, ' '));
    }
    const checked = DECISION_OPTIONS.filter((option) => checkedSet.has(option));
    let problem;
    let words;
    if (actionRequired)
        problem = 'it still says ACTION_REQUIRED';
    else if (choiceLine) {
        if (checked.length === 0)
            problem = 'no decision box is checked';
        else if (checked.length > 1)
            problem = `${checked.length} decision boxes are checked (${checked.join(', ')}); exactly one must be`;
    }
    else {
        const values = fieldValues(text);
        const undecided = values.find((v) => UNDECIDED.test(v));
        words = values.find((v) => v !== '' && !UNDECIDED.test(v));
        if (undecided !== undefined)
            problem = `a Status or Decision field still says ${undecided}`;
        else if (words === undefined)
            problem = 'no decision box is checked and no Status: or Decision: field records a decision';
    }
    if (problem !== undefined)
        return { complete: false, actionRequired, checked, problem };
    return words === undefined ? { complete: true, actionRequired, checked } : { complete: true, actionRequired, checked, words };
}
function isDecisionComplete(text) {
    return assessDecision(text).complete;
}
/**
 * Which patches a decision names (docs/formats.md#one-decision-per-patch). A decision covers only the
 * patches it names: the patch's file name `dirty.<sha256>.patch`, its full SHA-256, or a prefix of at
 * least 12 hex digits of it (what the summaries show) standing as a word of its own, in any case. A
 * prefix that fits more than one of the patches in question names none of them (it cannot say which).
 * A decision in a person's words counts the same as gc's template, once it names the patch. Names in
 * the lines of the template that describe the work (the files affected, the worktree, the base commit:
 * DESCRIBING_LINE) do not count.
 */
const MIN_NAMED_PREFIX = 12;
// Runs of hex digits standing alone (not inside a longer word): `dirty.<hex>.patch`, `<hex>`, `<hex>…`.
const HEX_WORD = new RegExp(`(?<![0-9A-Za-z])[0-9a-fA-F]{${MIN_NAMED_PREFIX},64}(?![0-9A-Za-z])`, 'g');
/**
 * Lines of gc's template that describe the work rather than name the patch decided on: the files the
 * patch touches (a file name can hold another patch's name or hash: a copy of an earlier patch kept in
 * the worktree, `notes/review-<hash>.md`), the worktree and its branch, the base commit, the command,
 * the WO id, and gc's signature. A name there never makes the decision cover a patch; the Patch Hash,
 * Patch path, Patch SHA256 and Supersedes rows and whatever a person writes do.
 */
const DESCRIBING_LINE = /^\s*(?:\|\s*(?:\*\*)?(?:WO ID|Date|Type|Command used|Worktree|Base commit)(?:\*\*)?\s*\||[-*]\s*(?:\*\*)?(?:Content type|Files affected|Estimated risk)(?:\*\*)?\s*:|<!-- wo-toolkit gc: generated file)/i;
/** Every hex word of at least 12 digits in the text, lower-cased: the candidates for naming a patch. */
function hexWords(text) {
    const naming = text
        .split('\n')
        .filter((line) => !DESCRIBING_LINE.test(line))
        .join('\n');
    return new Set([...naming.matchAll(HEX_WORD)].map((m) => m[0].toLowerCase()));
}
/**
 * The SHA-256s among `patches` that the decision text names (in the order of `patches`). `patches` is
 * every patch the question is about: a WO's patches on disk, plus the patch a run is about to write.
 */
function namedPatches(text, patches) {
    const words = hexWords(text);
    const named = new Set();
    for (const word of words) {
        if (word.length === 64) {
            if (patches.includes(word))
                named.add(word);
            continue;
        }
        const fits = patches.filter((sha) => sha.startsWith(word));
        if (fits.length === 1)
            named.add(fits[0]);
    }
    return patches.filter((sha) => named.has(sha));
}
/** Whether the decision text names this patch (see namedPatches). */
function namesPatch(text, sha256, patches = [sha256]) {
    return namedPatches(text, patches.includes(sha256) ? patches : [...patches, sha256]).includes(sha256);
}
/** Whether the decision text names any patch at all: one of `patches`, or any full SHA-256 (a patch since deleted, say). */
function namesAnyPatch(text, patches) {
    return namedPatches(text, patches).length > 0 || [...hexWords(text)].some((w) => w.length === 64);
}


/***/ }),

/***/ 724:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ readDecision),
/* harmony export */   Bd: () => (/* binding */ newestPatch),
/* harmony export */   F6: () => (/* binding */ PATCH_NAME),
/* harmony export */   Gn: () => (/* binding */ PATCH_LINK),
/* harmony export */   N6: () => (/* binding */ isFailure),
/* harmony export */   OK: () => (/* binding */ incompleteDecisions),
/* harmony export */   QV: () => (/* binding */ patchFileName),
/* harmony export */   Si: () => (/* binding */ patchCover),
/* harmony export */   TD: () => (/* binding */ verdictFiles),
/* harmony export */   US: () => (/* binding */ DECISION_FILE),
/* harmony export */   WN: () => (/* binding */ decisionFileName),
/* harmony export */   YD: () => (/* binding */ listEvidence),
/* harmony export */   az: () => (/* binding */ evidenceFile),
/* harmony export */   b3: () => (/* binding */ CHECKSUM_FILE),
/* harmony export */   eU: () => (/* binding */ decisionFileNumber),
/* harmony export */   ek: () => (/* binding */ evidenceFolder),
/* harmony export */   kj: () => (/* binding */ verdictOfText),
/* harmony export */   r6: () => (/* binding */ DECISION_NAME),
/* harmony export */   vW: () => (/* binding */ woVerdictReader),
/* harmony export */   yC: () => (/* binding */ evidenceFolderExists)
/* harmony export */ });
/* unused harmony exports VERDICT_FILE, VERDICT_KEYS, parseVerdictText, readVerdictFile, readWoVerdict */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5167);
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3571);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3391);
/* harmony import */ var _wo_id_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1673);






/**
 * The evidence folder of a WO, `<handoff_dir>/<WO-ID>/` (docs/formats.md#the-evidence-folder): the one
 * home for its path, its file names, the patch-name pattern, and the readers of what a WO's evidence
 * says (verdict, decision, newest patch). Every other module imports these rather than spelling them.
 */
const DECISION_FILE = 'decision.md';
/**
 * The decision files of a WO: `decision.md`, and `decision.<n>.md` (n = 2, 3, …) that gc adds when a
 * further patch needs a decision of its own (docs/formats.md#one-decision-per-patch).
 */
const DECISION_NAME = /^decision(?:\.([1-9][0-9]{0,5}))?\.md$/;
/** The name of the n-th decision file (1: decision.md). */
function decisionFileName(n) {
    return n <= 1 ? DECISION_FILE : `decision.${n}.md`;
}
/** The number of a decision file's name (decision.md: 1), undefined for any other name. */
function decisionFileNumber(name) {
    const match = DECISION_NAME.exec(name);
    return match === null ? undefined : match[1] === undefined ? 1 : Number(match[1]);
}
const VERDICT_FILE = 'verdict.json';
/** The symbolic link to the newest patch. */
const PATCH_LINK = 'dirty.patch';
/** `sha256sum -c` input for the newest patch. */
const CHECKSUM_FILE = 'dirty.patch.sha256';
/** The one patch-name pattern, `dirty.<sha256>.patch`: the name gc gives a patch (64 lower-case hex digits). */
const PATCH_NAME = /^dirty\.([0-9a-f]{64})\.patch$/;
/** The name gc gives a patch with this SHA-256. */
function patchFileName(sha256) {
    return `dirty.${sha256}.patch`;
}
/**
 * The WO's evidence folder, relative to the root, as reports name it. Never normalised: an id that is
 * not a name (`../x`, `a/b`) is shown as written, and the readers below never build a file-system path
 * from it (they go through woPath, docs/security.md).
 */
function evidenceFolder(config, woId) {
    return `${config.handoffDir}/${woId}`;
}
/** A file of the WO's evidence folder for reading or writing; undefined when the id cannot name a folder. */
function evidencePath(config, woId, name) {
    return name === undefined ? (0,_wo_id_js__WEBPACK_IMPORTED_MODULE_5__/* .woPath */ .kV)(config.handoffDir, woId) : (0,_wo_id_js__WEBPACK_IMPORTED_MODULE_5__/* .woPath */ .kV)(config.handoffDir, woId, '', name);
}
/** A file of the WO's evidence folder, relative to the root. */
function evidenceFile(config, woId, name) {
    return `${evidenceFolder(config, woId)}/${name}`;
}
const VERDICT_KEYS = ['verdict', 'status', 'result'];
// Values that try to say PASS, FAIL or CRASH and do not (FAILED, PASSED, FAILURE, CRASHED).
const VERDICT_LIKE = /^(pass|fail|crash)/i;
/** The repository-relative verdict files of a WO, in `verdict_paths` order; none for an id that cannot name a file. */
function verdictFiles(config, woId) {
    if (!(0,_wo_id_js__WEBPACK_IMPORTED_MODULE_5__/* .isPathSafeWoId */ .w1)(woId))
        return [];
    return config.verdictPaths.map((template) => template.split(_config_js__WEBPACK_IMPORTED_MODULE_2__/* .VERDICT_ID */ .Y4).join(woId));
}
function nonEmptyText(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/** What a verdict file's text says (without its path and time). */
function parseVerdictText(content) {
    if (content.charCodeAt(0) === 0xfeff)
        return { problem: 'it starts with a byte-order mark (save it as UTF-8 without BOM)' };
    let data;
    try {
        data = JSON.parse(content);
    }
    catch (error) {
        return { problem: `it is not valid JSON (${error.message})` };
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return { problem: 'it is not a JSON object' };
    const record = data;
    const result = {};
    const stage = nonEmptyText(record['failure_stage']);
    if (stage !== undefined)
        result.failure_stage = stage;
    const finished = nonEmptyText(record['finished_at']);
    if (finished !== undefined)
        result.finished_at = finished;
    for (const key of VERDICT_KEYS) {
        const value = record[key];
        const upper = typeof value === 'string' ? value.trim().toUpperCase() : undefined;
        if (upper === 'PASS' || upper === 'FAIL' || upper === 'CRASH')
            return { ...result, verdict: upper, key };
    }
    for (const key of VERDICT_KEYS) {
        const value = record[key];
        if (value === undefined || value === null)
            continue;
        // `status` is a verdict only when it holds one (`status: done` is a state); `verdict` and `result` always are.
        if (key === 'status' && !(typeof value === 'string' && VERDICT_LIKE.test(value.trim())))
            continue;
        const shown = typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
        return { problem: `its ${key} is ${shown}, not PASS, FAIL or CRASH` };
    }
    return result;
}
/** The verdict a verdict file's text holds, if any (text that cannot be used holds none). */
function verdictOfText(text) {
    return parseVerdictText(text).verdict;
}
/**
 * Reads one verdict file through repo-files (never through a link out of the repository, never a
 * FIFO, within the read cap); undefined when it does not exist.
 */
function readVerdictFile(root, rel) {
    let content;
    try {
        content = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readRepoFile */ .v6)(root, rel);
    }
    catch (error) {
        if (!(0,_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isRepoFileError */ .RL)(error))
            throw error;
        return { path: rel, problem: `it cannot be used (${error.reason})`, time: 0 };
    }
    if (content === undefined)
        return undefined;
    const parsed = parseVerdictText(content.bytes.toString('utf8'));
    const finished = parsed.finished_at !== undefined ? Date.parse(parsed.finished_at) : Number.NaN;
    return { path: rel, ...parsed, time: Number.isNaN(finished) ? content.stat.mtimeMs : finished };
}
/** A WO's verdict from its verdict files: the newest file that holds one wins. */
function readWoVerdict(root, config, woId) {
    const files = verdictFiles(config, woId)
        .map((rel) => readVerdictFile(root, rel))
        .filter((f) => f !== undefined);
    const unreadable = files.filter((f) => f.problem !== undefined);
    const verdict = files.filter((f) => f.verdict !== undefined).sort((a, b) => b.time - a.time)[0];
    return verdict ? { verdict, unreadable } : { unreadable };
}
// A WO id that names the same folder on every file system: no separators, no dot segments, no trailing
// dot, ASCII only (so lower-casing matches the folding of a case-insensitive file system).
const PLAIN_FOLDER_NAME = /^[A-Za-z0-9_-](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;
/**
 * `readWoVerdict` for many WOs: each verdict folder (the part of a `verdict_paths` entry before
 * `/{id}/`) is listed once, so a WO without a folder there costs no failed read. Ids that are not
 * plain folder names, or a folder that cannot be listed, are read directly.
 */
function woVerdictReader(root, config) {
    const listings = config.verdictPaths.map((template) => {
        const at = template.indexOf(`/${_config_js__WEBPACK_IMPORTED_MODULE_2__/* .VERDICT_ID */ .Y4}/`);
        if (at === -1)
            return undefined;
        try {
            return new Set(((0,_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .listRepoFolder */ .Vc)(root, template.slice(0, at))?.entries ?? []).map((entry) => entry.name.toLowerCase()));
        }
        catch (error) {
            if (!(0,_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isRepoFileError */ .RL)(error))
                throw error;
            return error.problem === 'not-a-folder' ? new Set() : undefined;
        }
    });
    const listed = listings.every((names) => names !== undefined);
    return (woId) => {
        if (listed && PLAIN_FOLDER_NAME.test(woId) && listings.every((names) => !names.has(woId.toLowerCase())))
            return { unreadable: [] };
        return readWoVerdict(root, config, woId);
    };
}
function isFailure(verdict) {
    return verdict === 'FAIL' || verdict === 'CRASH';
}
/** Reads the WO's decision.md through repo-files. A decision that cannot be read exists but is never complete. */
function readDecision(root, config, woId) {
    const file = evidencePath(config, woId, DECISION_FILE);
    if (file === undefined)
        return { exists: false };
    try {
        const text = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readRepoText */ .Cj)(root, file);
        return text === undefined ? { exists: false } : { exists: true, text };
    }
    catch (error) {
        if (!(0,_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isRepoFileError */ .RL)(error))
            throw error;
        return { exists: true, problem: error.message };
    }
}
/** Whether the WO's evidence folder exists inside the repository (one that leads out counts as there). */
function evidenceFolderExists(root, config, woId) {
    const folder = evidencePath(config, woId);
    if (folder === undefined)
        return false;
    try {
        return (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInRepo */ .c7)(root, folder) !== undefined;
    }
    catch (error) {
        if ((0,_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isRepoFileError */ .RL)(error))
            return true;
        throw error;
    }
}
/**
 * Every decision file (decision.md, decision.<n>.md) of every evidence folder that exists and is not
 * complete (one that cannot be read is not complete), by WO id, then decision.md first.
 */
function incompleteDecisions(root, config) {
    let folder;
    try {
        folder = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .listRepoFolder */ .Vc)(root, config.handoffDir);
    }
    catch (error) {
        if (!(0,_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isRepoFileError */ .RL)(error))
            throw error;
        return [];
    }
    if (!folder)
        return [];
    const listed = folder;
    const found = [];
    for (const woId of listed.entries.filter((e) => e.isDirectory() && (0,_wo_id_js__WEBPACK_IMPORTED_MODULE_5__/* .isPathSafeWoId */ .w1)(e.name)).map((e) => e.name).sort()) {
        let listing;
        try {
            listing = listEvidence(node_path__WEBPACK_IMPORTED_MODULE_1__.join(listed.real, woId), `${listed.rel}/${woId}`);
        }
        catch {
            continue;
        }
        for (const decision of listing.decisions) {
            if (decision.complete)
                continue;
            found.push({ woId, decision, patches: decision.text === undefined ? [] : (0,_decision_js__WEBPACK_IMPORTED_MODULE_3__/* .namedPatches */ .wJ)(decision.text, listing.patches) });
        }
    }
    return found;
}
/** The newest patch: the file the `dirty.patch` link names, when it exists; undefined otherwise. */
function newestPatch(root, config, woId) {
    const folder = evidencePath(config, woId);
    if (folder === undefined)
        return undefined;
    try {
        const real = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInRepo */ .c7)(root, folder);
        if (real === undefined)
            return undefined;
        const name = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(real, PATCH_LINK)));
        const match = PATCH_NAME.exec(name);
        if (match && node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(real, name), { throwIfNoEntry: false })?.isFile())
            return { path: `${folder}/${name}`, sha256: match[1] };
    }
    catch {
        // no link, or a folder that leads outside the repository: no exported patch
    }
    return undefined;
}
/**
 * Lists an evidence folder (its real path, known to be inside the repository) and reads its decision
 * files. A decision file that is a link (never followed), not a regular file, too large or unreadable
 * is there but never complete.
 */
function listEvidence(realFolder, relFolder, entries = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(realFolder, { withFileTypes: true })) {
    const patches = [];
    const decisions = [];
    for (const entry of entries) {
        const match = PATCH_NAME.exec(entry.name);
        if (match && entry.isFile())
            patches.push(match[1]);
        const number = decisionFileNumber(entry.name);
        if (number === undefined)
            continue;
        const rel = `${relFolder}/${entry.name}`;
        try {
            const text = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readResolvedFile */ .dz)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(realFolder, entry.name), rel)?.bytes.toString('utf8');
            if (text === undefined)
                continue;
            const assessment = (0,_decision_js__WEBPACK_IMPORTED_MODULE_3__/* .assessDecision */ .po)(text);
            decisions.push({ name: entry.name, path: rel, text, complete: assessment.complete, number, ...(assessment.problem ? { problem: assessment.problem } : {}) });
        }
        catch (error) {
            if (!(0,_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isRepoFileError */ .RL)(error))
                throw error;
            decisions.push({ name: entry.name, path: rel, complete: false, problem: `it cannot be read (${error.reason})`, number });
        }
    }
    patches.sort();
    decisions.sort((a, b) => a.number - b.number);
    return { patches, decisions: decisions.map(({ number: _number, ...record }) => record) };
}
/**
 * The one reader of "is this patch decided": a complete decision file of the folder names it (its file
 * name, its SHA-256, or a 12-digit prefix; see namedPatches). `sha256` may be a patch not yet written.
 */
function patchCover(listing, sha256) {
    const patches = listing.patches.includes(sha256) ? listing.patches : [...listing.patches, sha256];
    const naming = listing.decisions.filter((d) => d.text !== undefined && (0,_decision_js__WEBPACK_IMPORTED_MODULE_3__/* .namedPatches */ .wJ)(d.text, patches).includes(sha256));
    const complete = naming.find((d) => d.complete);
    const unnamed = listing.decisions.filter((d) => d.complete && d.text !== undefined && !(0,_decision_js__WEBPACK_IMPORTED_MODULE_3__/* .namesAnyPatch */ .ji)(d.text, patches));
    const decision = complete ?? naming[0];
    const cover = { decided: complete !== undefined, unnamed, ...(decision ? { decision } : {}) };
    if (complete)
        return cover;
    const name = patchFileName(sha256);
    if (decision)
        return { ...cover, reason: `${decision.path} names ${name} but is not complete: ${decision.problem ?? 'not decided'}` };
    if (unnamed.length > 0) {
        return { ...cover, reason: `no decision names ${name}; ${unnamed[0].path} records a decision but names no patch, so it covers no new work` };
    }
    const others = listing.decisions.filter((d) => d.complete && d.text !== undefined && (0,_decision_js__WEBPACK_IMPORTED_MODULE_3__/* .namedPatches */ .wJ)(d.text, patches).length > 0);
    if (others.length > 0)
        return { ...cover, reason: `no decision names ${name}: ${others.map((d) => d.path).join(', ')} decide${others.length === 1 ? 's' : ''} other patches only` };
    return { ...cover, reason: `no decision names ${name}` };
}


/***/ }),

/***/ 6427:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseSimpleYaml),
/* harmony export */   f: () => (/* binding */ readSimpleYamlId)
/* harmony export */ });
/**
 * A fast parser for the plain subset of YAML that work-order files are written in: block mappings and
 * sequences, plain and quoted one-line scalars, one-line flow sequences of scalars, comments.
 *
 * Audit reads ten thousand WO files per run and needs little more than their `id`; the full `yaml`
 * parser costs ~200 µs a short file and ten times that for a real ~80-line WO. This parser either returns
 * exactly what `yaml`'s `parse` would return, or `undefined` when the text strays outside the subset
 * (anchors, tags, flow mappings, tabs, multi-line quoted scalars, several documents, duplicate keys,
 * anything doubtful) — the caller then uses the full parser, which also decides what is invalid. It never
 * accepts a text that `yaml` rejects.
 *
 * `readSimpleYamlId` answers the one question audit asks, a mapping's `id`, and only checks the rest:
 * it builds nothing else, and checks the plainest lines with one regular expression each. Because it
 * builds nothing else, it also accepts what real WO files hold beyond the one-line subset: block scalars
 * (`|`, `>`, with chomping and indentation indicators), whose lines it skips by their indentation alone
 * (their content can be anything), and multi-line plain scalars whose continuation lines are plain text
 * (no `:` or `#`, no indicator first). A text with a byte-order mark or CRLF line ends is read as the
 * same text without them (as `yaml` reads it); a lone carriage return is left to the full parser.
 * test/core/fast-yaml.fuzz.test.ts proves the agreement with `yaml` on both benchmark corpora and on
 * thousands of mutations of them.
 *
 * Both work on character positions in the text: a table of lines (start and end of each line's content,
 * its indentation) is built once, in arrays reused from file to file, and only keys and values are ever
 * sliced out. Only the space (U+0020) indents or separates: any other white space is content, as in YAML.
 */
// Thrown to give up on a text; a shared value, so giving up costs no stack trace.
const BAIL = Symbol('outside the fast subset');
const bail = () => {
    throw BAIL;
};
const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;
// Characters the subset leaves to the full parser: tabs, carriage returns, control characters, the
// byte-order mark, and the line and paragraph separators (which `.` in a regular expression skips).
// eslint-disable-next-line no-control-regex
const OUTSIDE_SUBSET = /[\t\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029\ufeff]/;
// The indicators a plain scalar may not start with.
const FORBIDDEN_START = new Uint8Array(128);
for (const c of "-?:,[]{}#&*!|>'\"%@`")
    FORBIDDEN_START[c.charCodeAt(0)] = 1;
const FLOW_INDICATOR = /[[\]{},]/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const SPECIAL_NUMBER = /^(?:[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$|0[xo])/;
// Plain keys that `yaml` reads as null or a boolean (an object key then spelled `""` or `true`): left to it.
const NON_STRING_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const ESCAPES = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t' };
// When values are only checked, a line in one of the plainest forms is checked by one native regular
// expression (sticky, from the line's first character to its end): `key: value` or `- value`, where the
// value is a plain scalar without `:` or `#` (then maybe a comment), a quoted scalar without escapes, or
// a flow sequence of such scalars. Anything else takes the general path below.
//
// Every pattern has exactly one way to match a line (a plain scalar's text ends on a character that is
// not a space, so the spaces after it belong to what follows alone): a line that does not match fails in
// time linear in its length, never by trying every split of its spaces (which made a flow sequence of
// a few dozen items take hours).
const PLAIN_START = "[^\\s\\-?:,[\\]{}#&*!|>'\"%@`]";
const QUOTED = `"[^"\\\\\\n]*"|'[^'\\n]*'`;
/** The rest of a plain scalar after its first character, ending on a character that is not a space. */
const plainRest = (excluded) => `[^${excluded}\\n ]*(?: +[^${excluded}\\n ]+)*`;
const FLOW_ITEM = `(?:${QUOTED}|${PLAIN_START}${plainRest(':#,[\\]{}')})`;
const CHECKED_VALUE = `(?:${PLAIN_START}${plainRest(':#')}|${QUOTED}|\\[ *(?:${FLOW_ITEM} *(?:, *${FLOW_ITEM} *)*)?\\])(?: +#[^\\n]*)? *(?=\\n|$)`;
// `yaml` refuses an implicit key longer than 1024 characters: longer keys are left to it.
const MAX_IMPLICIT_KEY = 1024;
const PLAIN_ENTRY = new RegExp(`[A-Za-z_][A-Za-z0-9_.-]{0,${MAX_IMPLICIT_KEY - 1}}: +${CHECKED_VALUE}`, 'y');
const PLAIN_ITEM = new RegExp(`- +${CHECKED_VALUE}`, 'y');
// A continuation line of a multi-line plain scalar, when only checked: plain text that starts with no
// indicator and holds no `:` or `#` (which could end the scalar or start a key or a comment there).
const CONTINUATION = new RegExp(`${PLAIN_START}[^:#\\n]*(?=\\n|$)`, 'y');
/** Whether `pattern` matches the whole line starting at `start`. */
function lineMatches(pattern, start) {
    pattern.lastIndex = start;
    return pattern.test(src);
}
// The text being parsed and its table of content lines (blank and comment lines left out): where each
// line's content starts and ends (trailing spaces dropped) and its indentation. The parser is
// synchronous and never re-entered, so one table serves every call.
let src = '';
let count = 0;
let starts = new Int32Array(64);
let ends = new Int32Array(64);
let indents = new Int32Array(64);
/** The next line to parse. */
let at = 0;
/** Where the last quoted scalar ended (after its closing quote). */
let quoteEnd = 0;
/**
 * Whether values are built (parseSimpleYaml) or only checked (readSimpleYamlId, which builds the `id`
 * value alone). Checked-only values are null; mappings are not built and their keys may repeat, as
 * `yaml` allows with `uniqueKeys: false`.
 */
let keep = true;
/** readSimpleYamlId: whether the top-level mapping has an `id` key, and its value. */
let idSeen = false;
let idValue;
function addLine(start, end, indent) {
    if (count === starts.length) {
        const grow = (old) => {
            const bigger = new Int32Array(old.length * 2);
            bigger.set(old);
            return bigger;
        };
        starts = grow(starts);
        ends = grow(ends);
        indents = grow(indents);
    }
    starts[count] = start;
    ends[count] = end;
    indents[count] = indent;
    count++;
}
/** Fills the line table; false when a line puts the text outside the subset. */
function tabulate(text) {
    src = text;
    count = 0;
    at = 0;
    let first = true;
    const length = text.length;
    for (let pos = 0; pos < length;) {
        let lineEnd = text.indexOf('\n', pos);
        if (lineEnd === -1)
            lineEnd = length;
        let start = pos;
        while (start < lineEnd && text.charCodeAt(start) === SPACE)
            start++;
        if (start < lineEnd && text.charCodeAt(start) !== HASH) {
            let end = lineEnd;
            while (text.charCodeAt(end - 1) === SPACE)
                end--;
            const c = text.charCodeAt(start);
            if (first && start === pos && end - start === 3 && text.startsWith('---', start)) {
                // The document start marker, alone on the first line.
            }
            else if ((c === DASH && text.startsWith('---', start)) || (c === 0x2e && text.startsWith('...', start)) || c === 0x25) {
                return false; // another document, a document end, or a directive (`%`)
            }
            else {
                addLine(start, end, start - pos);
            }
            first = false;
        }
        pos = lineEnd + 1;
    }
    return true;
}
/** Index of the `:` ending a plain key (`[A-Za-z_][A-Za-z0-9_.-]*`) at `start`, followed by a space or the end; else -1. */
function keyColon(start, end) {
    let c = src.charCodeAt(start);
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f))
        return -1;
    let i = start + 1;
    for (; i < end; i++) {
        c = src.charCodeAt(i);
        if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === DASH))
            break;
    }
    if (i === end || src.charCodeAt(i) !== COLON || i - start > MAX_IMPLICIT_KEY)
        return -1;
    return i + 1 === end || src.charCodeAt(i + 1) === SPACE ? i : -1;
}
/** A `- ` sequence entry (or a lone `-`) starting at `start`. */
function isSeqItem(start, end) {
    return src.charCodeAt(start) === DASH && (start + 1 === end || src.charCodeAt(start + 1) === SPACE);
}
/** The first index of character `code` in [from, to), or -1 (bounded, unlike indexOf). */
function find(code, from, to) {
    for (let i = from; i < to; i++)
        if (src.charCodeAt(i) === code)
            return i;
    return -1;
}
function skipSpaces(pos, end) {
    while (pos < end && src.charCodeAt(pos) === SPACE)
        pos++;
    return pos;
}
function resolvePlain(text) {
    const c = text.charCodeAt(0);
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === DASH || c === 0x2e) {
        const isInt = INT.test(text);
        if (isInt || FLOAT.test(text)) {
            const n = Number(text);
            return Number.isSafeInteger(n) || !isInt ? n : bail();
        }
        // Other core-schema forms (0x1F, 0o17, .inf, .nan) are left to the full parser.
        if (SPECIAL_NUMBER.test(text))
            bail();
        return text;
    }
    if (text === '~' || text === 'null' || text === 'Null' || text === 'NULL')
        return null;
    if (text === 'true' || text === 'True' || text === 'TRUE')
        return true;
    if (text === 'false' || text === 'False' || text === 'FALSE')
        return false;
    return text;
}
/** Whether the last value read was a plain scalar with no comment after it (one that may go on over more lines). */
let mayContinue = false;
/** The plain scalar in [start, end): no indicator at the start, no `: ` inside; a ` #` starts a comment. */
function plainScalar(start, end, inFlow) {
    mayContinue = true;
    for (let hash = find(HASH, start + 1, end); hash !== -1; hash = find(HASH, hash + 1, end)) {
        if (src.charCodeAt(hash - 1) === SPACE) {
            end = hash;
            mayContinue = false;
            break;
        }
    }
    while (end > start && src.charCodeAt(end - 1) === SPACE)
        end--;
    if (end === start)
        return null;
    if (FORBIDDEN_START[src.charCodeAt(start)] === 1 || src.charCodeAt(end - 1) === COLON)
        bail();
    const value = src.slice(start, end);
    if (value.includes(': '))
        bail();
    if (inFlow && FLOW_INDICATOR.test(value))
        bail();
    // Only resolving a value may give up (on forms the subset leaves out); the syntax is valid either way.
    return keep ? resolvePlain(value) : null;
}
/** The quoted scalar starting at `start` and closed before `limit`; sets `quoteEnd`. */
function quoted(start, limit) {
    const quote = src[start];
    const close = find(src.charCodeAt(start), start + 1, limit);
    if (close === -1)
        bail(); // not closed on this line
    // Without escapes (the common case) the value is the text between the quotes.
    if (quote === "'" ? src.charCodeAt(close + 1) !== 0x27 : find(0x5c, start + 1, close) === -1) {
        quoteEnd = close + 1;
        return src.slice(start + 1, close);
    }
    let out = '';
    for (let i = start + 1; i < limit; i++) {
        const c = src[i];
        if (quote === "'") {
            if (c === "'") {
                if (src[i + 1] === "'" && i + 1 < limit) {
                    out += "'";
                    i++;
                    continue;
                }
                quoteEnd = i + 1;
                return out;
            }
            out += c;
        }
        else {
            if (c === '"') {
                quoteEnd = i + 1;
                return out;
            }
            if (c === '\\') {
                const next = i + 1 < limit ? src[++i] : '';
                const escaped = ESCAPES[next];
                if (escaped === undefined)
                    bail();
                out += escaped;
                continue;
            }
            out += c;
        }
    }
    return bail(); // not closed on this line
}
/** What may follow a quoted scalar or flow sequence on its line (trailing spaces are already dropped): nothing, or ` #comment`. */
function afterValue(pos, end) {
    if (pos !== end && (src.charCodeAt(pos) !== SPACE || src.charCodeAt(skipSpaces(pos, end)) !== HASH))
        bail();
}
function flowSequence(start, end) {
    const close = src.lastIndexOf(']', end - 1);
    if (close < start)
        bail();
    afterValue(close + 1, end);
    let innerEnd = close;
    while (innerEnd > start + 1 && src.charCodeAt(innerEnd - 1) === SPACE)
        innerEnd--;
    let pos = skipSpaces(start + 1, innerEnd);
    const items = [];
    if (pos === innerEnd)
        return items;
    for (;;) {
        const c = src.charCodeAt(pos);
        if (c === 0x22 || c === 0x27) {
            items.push(quoted(pos, innerEnd));
            pos = skipSpaces(quoteEnd, innerEnd);
        }
        else {
            let comma = find(0x2c, pos, innerEnd);
            if (comma === -1)
                comma = innerEnd;
            let rawEnd = comma;
            while (rawEnd > pos && src.charCodeAt(rawEnd - 1) === SPACE)
                rawEnd--;
            if (rawEnd === pos || find(HASH, pos, rawEnd) !== -1)
                bail();
            items.push(plainScalar(pos, rawEnd, true));
            pos = comma;
        }
        if (pos === innerEnd)
            return items;
        if (src.charCodeAt(pos) !== 0x2c)
            bail();
        pos = skipSpaces(pos + 1, innerEnd);
        if (pos === innerEnd)
            bail(); // a trailing comma: left to the full parser
    }
}
/** The one-line value in [start, end) (start is not a space); sets `mayContinue`. */
function scalarValue(start, end) {
    const first = src.charCodeAt(start);
    if (first === 0x22 || first === 0x27) {
        const value = quoted(start, end);
        afterValue(quoteEnd, end);
        mayContinue = false;
        return value;
    }
    if (first === 0x5b) {
        const value = flowSequence(start, end);
        mayContinue = false; // after the plain scalars in it
        return value;
    }
    return plainScalar(start, end, false);
}
/**
 * The value that starts at `start` on line `at` (not a space, not a comment), in a collection at
 * `indent`, and the lines after it that belong to it; moves `at` past them. `explicitIndent`: whether
 * an indentation indicator may be read relative to `indent` (not in a sequence entry or a compact
 * mapping, where the parser's idea of the parent indentation is left to it).
 */
function inlineValue(indent, start, end, explicitIndent) {
    const first = src.charCodeAt(start);
    if (first === 0x7c || first === 0x3e) {
        // A block scalar (`|` or `>`): only skipped, never built.
        if (keep)
            bail();
        skipBlockScalar(indent, start, end, explicitIndent);
        return null;
    }
    const value = scalarValue(start, end);
    at++;
    if (at < count && indents[at] > indent) {
        // A multi-line scalar: only plain text lines, and only checked.
        if (keep || !mayContinue)
            bail();
        skipContinuation(indent);
    }
    return value;
}
/**
 * Checks the continuation lines of a multi-line plain scalar (the lines deeper than `indent`) and moves
 * `at` past them. A comment line between them (left out of the line table) would end the scalar: not
 * for this reader.
 */
function skipContinuation(indent) {
    let previousEnd = ends[at - 1];
    while (at < count && indents[at] > indent) {
        const start = starts[at];
        if (find(HASH, previousEnd, start) !== -1 || !lineMatches(CONTINUATION, start))
            bail();
        previousEnd = ends[at];
        at++;
    }
}
/**
 * Skips the block scalar whose header (`|` or `>`, then at most one chomping and one indentation
 * indicator, then maybe a comment) is at [start, end) on line `at`, in a collection at `indent`, and
 * moves `at` to the first line after its content. The content is read from the raw text, line by
 * line: blank lines and lines that look like comments are content too. Its indentation is the
 * indicator's, else that of its first non-blank line, which must be deeper than `indent`; the scalar
 * ends at the first non-blank line at `indent` or less. Anything in between (a line deeper than
 * `indent` but not as deep as the content, leading blank lines deeper than the content) is left to the
 * full parser.
 */
function skipBlockScalar(indent, start, end, explicitIndent) {
    let pos = start + 1;
    let indicator = 0;
    let chomping = false;
    for (let k = 0; k < 2 && pos < end; k++) {
        const c = src.charCodeAt(pos);
        if (c >= 0x31 && c <= 0x39 && indicator === 0)
            indicator = c - 0x30;
        else if ((c === 0x2b || c === DASH) && !chomping)
            chomping = true;
        else
            break;
        pos++;
    }
    if (pos < end) {
        if (src.charCodeAt(pos) !== SPACE)
            bail();
        pos = skipSpaces(pos, end);
        if (pos < end && src.charCodeAt(pos) !== HASH)
            bail();
    }
    if (indicator !== 0 && !explicitIndent)
        bail();
    let contentIndent = indicator === 0 ? 0 : indent + indicator;
    let deepestBlank = 0;
    let contentEnd = src.length;
    const headerEnd = src.indexOf('\n', end);
    for (let lineStart = headerEnd === -1 ? src.length : headerEnd + 1; lineStart < src.length;) {
        let lineEnd = src.indexOf('\n', lineStart);
        if (lineEnd === -1)
            lineEnd = src.length;
        const spaces = skipSpaces(lineStart, lineEnd) - lineStart;
        if (lineStart + spaces === lineEnd) {
            if (spaces > deepestBlank)
                deepestBlank = spaces;
        }
        else if (contentIndent === 0) {
            if (spaces <= indent) {
                contentEnd = lineStart;
                break;
            }
            if (deepestBlank > spaces)
                bail();
            contentIndent = spaces;
        }
        else if (spaces < contentIndent) {
            if (spaces > indent)
                bail();
            contentEnd = lineStart;
            break;
        }
        lineStart = lineEnd + 1;
    }
    at++;
    while (at < count && starts[at] < contentEnd)
        at++;
}
function block(indent) {
    return isSeqItem(starts[at], ends[at]) ? sequence(indent) : mapping(indent);
}
/** The value after `key:` with nothing on its line: a nested block, a sequence at the same indent, or null. */
function nested(indent) {
    if (at === count)
        return null;
    const next = indents[at];
    if (next > indent)
        return block(next);
    if (next === indent && isSeqItem(starts[at], ends[at]))
        return sequence(indent);
    return null;
}
/** A block mapping at `indent`; `compact` when its first key follows a sequence entry's `- `. */
function mapping(indent, compact = false) {
    const result = keep ? {} : null;
    while (at < count) {
        const lineIndent = indents[at];
        if (lineIndent < indent)
            break;
        const start = starts[at];
        const end = ends[at];
        if (lineIndent > indent || isSeqItem(start, end))
            bail();
        const isTopId = indent === 0 && src.startsWith('id:', start);
        // The plainest line, checked at once, unless a deeper line follows (a multi-line scalar).
        if (!keep && !isTopId && lineMatches(PLAIN_ENTRY, start) && (at + 1 === count || indents[at + 1] <= indent)) {
            at++;
            continue;
        }
        const colon = keyColon(start, end);
        if (colon === -1)
            bail();
        let key = '';
        let isId = false;
        if (result) {
            key = src.slice(start, colon);
            if (Object.prototype.hasOwnProperty.call(result, key) || key === '__proto__' || NON_STRING_KEY.test(key))
                bail();
        }
        else if (isTopId) {
            // The top-level mapping's `id` (the only mapping at indent 0): its value is built.
            if (idSeen)
                bail();
            idSeen = true;
            isId = true;
            keep = true;
        }
        const valueStart = skipSpaces(colon + 1, end);
        let value;
        if (valueStart === end || src.charCodeAt(valueStart) === HASH) {
            at++;
            value = nested(indent);
        }
        else {
            value = inlineValue(indent, valueStart, end, !compact);
        }
        if (result)
            result[key] = value;
        else if (isId) {
            idValue = value;
            keep = false;
        }
    }
    return result;
}
function sequence(indent) {
    const result = [];
    while (at < count) {
        const lineIndent = indents[at];
        const start = starts[at];
        const end = ends[at];
        if (lineIndent < indent || (lineIndent === indent && !isSeqItem(start, end)))
            break;
        if (lineIndent > indent)
            bail();
        if (!keep && lineMatches(PLAIN_ITEM, start) && (at + 1 === count || indents[at + 1] <= indent)) {
            result.push(null);
            at++;
            continue;
        }
        const item = skipSpaces(start + 1, end);
        if (item === end || src.charCodeAt(item) === HASH) {
            at++;
            result.push(at < count && indents[at] > indent ? block(indents[at]) : null);
        }
        else if (keyColon(item, end) !== -1) {
            // A compact mapping: `- key: value` continues at the column of `key`.
            const column = indent + (item - start);
            starts[at] = item;
            indents[at] = column;
            result.push(mapping(column, true));
        }
        else if (isSeqItem(item, end)) {
            bail();
        }
        else {
            result.push(inlineValue(indent, item, end, false));
        }
    }
    return result;
}
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;
/**
 * Fills the line table; false when the text is outside the subset or has no content. A byte-order mark
 * at the start and CRLF line ends are read as `yaml` reads them: as nothing, and as line feeds.
 */
function prepare(text) {
    // One scan of the whole text in the common case; the mark and the carriage returns are among what it finds.
    if (OUTSIDE_SUBSET.test(text)) {
        if (text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        if (text.includes('\r')) {
            if (LONE_CARRIAGE_RETURN.test(text))
                return false;
            text = text.replace(/\r\n/g, '\n');
        }
        if (OUTSIDE_SUBSET.test(text))
            return false;
    }
    return tabulate(text) && count > 0 && indents[0] === 0;
}
/** Parses a whole text (or, with `idOnly`, reads its id); undefined where it leaves the subset. */
function run(text, idOnly) {
    keep = !idOnly;
    idSeen = false;
    try {
        if (!prepare(text))
            return undefined;
        if (idOnly) {
            if (isSeqItem(starts[0], ends[0]))
                return undefined; // not a mapping
            mapping(0);
            return at === count ? { id: idValue } : undefined;
        }
        const value = block(0);
        return at === count ? value : undefined;
    }
    catch (error) {
        // Nesting too deep for the stack is also left to the full parser.
        if (error === BAIL || error instanceof RangeError)
            return undefined;
        throw error;
    }
    finally {
        src = ''; // do not keep the last text alive
        idValue = undefined;
    }
}
/** What `yaml`'s `parse(text)` returns, or `undefined` when the text is outside the fast subset. */
function parseSimpleYaml(text) {
    return run(text, false);
}
/**
 * The top-level `id` of a YAML mapping, the rest only checked (several times faster than parsing it):
 * `{ id }` when `yaml`'s `parse(text)` returns a mapping (`id` is its `id` value, undefined without
 * one), `undefined` when the text is outside the subset or is not a mapping.
 */
function readSimpleYamlId(text) {
    return run(text, true);
}


/***/ }),

/***/ 7473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Ii: () => (/* binding */ tryGit),
/* harmony export */   OS: () => (/* binding */ tryGitBuffer),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   Xs: () => (/* binding */ CatFileBatch),
/* harmony export */   e0: () => (/* binding */ tryGitInEach),
/* harmony export */   vv: () => (/* binding */ gitBuffer),
/* harmony export */   zp: () => (/* binding */ gitCommonDir)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2674);



class GitError extends Error {
    args;
    cwd;
    code;
    stderr;
    constructor(args, cwd, code, stderr) {
        super(`git ${args.join(' ')} failed in ${cwd} (exit ${code}): ${stderr.trim().split('\n')[0] ?? ''}`);
        this.args = args;
        this.cwd = cwd;
        this.code = code;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
// Read-only commands must not take optional locks or rewrite the index (a dry run writes nothing),
// and output must not depend on the user's locale, pager or terminal.
const STABLE_ENV = {
    GIT_OPTIONAL_LOCKS: '0',
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    LC_ALL: 'C',
};
function tryGitBuffer(args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, {
            cwd: options.cwd,
            env: gitEnvironment(options.env),
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', reject);
        child.on('close', (code) => {
            resolve({ code: code ?? 128, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
        });
        child.stdin.on('error', () => undefined); // git may exit before reading all of its input
        child.stdin.end(options.input ?? '');
    });
}
/** Runs git and returns its outcome, whatever the exit code. */
async function tryGit(args, options) {
    const result = await tryGitBuffer(args, options);
    return { code: result.code, stdout: result.stdout.toString('utf8'), stderr: result.stderr };
}
/** Runs git and returns standard output as bytes; throws GitError on a non-zero exit. */
async function gitBuffer(args, options) {
    const result = await tryGitBuffer(args, options);
    if (result.code !== 0)
        throw new GitError(args, options.cwd, result.code, result.stderr);
    return result.stdout;
}
/** Runs git and returns standard output as text; throws GitError on a non-zero exit. */
async function git(args, options) {
    return (await gitBuffer(args, options)).toString('utf8');
}
const commonDirs = new Map();
/**
 * The repository's common git folder (absolute), asked once per root and process: it cannot change
 * while a command runs, and gc needs it for every target (its lock, removal markers, kept refs).
 */
function gitCommonDir(root) {
    let dir = commonDirs.get(root);
    if (dir === undefined) {
        dir = git(['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: root }).then((out) => out.trim());
        // A failure is not remembered: the next caller asks again (and gets the error in its own words).
        dir.catch(() => commonDirs.delete(root));
        commonDirs.set(root, dir);
    }
    return dir;
}
/** The environment git runs in: the process's, made stable, then the caller's extra variables. */
function gitEnvironment(extra) {
    return { ...process.env, ...STABLE_ENV, ...extra };
}
// The script that runs `git -C <folder> <args…>` in each folder, one after the other. It is a constant:
// every value (the end-of-output marker, the number of git arguments, the arguments, the folders)
// arrives as a positional parameter and is only ever expanded inside double quotes, so no folder name
// or argument is ever read as shell text. Called as `sh -c SCRIPT sh <marker> <n> <args…> <folders…>`.
// After each folder it prints `<marker> <exit code>` and a newline. The marker holds 128 random bits,
// new for each call, so git's output (any bytes: NULs, newlines, text like a marker) never contains it.
const IN_EACH_SCRIPT = `
mark=$1
case $2 in ''|*[!0-9]*) exit 2 ;; esac
n=$2
shift 2
i=0
while [ "$i" -lt "$n" ]; do set -- "$@" "$1"; shift; i=$((i + 1)); done
in_folder() { f=$1; k=$2; shift 2; shift "$k"; git -C "$f" "$@"; }
while [ "$#" -gt "$n" ]; do
  d=$1
  shift
  in_folder "$d" "$(($# - n))" "$@" 2>/dev/null
  printf '%s %s\\n' "$mark" "$?"
done
`;
// The loop above: the arguments are first moved behind the folders; then each turn takes the next
// folder off the front, and in_folder drops the folders still waiting (its second parameter) from its
// own copy of the parameters, leaving exactly the git arguments.
/** Splits one shell's output into the results of its folders, in order; a folder it did not finish is left out. */
function parseInEach(output, folders, marker) {
    const results = new Map();
    const mark = Buffer.from(`${marker} `);
    let pos = 0;
    for (const folder of folders) {
        const at = output.indexOf(mark, pos);
        const eol = at < 0 ? -1 : output.indexOf(0x0a, at + mark.length);
        if (eol < 0)
            break;
        const code = Number(output.subarray(at + mark.length, eol).toString('latin1'));
        if (!Number.isInteger(code))
            break;
        results.set(folder, { code, stdout: output.subarray(pos, at).toString('utf8') });
        pos = eol + 1;
    }
    return results;
}
/** One shell running git in `folders`; rejects when the shell cannot be started. */
function runInEachShell(folders, args) {
    const marker = `wo-toolkit-end-${node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes(16).toString('hex')}`;
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('sh', ['-c', IN_EACH_SCRIPT, 'sh', marker, String(args.length), ...args, ...folders], {
            env: gitEnvironment(),
            stdio: ['ignore', 'pipe', 'ignore'],
            windowsHide: true,
        });
        const chunks = [];
        let settled = false;
        child.stdout.on('data', (chunk) => chunks.push(chunk));
        child.on('error', (error) => {
            if (!settled)
                reject(error);
            settled = true;
        });
        child.on('close', () => {
            if (!settled)
                resolve(parseInEach(Buffer.concat(chunks), folders, marker));
            settled = true;
        });
    });
}
/**
 * Runs `git -C <folder> <args…>` in each of `folders` (e.g. `git status` in many worktrees), with at
 * most `lanes` processes at a time, and returns every folder's exit code and standard output, keyed by
 * the folder as given. A folder that fails (missing, not a repository, …) has its non-zero code; its
 * standard error is dropped, so a caller that needs the message runs that folder again with `git`.
 *
 * The same git, arguments and environment as `tryGit`, but cheaper in bulk: starting a process from
 * node costs far more than from a small shell (node forks its whole, much larger, process), and that
 * dominates a quick git command. So where a lane holds several folders, one `sh` per lane runs git in
 * its folders one after the other. Folders and arguments reach that shell only as positional
 * parameters of a constant script, never as shell text. Without `sh` (on Windows, or when it cannot
 * be started, e.g. too many folders for one command line) and for whatever a shell did not finish,
 * git runs once per folder instead.
 */
async function tryGitInEach(folders, args, lanes) {
    const width = Math.max(1, Math.min(Math.floor(lanes) || 1, folders.length));
    const results = new Map();
    if (process.platform !== 'win32' && folders.length > width) {
        const slices = Array.from({ length: width }, (_, lane) => folders.filter((_f, i) => i % width === lane));
        const done = await Promise.all(slices.map((slice) => runInEachShell(slice, args).catch(() => new Map())));
        for (const map of done)
            for (const [folder, result] of map)
                results.set(folder, result);
    }
    const rest = [...new Set(folders.filter((f) => !results.has(f)))];
    const direct = await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .mapLimit */ .s)(rest, width, async (folder) => {
        const { code, stdout } = await tryGit(['-C', folder, ...args], { cwd: process.cwd() });
        return { code, stdout };
    });
    rest.forEach((folder, i) => results.set(folder, direct[i]));
    return results;
}
/**
 * One `git cat-file --batch` process that reads many objects: each `read` sends a round of object names
 * and gets them back in order, so a caller that only learns which objects it needs from the first ones
 * it read still starts git once. Names go to git's standard input one a line, never through a shell.
 * `close` ends the process; a name that holds a line break is answered as missing without asking git.
 */
class CatFileBatch {
    cwd;
    child;
    buffered = Buffer.alloc(0);
    waiting = [];
    failure;
    stderr = '';
    constructor(cwd) {
        this.cwd = cwd;
        this.child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch'], { cwd, env: gitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
        this.child.stdout.on('data', (chunk) => {
            this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
            this.drain();
        });
        this.child.stderr.on('data', (chunk) => (this.stderr += chunk.toString('utf8')));
        this.child.stdin.on('error', () => undefined);
        this.child.on('error', (error) => this.fail(error));
        this.child.on('close', (code) => {
            if (this.waiting.length > 0)
                this.fail(new GitError(['cat-file', '--batch'], cwd, code ?? 128, this.stderr || 'ended before answering'));
        });
    }
    /** The objects named (any name `git cat-file` takes: a blob id, `<commit>:<path>`, …), in order. */
    read(names) {
        if (this.failure)
            return Promise.reject(this.failure);
        const asked = names.filter((name) => !/[\r\n]/.test(name));
        if (asked.length === 0)
            return Promise.resolve(names.map(() => undefined));
        return new Promise((resolve, reject) => {
            this.waiting.push({ names: asked, results: [], resolve, reject });
            this.child.stdin.write(`${asked.join('\n')}\n`);
        }).then((results) => {
            if (asked.length === names.length)
                return results;
            const byName = new Map(asked.map((name, i) => [name, results[i]]));
            return names.map((name) => byName.get(name));
        });
    }
    close() {
        this.child.stdin.end();
    }
    fail(error) {
        this.failure = error;
        for (const round of this.waiting.splice(0))
            round.reject(error);
    }
    /** Takes every complete answer out of the buffer: `<oid> <type> <size>\n<bytes>\n` or `<name> missing\n`. */
    drain() {
        while (this.waiting.length > 0) {
            const round = this.waiting[0];
            const eol = this.buffered.indexOf(0x0a);
            if (eol < 0)
                return;
            const header = this.buffered.subarray(0, eol).toString('utf8');
            const fields = header.split(' ');
            if (fields.length === 3 && /^\d+$/.test(fields[2])) {
                const size = Number(fields[2]);
                if (this.buffered.length < eol + 1 + size + 1)
                    return;
                round.results.push({ oid: fields[0], type: fields[1], content: Buffer.from(this.buffered.subarray(eol + 1, eol + 1 + size)) });
                this.buffered = this.buffered.subarray(eol + 1 + size + 1);
            }
            else {
                // `<name> missing`, `<name> ambiguous`, …: git has no single object by that name.
                round.results.push(undefined);
                this.buffered = this.buffered.subarray(eol + 1);
            }
            if (round.results.length === round.names.length) {
                this.waiting.shift();
                round.resolve(round.results);
            }
        }
    }
}


/***/ }),

/***/ 4141:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Mf: () => (/* binding */ relativeTo),
/* harmony export */   Z8: () => (/* binding */ normaliseRelative),
/* harmony export */   d7: () => (/* binding */ toPosix)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/** Repository-relative paths are always reported with forward slashes. */
function toPosix(p) {
    return p.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}
/** `abs` relative to `root`, with forward slashes. */
function relativeTo(root, abs) {
    return toPosix(node_path__WEBPACK_IMPORTED_MODULE_0__.relative(root, abs));
}
/** True when `candidate` is `parent` itself or lies below it (both absolute). */
function isInside(parent, candidate) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(parent, candidate);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(rel));
}
/** Normalises a configured repository-relative folder: no trailing slash, forward slashes. */
function normaliseRelative(p) {
    return toPosix(node_path__WEBPACK_IMPORTED_MODULE_0__.normalize(p)).replace(/\/+$/, '');
}


/***/ }),

/***/ 3391:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ checkRepoFolder),
/* harmony export */   Cj: () => (/* binding */ readRepoText),
/* harmony export */   E0: () => (/* binding */ removeRepoFile),
/* harmony export */   E1: () => (/* binding */ readUserFile),
/* harmony export */   FY: () => (/* binding */ entryKind),
/* harmony export */   Jx: () => (/* binding */ listRepoFolderEntries),
/* harmony export */   RL: () => (/* binding */ isRepoFileError),
/* harmony export */   Vc: () => (/* binding */ listRepoFolder),
/* harmony export */   c7: () => (/* binding */ resolveInRepo),
/* harmony export */   dz: () => (/* binding */ readResolvedFile),
/* harmony export */   fs: () => (/* binding */ readFolderEntry),
/* harmony export */   lD: () => (/* binding */ RepoFileError),
/* harmony export */   pt: () => (/* binding */ ensureRepoFolder),
/* harmony export */   qT: () => (/* binding */ MAX_READ_BYTES),
/* harmony export */   v6: () => (/* binding */ readRepoFile)
/* harmony export */ });
/* unused harmony export realRoot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3026);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4141);




/**
 * The one home for touching files of the governed repository (docs/security.md):
 * - a path is resolved inside the repository, and a symbolic link that leads out of it is refused
 *   (a link that stays inside is followed, so a WO file kept as such a link is still seen);
 * - only regular files are read, and the type is checked on the open descriptor before a byte is read
 *   (the open itself is non-blocking, so a FIFO never hangs a run and `/dev/zero` is never read);
 * - every read is capped (MAX_READ_BYTES unless the caller knows a tighter bound);
 * - a folder is created one component at a time, never through a link that leads out, and a file is
 *   deleted only when its folder lies inside the repository (the entry itself is unlinked, never followed).
 * Every refusal is a RepoFileError: a ConfigurationError (one line, exit 2) that names the file as the
 * repository calls it, so a caller that cannot turn it into a finding still fails clearly.
 */
/** The most any file of the repository may hold to be read: no hand-written YAML, lock or decision comes near it. */
const MAX_READ_BYTES = 1024 * 1024;
class RepoFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1 {
    file;
    problem;
    reason;
    constructor(
    /** The path as the repository (or the user) names it. */
    file, problem, 
    /** What is wrong, without the file name: "is a FIFO, not a regular file". */
    reason) {
        super(`${file}: ${reason}`);
        this.file = file;
        this.problem = problem;
        this.reason = reason;
        this.name = 'RepoFileError';
    }
}
function isRepoFileError(error) {
    return error instanceof RepoFileError;
}
const realRoots = new Map();
/** The root's own real path (cached: a run asks for it for every file). */
function realRoot(root) {
    let real = realRoots.get(root);
    if (real === undefined) {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(root);
        realRoots.set(root, real);
    }
    return real;
}
function errnoCode(error) {
    return error.code ?? 'error';
}
function unreadable(file, error) {
    const code = errnoCode(error);
    if (code === 'ENOTDIR')
        return new RepoFileError(file, 'not-a-folder', 'cannot be read: a part of its path is a file, not a folder');
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ELOOP' ? 'too many levels of symbolic links' : code;
    return new RepoFileError(file, 'unreadable', `cannot be read (${why})`);
}
function kindOf(stat) {
    if (stat.isDirectory())
        return 'a folder';
    if (stat.isFIFO())
        return 'a FIFO (named pipe)';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isCharacterDevice())
        return 'a character device';
    if (stat.isBlockDevice())
        return 'a block device';
    if (stat.isSymbolicLink())
        return 'a symbolic link';
    return 'not a regular file';
}
function describeBytes(bytes) {
    const mib = 1024 * 1024;
    if (bytes >= mib)
        return bytes % mib === 0 ? `${bytes / mib} MiB` : `${(bytes / mib).toFixed(1)} MiB`;
    if (bytes >= 1024)
        return bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${(bytes / 1024).toFixed(1)} KiB`;
    return `${bytes} bytes`;
}
/** The repository-relative name of `rel` as reports show it: forward slashes, no `./`. */
function shown(rel) {
    return (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseRelative */ .Z8)(rel) || '.';
}
/**
 * The real path of `rel` (relative to the root) when it lies inside the repository; undefined when
 * nothing is there. A dangling link is a RepoFileError ('unreadable'); a path that leaves the repository, by `..` or
 * by a symbolic link anywhere along it, is a RepoFileError.
 */
function resolveInRepo(root, rel) {
    const file = shown(rel);
    const realRootPath = realRoot(root);
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(realRootPath, rel);
    if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(realRootPath, abs))
        throw new RepoFileError(file, 'outside', 'lies outside the repository');
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(abs);
    }
    catch (error) {
        const code = errnoCode(error);
        if (code === 'ENOENT') {
            // A link whose target is gone is there but cannot be read: never mistaken for "no such file"
            // (a dangling configuration link must not silently mean the defaults).
            if (node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink()) {
                throw new RepoFileError(file, 'unreadable', 'is a symbolic link whose target is missing');
            }
            // Missing: nothing to read (what a write would create is checked by ensureRepoFolder).
            return undefined;
        }
        throw unreadable(file, error);
    }
    if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(realRootPath, real)) {
        throw new RepoFileError(file, 'outside', `is a symbolic link (or lies below one) that leads outside the repository, to ${real}`);
    }
    return real;
}
/** Reads at most `maxBytes` from an open descriptor of a regular file; more is a RepoFileError. */
function readBounded(fd, stat, file, maxBytes) {
    if (stat.size > maxBytes) {
        throw new RepoFileError(file, 'too-large', `is ${describeBytes(stat.size)}, more than the ${describeBytes(maxBytes)} wo-toolkit reads of one file`);
    }
    // The size is a hint (a file may grow while it is read): read until the end, but never past the cap.
    let buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
        if (length === buffer.length) {
            if (length > maxBytes) {
                throw new RepoFileError(file, 'too-large', `holds more than the ${describeBytes(maxBytes)} wo-toolkit reads of one file`);
            }
            const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
            buffer.copy(grown, 0, 0, length);
            buffer = grown;
        }
        const read = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buffer, length, buffer.length - length, null);
        if (read === 0)
            break;
        length += read;
    }
    return buffer.subarray(0, length);
}
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
/**
 * Opens `real` (a path that should hold no symbolic link) without blocking and without following a
 * link, checks on the descriptor that it is a regular file, and reads it within the cap. 'missing'
 * when nothing is there, 'link' when the last component is a symbolic link (put there meanwhile, or
 * an entry the caller did not resolve).
 */
function readRealFile(real, file, maxBytes) {
    let fd;
    try {
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(real, OPEN_FLAGS);
    }
    catch (error) {
        const code = errnoCode(error);
        if (code === 'ENOENT')
            return 'missing';
        if (code === 'ELOOP')
            return 'link';
        throw unreadable(file, error);
    }
    try {
        const stat = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd);
        if (!stat.isFile())
            throw new RepoFileError(file, 'not-a-file', `is ${kindOf(stat)}, not a regular file`);
        try {
            return { bytes: readBounded(fd, stat, file, maxBytes), stat };
        }
        catch (error) {
            if (isRepoFileError(error))
                throw error;
            throw unreadable(file, error);
        }
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
}
/**
 * Reads a file of the repository (`rel` relative to the root). Undefined when it does not exist;
 * a RepoFileError when it leads outside the repository, is not a regular file, is larger than the
 * cap or cannot be read.
 */
function readRepoFile(root, rel, options = {}) {
    const file = shown(rel);
    const real = resolveInRepo(root, rel);
    if (real === undefined)
        return undefined;
    const content = readRealFile(real, file, options.maxBytes ?? MAX_READ_BYTES);
    if (content === 'missing')
        return undefined;
    if (content === 'link')
        throw new RepoFileError(file, 'outside', 'was replaced by a symbolic link while it was read');
    return content;
}
/**
 * Reads the file at `abs`, a path the caller has already resolved inside the repository (such as an
 * entry of a folder whose real path it checked): never through a link (the open refuses one), only a
 * regular file, within the cap. Undefined when it does not exist. `file` names it in errors.
 */
function readResolvedFile(abs, file, options = {}) {
    const content = readRealFile(abs, file, options.maxBytes ?? MAX_READ_BYTES);
    if (content === 'missing')
        return undefined;
    if (content === 'link')
        throw new RepoFileError(file, 'not-a-file', 'is a symbolic link (never followed here)');
    return content;
}
/** readRepoFile decoded as UTF-8. */
function readRepoText(root, rel, options = {}) {
    return readRepoFile(root, rel, options)?.bytes.toString('utf8');
}
/**
 * Reads a file the user named on the command line or in an input (such as `--config FILE`): it may
 * lie anywhere, but it is still read only when it is a regular file within the cap. Undefined when it
 * does not exist. `shownAs` is how the user wrote it.
 */
function readUserFile(file, shownAs, options = {}) {
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file));
    }
    catch (error) {
        if (errnoCode(error) === 'ENOENT')
            return undefined;
        throw unreadable(shownAs, error);
    }
    const content = readRealFile(real, shownAs, options.maxBytes ?? MAX_READ_BYTES);
    if (content === 'missing')
        return undefined;
    if (content === 'link')
        throw new RepoFileError(shownAs, 'unreadable', 'was replaced by a symbolic link while it was read');
    return content;
}
/**
 * Lists a folder of the repository. Undefined when it does not exist; a RepoFileError when it leads
 * outside the repository, is a file, or cannot be read.
 */
function listRepoFolder(root, rel) {
    const folder = shown(rel);
    const real = resolveInRepo(root, rel);
    if (real === undefined)
        return undefined;
    let entries;
    try {
        entries = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(real, { withFileTypes: true });
    }
    catch (error) {
        if (errnoCode(error) === 'ENOTDIR')
            throw new RepoFileError(folder, 'not-a-folder', 'is a file, expected a folder');
        throw unreadable(folder, error);
    }
    return { rel: folder, real, entries };
}
/**
 * The folder `rel` listed only as far as the entries `names` go (those that exist), without reading the
 * whole folder: for re-reading a few known files of a large folder. The same rules as listRepoFolder.
 */
function listRepoFolderEntries(root, rel, names) {
    const folder = shown(rel);
    const real = resolveInRepo(root, rel);
    if (real === undefined)
        return undefined;
    const entries = [];
    for (const name of new Set(names)) {
        let stat;
        try {
            stat = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(real, name), { throwIfNoEntry: false });
        }
        catch (error) {
            throw unreadable(`${folder}/${name}`, error);
        }
        if (stat)
            entries.push(direntOf(name, real, stat));
    }
    return { rel: folder, real, entries };
}
/** A directory entry as readdir gives it, from the entry's own lstat. */
function direntOf(name, parentPath, stat) {
    const entry = {
        name,
        parentPath,
        path: parentPath,
        isFile: () => stat.isFile(),
        isDirectory: () => stat.isDirectory(),
        isSymbolicLink: () => stat.isSymbolicLink(),
        isFIFO: () => stat.isFIFO(),
        isSocket: () => stat.isSocket(),
        isBlockDevice: () => stat.isBlockDevice(),
        isCharacterDevice: () => stat.isCharacterDevice(),
    };
    return entry;
}
/**
 * The kind of an entry, with a link resolved (a link that leads outside the repository is a
 * RepoFileError, and so is one whose target is gone).
 */
function entryKind(root, folder, entry) {
    if (entry.isFile())
        return 'file';
    if (entry.isDirectory())
        return 'folder';
    if (!entry.isSymbolicLink())
        return 'other';
    const real = resolveInRepo(root, `${folder.rel}/${entry.name}`);
    if (real === undefined)
        return 'missing';
    const stat = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(real, { throwIfNoEntry: false });
    return !stat ? 'missing' : stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
}
/**
 * Reads the entry `name` of a listed folder. A plain entry is opened directly (the folder's real path
 * holds no link, and the open refuses to follow one); a link is resolved and must stay inside the
 * repository. Undefined when the entry is gone.
 */
function readFolderEntry(root, folder, name, options = {}) {
    const rel = `${folder.rel}/${name}`;
    const content = readRealFile(`${folder.real}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${name}`, rel, options.maxBytes ?? MAX_READ_BYTES);
    if (content === 'missing')
        return undefined;
    if (content === 'link')
        return readRepoFile(root, rel, options);
    return content;
}
/**
 * Makes sure the folder `rel` exists inside the repository, creating what is missing one component at
 * a time. A component that is a link is followed only while it stays inside the repository; one that
 * is a file, or leads out, is a RepoFileError. Returns the folder's real path.
 */
function ensureRepoFolder(root, rel) {
    return walkRepoFolder(root, rel, true);
}
/**
 * What ensureRepoFolder would find, creating nothing: the folder's real path, or undefined when a part
 * of it is missing (a real run creates it inside the repository). A RepoFileError when a part of it is
 * a file or a link that leads out.
 */
function checkRepoFolder(root, rel) {
    return walkRepoFolder(root, rel, false);
}
function walkRepoFolder(root, rel, create) {
    const folder = shown(rel);
    const realRootPath = realRoot(root);
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(realRootPath, rel);
    if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(realRootPath, abs))
        throw new RepoFileError(folder, 'outside', 'lies outside the repository');
    let current = realRootPath;
    for (const part of (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .toPosix */ .d7)(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(realRootPath, abs)).split('/').filter((p) => p !== '')) {
        const next = node_path__WEBPACK_IMPORTED_MODULE_1__.join(current, part);
        let stat = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(next, { throwIfNoEntry: false });
        if (!stat) {
            // What is missing is created below a folder already known to be inside the repository.
            if (!create)
                return undefined;
            try {
                node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(next);
            }
            catch (error) {
                if (errnoCode(error) !== 'EEXIST')
                    throw new RepoFileError(folder, 'unreadable', `cannot be created (${errnoCode(error)})`);
            }
            stat = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(next);
        }
        if (stat.isSymbolicLink()) {
            let real;
            try {
                real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(next);
            }
            catch {
                throw new RepoFileError(folder, 'outside', `lies below ${relativeName(realRootPath, next)}, a symbolic link whose target is missing`);
            }
            if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(realRootPath, real)) {
                throw new RepoFileError(folder, 'outside', `lies below ${relativeName(realRootPath, next)}, a symbolic link that leads outside the repository, to ${real}`);
            }
            if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(real).isDirectory())
                throw new RepoFileError(folder, 'not-a-folder', `lies below ${relativeName(realRootPath, next)}, which is not a folder`);
            current = real;
        }
        else if (stat.isDirectory()) {
            current = next;
        }
        else {
            throw new RepoFileError(folder, 'not-a-folder', `lies below ${relativeName(realRootPath, next)}, which is a file, not a folder`);
        }
    }
    return current;
}
function relativeName(realRootPath, abs) {
    return (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .toPosix */ .d7)(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(realRootPath, abs));
}
/**
 * Deletes the file `rel` of the repository: the entry itself (a link is removed, never followed), and
 * only when the folder it lies in is inside the repository. Returns false when it was already gone.
 */
function removeRepoFile(root, rel) {
    const file = shown(rel);
    const parent = resolveInRepo(root, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname((0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .toPosix */ .d7)(rel)));
    if (parent === undefined)
        return false;
    const target = node_path__WEBPACK_IMPORTED_MODULE_1__.join(parent, node_path__WEBPACK_IMPORTED_MODULE_1__.basename(rel));
    const stat = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(target, { throwIfNoEntry: false });
    if (!stat)
        return false;
    if (stat.isDirectory())
        throw new RepoFileError(file, 'not-a-file', 'is a folder, not a file');
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync(target);
    }
    catch (error) {
        if (errnoCode(error) === 'ENOENT')
            return false;
        throw new RepoFileError(file, 'unreadable', `cannot be deleted (${errnoCode(error)})`);
    }
    return true;
}


/***/ }),

/***/ 8941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ resolveRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3026);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7473);
/* harmony import */ var _worktrees_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6915);





/**
 * Resolves `--root` (default: the current directory) to the repository's **main worktree**: the one
 * place every command opens the repository, so none of them ever judges it from a linked worktree.
 *
 * A linked worktree has its own checkout of `_ctx/` as it was when its branch left main: its WO files,
 * locks and evidence are stale. Run from inside one (a person working on a WO, or gc started from a WO
 * folder), the commands therefore act on the main worktree, found through the repository's common git
 * folder (`git rev-parse --git-common-dir`): the first record of `git worktree list`. A repository
 * without a main worktree (bare, or whose main folder is gone) cannot be governed: exit 2.
 * The folder was read by `readRoot` (so it exists); one outside any git repository is a ConfigurationError.
 */
async function resolveRoot(root) {
    const result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .tryGit */ .Ii)(['rev-parse', '--show-toplevel'], { cwd: root.path });
    if (result.code !== 0 || result.stdout.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${root.label}: '${root.given}' is not inside a git repository with a work tree`);
    }
    const toplevel = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(result.stdout.trim());
    const listing = await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .tryGit */ .Ii)(['worktree', 'list', '--porcelain', '-z'], { cwd: root.path });
    const main = listing.code === 0 ? (0,_worktrees_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWorktreeList */ .JE)(listing.stdout)[0] : undefined;
    if (!main || main.bare) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${root.label}: '${root.given}' belongs to a repository without a main worktree (bare); run from a checkout with one`);
    }
    let mainPath;
    try {
        mainPath = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(main.path);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${root.label}: '${root.given}' is a linked worktree whose main worktree '${main.path}' is missing`);
    }
    if (mainPath !== toplevel && !node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(mainPath, '.git'), { throwIfNoEntry: false })) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${root.label}: '${root.given}' is a linked worktree whose main worktree '${main.path}' has no .git`);
    }
    return mainPath;
}


/***/ }),

/***/ 634:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LA: () => (/* binding */ describeSchemaError),
/* harmony export */   Nc: () => (/* binding */ validator),
/* harmony export */   tf: () => (/* binding */ validate),
/* harmony export */   vd: () => (/* binding */ isValidDate),
/* harmony export */   xw: () => (/* binding */ compileRepositorySchema),
/* harmony export */   zK: () => (/* binding */ registerSchema)
/* harmony export */ });
/* unused harmony export isValidDateTime */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2463);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(878);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_refs_json_schema_draft_06_json__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6012);
/* harmony import */ var _schemas_config_schema_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2465);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3026);






/**
 * One Ajv instance (draft 2020-12, strict about the schemas themselves, all errors collected) and a
 * cache of compiled validators. Schemas are imported, so the bundles carry them.
 */
// ajv is CommonJS: under NodeNext its default import is the module object.
const Ajv2020 = (ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__["default"] ?? ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;
let ajv;
const compiled = new Map();
function isValidDate(value) {
    if (!DATE.test(value))
        return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
function isValidDateTime(value) {
    return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) && isValidDate(value.slice(0, 10));
}
function instance() {
    if (!ajv) {
        ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
        ajv.addFormat('date', { type: 'string', validate: isValidDate });
        ajv.addFormat('date-time', { type: 'string', validate: isValidDateTime });
    }
    return ajv;
}
const registry = new Map([['config', _schemas_config_schema_json__WEBPACK_IMPORTED_MODULE_0__]]);
/** Makes a schema known by name (schema modules register theirs on import). */
function registerSchema(name, schema) {
    registry.set(name, schema);
}
function validator(name) {
    let validate = compiled.get(name);
    if (!validate) {
        const schema = registry.get(name);
        if (!schema)
            throw new Error(`unknown schema '${name}'`);
        validate = instance().compile(schema);
        compiled.set(name, validate);
    }
    return validate;
}
function validate(name, data) {
    const fn = validator(name);
    return fn(data) ? [] : [...(fn.errors ?? [])];
}
/** One readable line for an Ajv error: `/state_folders/pending: must be string`. */
function describeSchemaError(error) {
    const at = error.instancePath || '(top level)';
    if (error.keyword === 'additionalProperties') {
        return `${at}: unknown key '${error.params.additionalProperty}'`;
    }
    if (error.keyword === 'required') {
        return `${at}: missing required key '${error.params.missingProperty}'`;
    }
    if (error.keyword === 'enum') {
        return `${at}: ${error.message} (${(error.params.allowedValues ?? []).join(', ')})`;
    }
    return `${at}: ${error.message ?? error.keyword}`;
}
// ---------------------------------------------------------------------------------------------------
// The repository's own schemas (docs: validate-backlog, "Which schemas"): draft-06/07, 2019-09 or
// 2020-12, chosen by their `$schema` (draft-07 when absent). Each is compiled by an Ajv of its own,
// not strict about the schema (a team's schema may carry keywords of its own), so that two
// repositories' schemas with the same `$id` never meet.
const AjvDraft07 = (ajv__WEBPACK_IMPORTED_MODULE_3__["default"] ?? ajv__WEBPACK_IMPORTED_MODULE_3__);
const Ajv2019 = (ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_4__["default"] ?? ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_4__);
const DRAFTS = [
    { pattern: /^https?:\/\/json-schema\.org\/draft-0[67]\/schema#?$/, name: 'draft-07', create: () => {
            const ajv = new AjvDraft07(REPOSITORY_AJV_OPTIONS);
            ajv.addMetaSchema(ajv_dist_refs_json_schema_draft_06_json__WEBPACK_IMPORTED_MODULE_5__);
            return ajv;
        } },
    { pattern: /^https?:\/\/json-schema\.org\/draft\/2019-09\/schema#?$/, name: '2019-09', create: () => new Ajv2019(REPOSITORY_AJV_OPTIONS) },
    { pattern: /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/, name: '2020-12', create: () => new Ajv2020(REPOSITORY_AJV_OPTIONS) },
];
const REPOSITORY_AJV_OPTIONS = { strict: false, allErrors: true, allowUnionTypes: true, logger: false };
/** One compiled repository schema per schema text: tests and benchmarks open many repositories. */
const repositoryValidators = new Map();
/**
 * Compiles a repository's schema from its text. `shown` names the file in messages: a schema that
 * is not JSON, names a draft this toolkit does not know or does not compile is a ConfigurationError
 * (validating against a schema that could not be read would pass files it should not).
 */
function compileRepositorySchema(text, shown) {
    const cached = repositoryValidators.get(text);
    if (cached)
        return cached;
    let schema;
    try {
        schema = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${shown}: not a JSON Schema: ${error.message}`);
    }
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${shown}: not a JSON Schema: expected a JSON object`);
    }
    const declared = schema.$schema;
    const draft = declared === undefined ? DRAFTS[0] : typeof declared === 'string' ? DRAFTS.find((d) => d.pattern.test(declared)) : undefined;
    if (!draft) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${shown}: $schema '${String(declared)}' is not a draft wo-toolkit validates with (draft-07, 2019-09 or 2020-12)`);
    }
    const ajv = draft.create();
    ajv.addFormat('date', { type: 'string', validate: isValidDate });
    ajv.addFormat('date-time', { type: 'string', validate: isValidDateTime });
    let validateFn;
    try {
        validateFn = ajv.compile(schema);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${shown}: the schema cannot be used: ${error.message}`);
    }
    const compiledSchema = { schema, validate: validateFn, draft: draft.name };
    repositoryValidators.set(text, compiledSchema);
    return compiledSchema;
}


/***/ }),

/***/ 1673:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WA: () => (/* binding */ woIdPathProblem),
/* harmony export */   kV: () => (/* binding */ woPath),
/* harmony export */   rK: () => (/* binding */ woIdPatternProblem),
/* harmony export */   vT: () => (/* binding */ matchesWoId),
/* harmony export */   w1: () => (/* binding */ isPathSafeWoId)
/* harmony export */ });
/* unused harmony export MAX_WO_ID_LENGTH */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/**
 * WO ids as names (docs/security.md): an id is a name, never a path, and the configured id pattern
 * can never hang a run.
 */
/** Longer text is never a WO id (and is never matched against the pattern). */
const MAX_WO_ID_LENGTH = 128;
/**
 * Why `id` cannot name a file or folder, or undefined when it can: an id never carries a separator,
 * a `..`, a NUL or a control character, and is never `.`, empty or too long. This is the one check
 * every path built from an id goes through (woPath).
 */
function woIdPathProblem(id) {
    if (id === '' || id === '.')
        return 'is empty or `.`';
    if (id.length > MAX_WO_ID_LENGTH)
        return `is longer than ${MAX_WO_ID_LENGTH} characters`;
    if (id.includes('/') || id.includes('\\'))
        return 'contains a path separator';
    if (id.includes('..'))
        return 'contains `..`';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(id))
        return 'contains a control character';
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(id) || /^[A-Za-z]:/.test(id))
        return 'is an absolute path';
    return undefined;
}
function isPathSafeWoId(id) {
    return woIdPathProblem(id) === undefined;
}
/**
 * `<folder>/<id><suffix>[/<rest>…]`, repository-relative: the one place a WO id turns into a path.
 * Undefined when the id cannot name a file (see woIdPathProblem); callers treat that as "no such
 * file" and report the id, never build a path from it.
 */
function woPath(folder, id, suffix = '', ...rest) {
    if (!isPathSafeWoId(id))
        return undefined;
    return [folder, `${id}${suffix}`, ...rest].join('/');
}
/**
 * Whether `text` is a WO id by the configured pattern: too long a text never is (the pattern is run
 * only on bounded input), nor one that cannot name a file.
 */
function matchesWoId(pattern, text) {
    return text.length <= MAX_WO_ID_LENGTH && isPathSafeWoId(text) && pattern.test(text);
}
/**
 * Why a configured `wo_id_pattern` could backtrack catastrophically, or undefined when it cannot.
 * JavaScript's engine backtracks, so a pattern such as `(a+)+$` takes exponential time on a long
 * non-matching text. The rules (docs/security.md), checked on the pattern's structure:
 * - no repeated group (`*`, `+`, `{n,}`, `{n,m}` with m > 1) that itself holds a repetition or an
 *   alternation: `(a+)+`, `(a|ab)*`, `(?:[0-9]+\.)*` (write `[0-9.]*` instead);
 * - no back-reference (`\1`, `\k<name>`);
 * - at most 4 unbounded repetitions in all (with ids capped at 128 characters, what overlapping
 *   neighbours such as `[A-Z]*[A-Z]*` cost stays small).
 */
function woIdPatternProblem(source) {
    const stack = [{ repeats: false, alternates: false }];
    let unbounded = 0;
    // What the previous atom was: a group that just closed (with what it held), or anything else.
    let previous;
    const quantifierAt = (i) => {
        const c = source[i];
        let length = 0;
        let max = 1;
        if (c === '*' || c === '+') {
            length = 1;
            max = Infinity;
        }
        else if (c === '?') {
            length = 1;
            max = 1;
        }
        else if (c === '{') {
            const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
            if (!m)
                return undefined;
            length = m[0].length;
            max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
        }
        else
            return undefined;
        if (source[i + length] === '?')
            length++; // lazy: same cost
        return { length, max };
    };
    for (let i = 0; i < source.length;) {
        const c = source[i];
        const quantifier = quantifierAt(i);
        if (quantifier) {
            if (quantifier.max === Infinity)
                unbounded++;
            const top = stack[stack.length - 1];
            if (quantifier.max > 1) {
                const group = previous?.group;
                if (group && group.repeats)
                    return 'a repeated group holds a repetition (nested quantifiers such as `(a+)+`)';
                if (group && group.alternates)
                    return 'a repeated group holds an alternation (such as `(a|ab)*`)';
                top.repeats = true;
            }
            previous = undefined;
            i += quantifier.length;
            continue;
        }
        if (c === '\\') {
            const next = source[i + 1] ?? '';
            if (/[1-9]/.test(next) || next === 'k')
                return 'it uses a back-reference';
            previous = {};
            i += 2;
            continue;
        }
        if (c === '[') {
            // A character class is one atom: skip to its closing bracket.
            let j = i + 1;
            if (source[j] === '^')
                j++;
            if (source[j] === ']')
                j++;
            while (j < source.length && source[j] !== ']')
                j += source[j] === '\\' ? 2 : 1;
            previous = {};
            i = j + 1;
            continue;
        }
        if (c === '(') {
            stack.push({ repeats: false, alternates: false });
            previous = undefined;
            i += source[i + 1] === '?' ? (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!' ? source.indexOf('>', i) + 1 - i : 3) : 1;
            continue;
        }
        if (c === ')') {
            const group = stack.length > 1 ? stack.pop() : { repeats: false, alternates: false };
            const parent = stack[stack.length - 1];
            parent.repeats ||= group.repeats;
            parent.alternates ||= group.alternates;
            previous = { group };
            i++;
            continue;
        }
        if (c === '|')
            stack[stack.length - 1].alternates = true;
        previous = {};
        i++;
    }
    if (unbounded > 4)
        return `it has ${unbounded} unbounded repetitions (at most 4)`;
    return undefined;
}


/***/ }),

/***/ 6915:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ parseWorktreeList),
/* harmony export */   P9: () => (/* binding */ listWorktrees),
/* harmony export */   Xs: () => (/* binding */ owningWo)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7473);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4141);
/* harmony import */ var _wo_id_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1673);





function parseWorktreeList(output) {
    const records = [];
    let current;
    // With -z every attribute ends in NUL and a record ends with an empty attribute.
    for (const line of output.split('\0')) {
        if (line === '') {
            if (current)
                records.push(current);
            current = undefined;
            continue;
        }
        const space = line.indexOf(' ');
        const key = space === -1 ? line : line.slice(0, space);
        const value = space === -1 ? undefined : line.slice(space + 1);
        if (key === 'worktree') {
            if (current)
                records.push(current);
            current = { path: value ?? '', bare: false, detached: false, locked: false, prunable: false, isMain: records.length === 0 };
            continue;
        }
        if (!current)
            continue;
        if (key === 'HEAD')
            current.head = value;
        else if (key === 'branch')
            current.branch = value?.replace(/^refs\/heads\//, '');
        else if (key === 'bare')
            current.bare = true;
        else if (key === 'detached')
            current.detached = true;
        else if (key === 'locked') {
            current.locked = true;
            if (value)
                current.lockedReason = value;
        }
        else if (key === 'prunable') {
            current.prunable = true;
            if (value)
                current.prunableReason = value;
        }
    }
    if (current)
        records.push(current);
    return records;
}
function realOrSelf(p) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(p);
    }
    catch {
        return node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(p);
    }
}
/**
 * Which WO a worktree belongs to (docs: "Which worktrees are a WO's"): its folder, named X, lies
 * directly in one of the worktrees folders (inside or beside the repository), or its branch is one of
 * the branch prefixes followed by X; X must match the WO id pattern. The folder rule comes first, so a
 * worktree beside the repository on an older branch style (`job/WO-0052`) is still that WO's.
 */
function owningWo(wt, root, config, real = realOrSelf) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(wt.path);
    if ((0,_wo_id_js__WEBPACK_IMPORTED_MODULE_4__/* .matchesWoId */ .vT)(config.woIdPattern, name)) {
        const parent = real(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(wt.path));
        if (config.worktreesDirs.some((dir) => real(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, dir)) === parent))
            return name;
    }
    if (wt.branch !== undefined) {
        for (const prefix of config.branchPrefixes) {
            if (!wt.branch.startsWith(prefix))
                continue;
            const id = wt.branch.slice(prefix.length);
            if ((0,_wo_id_js__WEBPACK_IMPORTED_MODULE_4__/* .matchesWoId */ .vT)(config.woIdPattern, id))
                return id;
        }
    }
    return undefined;
}
/** Every worktree git knows of, from one `git worktree list --porcelain -z` call. */
async function listWorktrees(root, config) {
    const output = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(['worktree', 'list', '--porcelain', '-z'], { cwd: root });
    // Worktrees share their parent folders: resolve each path once.
    const resolved = new Map();
    const real = (p) => {
        let r = resolved.get(p);
        if (r === undefined)
            resolved.set(p, (r = realOrSelf(p)));
        return r;
    };
    return parseWorktreeList(output).map((record) => {
        const realPath = real(record.path);
        const wt = { ...record, isMain: record.isMain || realPath === root, relPath: (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeTo */ .Mf)(root, realPath) };
        if (!wt.isMain && !wt.bare) {
            const woId = owningWo(wt, root, config, real);
            if (woId)
                wt.woId = woId;
        }
        return wt;
    });
}


/***/ }),

/***/ 4998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ yamlData),
/* harmony export */   WK: () => (/* binding */ parseYamlBounded),
/* harmony export */   w6: () => (/* binding */ parseYamlStrict),
/* harmony export */   yZ: () => (/* binding */ describeYamlProblem)
/* harmony export */ });
/* unused harmony exports MAX_YAML_ALIAS_COUNT, ALIAS_BOMB_MESSAGE, TO_JS_OPTIONS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/** Parses YAML strictly (duplicate keys are errors) and returns the document or its first error. */
function parseYamlStrict(text) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: true, prettyErrors: true });
    const first = doc.errors[0];
    if (!first)
        return { doc };
    const message = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const pos = first.linePos?.[0];
    return { doc, error: pos ? { line: pos.line, column: pos.col, message } : { message } };
}
/** `file:line:col: invalid YAML: message` */
function describeYamlProblem(file, problem) {
    const where = problem.line === undefined ? '' : `:${problem.line}:${problem.column ?? 1}`;
    return `${file}${where}: invalid YAML: ${problem.message}`;
}
/**
 * How many alias expansions a document may make (counted as the `yaml` package counts them, with the
 * aliases an expanded node holds): beyond it the document is refused as a possible alias bomb
 * (docs/security.md). Hand-written work-order files use a few anchors at most.
 */
const MAX_YAML_ALIAS_COUNT = 100;
const ALIAS_BOMB_MESSAGE = `its aliases expand too far (more than ${MAX_YAML_ALIAS_COUNT} alias expansions): refused as a possible alias bomb`;
/** The options every conversion of a parsed document to plain data uses. */
const TO_JS_OPTIONS = { maxAliasCount: MAX_YAML_ALIAS_COUNT };
/**
 * A parsed document as plain data, or the problem that stopped the conversion (an alias bomb, or an
 * alias whose anchor is missing): never an exception.
 */
function yamlData(doc) {
    try {
        return { data: doc.toJS(TO_JS_OPTIONS) };
    }
    catch (error) {
        const message = error.message ?? String(error);
        return { data: undefined, error: { message: /resource exhaustion/.test(message) ? ALIAS_BOMB_MESSAGE : message.split('\n')[0] } };
    }
}
/** `parse` from the `yaml` package with the alias limit; throws a YAML or alias problem as an Error with a clear message. */
function parseYamlBounded(text, options = {}) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: options.uniqueKeys ?? true, prettyErrors: false });
    const first = doc.errors[0];
    if (first)
        throw new Error(first.message.split('\n')[0]);
    const { data, error } = yamlData(doc);
    if (error)
        throw new Error(error.message);
    return data;
}


/***/ }),

/***/ 2465:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://wo-toolkit.dev/schemas/config.schema.json","title":"wo-toolkit configuration (.wo-toolkit.yaml)","description":"Optional overrides of the governed repository\'s layout and policy. Every path is relative to the repository root and must stay inside it.","type":"object","additionalProperties":false,"properties":{"state_folders":{"title":"State folders","description":"The four work-order state folders.","type":"object","additionalProperties":false,"properties":{"pending":{"title":"Pending folder","description":"WOs waiting to be taken.","type":"string","minLength":1},"running":{"title":"Running folder","description":"WOs in progress; also holds their locks.","type":"string","minLength":1},"done":{"title":"Done folder","description":"Completed WOs.","type":"string","minLength":1},"failed":{"title":"Failed folder","description":"Failed WOs.","type":"string","minLength":1}}},"backlog":{"title":"Backlog file","description":"The epic registry.","type":"string","minLength":1},"dod_dir":{"title":"Definition-of-Done folder","description":"Folder of DoD YAML files.","type":"string","minLength":1},"handoff_dir":{"title":"Evidence root","description":"Folder holding one evidence folder per WO.","type":"string","minLength":1},"whitelist":{"title":"Audit whitelist file","description":"Findings accepted until a review date.","type":"string","minLength":1},"worktrees_dirs":{"title":"Worktrees folders","description":"Folders holding one git worktree per WO, relative to the repository root; they may lie beside it. Default: [.worktrees, ../.worktrees].","type":"array","minItems":1,"items":{"title":"Worktrees folder","description":"A folder relative to the repository root (or absolute).","type":"string","minLength":1}},"worktrees_dir":{"title":"Worktrees folder (one)","description":"Shorthand for worktrees_dirs with one folder; not together with worktrees_dirs.","type":"string","minLength":1},"branch_prefixes":{"title":"WO branch prefixes","description":"A WO\'s branch is one of these prefixes followed by its id. Default: [feat/wo-].","type":"array","minItems":1,"items":{"title":"WO branch prefix","description":"For example feat/wo- or job/.","type":"string","minLength":1}},"branch_prefix":{"title":"WO branch prefix (one)","description":"Shorthand for branch_prefixes with one prefix; not together with branch_prefixes.","type":"string","minLength":1},"wo_id_pattern":{"title":"WO id pattern","description":"Regular expression every WO id matches. Default: ^WO-[A-Za-z0-9][A-Za-z0-9.-]*$.","type":"string","minLength":1},"verdict_paths":{"title":"Verdict files","description":"Where a WO\'s verdict files are, relative to the repository root, {id} standing for the WO id; the newest file wins. Default: [_ctx/handoff/{id}/verdict.json, _ctx/logs/{id}/verdict.json].","type":"array","minItems":1,"items":{"title":"Verdict file","description":"A path containing {id}.","type":"string","minLength":1}},"schemas":{"title":"Repository schemas","description":"The JSON Schemas (draft-07 or 2020-12) to validate against instead of the bundled ones, relative to the repository root, or \'bundled\'. Default: docs/backlog/schema/<kind>.schema.json when the file exists.","type":"object","additionalProperties":false,"properties":{"work_order":{"title":"Work-order schema","description":"A path inside the repository, or \'bundled\'.","type":"string","minLength":1},"backlog":{"title":"Backlog schema","description":"A path inside the repository, or \'bundled\'.","type":"string","minLength":1},"dod":{"title":"Definition-of-Done schema","description":"A path inside the repository, or \'bundled\'.","type":"string","minLength":1}}},"dirty_exclusions":{"title":"Dirty-exclusion paths","description":"Changes only under these paths do not make a worktree dirty and are left out of patches.","type":"array","items":{"title":"Dirty-exclusion path","description":"A folder relative to the repository root, taken literally as a path prefix: *, ? and [ are ordinary characters, not globs.","type":"string","minLength":1}},"stale_lock_hours":{"title":"Stale lock age (hours)","description":"A lock older than this is stale.","type":"number","exclusiveMinimum":0},"retention_days":{"title":"Retention (days)","description":"Default age at which retention-gc may delete evidence.","type":"integer","minimum":1},"transitions":{"title":"Legal transitions","description":"For each state (and `new`, a WO that did not exist before), the states a WO may move to. A state left out keeps its default: new → pending; pending → running; running → done, failed, pending; done → nothing; failed → pending.","type":"object","additionalProperties":false,"properties":{"new":{"$ref":"#/$defs/targetStates","title":"Where a new WO may appear","description":"The states a WO that did not exist before may first appear in."},"pending":{"$ref":"#/$defs/targetStates","title":"Moves from pending","description":"The states a WO in pending/ may move to."},"running":{"$ref":"#/$defs/targetStates","title":"Moves from running","description":"The states a WO in running/ may move to."},"done":{"$ref":"#/$defs/targetStates","title":"Moves from done","description":"The states a WO in done/ may move to."},"failed":{"$ref":"#/$defs/targetStates","title":"Moves from failed","description":"The states a WO in failed/ may move to."}}},"bypass_marker":{"title":"Transitions bypass marker","description":"Text that, in a commit message, turns that commit\'s transition violations into warnings (listed with the commit). Default `[emergency]`.","type":"string","minLength":1}},"$defs":{"targetStates":{"title":"Target states","description":"States a WO may move to.","type":"array","items":{"title":"State","description":"A state folder: pending, running, done or failed.","type":"string","enum":["pending","running","done","failed"]}}}}');

/***/ })

};
