export const id = 913;
export const ids = [913];
export const modules = {

/***/ 913:
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
var core_schema = __webpack_require__(634);
// EXTERNAL MODULE: ./build/src/core/evidence.js
var core_evidence = __webpack_require__(724);
// EXTERNAL MODULE: ./build/src/core/state.js + 1 modules
var state = __webpack_require__(9565);
// EXTERNAL MODULE: ./build/src/core/repo-files.js
var repo_files = __webpack_require__(3391);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/src/core/yaml.js
var yaml = __webpack_require__(4998);
;// CONCATENATED MODULE: ./build/schemas/backlog.schema.json
const backlog_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://wo-toolkit.dev/schemas/backlog.schema.json","title":"Backlog","description":"The epic registry (_ctx/backlog/backlog.yaml), canonical for epics and their WO queues. Keys that are not listed here are allowed by this schema, but wo-toolkit validate-backlog reports them as warnings (errors under --strict); x_* extension keys are never reported.","type":"object","required":["epics"],"properties":{"version":{"title":"Version","description":"The version of the backlog format.","type":["integer","string"]},"generated_at":{"title":"Generated at","description":"When a tool last wrote the backlog.","type":"string"},"epics":{"title":"Epics","description":"Every epic; epic ids are unique.","type":"array","items":{"$ref":"#/$defs/epic"}}},"$defs":{"epic":{"title":"Epic","description":"A body of work that work orders belong to (through their epic_id).","type":"object","required":["id","title"],"properties":{"id":{"title":"Epic id","description":"The epic\'s identity, unique in the backlog; work orders name it in epic_id.","type":"string","minLength":1,"examples":["EPIC-001"]},"title":{"title":"Title","description":"A one-line summary of the epic.","type":"string","minLength":1},"status":{"title":"Status","description":"The team\'s status of the epic (for example planned, active, done).","type":"string","minLength":1},"priority":{"title":"Priority","description":"The team\'s priority for the epic: a label (P1, high) or a number.","type":["string","integer"]},"wo_queue":{"title":"WO queue","description":"The work orders of this epic, in order; each must name an existing WO.","type":"array","items":{"title":"WO id","description":"The id of a work order in one of the state folders.","type":"string","minLength":1}},"description":{"title":"Description","description":"What the epic is about.","type":"string"}}}}}');
// EXTERNAL MODULE: ./build/schemas/config.schema.json
var config_schema = __webpack_require__(2465);
;// CONCATENATED MODULE: ./build/schemas/dod.schema.json
const dod_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://wo-toolkit.dev/schemas/dod.schema.json","title":"Definition of Done catalog file","description":"A file of the Definition-of-Done catalog (_ctx/dod/*.yaml): either one DoD ({id, title, ...}) or a catalog ({version, dod: [{id, title, ...}, ...]}). File names are free. Keys that are not listed here are allowed by this schema, but wo-toolkit validate-backlog reports them as warnings (errors under --strict); x_* extension keys are never reported.","type":"object","if":{"properties":{"dod":{"title":"DoD list","description":"Present in a catalog file."}},"required":["dod"]},"then":{"$ref":"#/$defs/catalog"},"else":{"$ref":"#/$defs/dod"},"$defs":{"catalog":{"title":"Catalog","description":"Several DoDs in one file: {version, dod: [...]}.","type":"object","required":["dod"],"properties":{"version":{"title":"Version","description":"The version of the catalog format.","type":["integer","string"]},"dod":{"title":"DoDs","description":"The DoDs of this file.","type":"array","items":{"$ref":"#/$defs/dod"}}}},"dod":{"title":"One Definition of Done","description":"A DoD: its id (named by WOs in dod_id), a title, and what a done WO must have.","type":"object","required":["id","title"],"properties":{"id":{"title":"DoD id","description":"The DoD\'s identity; work orders name it in dod_id. File names are free.","type":"string","minLength":1,"examples":["DOD-DEFAULT","DOD-0001"]},"title":{"title":"Title","description":"A one-line summary of this Definition of Done.","type":"string","minLength":1},"required_artifacts":{"title":"Required artifacts","description":"Files that must be present in the evidence folder (_ctx/handoff/<WO-ID>/) of every done WO that uses this DoD.","type":"array","uniqueItems":true,"items":{"title":"Artifact","description":"A file name (or a relative path without \'..\') inside the evidence folder, for example handoff.md or verdict.json.","type":"string","minLength":1,"pattern":"^(?![/\\\\\\\\])(?!.*(^|[/\\\\\\\\])\\\\.\\\\.([/\\\\\\\\]|$)).+$"}},"checks":{"title":"Checks","description":"What a reviewer checks before the work order counts as done.","type":"array","items":{"title":"Check","description":"One check, in words.","type":"string","minLength":1}},"required_checks":{"title":"Required checks","description":"Named checks and the commands that run them.","type":"array","items":{"title":"Check","description":"A named check.","type":"object","required":["name","commands"],"properties":{"name":{"title":"Name","description":"The check\'s name.","type":"string","minLength":1},"commands":{"title":"Commands","description":"Shell commands that run the check.","type":"array","items":{"title":"Command","description":"One shell command.","type":"string"}}}}},"rules":{"title":"Rules","description":"Rules a reviewer checks, in words.","type":"array","items":{"title":"Rule","description":"One rule.","type":"string"}},"x_legacy":{"title":"Legacy DoD","description":"true: kept for work orders of an older form; validate-backlog warns when a WO that is not itself x_legacy uses it.","type":"boolean"}}}}}');
// EXTERNAL MODULE: ./build/schemas/whitelist.schema.json
var whitelist_schema = __webpack_require__(736);
;// CONCATENATED MODULE: ./build/schemas/work_order.schema.json
const work_order_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://wo-toolkit.dev/schemas/work_order.schema.json","title":"Work order","description":"One work order (WO): a YAML file in one of the state folders _ctx/jobs/{pending,running,done,failed}/. Accepts both the seed shape and the shape real pipelines write (version, priority, execution, trace, nulls for fields not yet known). Keys that are not listed here are allowed by this schema so that editors accept them, but wo-toolkit validate-backlog reports each unknown key as a warning (an error under --strict); x_* extension keys are never reported.","type":"object","required":["id","epic_id","dod_id","title","scope","verify"],"properties":{"id":{"title":"WO id","description":"The work order\'s identity. Must match the configured wo_id_pattern (default ^WO-[A-Za-z0-9][A-Za-z0-9.-]*$: WO-0012, WO-0018A, WO-0012.1, WO-P2.1) and equal the file name\'s stem (unless the file is marked x_legacy: true).","type":"string","minLength":1,"examples":["WO-0001","WO-0018A","WO-P2.1"]},"version":{"title":"Version","description":"The version of the WO file format the pipeline wrote.","type":["integer","string"]},"epic_id":{"title":"Epic","description":"The id of the epic this WO belongs to; it must name an epic of the backlog (_ctx/backlog/backlog.yaml).","type":"string","minLength":1,"examples":["EPIC-001"]},"dod_id":{"title":"Definition of Done","description":"The id of the Definition of Done that applies; it must name a DoD of the catalog (_ctx/dod/*.yaml, a single DoD per file or a catalog list).","type":"string","minLength":1,"examples":["DOD-DEFAULT"]},"title":{"title":"Title","description":"A one-line summary of the work.","type":"string","minLength":1},"status":{"title":"Status","description":"When it names a state (pending, running, done, failed) it must name the state folder the file is in; pipelines also use other values, such as partial.","type":"string","minLength":1,"examples":["pending","running","done","failed","partial"]},"owner":{"title":"Owner","description":"Who is responsible for the work order; null while nobody is.","type":["string","null"]},"priority":{"title":"Priority","description":"The team\'s priority for the work order: a label (for example P1 or high) or a number.","type":["string","integer"]},"branch":{"title":"Branch","description":"The git branch the work is done on (for example feat/wo-<WO-ID>); null before it exists.","type":["string","null"]},"worktree":{"title":"Worktree","description":"The git worktree the work is done in (for example ../.worktrees/<WO-ID>); null before it exists.","type":["string","null"]},"description":{"title":"Description","description":"What is to be done and why, in as many lines as needed.","type":"string"},"objective":{"title":"Objective","description":"What the work order must achieve, in the team\'s words.","type":"string"},"created_at":{"title":"Created at","description":"When the work order was created (ISO 8601 date-time, or date).","$ref":"#/$defs/timestamp"},"started_at":{"title":"Started at","description":"When work on the work order started (ISO 8601 date-time, or date); null while not known.","$ref":"#/$defs/nullableTimestamp"},"finished_at":{"title":"Finished at","description":"When the work order was finished (ISO 8601 date-time, or date); null while not known.","$ref":"#/$defs/nullableTimestamp"},"closed_at":{"title":"Closed at","description":"When the pipeline\'s closing script closed the work order (ISO 8601 date-time, or date); null while open.","$ref":"#/$defs/nullableTimestamp"},"verified_at_sha":{"title":"Verified at commit","description":"The commit (7 to 40 hex digits) at which the verify commands passed; null while not verified. A WO in done/ must have one (unless x_legacy: true).","type":["string","null"],"pattern":"^[0-9a-fA-F]{7,40}$"},"scope":{"title":"Scope","description":"Which paths the work may touch.","type":"object","required":["allow","deny"],"properties":{"allow":{"title":"Allowed paths","description":"Globs of the paths the work may change; at least one.","type":"array","minItems":1,"items":{"$ref":"#/$defs/glob"}},"deny":{"title":"Denied paths","description":"Globs of the paths the work must not change; may be empty.","type":"array","items":{"$ref":"#/$defs/glob"}}}},"verify":{"title":"Verification","description":"How the work is verified.","type":"object","required":["commands"],"properties":{"commands":{"title":"Verify commands","description":"Shell commands that must all succeed; at least one.","type":"array","minItems":1,"items":{"title":"Command","description":"One shell command.","type":"string","minLength":1}}}},"execution":{"title":"Execution","description":"How the pipeline runs the work order: required_flow and whatever else the pipeline records (other keys are free).","type":"object","properties":{"required_flow":{"title":"Required flow","description":"The steps the pipeline must go through, in order.","type":"array","items":{"title":"Step","description":"One step, for example take, verify or close.","type":"string","minLength":1}}},"additionalProperties":true},"dependencies":{"title":"Dependencies","description":"Work orders that must be done first.","type":"array","items":{"title":"WO id","description":"The id of another work order.","type":"string","minLength":1}},"trace":{"title":"Trace","description":"Where the work order came from and what happened to it (free-form mapping).","type":"object"},"deliverables":{"title":"Deliverables","description":"What the work order produces: paths, or mappings that describe them.","type":"array"},"acceptance_criteria":{"title":"Acceptance criteria","description":"What must be true for the work order to be accepted.","type":"array","items":{"title":"Criterion","description":"One criterion, in words.","type":"string"}},"x_legacy":{"title":"Legacy file","description":"true: a file kept on purpose in an older form. It is exempt from the naming and form rules (file stem = id, verified_at_sha, legacy DoD) but still counts for identity (duplicates, split brain).","type":"boolean"}},"$defs":{"glob":{"title":"Glob","description":"A path glob relative to the repository root, for example src/** or docs/*.md.","type":"string","minLength":1},"timestamp":{"title":"Timestamp","description":"An ISO 8601 date-time (2026-01-31T09:30:00Z) or date (2026-01-31).","type":"string","anyOf":[{"title":"Date-time","description":"An ISO 8601 date-time.","format":"date-time"},{"title":"Date","description":"An ISO 8601 date.","format":"date"}]},"nullableTimestamp":{"title":"Timestamp or null","description":"An ISO 8601 date-time or date, or null while not known.","type":["string","null"],"anyOf":[{"title":"Date-time","description":"An ISO 8601 date-time.","format":"date-time"},{"title":"Date","description":"An ISO 8601 date.","format":"date"}]}}}');
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./build/src/validate/source.js




/** Larger files are reported and not parsed: no hand-written backlog file comes near this size. */
const MAX_FILE_BYTES = repo_files/* MAX_READ_BYTES */.qT;
/** A file's text with a line index that is built on first use only. */
class SourceText {
    text;
    lineStarts;
    constructor(text) {
        this.text = text;
    }
    /** 1-based line and column of a character offset. */
    position(offset) {
        const starts = (this.lineStarts ??= lineStartsOf(this.text));
        const target = Math.max(0, Math.min(offset, this.text.length));
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= target)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: target - starts[low] + 1 };
    }
}
function lineStartsOf(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/** The offset of the first byte that breaks UTF-8 (the buffer is known not to be valid UTF-8). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
        if (length === 0)
            return i;
        if (length > 1) {
            if (!(0,external_node_buffer_.isUtf8)(bytes.subarray(i, i + length)))
                return i;
        }
        i += length;
    }
    return i;
}
/** Decodes a file's bytes, reporting a file that is too large or not UTF-8 (then undefined). */
function decode(file, bytes, problems) {
    if (bytes.length > MAX_FILE_BYTES) {
        const mib = (bytes.length / (1024 * 1024)).toFixed(1);
        problems.add(file, undefined, { line: 1, column: 1 }, 'file-too-large', `the file is ${mib} MiB; files larger than 1 MiB are not parsed`);
        return undefined;
    }
    if (!(0,external_node_buffer_.isUtf8)(bytes)) {
        const offset = firstInvalidUtf8(bytes);
        const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
        const line = bytes.subarray(0, lineStart).reduce((count, b) => count + (b === 0x0a ? 1 : 0), 1);
        const column = bytes.subarray(lineStart, offset).toString('utf8').length + 1;
        const hex = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
        problems.add(file, undefined, { line, column }, 'encoding', `the file is not valid UTF-8: byte 0x${hex} at line ${line}, column ${column} (save it as UTF-8)`);
        return undefined;
    }
    const text = bytes.toString('utf8');
    // A byte order mark is no part of the document, and editors do not count it as a column.
    return new SourceText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}
/**
 * Reads a file of the repository (or, `file` absolute, a `--config` file outside it) as UTF-8 text,
 * through the one safe reader (core/repo-files: links never followed out, regular files only, the
 * read cap), reporting a file that cannot be read, is too large or is not UTF-8 (then undefined).
 */
function readSource(root, file, problems) {
    let content;
    try {
        content = external_node_path_.isAbsolute(file) ? (0,repo_files/* readUserFile */.E1)(file, file) : (0,repo_files/* readRepoFile */.v6)(root, file);
    }
    catch (error) {
        if (!(0,repo_files/* isRepoFileError */.RL)(error))
            throw error;
        problems.add(file, undefined, { line: 1, column: 1 }, error.problem === 'too-large' ? 'file-too-large' : 'unreadable', `the file ${error.reason}`);
        return undefined;
    }
    if (content === undefined) {
        problems.add(file, undefined, { line: 1, column: 1 }, 'unreadable', 'the file cannot be read (it disappeared)');
        return undefined;
    }
    const text = content.bytes.toString('utf8');
    // The bytes are examined only when the decoded text holds a replacement character.
    if (!text.includes('\ufffd'))
        return new SourceText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return decode(file, content.bytes, problems);
}
/**
 * Parses a YAML document and reports the parser's errors and warnings at their positions.
 * Returns the document, and whether it is free of errors (only then is its content trusted).
 */
function parseYaml(file, source, problems) {
    const doc = (0,dist/* parseDocument */.Tp)(source.text, { prettyErrors: false, uniqueKeys: true });
    for (const error of doc.errors) {
        const offset = error.pos[0];
        if (error.code === 'DUPLICATE_KEY') {
            const key = keyAt(doc, offset);
            problems.add(file, source, offset, 'duplicate-key', key === undefined ? 'duplicate key in a mapping' : `duplicate key '${key}': a mapping may declare a key only once`);
            continue;
        }
        let message = `${firstLine(error.message)} (${error.code})`;
        if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
            const opened = openingQuoteBefore(doc, offset);
            if (opened !== undefined) {
                const at = source.position(opened);
                message += `; the quoted string opened at line ${at.line}, column ${at.column} is never closed`;
            }
        }
        problems.add(file, source, offset, 'yaml-syntax', message);
    }
    for (const warning of doc.warnings) {
        problems.add(file, source, warning.pos[0], 'yaml-warning', `${firstLine(warning.message)} (${warning.code})`);
    }
    return { doc, ok: doc.errors.length === 0 };
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
/** The key scalar that starts at `offset`, for a duplicate-key message. */
function keyAt(doc, offset) {
    let found;
    const visit = (node) => {
        if (found !== undefined)
            return;
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.range?.[0] === offset)
                    found = String(pair.key.value);
                visit(pair.value);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node))
            node.items.forEach(visit);
    };
    visit(doc.contents);
    return found;
}
/** Where an unclosed quoted scalar opened: the quoted scalar the parser ran to `end` with. */
function openingQuoteBefore(doc, end) {
    let found;
    const visit = (node) => {
        if (found !== undefined || !node)
            return;
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                visit(pair.key);
                visit(pair.value);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node))
            node.items.forEach(visit);
        else if ((0,dist/* isScalar */.jn)(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[1] >= end) {
            found = node.range[0];
        }
    };
    visit(doc.contents);
    return found;
}
/** Splits a JSON pointer into its unescaped segments. */
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function toPointer(segments) {
    return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
function keyText(key) {
    return (0,dist/* isScalar */.jn)(key) ? String(key.value ?? '') : undefined;
}
function start(node) {
    return node?.range?.[0];
}
/** True for a value left empty in the source (`key:` with nothing after it). */
function isEmptyValue(node) {
    return !node || ((0,dist/* isScalar */.jn)(node) && node.value === null && node.range != null && node.range[0] === node.range[1]);
}
/**
 * The character offset of the node a JSON pointer names: its value, or with `target: 'key'` the key
 * that introduces it. A value left empty is located at its key; a path that stops short of the pointer
 * is located at the deepest node that exists.
 */
function locate(doc, segments, target = 'value') {
    let node = doc.contents;
    let offset = start(node) ?? 0;
    let keyOffset;
    for (const segment of segments) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => keyText(p.key) === segment);
            if (!pair)
                return offset;
            keyOffset = start(pair.key);
            node = pair.value;
            offset = isEmptyValue(node) ? (keyOffset ?? offset) : (start(node) ?? keyOffset ?? offset);
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            const item = node.items[Number(segment)];
            if (item === undefined)
                return offset;
            keyOffset = undefined;
            node = item;
            offset = start(item) ?? offset;
        }
        else {
            return offset;
        }
    }
    return target === 'key' && keyOffset !== undefined ? keyOffset : offset;
}
/**
 * The named top-level values of a mapping document with their offsets: what the cross-file checks
 * need of a file, kept instead of its whole document and content.
 */
