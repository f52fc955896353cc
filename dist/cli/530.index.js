export const id = 530;
export const ids = [530];
export const modules = {

/***/ 4530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uC: () => (/* binding */ bundledSchema),
  _U: () => (/* binding */ checkSchema),
  bp: () => (/* binding */ describeValue),
  xK: () => (/* binding */ resolveSchemas)
});

// UNUSED EXPORTS: KINDS, forEachUnknownKey, label

// EXTERNAL MODULE: ./build/src/core/config.js
var core_config = __webpack_require__(5167);
// EXTERNAL MODULE: ./build/src/core/errors.js
var errors = __webpack_require__(3026);
// EXTERNAL MODULE: ./build/src/core/repo-files.js
var repo_files = __webpack_require__(3391);
// EXTERNAL MODULE: ./build/src/core/schema.js
var core_schema = __webpack_require__(634);
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
// EXTERNAL MODULE: ./build/src/validate/source.js
var validate_source = __webpack_require__(4787);
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
        const segments = (0,validate_source/* pointerSegments */.cP)(error.instancePath);
        const params = error.params;
        const where = label(segments);
        if (error.keyword === 'required') {
            const missing = String(params['missingProperty']);
            const message = where === '' ? `missing required key '${missing}'` : `${where}: missing required key '${missing}'`;
            problems.add(file, source, (0,validate_source/* locate */.x5)(doc, segments), 'schema/required', message, { pointer: (0,validate_source/* toPointer */.rb)([...segments, missing]) });
            continue;
        }
        if (error.keyword === 'additionalProperties') {
            const key = String(params['additionalProperty']);
            if (EXTENSION_KEY.test(key))
                continue;
            const keySegments = [...segments, key];
            problems.add(file, source, (0,validate_source/* locate */.x5)(doc, keySegments, 'key'), 'unknown-key', unknownKeyMessage(inUse, keySegments), {
                pointer: (0,validate_source/* toPointer */.rb)(keySegments),
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
        problems.add(file, source, (0,validate_source/* locate */.x5)(doc, target), `schema/${keyword}`, where === '' ? message : `${where}: ${message}`, {
            pointer: (0,validate_source/* toPointer */.rb)(target),
        });
    }
    if (KINDS[kind].unknownKeys === 'warning') {
        forEachUnknownKey(inUse.schema, data, (segments) => {
            problems.add(file, source, (0,validate_source/* locate */.x5)(doc, segments, 'key'), 'unknown-key', unknownKeyMessage(inUse, segments), {
                pointer: (0,validate_source/* toPointer */.rb)(segments),
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
        for (const segment of (0,validate_source/* pointerSegments */.cP)(current.$ref.slice(1)))
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


/***/ }),

/***/ 4787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ readSourceEntry),
/* harmony export */   cP: () => (/* binding */ pointerSegments),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   o$: () => (/* binding */ readSource),
/* harmony export */   q$: () => (/* binding */ positionsOf),
/* harmony export */   rb: () => (/* binding */ toPointer),
/* harmony export */   x5: () => (/* binding */ locate),
/* harmony export */   xB: () => (/* binding */ pickTopLevel)
/* harmony export */ });
/* unused harmony exports MAX_FILE_BYTES, SourceText, decode */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_repo_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3391);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);




/** Larger files are reported and not parsed: no hand-written backlog file comes near this size. */
const MAX_FILE_BYTES = _core_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_READ_BYTES */ .qT;
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
/**
 * 1-based lines and columns of some character offsets, in one pass over the text up to the last of them
 * (no line index is built or kept): for positions a caller keeps instead of the text.
 */
function positionsOf(text, offsets) {
    const order = offsets.map((offset, index) => ({ offset: Math.max(0, Math.min(offset, text.length)), index })).sort((a, b) => a.offset - b.offset);
    const result = new Array(offsets.length);
    let line = 1;
    let lineStart = 0;
    for (const { offset, index } of order) {
        for (let next = text.indexOf('\n', lineStart); next !== -1 && next < offset; next = text.indexOf('\n', lineStart)) {
            line++;
            lineStart = next + 1;
        }
        result[index] = { line, column: offset - lineStart + 1 };
    }
    return result;
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
            if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes.subarray(i, i + length)))
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
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes)) {
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
    return sourceOf(file, () => (node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(file) ? (0,_core_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readUserFile */ .E1)(file, file) : (0,_core_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readRepoFile */ .v6)(root, file)), problems);
}
/**
 * readSource for the entry `name` of a folder already listed through repo-files (the state folders):
 * the entry is opened directly, without resolving its path again (readFolderEntry).
 */
function readSourceEntry(root, folder, name, problems) {
    return sourceOf(`${folder.rel}/${name}`, () => (0,_core_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readFolderEntry */ .fs)(root, folder, name), problems);
}
function sourceOf(file, read, problems) {
    let content;
    try {
        content = read();
    }
    catch (error) {
        if (!(0,_core_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isRepoFileError */ .RL)(error))
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
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parseDocument */ .Tp)(source.text, { prettyErrors: false, uniqueKeys: true });
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(node)) {
            for (const pair of node.items) {
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(pair.key) && pair.key.range?.[0] === offset)
                    found = String(pair.key.value);
                visit(pair.value);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(node))
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(node)) {
            for (const pair of node.items) {
                visit(pair.key);
                visit(pair.value);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(node))
            node.items.forEach(visit);
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[1] >= end) {
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
    return (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(key) ? String(key.value ?? '') : undefined;
}
function start(node) {
    return node?.range?.[0];
}
/** True for a value left empty in the source (`key:` with nothing after it). */
function isEmptyValue(node) {
    return !node || ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(node) && node.value === null && node.range != null && node.range[0] === node.range[1]);
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isAlias */ .Vj)(node))
            node = node.resolve(doc);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => keyText(p.key) === segment);
            if (!pair)
                return offset;
            keyOffset = start(pair.key);
            node = pair.value;
            offset = isEmptyValue(node) ? (keyOffset ?? offset) : (start(node) ?? keyOffset ?? offset);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(node)) {
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
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(doc.contents))
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


/***/ }),

/***/ 736:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://wo-toolkit.dev/schemas/whitelist.schema.json","title":"Audit whitelist","description":"Audit findings accepted for a bounded time. An entry suppresses the finding with the same code and WO id through its review_by date; after that the finding fails the weekly gate.","type":"object","additionalProperties":false,"required":["entries"],"properties":{"entries":{"title":"Entries","description":"The accepted findings.","type":"array","items":{"title":"Whitelist entry","description":"One accepted finding.","type":"object","additionalProperties":false,"required":["code","wo_id","reason","owner","review_by"],"properties":{"code":{"title":"Finding code","description":"The audit finding code this entry accepts (for example duplicate_yaml).","type":"string","minLength":1},"wo_id":{"title":"WO id","description":"The work order the finding is about.","type":"string","minLength":1},"reason":{"title":"Reason","description":"Why the finding is accepted for now.","type":"string","minLength":1},"owner":{"title":"Owner","description":"Who answers for the entry and reviews it.","type":"string","minLength":1},"review_by":{"title":"Review by","description":"A date (YYYY-MM-DD); the entry is active through that day (UTC).","type":"string","format":"date"}}}}}}');

/***/ })

};
