export const id = 4;
export const ids = [4];
export const modules = {

/***/ 5004:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ buildSarif),
/* harmony export */   writeSarif: () => (/* binding */ writeSarif)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA_URI, SARIF_VERSION, SRCROOT, FINGERPRINT_KEY, sarifFingerprint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5299);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3711);
/**
 * SARIF 2.1.0 for GitHub code scanning: the one builder every command that reports problems at files
 * (audit, validate-backlog, transitions) uses, so all of them look alike in the Security tab.
 *
 * API
 * - `buildSarif({ command, rules, results, uriPrefix? }): SarifLog` — one run of one command:
 *   - `rules`: every rule the command can report (not only those that fired), each
 *     `{ id, summary, help, level, tags? }`. `summary` is one sentence (shortDescription), `help` says
 *     what the rule means and which command fixes it (Markdown; also given as plain text), `level` the
 *     default level (`error` | `warning` | `note`).
 *   - `results`: `{ ruleId, message, file?, line?, column?, level?, identity, related?, suppressed? }`.
 *     `file` is repository-relative with forward slashes; it becomes a relative URI against the base id
 *     `%SRCROOT%` (the governed repository, or the checkout when `uriPrefix` is given). `identity` is
 *     what makes the result the same alert from one run to the next: pass what names the problem, never
 *     what moves (line numbers, messages, dates), e.g. `[code, woId, file]`. It is hashed into
 *     `partialFingerprints["woToolkit/v1"]`; equal identities within a run get an ordinal, so no two
 *     results of a run share a fingerprint. `related` are further repository-relative paths (shown as
 *     related locations); `suppressed` is the justification of an accepted result (a whitelist entry).
 *   - `uriPrefix`: the governed repository's folder inside the checked-out repository (`''` when they are
 *     the same), so an action run on `root: sub/dir` still points code scanning at the right files.
 *   A path outside the repository (a worktree beside it) is never turned into a URI; a result with no
 *   path inside it points at `fallbackFile` (default `.`, the repository itself), so every result has the
 *   one location code scanning requires.
 * - `sarifFingerprint(parts)`: the hash used for `identity`, exported for tests and for callers that
 *   compare runs.
 * - `writeSarif(target, log, argName)`: writes the log as JSON (`-` = standard output), with the same
 *   one-line error naming `argName` as a JSON report when the file cannot be written.
 *
 * The run's `automationDetails.id` is `wo-toolkit/<command>/`, so uploads of different commands for one
 * commit are separate analyses and never replace each other's alerts. The full mapping is documented in
 * docs/sarif.md.
 */



const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_VERSION = '2.1.0';
/** The base id every result URI is relative to. */
const SRCROOT = '%SRCROOT%';
/** The key of our fingerprint in `partialFingerprints`; versioned, so a change of recipe is a new key. */
const FINGERPRINT_KEY = 'woToolkit/v1';
/** SHA-256 (hex) of the parts, each length-prefixed so ['a','bc'] and ['ab','c'] differ. */
function sarifFingerprint(parts) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const part of parts)
        hash.update(`${Buffer.byteLength(part)}:${part};`);
    return hash.digest('hex');
}
const PROBLEM_SEVERITY = { error: 'error', warning: 'warning', note: 'recommendation' };
/** A path that names something inside the repository (not absolute, not climbing out of it). */
function insideRepository(file) {
    return file !== '' && !file.startsWith('/') && !/^[A-Za-z]:/.test(file) && !file.split('/').includes('..');
}
/** Percent-encodes what a relative URI may not hold, keeping `/` (a path inside the repository). */
function toUri(prefix, file) {
    const joined = prefix === '' ? file : `${prefix.replace(/\/+$/, '')}/${file.replace(/^\.\//, '')}`;
    return joined
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
function markdownToText(markdown) {
    return markdown.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1');
}
function buildSarif(spec) {
    const prefix = spec.uriPrefix ?? '';
    const ruleIndex = new Map();
    const rules = spec.rules.map((rule, index) => {
        ruleIndex.set(rule.id, index);
        const descriptor = {
            id: rule.id,
            name: rule.id,
            shortDescription: { text: rule.summary },
            fullDescription: { text: rule.summary },
            help: { text: markdownToText(rule.help), markdown: rule.help },
            defaultConfiguration: { level: rule.level },
            properties: { tags: [_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL */ .js, ...(rule.tags ?? [])], precision: 'very-high', 'problem.severity': PROBLEM_SEVERITY[rule.level] },
        };
        if (_version_js__WEBPACK_IMPORTED_MODULE_2__/* .INFORMATION_URI */ .wV !== undefined)
            descriptor.helpUri = _version_js__WEBPACK_IMPORTED_MODULE_2__/* .INFORMATION_URI */ .wV;
        return descriptor;
    });
    const seen = new Map();
    const results = spec.results.map((spec_) => {
        const index = ruleIndex.get(spec_.ruleId);
        if (index === undefined)
            throw new Error(`SARIF result for the undeclared rule '${spec_.ruleId}'`);
        const location = (file, line, column) => {
            const physical = { artifactLocation: { uri: toUri(prefix, file), uriBaseId: SRCROOT } };
            if (line !== undefined)
                physical.region = column === undefined ? { startLine: line } : { startLine: line, startColumn: column };
            return { physicalLocation: physical };
        };
        const paths = [spec_.file, ...(spec_.related ?? [])].filter((p) => p !== undefined && insideRepository(p));
        const primary = spec_.file !== undefined && insideRepository(spec_.file) ? spec_.file : (paths[0] ?? spec.fallbackFile ?? '.');
        const line = primary === spec_.file ? (spec_.line ?? 1) : 1;
        const column = primary === spec_.file ? spec_.column : undefined;
        const base = sarifFingerprint([spec_.ruleId, ...spec_.identity]);
        const ordinal = seen.get(base) ?? 0;
        seen.set(base, ordinal + 1);
        const fingerprint = ordinal === 0 ? base : sarifFingerprint([base, String(ordinal)]);
        const result = {
            ruleId: spec_.ruleId,
            ruleIndex: index,
            level: spec_.level ?? spec.rules[index].level,
            message: { text: spec_.message },
            locations: [location(primary, line, column)],
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
        };
        const related = [...new Set(paths.filter((p) => p !== primary))];
        if (related.length > 0)
            result.relatedLocations = related.map((p, i) => ({ id: i + 1, ...location(p) }));
        if (spec_.suppressed !== undefined)
            result.suppressions = [{ kind: 'external', justification: spec_.suppressed }];
        if (spec_.properties !== undefined)
            result.properties = spec_.properties;
        return result;
    });
    const driver = { name: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL */ .js, version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .xv, semanticVersion: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .xv, rules };
    if (_version_js__WEBPACK_IMPORTED_MODULE_2__/* .INFORMATION_URI */ .wV !== undefined)
        driver.informationUri = _version_js__WEBPACK_IMPORTED_MODULE_2__/* .INFORMATION_URI */ .wV;
    return {
        $schema: SARIF_SCHEMA_URI,
        version: SARIF_VERSION,
        runs: [
            {
                tool: { driver },
                automationDetails: { id: `${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL */ .js}/${spec.command}/` },
                originalUriBaseIds: {
                    [SRCROOT]: { description: { text: prefix === '' ? 'The root of the governed repository.' : 'The root of the checked-out repository.' } },
                },
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
}
/** Writes a SARIF log (`-` = standard output); a file that cannot be written is one line naming `argName`. */
function writeSarif(target, log, argName = '--sarif', stdout) {
    (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .writeJsonReport */ .a)(target, log, argName, stdout);
}


/***/ })

};