function pickTopLevel(doc, data, keys) {
    const result = {};
    if (!(0,dist/* isMap */.jh)(doc.contents))
        return result;
    for (const pair of doc.contents.items) {
        const key = keyText(pair.key);
        const keyOffset = start(pair.key);
        if (key === undefined || keyOffset === undefined || !keys.includes(key))
            continue;
        result[key] = { value: data[key], at: isEmptyValue(pair.value) ? keyOffset : (start(pair.value) ?? keyOffset) };
    }
    return result;
}

;// CONCATENATED MODULE: ./build/src/validate/schemas.js










const KINDS = {
    config: { schema: config_schema, file: 'config.schema.json', unknownKeys: 'error' },
    whitelist: { schema: whitelist_schema, file: 'whitelist.schema.json', unknownKeys: 'error' },
    backlog: { schema: backlog_schema_namespaceObject, file: 'backlog.schema.json', unknownKeys: 'warning' },
    dod: { schema: dod_schema_namespaceObject, file: 'dod.schema.json', unknownKeys: 'warning' },
    work_order: { schema: work_order_schema_namespaceObject, file: 'work_order.schema.json', unknownKeys: 'warning' },
};
// Registering the same schema object again (config.ts and whitelist.ts do too) is harmless: each
// name is compiled once, on first use.
for (const [kind, spec] of Object.entries(KINDS))
    (0,core_schema/* registerSchema */.zK)(kind, spec.schema);
/** The bundled schema of a kind, from `schemas/`. */
function bundledSchema(kind) {
    const spec = KINDS[kind];
    return { kind, file: `schemas/${spec.file}`, origin: 'bundled', draft: '2020-12', schema: spec.schema, validate: (0,core_schema/* validator */.Nc)(kind) };
}
/**
 * The schemas of a run: for a WO, the backlog and the DoD catalog, the repository's own schema when
 * the config names one (`schemas:`) or, without configuration, when
 * `docs/backlog/schema/<kind>.schema.json` exists; the bundled one otherwise (or when the config says
 * `bundled`). The config and the whitelist are always checked against the bundled schemas: they are
 * this toolkit's files. A named schema that is missing, or any repository schema that cannot be read
 * or compiled, is a ConfigurationError: validating without the team's contract would pass what it
 * forbids.
 */
function resolveSchemas(root, config) {
    const set = { config: bundledSchema('config'), whitelist: bundledSchema('whitelist') };
    for (const kind of core_config/* REPOSITORY_SCHEMA_KINDS */.PH)
        set[kind] = repositorySchema(root, config, kind) ?? bundledSchema(kind);
    return set;
}
function repositorySchema(root, config, kind) {
    const configured = config.schemas[kind];
    if (configured === 'bundled')
        return undefined;
    const file = configured ?? `${core_config/* REPOSITORY_SCHEMA_DIR */.zl}/${kind}.schema.json`;
    const where = config.source !== undefined && configured !== undefined ? `${config.source}: schemas.${kind}: ` : '';
    let text;
    try {
        // Through repo-files: never a link out of the repository, never a FIFO, within the read cap.
        text = (0,repo_files/* readRepoText */.Cj)(root, file);
    }
    catch (error) {
        if (!(0,repo_files/* isRepoFileError */.RL)(error))
            throw error;
        throw new errors/* ConfigurationError */.j1(`${where}${error.message}`);
    }
    if (text === undefined) {
        if (configured === undefined)
            return undefined;
        throw new errors/* ConfigurationError */.j1(`${where}the schema '${file}' does not exist`);
    }
    const { schema, validate, draft } = (0,core_schema/* compileRepositorySchema */.xw)(text, file);
    return { kind, file, origin: 'repository', draft, schema, validate };
}
/** What a JSON value is, in YAML words, for messages. */
function describeValue(value) {
    if (value === null || value === undefined)
        return 'an empty value';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
    return `${typeof value} ${String(value)}`;
}
const TYPE_WORDS = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    null: 'empty',
};
function valueAt(data, segments) {
    let value = data;
    for (const segment of segments) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[segment];
    }
    return value;
}
/** `scope.allow[0]` for /scope/allow/0: how a person names a place in a YAML file. */
function label(segments) {
    return segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
function describeError(error, value, subErrors) {
    const params = error.params;
    switch (error.keyword) {
        case 'type': {
            const types = [].concat(params['type']);
            return `must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}, got ${describeValue(value)}`;
        }
        case 'enum':
            return `must be one of ${params['allowedValues'].map(String).join(', ')}; got ${describeValue(value)}`;
        case 'const':
            return `must be ${String(params['allowedValue'])}; got ${describeValue(value)}`;
        case 'minItems':
            return `must have at least ${String(params['limit'])} item${params['limit'] === 1 ? '' : 's'}`;
        case 'minLength':
            return params['limit'] === 1 ? 'must not be empty' : `must be at least ${String(params['limit'])} characters long`;
        case 'pattern':
            return `${describeValue(value)} does not match the pattern ${String(params['pattern'])}`;
        case 'format':
            return `${describeValue(value)} is not a valid ${String(params['format'])}`;
        case 'uniqueItems':
            return `duplicates item [${String(params['j'])}]`;
        case 'anyOf': {
            const formats = subErrors.filter((e) => e.keyword === 'format').map((e) => String(e.params.format));
            if (formats.length === subErrors.length && formats.length > 0) {
                return `${describeValue(value)} is not a valid ${formats.join(' or ')} (ISO 8601)`;
            }
            return `${describeValue(value)} matches none of the allowed forms: ${subErrors.map((e) => e.message).join('; ')}`;
        }
        default:
            return error.message ?? error.keyword;
    }
}
/**
 * Validates a document's data against its kind's schema and reports every violation at the YAML node
 * it concerns: the value for a wrong value, the key for an unknown key, the parent mapping for a
 * missing required key. Returns the number of errors.
 */
function checkSchema(inUse, file, source, doc, data, problems) {
    const { validate, kind } = inUse;
    // An `if` failure only says that `then` or `else` failed, whose own errors are reported.
    let errors = validate(data) ? [] : (validate.errors ?? []).filter((e) => e.keyword !== 'if');
    // An anyOf failure is reported once, in its own words, instead of once per alternative.
    const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
    const subErrorsOf = new Map();
    for (const anyOf of anyOfs) {
        const subs = errors.filter((e) => e !== anyOf && e.instancePath === anyOf.instancePath && e.schemaPath.startsWith(`${anyOf.schemaPath}/`));
        subErrorsOf.set(anyOf, subs);
        errors = errors.filter((e) => !subs.includes(e));
    }
    for (const error of errors) {
        const segments = pointerSegments(error.instancePath);
        const params = error.params;
        const where = label(segments);
        if (error.keyword === 'required') {
            const missing = String(params['missingProperty']);
            const message = where === '' ? `missing required key '${missing}'` : `${where}: missing required key '${missing}'`;
            problems.add(file, source, locate(doc, segments), 'schema/required', message, { pointer: toPointer([...segments, missing]) });
            continue;
        }
        if (error.keyword === 'additionalProperties') {
            const key = String(params['additionalProperty']);
            if (EXTENSION_KEY.test(key))
                continue;
            const keySegments = [...segments, key];
            problems.add(file, source, locate(doc, keySegments, 'key'), 'unknown-key', unknownKeyMessage(inUse, keySegments), {
                pointer: toPointer(keySegments),
                severity: 'error',
            });
            continue;
        }
        const target = error.keyword === 'uniqueItems' ? [...segments, String(params['j'])] : segments;
        const value = valueAt(data, segments);
        const subErrors = subErrorsOf.get(error) ?? [];
        const message = describeError(error, value, subErrors);
        // An anyOf of formats only (a date-time or a date) is a format problem to the reader.
        const keyword = error.keyword === 'anyOf' && subErrors.length > 0 && subErrors.every((e) => e.keyword === 'format') ? 'format' : error.keyword;
        problems.add(file, source, locate(doc, target), `schema/${keyword}`, where === '' ? message : `${where}: ${message}`, {
            pointer: toPointer(target),
        });
    }
    if (KINDS[kind].unknownKeys === 'warning') {
        forEachUnknownKey(inUse.schema, data, (segments) => {
            problems.add(file, source, locate(doc, segments, 'key'), 'unknown-key', unknownKeyMessage(inUse, segments), {
                pointer: toPointer(segments),
                severity: 'warning',
            });
        });
    }
    return errors.length;
}
function unknownKeyMessage(inUse, segments) {
    const key = segments[segments.length - 1];
    const parent = label(segments.slice(0, -1));
    return `unknown key '${key}'${parent === '' ? '' : ` in ${parent}`} (not in ${inUse.file})`;
}
/** Keys of this form are a team's extensions: never reported, whatever the schema says of them. */
const EXTENSION_KEY = /^x_/;
function isNode(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function resolveRef(root, schema) {
    let current = schema;
    for (let depth = 0; current.$ref?.startsWith('#/') && depth < 16; depth++) {
        let target = root;
        for (const segment of pointerSegments(current.$ref.slice(1)))
            target = isNode(target) ? target[segment] : undefined;
        if (!isNode(target))
            return {};
        current = target;
    }
    return current;
}
/**
 * The node and every subschema that can add keys to the same mapping: `allOf`, `anyOf`, `oneOf`, and
 * the `then`/`else` of a condition (a key any of them declares is declared).
 */
function parts(root, node, into = []) {
    const s = resolveRef(root, node);
    if (into.includes(s) || into.length > 64)
        return into;
    into.push(s);
    for (const list of [s.allOf, s.anyOf, s.oneOf])
        if (Array.isArray(list))
            for (const sub of list)
                if (isNode(sub))
                    parts(root, sub, into);
    for (const sub of [s.then, s.else])
        if (isNode(sub))
            parts(root, sub, into);
    return into;
}
function compilePattern(source) {
    try {
        return new RegExp(source, 'u');
    }
    catch {
        return undefined;
    }
}
function keyTree(root, node, seen = new Map()) {
    const s = resolveRef(root, node);
    const cached = seen.get(s);
    if (cached)
        return cached;
    const all = parts(root, s);
    const tree = {
        patterns: [],
        open: all.every((p) => p.additionalProperties === undefined && p.unevaluatedProperties === undefined),
    };
    seen.set(s, tree);
    const declared = new Map();
    for (const part of all) {
        if (isNode(part.properties)) {
            for (const [key, child] of Object.entries(part.properties))
                if (isNode(child))
                    declared.set(key, [...(declared.get(key) ?? []), child]);
        }
        if (isNode(part.patternProperties)) {
            for (const source of Object.keys(part.patternProperties)) {
                const pattern = compilePattern(source);
                if (pattern)
                    tree.patterns.push(pattern);
            }
        }
        if (!tree.items && isNode(part.items))
            tree.items = keyTree(root, part.items, seen);
    }
    if (declared.size > 0 || tree.patterns.length > 0) {
        tree.properties = new Map([...declared].map(([key, children]) => [key, keyTree(root, children.length === 1 ? children[0] : { allOf: children }, seen)]));
    }
    return tree;
}
const keyTrees = new WeakMap();
/**
 * Walks data alongside a schema and calls back with the path of every mapping key that the schema
 * does not declare (by `properties` or `patternProperties`, in the node or any of its `allOf`,
 * `anyOf`, `oneOf`, `then`, `else`) where it says nothing else about extra keys (no
 * `additionalProperties`; where it says `false`, the validator reports the key). `x_*` keys are never
 * reported. Follows `items` and local `$ref`s.
 */
function forEachUnknownKey(schema, data, report) {
    let root = keyTrees.get(schema);
    if (!root)
        keyTrees.set(schema, (root = keyTree(schema, schema)));
    const walk = (tree, value, path) => {
        if (Array.isArray(value)) {
            if (tree.items)
                for (let i = 0; i < value.length; i++)
                    walk(tree.items, value[i], [...path, String(i)]);
            return;
        }
        if (value === null || typeof value !== 'object' || !tree.properties)
            return;
        for (const key in value) {
            const child = tree.properties.get(key);
            if (child) {
                if (child.properties || child.items)
                    walk(child, value[key], [...path, key]);
            }
            else if (tree.open && !EXTENSION_KEY.test(key) && !tree.patterns.some((p) => p.test(key)))
                report([...path, key]);
        }
    };
    walk(root, data, []);
}

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
    return readSource(root, file, problems);
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
    const { doc, ok } = parseYaml(file, source, problems);
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
        problems.add(file, source, doc.contents?.range?.[0] ?? 0, 'not-a-mapping', `the document is ${describeValue(data)}, expected ${NOUN[kind]} (a mapping of keys to values)`);
        return { file, source, doc, schemaErrors: 0 };
    }
    const record = data;
    const schemaErrors = checkSchema(schema, file, source, doc, record, problems);
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
    checkDocument(bundledSchema('config'), file, readFile(root, file, problems), problems, { allowEmpty: true });
    return file;
}
function checkWhitelist(root, config, today, problems) {
    const file = config.whitelist;
    if (!isPresent(root, file))
        return 0;
    const { data, doc, source } = checkDocument(bundledSchema('whitelist'), file, readFile(root, file, problems), problems, { allowEmpty: true });
    const entries = data?.['entries'];
    if (!doc || !source || !Array.isArray(entries))
        return 1;
    entries.forEach((entry, index) => {
        if (entry === null || typeof entry !== 'object')
            return;
        const { code, review_by: reviewBy, wo_id: woId } = entry;
        if (typeof code === 'string' && code !== '' && !(0,codes/* isFindingCode */.dT)(code)) {
            problems.add(file, source, locate(doc, ['entries', String(index), 'code']), 'unknown-finding-code', `entries[${index}].code: '${code}' is not a code audit reports`, {
                pointer: `/entries/${index}/code`,
            });
        }
        if (typeof reviewBy === 'string' && (0,core_schema/* isValidDate */.vd)(reviewBy) && reviewBy < today) {
            problems.add(file, source, locate(doc, ['entries', String(index), 'review_by']), 'whitelist-expired', `entries[${index}] (${String(code)} for ${String(woId)}) expired on ${reviewBy} (today is ${today}): renew it with a reason or fix the finding`, { pointer: `/entries/${index}/review_by` });
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
        const firstLine = source.position(locate(doc, ['epics', String(first), 'id'])).line;
        problems.add(file, source, locate(doc, ['epics', String(index), 'id']), 'duplicate-id', `epics[${index}]: epic id '${id}' is already declared by epics[${first}] (line ${firstLine})`, {
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
            const at = dod.checked.doc ? locate(dod.checked.doc, [...dod.at, 'id']) : 0;
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
    return files.map(({ state, rel, stem, problem }) => {
        if (problem !== undefined)
            problems.add(rel, undefined, { line: 1, column: 1 }, 'unreadable', `the file ${problem}`);
        const checked = checkDocument(schemas.work_order, rel, problem === undefined ? readFile(root, rel, problems) : undefined, problems);
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
        if (checked.data && checked.doc) {
            wo.fields = pickTopLevel(checked.doc, checked.data, WO_KEYS);
            wo.legacy = wo.fields.x_legacy?.value === true;
        }
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
        add('verified_at_sha', 'missing-verified-sha', `${wo.id} is done but has no verified_at_sha (the commit its verification passed at)`, sha?.at ?? wo.rootOffset);
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
            const report = (rule, message) => problems.add(config.backlog, source, locate(doc, ['epics', String(i), 'wo_queue', String(j)]), rule, `epics[${i}].wo_queue[${j}]: ${message}`, {
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
    const schemas = resolveSchemas(root, config);
    const whitelist = checkWhitelist(root, config, today, problems);
    const backlog = checkBacklog(root, config, schemas, problems);
    const dods = checkDodCatalog(root, config, schemas, problems);
    const wos = await checkWorkOrders(root, config, schemas, problems);
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

/***/ 9565:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kT: () => (/* binding */ filesById),
  Qk: () => (/* binding */ loadRepoState),
  lK: () => (/* binding */ parseWoText),
  OT: () => (/* binding */ readWoFiles)
});

// UNUSED EXPORTS: listStateFolders, readWoEntry

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/core/config.js
var core_config = __webpack_require__(5167);
// EXTERNAL MODULE: ./build/src/core/fast-yaml.js
var fast_yaml = __webpack_require__(6427);
// EXTERNAL MODULE: ./build/src/core/yaml.js
var yaml = __webpack_require__(4998);
;// CONCATENATED MODULE: ./build/src/core/lock-file.js


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
function lock_file_text(value) {
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
        data = (0,fast_yaml/* parseSimpleYaml */.T)(content) ?? (0,yaml/* parseYamlBounded */.WK)(content, { uniqueKeys: false });
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
    const user = lock_file_text(mapping['user']);
    if (user !== undefined)
        result.user = user;
    const pid = positiveInteger(mapping['pid']);
    if (pid !== undefined)
        result.pid = pid;
    const hostname = lock_file_text(mapping['hostname']);
    if (hostname !== undefined)
        result.hostname = hostname;
    return result;
}

// EXTERNAL MODULE: ./build/src/core/errors.js
var errors = __webpack_require__(3026);
// EXTERNAL MODULE: ./build/src/core/repo-files.js
var repo_files = __webpack_require__(3391);
// EXTERNAL MODULE: ./build/src/core/worktrees.js
var worktrees = __webpack_require__(6915);
;// CONCATENATED MODULE: ./build/src/core/state.js









const WO_FILE = /\.ya?ml$/;
/**
 * A WO file's text, or why it cannot be read: a link out of the repository, a FIFO, a file over the
 * read cap or a permission error is a problem of that WO (a finding), never a hang or a crash.
 */
function readWoEntry(root, file) {
    if (file.problem !== undefined)
        return { problem: file.problem };
    try {
        const content = (0,repo_files/* readFolderEntry */.fs)(root, file.folder, file.name);
        if (content === undefined)
            return { problem: 'the file disappeared while it was read' };
        return { text: content.bytes.toString('utf8') };
    }
    catch (error) {
        if ((0,repo_files/* isRepoFileError */.RL)(error))
            return { problem: error.reason };
        throw error;
    }
}
/** A WO's identity from its text: the `id` field, else the file name's stem and why. */
function parseWoText(text, stem) {
    const simple = (0,fast_yaml/* readSimpleYamlId */.f)(text);
    if (simple !== undefined)
        return identity(simple.id, stem);
    let data;
    try {
        data = (0,yaml/* parseYamlBounded */.WK)(text, { uniqueKeys: false });
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
    for (const state of core_config/* STATES */.xj) {
        const folder = (0,repo_files/* listRepoFolder */.Vc)(root, config.stateFolders[state]);
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
    for (const state of core_config/* STATES */.xj) {
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
                    kind = (0,repo_files/* entryKind */.FY)(root, folder, entry);
                }
                catch (error) {
                    if (!(0,repo_files/* isRepoFileError */.RL)(error))
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
            const content = entry.isFile() || entry.isSymbolicLink() ? (0,repo_files/* readFolderEntry */.fs)(root, running, entry.name) : undefined;
            if (content === undefined)
                return lock;
            text = content.bytes.toString('utf8');
        }
        catch {
            // An unreadable lock (a link out of the repository, a FIFO, too large) is still a lock; without a time it counts as old.
            return lock;
        }
        const content = parseLock(text);
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
            lock.takenAt = external_node_fs_.lstatSync(external_node_path_.join(running.real, entry.name)).mtime;
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
    const worktreesPromise = (0,worktrees/* listWorktrees */.P9)(root, config);
    worktreesPromise.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
    const folders = listStateFolders(root, config);
    const { files, present } = readWoFiles(root, config, folders);
    if (present.length === 0) {
        const jobs = external_node_path_.posix.dirname(config.stateFolders.pending);
        if (!external_node_fs_.existsSync(external_node_path_.join(root, jobs))) {
            throw new errors/* ConfigurationError */.j1(`${root}: no work-order folders found: expected ${jobs}/{pending,running,done,failed}/ (set state_folders in .wo-toolkit.yaml)`);
        }
    }
    // Synchronous reads: for thousands of small files they cost a fraction of promise-based ones.
    const wos = files.map((file) => {
        const read = readWoEntry(root, file);
        if ('problem' in read) {
            return { id: file.stem, idFromStem: true, state: file.state, path: file.rel, stem: file.stem, problem: read.problem };
        }
        const { id, idFromStem, problem } = parseWoText(read.text, file.stem);
        const wo = { id, idFromStem, state: file.state, path: file.rel, stem: file.stem };
        if (problem !== undefined)
            wo.problem = problem;
        return wo;
    });
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


/***/ }),

/***/ 736:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://wo-toolkit.dev/schemas/whitelist.schema.json","title":"Audit whitelist","description":"Audit findings accepted for a bounded time. An entry suppresses the finding with the same code and WO id through its review_by date; after that the finding fails the weekly gate.","type":"object","additionalProperties":false,"required":["entries"],"properties":{"entries":{"title":"Entries","description":"The accepted findings.","type":"array","items":{"title":"Whitelist entry","description":"One accepted finding.","type":"object","additionalProperties":false,"required":["code","wo_id","reason","owner","review_by"],"properties":{"code":{"title":"Finding code","description":"The audit finding code this entry accepts (for example duplicate_yaml).","type":"string","minLength":1},"wo_id":{"title":"WO id","description":"The work order the finding is about.","type":"string","minLength":1},"reason":{"title":"Reason","description":"Why the finding is accepted for now.","type":"string","minLength":1},"owner":{"title":"Owner","description":"Who answers for the entry and reviews it.","type":"string","minLength":1},"review_by":{"title":"Review by","description":"A date (YYYY-MM-DD); the entry is active through that day (UTC).","type":"string","format":"date"}}}}}}');

/***/ })

};
