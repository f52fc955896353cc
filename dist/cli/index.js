#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 6708:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8328);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./build/src/core/errors.js
var errors = __nccwpck_require__(3026);
// EXTERNAL MODULE: ./build/src/core/report.js
var core_report = __nccwpck_require__(5299);
// EXTERNAL MODULE: ./build/src/core/sarif.js
var core_sarif = __nccwpck_require__(5004);
// EXTERNAL MODULE: ./build/src/core/version.js + 1 modules
var version = __nccwpck_require__(3711);
;// CONCATENATED MODULE: ./build/src/cli/command.js

const COMMON_OPTIONS = {
    root: { type: 'string' },
    config: { type: 'string' },
    json: { type: 'string' },
    today: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
};
const COMMON_HELP = [
    ['--root DIR', 'the governed repository (default: the current directory)'],
    ['--config FILE', 'configuration file (default: .wo-toolkit.yaml at the root, when present)'],
    ['--json FILE', 'write the JSON report to FILE (- for standard output)'],
    ['--today YYYY-MM-DD', 'the date to judge whitelist and ages by (default: today, UTC)'],
    ['--quiet, -q', 'print nothing but errors'],
    ['--help, -h', 'show this help'],
    ['--version', 'show the version'],
];
/** `--sarif FILE`, for the commands that report problems at files (their `run` returns `sarif`). */
const SARIF_OPTION = { sarif: { type: 'string' } };
const SARIF_HELP = ['--sarif FILE', 'also write SARIF 2.1.0 for GitHub code scanning to FILE (- for standard output)'];
function str(values, name) {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
}
/**
 * The command line's `Args`: options as parsed flags, labelled `--name`, paths relative to the current
 * directory. An option of `flagChoices` reads as the one flag of its group that was given.
 */
function cliArgs(values, flagChoices = {}) {
    return {
        text(name) {
            const group = flagChoices[name];
            if (group) {
                const given = group.filter((flag) => values[flag] === true);
                if (given.length > 1)
                    throw new errors/* UsageError */.eb(`${given.map((f) => `--${f}`).join(' and ')}: give only one of ${group.map((f) => `--${f}`).join(', ')}`);
                return given[0];
            }
            const value = str(values, name)?.trim();
            return value === '' ? undefined : value;
        },
        flag: (name) => (values[name] === true ? true : undefined),
        label: (name) => flagChoices[name]?.map((f) => `--${f}`).join(' | ') ?? `--${name}`,
        baseDir: process.cwd(),
    };
}

;// CONCATENATED MODULE: ./build/src/cli/commands/audit.js


const auditCommand = {
    name: 'audit',
    summary: 'read-only detection of work-order drift (exit 1 on findings matching --fail-on)',
    usage: '[--root DIR] [--fail-on LIST] [--json FILE | --out FILE] [--sarif FILE] [--today DATE] [--config FILE]',
    help: [
        ['--fail-on LIST', 'codes, P0/P1/P2, all or none, separated by commas or spaces (default: P0)'],
        ['--out FILE', 'same as --json'],
        SARIF_HELP,
    ],
    options: { 'fail-on': { type: 'string' }, out: { type: 'string' }, ...SARIF_OPTION },
    async run(args) {
        if (args.text('out') !== undefined && args.text('json') !== undefined) {
            throw new errors/* UsageError */.eb('--out and --json name the same report: give one of them');
        }
        const { formatAudit, readAuditSettings, runAudit } = await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(17), __nccwpck_require__.e(709), __nccwpck_require__.e(107)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1709));
        const report = await runAudit(readAuditSettings(args));
        const { auditSarif } = await __nccwpck_require__.e(/* import() */ 604).then(__nccwpck_require__.bind(__nccwpck_require__, 7604));
        return { exitCode: report.exit_code, report, text: formatAudit(report), sarif: () => auditSarif(report.findings) };
    },
};

;// CONCATENATED MODULE: ./build/src/cli/commands/gc.js
const gcCommand = {
    name: 'gc',
    summary: 'safe cleanup of zombie and ghost worktrees, with verified evidence for dirty ones (exit 1 while a dirty one waits)',
    usage: '[--root DIR] [--dry-run | --export-patch | --apply] [--force-dirty] [--max-operations N] [--json FILE]',
    help: [
        ['--dry-run', 'report what --apply would do; write nothing (default)'],
        ['--export-patch', 'write the evidence of every dirty target (patch, checksum, decision.md); remove nothing'],
        ['--apply', 'evidence for dirty targets, then remove clean targets, orphan locks and prunable registrations'],
        ['--force-dirty', 'with --apply: also remove dirty targets whose current patch a complete decision names, each after its patch is verified'],
        ['--max-operations N', 'remove at most N targets in this run; the rest are deferred'],
    ],
    flagChoices: { mode: ['dry-run', 'export-patch', 'apply'] },
    options: {
        'dry-run': { type: 'boolean' },
        'export-patch': { type: 'boolean' },
        apply: { type: 'boolean' },
        'force-dirty': { type: 'boolean' },
        'max-operations': { type: 'string' },
    },
    async run(args) {
        const { formatGc, readGcSettings, runGc } = await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(17), __nccwpck_require__.e(216), __nccwpck_require__.e(270)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7270));
        const report = await runGc(readGcSettings(args));
        return { exitCode: report.exit_code, report, text: formatGc(report) };
    },
};

;// CONCATENATED MODULE: ./build/src/cli/commands/reconcile.js
const reconcileCommand = {
    name: 'reconcile',
    summary: 'repair split brains, missing locks, failed-but-running WOs and locks left behind (a plan unless --apply)',
    usage: '[--root DIR] [--apply] [--force] [--json FILE] [--config FILE]',
    help: [
        ['--apply', 'carry out the safe repairs (without it: plan only, write nothing)'],
        ['--force', 'with --apply: also remove split-brain copies that differ in more than status and the fields a WO gains as it moves (each saved first)'],
    ],
    options: { apply: { type: 'boolean' }, force: { type: 'boolean' } },
    async run(args) {
        const { formatReconcile, readReconcileSettings, runReconcile } = await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(17), __nccwpck_require__.e(216), __nccwpck_require__.e(530), __nccwpck_require__.e(496)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2496));
        const report = await runReconcile(readReconcileSettings(args));
        return { exitCode: report.exit_code, report, text: formatReconcile(report) };
    },
};

;// CONCATENATED MODULE: ./build/src/cli/commands/retention-gc.js
const retentionGcCommand = {
    name: 'retention-gc',
    summary: 'delete evidence patches older than --days, never what must stay (dry run unless --apply)',
    usage: '[--root DIR] [--days N] [--dry-run | --apply] [--json FILE] [--today DATE] [--config FILE]',
    help: [
        ['--days N', 'minimum age in days, a whole number >= 1 (default: retention_days, 90)'],
        ['--dry-run', 'report what would be deleted and write nothing (the default)'],
        ['--apply', 'delete the eligible files'],
    ],
    options: { days: { type: 'string' }, 'dry-run': { type: 'boolean' }, apply: { type: 'boolean' } },
    flagChoices: { mode: ['dry-run', 'apply'] },
    async run(args) {
        const { formatRetentionGc, readRetentionGcSettings, runRetentionGc } = await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(17), __nccwpck_require__.e(663)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9663));
        const report = await runRetentionGc(readRetentionGcSettings(args));
        return { exitCode: report.exit_code, report, text: formatRetentionGc(report) };
    },
};

;// CONCATENATED MODULE: ./build/src/cli/commands/transitions.js

const transitionsCommand = {
    name: 'transitions',
    summary: 'judge the WO moves between two commits (a pull request) or staged for a commit (exit 1 on an illegal one)',
    usage: '--base REF [--head REF | --staged] [--root DIR] [--json FILE] [--sarif FILE] [--bypass-marker TEXT] [--config FILE]',
    help: [
        ['--base REF', "the pull request's base (branch, tag or SHA); with --staged, default HEAD"],
        ['--head REF', 'the head to judge (default: HEAD)'],
        ['--staged', 'compare the index with the base instead (a pre-commit hook)'],
        SARIF_HELP,
        ['--bypass-marker TEXT', "text in a commit message that turns that commit's violations into warnings (default: [emergency])"],
    ],
    options: { base: { type: 'string' }, head: { type: 'string' }, staged: { type: 'boolean' }, 'bypass-marker': { type: 'string' }, ...SARIF_OPTION },
    async run(args) {
        const { formatTransitions, readTransitionsSettings, runTransitions } = await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(17), __nccwpck_require__.e(357)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2357));
        const report = await runTransitions(readTransitionsSettings(args));
        const { transitionsSarif } = await __nccwpck_require__.e(/* import() */ 208).then(__nccwpck_require__.bind(__nccwpck_require__, 6208));
        return { exitCode: report.exit_code, report, text: formatTransitions(report), sarif: () => transitionsSarif(report.violations) };
    },
};

;// CONCATENATED MODULE: ./build/src/cli/commands/validate-backlog.js

const validateBacklogCommand = {
    name: 'validate-backlog',
    summary: 'check the backlog, DoD catalog and WO files against their schemas and each other (exit 1 on errors)',
    usage: '[--root DIR] [--strict] [--json FILE] [--sarif FILE] [--config FILE] [--today DATE]',
    help: [['--strict', 'warnings count as errors (unknown keys, legacy paths, expired whitelist entries, ...)'], SARIF_HELP],
    options: { strict: { type: 'boolean' }, ...SARIF_OPTION },
    async run(args) {
        const { formatValidateBacklog, readValidateBacklogSettings, runValidateBacklog } = await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(17), __nccwpck_require__.e(530), __nccwpck_require__.e(315)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6315));
        const report = await runValidateBacklog(readValidateBacklogSettings(args));
        const { validateSarif } = await __nccwpck_require__.e(/* import() */ 713).then(__nccwpck_require__.bind(__nccwpck_require__, 2713));
        return { exitCode: report.exit_code, report, text: formatValidateBacklog(report), sarif: () => validateSarif([...report.errors, ...report.warnings]) };
    },
};

;// CONCATENATED MODULE: ./build/src/cli/commands/weekly-gate.js
const weeklyGateCommand = {
    name: 'weekly-gate',
    summary: 'fail-closed health check: audit + gc; exit 1 on any P0 finding or expired whitelist entry',
    usage: '[--root DIR] [--json FILE] [--out-dir DIR] [--export-patches] [--today DATE] [--config FILE]',
    help: [
        ['--export-patches', 'write missing evidence for dirty worktrees first (gc --export-patch); default: gc dry run'],
        ['--out-dir DIR', 'write wo_audit_<ts>.json, wo_gc_<ts>.json, wo_weekly_gate_<ts>.json and .log there'],
    ],
    options: { 'export-patches': { type: 'boolean' }, 'out-dir': { type: 'string' } },
    async run(args) {
        const { formatWeeklyGate, readWeeklyGateSettings, runWeeklyGate } = await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(17), __nccwpck_require__.e(216), __nccwpck_require__.e(270), __nccwpck_require__.e(709), __nccwpck_require__.e(953)]).then(__nccwpck_require__.bind(__nccwpck_require__, 953));
        const report = await runWeeklyGate(readWeeklyGateSettings(args));
        return { exitCode: report.exit_code, report, text: formatWeeklyGate(report) };
    },
};

;// CONCATENATED MODULE: ./build/src/cli/commands/index.js







/**
 * Every CLI command, in the order --help lists them. Each one imports its engine when it runs, so the
 * bundle loads (and compiles) only the code of the command at hand.
 */
const COMMANDS = [auditCommand, gcCommand, retentionGcCommand, weeklyGateCommand, validateBacklogCommand, reconcileCommand, transitionsCommand];

;// CONCATENATED MODULE: ./build/src/cli/terminal.js
/**
 * How the command line speaks to a terminal: colour, wrapping, suggestions.
 *
 * - Colour (`colorFor(stream, env)`): on when the stream is a terminal (and TERM is not `dumb`); off
 *   when `NO_COLOR` is set to anything non-empty (https://no-color.org) or the output is piped;
 *   `FORCE_COLOR` wins over both (`0`/`false` forces it off, any other value on), as in Node.js itself.
 * - Wrapping (`wrapText(text, width)`): at word boundaries, to the terminal's width, and only on a
 *   terminal. Piped output is never wrapped, so each finding or problem stays one line for grep and
 *   editors (`file:line:col: …`).
 * - Suggestions (`didYouMean(given, candidates)`): the closest known name for a mistyped command or
 *   flag, by edit distance, when it is close enough to be what the user meant.
 */
/** Whether output to `stream` should carry colour, given the environment. */
function colorEnabled(stream, env = process.env) {
    const force = env['FORCE_COLOR'];
    if (force !== undefined)
        return !(force === '0' || force.toLowerCase() === 'false');
    if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '')
        return false;
    return stream.isTTY === true && env['TERM'] !== 'dumb';
}
/** The width to wrap to: the terminal's, or undefined when output is not a terminal (no wrapping). */
function wrapWidth(stream) {
    if (stream.isTTY !== true)
        return undefined;
    const columns = stream.columns ?? 80;
    return columns >= 20 ? columns : undefined;
}
const SGR = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], cyan: [36, 39] };
/** Functions that colour text when `enabled`, and return it unchanged otherwise. */
function styler(enabled) {
    const entries = Object.entries(SGR).map(([name, [on, off]]) => [name, enabled ? (t) => (t === '' ? t : `\u001b[${on}m${t}\u001b[${off}m`) : (t) => t]);
    return { ...Object.fromEntries(entries), enabled };
}
/** `text` without colour codes. */
function stripColor(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/\u001b\[[0-9;]*m/g, '');
}
/** How many columns `text` takes (colour codes take none). */
function visibleLength(text) {
    return [...stripColor(text)].length;
}
/**
 * Wraps each line of `text` at word boundaries to `width` columns; a continuation keeps the line's
 * indentation plus two spaces (a hanging indent). A word longer than the width (a path) is never cut:
 * it gets a line of its own. Without a width the text is returned as it is.
 */
function wrapText(text, width) {
    if (width === undefined)
        return text;
    return text
        .split('\n')
        .map((line) => wrapLine(line, width))
        .join('\n');
}
function wrapLine(line, width) {
    if (visibleLength(line) <= width)
        return line;
    const indent = /^ */.exec(line)[0];
    const hanging = `${indent}  `;
    const words = line.slice(indent.length).split(/ +/);
    const out = [];
    let current = indent;
    let currentLength = indent.length;
    let empty = true;
    for (const word of words) {
        const length = visibleLength(word);
        if (!empty && currentLength + 1 + length > width) {
            out.push(current);
            current = hanging + word;
            currentLength = hanging.length + length;
        }
        else {
            current += (empty ? '' : ' ') + word;
            currentLength += (empty ? 0 : 1) + length;
        }
        empty = false;
    }
    out.push(current);
    return out.join('\n');
}
/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
/**
 * The candidate closest to `given`, when it is close enough to be a typo of it (at most a third of its
 * length in edits, at least one, at most three) or `given` is a prefix of exactly one candidate.
 */
function didYouMean(given, candidates) {
    const needle = given.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(needle, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const allowed = Math.min(3, Math.max(1, Math.floor(Math.max(needle.length, 3) / 3)));
    if (best !== undefined && bestDistance > 0 && bestDistance <= allowed)
        return best;
    const prefixed = candidates.filter((c) => needle.length >= 2 && c.toLowerCase().startsWith(needle));
    return prefixed.length === 1 ? prefixed[0] : undefined;
}
/**
 * Colours the shapes every formatter shares, so the commands' text stays plain and one layer decides
 * colour: severities (P0 red, P1 yellow, P2 cyan), `error:`/`warning:` of a problem line, verdicts
 * (FAIL red, PASS and a final `pass` green), ACTION_REQUIRED, and the section words of the help.
 * Tokens inside ids and paths (WO-P2.1) are left alone. Without colour the text is returned unchanged.
 */
function colorize(text, style) {
    if (!style.enabled)
        return text;
    const edge = (token) => new RegExp(`(?<![\\w./-])(${token})(?![\\w./-])`, 'g');
    return text
        .split('\n')
        .map((line) => line
        .replace(edge('P0'), (t) => style.bold(style.red(t)))
        .replace(edge('P1'), (t) => style.yellow(t))
        .replace(edge('P2'), (t) => style.cyan(t))
        .replace(/(: )(error)(: )/, (_m, a, t, b) => `${a}${style.red(t)}${b}`)
        .replace(/(: )(warning)(: )/, (_m, a, t, b) => `${a}${style.yellow(t)}${b}`)
        .replace(edge('FAIL(?:ED)?'), (t) => style.bold(style.red(t)))
        .replace(edge('PASS'), (t) => style.bold(style.green(t)))
        .replace(/(: )(pass)$/, (_m, a, t) => `${a}${style.green(t)}`)
        .replace(edge('ACTION_REQUIRED'), (t) => style.bold(style.yellow(t)))
        .replace(/^(usage|options|commands):/, (t) => style.bold(t)))
        .join('\n');
}

;// CONCATENATED MODULE: ./build/src/cli/main.js








const defaultIo = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    outStream: process.stdout,
    errStream: process.stderr,
};
/**
 * How text reaches a stream: coloured when that stream is a terminal (or FORCE_COLOR says so), wrapped
 * at word boundaries to a terminal's width; piped output goes out exactly as the formatters wrote it.
 */
function present(text, stream, env) {
    const target = stream ?? {};
    const coloured = colorize(text, styler(colorEnabled(target, env)));
    return wrapText(coloured, wrapWidth(target));
}
function unknownCommand(name) {
    const names = COMMANDS.map((c) => c.name);
    const suggestion = didYouMean(name, [...names, 'help']);
    return `${version/* TOOL */.js}: unknown command '${name}'${suggestion ? `; did you mean '${suggestion}'?` : ''} (expected one of: ${names.join(', ')})\n`;
}
function generalHelp() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length));
    return [
        `${version/* TOOL */.js} ${version/* VERSION */.xv}: governs a repository's in-repo work-order pipeline`,
        '',
        `usage: ${version/* TOOL */.js} <command> [options]`,
        '',
        'commands:',
        ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        `Run '${version/* TOOL */.js} help <command>' (or '${version/* TOOL */.js} <command> --help') for a command's options.`,
        'Exit codes: 0 healthy, 1 policy failure, 2 the tool could not run.',
        '',
    ].join('\n');
}
function commandHelp(command) {
    const rows = [...command.help, ...COMMON_HELP];
    const width = Math.max(...rows.map(([flag]) => flag.length));
    return [
        `usage: ${version/* TOOL */.js} ${command.name} ${command.usage}`,
        '',
        command.summary,
        '',
        'options:',
        ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
        '',
    ].join('\n');
}
/**
 * `--days -5` means the value -5: parseArgs would call it ambiguous (a value that looks like an
 * option), so a negative number after a long option is joined to it and validated like any value.
 */
function joinNegativeNumbers(args) {
    const joined = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const next = args[i + 1];
        if (arg === '--')
            return [...joined, ...args.slice(i)];
        if (arg.startsWith('--') && !arg.includes('=') && next !== undefined && /^-\d+(\.\d+)?$/.test(next)) {
            joined.push(`${arg}=${next}`);
            i++;
        }
        else
            joined.push(arg);
    }
    return joined;
}
function parse(command, args) {
    try {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args: joinNegativeNumbers(args),
            options: { ...COMMON_OPTIONS, ...command.options },
            strict: true,
            allowPositionals: true,
        });
        if (positionals.length > 0) {
            throw new errors/* UsageError */.eb(`unexpected argument '${positionals[0]}' (see '${version/* TOOL */.js} ${command.name} --help')`);
        }
        return values;
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.eb)
            throw error;
        // node's messages carry advice about '--' that does not apply here: keep the first sentence.
        const message = (0,errors/* errorMessage */.gJ)(error).split('\n')[0].split('. ')[0].replace(/\.$/, '');
        throw new errors/* UsageError */.eb(`${message}${suggestFlag(command, error)} (see '${version/* TOOL */.js} ${command.name} --help')`);
    }
}
/** For an unknown option, `; did you mean --x?` when one of the command's options is close to it. */
function suggestFlag(command, error) {
    if (error.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return '';
    const given = /'(-{1,2}[^'=]+)/.exec((0,errors/* errorMessage */.gJ)(error))?.[1];
    if (given === undefined)
        return '';
    const names = Object.keys({ ...COMMON_OPTIONS, ...command.options });
    const suggestion = didYouMean(given.replace(/^-+/, ''), names);
    return suggestion ? `; did you mean --${suggestion}?` : '';
}
/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
async function main(argv, io = defaultIo) {
    const env = io.env ?? process.env;
    const out = (text) => io.out(present(text, io.outStream, env));
    const err = (text) => io.err(present(text, io.errStream, env));
    const [name, ...rest] = argv;
    if (name === 'help' && rest.length > 0) {
        // `wo-toolkit help <command>`: that command's help, as `<command> --help` prints it.
        const topic = COMMANDS.find((c) => c.name === rest[0]);
        if (!topic || rest.length > 1) {
            err(topic ? `${version/* TOOL */.js} help: expected one command name, got '${rest.join(' ')}'\n` : unknownCommand(rest[0]));
            return 2;
        }
        out(commandHelp(topic));
        return 0;
    }
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        (name === undefined ? err : out)(generalHelp());
        return name === undefined ? 2 : 0;
    }
    if (name === '--version') {
        io.out(`${version/* VERSION */.xv}\n`);
        return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
        err(unknownCommand(name));
        return 2;
    }
    let values = {};
    try {
        values = parse(command, rest);
        if (values['help']) {
            out(commandHelp(command));
            return 0;
        }
        if (values['version']) {
            io.out(`${version/* VERSION */.xv}\n`);
            return 0;
        }
        const jsonTarget = str(values, 'json') ?? str(values, 'out');
        const sarifTarget = str(values, 'sarif');
        if (sarifTarget === '-' && jsonTarget === '-')
            throw new errors/* UsageError */.eb(`--sarif - and ${str(values, 'out') !== undefined ? '--out' : '--json'} -: only one of them can go to standard output`);
        // A report that cannot be written fails the run before its work, not after.
        if (jsonTarget !== undefined)
            (0,core_report/* checkOutputFile */.CK)(jsonTarget, str(values, 'out') !== undefined ? '--out' : '--json');
        if (sarifTarget !== undefined)
            (0,core_report/* checkOutputFile */.CK)(sarifTarget, '--sarif');
        const { exitCode, report, text, sarif } = await command.run(cliArgs(values, command.flagChoices), io);
        if (jsonTarget !== undefined)
            (0,core_report/* writeJsonReport */.a_)(jsonTarget, report, str(values, 'out') !== undefined ? '--out' : '--json', io.out);
        if (sarifTarget !== undefined) {
            if (sarif === undefined)
                throw new Error(`${command.name} declares --sarif but returned no SARIF`);
            (0,core_sarif/* writeSarif */.lg)(sarifTarget, sarif(), '--sarif', io.out);
        }
        // With a report on standard output, the human output moves to standard error.
        if (!values['quiet'])
            (jsonTarget === '-' || sarifTarget === '-' ? err : out)(text);
        return exitCode;
    }
    catch (error) {
        const known = (0,errors/* isConfigurationError */.p0)(error);
        const message = known ? (0,errors/* errorMessage */.gJ)(error) : `internal error: ${(0,errors/* errorMessage */.gJ)(error)}`;
        err(`${version/* TOOL */.js} ${command.name}: ${message}\n`);
        if (!known && process.env['WO_TOOLKIT_DEBUG'])
            io.err(`${error.stack ?? ''}\n`);
        const jsonTarget = str(values, 'json') ?? str(values, 'out');
        if (jsonTarget) {
            try {
                (0,core_report/* writeJsonReport */.a_)(jsonTarget, { ...(0,core_report/* baseReport */.uZ)(command.name, str(values, 'root') ?? '.', 2), error: message }, '--json', io.out);
            }
            catch {
                // The error above is what matters; a report that cannot be written adds nothing.
            }
        }
        return 2;
    }
}


/***/ }),

/***/ 3026:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/**
 * A mistake of the user's (bad argument, bad configuration, wrong folder): reported as one line and
 * exit code 2, never with a stack trace. Anything else that is thrown is a bug.
 */
class ConfigurationError extends Error {
    exitCode = 2;
    constructor(message) {
        super(message);
        this.name = 'ConfigurationError';
    }
}
/** A bad command-line argument or action input: a ConfigurationError that names the argument. */
class UsageError extends ConfigurationError {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
function errorMessage(error) {
    // Not `instanceof Error`: errors from another realm (vm contexts) are still errors.
    if (typeof error === 'object' && error !== null && typeof error.message === 'string') {
        return error.message;
    }
    return String(error);
}


/***/ }),

/***/ 5299:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ checkOutputFile),
/* harmony export */   Qk: () => (/* binding */ checkOutputFolder),
/* harmony export */   a_: () => (/* binding */ writeJsonReport),
/* harmony export */   uZ: () => (/* binding */ baseReport)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3026);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3711);




function baseReport(command, root, exitCode, now = new Date()) {
    return { tool: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL */ .js, version: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .xv, command, generated_at: now.toISOString(), root, exit_code: exitCode };
}
// File systems of the kernel, where a report can never be written (and where node's recursive mkdir
// can hang instead of failing): /proc, /sys and their kin.
const KERNEL_FILE_SYSTEMS = new Map([
    [0x9fa0, 'proc'],
    [0x62656572, 'sysfs'],
    [0x1cd1, 'devpts'],
    [0x27e0eb, 'cgroup'],
    [0x63677270, 'cgroup2'],
    [0x64626720, 'debugfs'],
    [0x74726163, 'tracefs'],
    [0x73636673, 'securityfs'],
    [0xcafe4a11, 'bpf'],
    [0x42494e4d, 'binfmt_misc'],
]);
/**
 * Checks, before anything is created, that the folder `dir` can be made and written to: the nearest
 * part of it that exists must be a folder, writable, and not on a kernel file system. A ConfigurationError
 * naming `argName` and the path as the user wrote it (`shownAs`) otherwise, so a run that could not
 * write its report fails at once instead of after its work.
 */
/** A path's status, or undefined when nothing is there (a part of it that is a file counts as nothing). */
function statIfAny(abs) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(abs);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`cannot examine '${abs}' (${code ?? 'error'})`);
    }
}
function checkOutputFolder(dir, argName, shownAs = dir) {
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${argName}: cannot write '${shownAs}': ${why}`);
    };
    let existing = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);
    let stat = statIfAny(existing);
    while (!stat) {
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(existing);
        if (parent === existing)
            fail('no part of the path exists');
        existing = parent;
        stat = statIfAny(existing);
    }
    if (!stat.isDirectory())
        fail(`${existing} is a file, not a folder`);
    try {
        const type = node_fs__WEBPACK_IMPORTED_MODULE_0__.statfsSync(existing).type;
        const kernel = KERNEL_FILE_SYSTEMS.get(type);
        if (kernel !== undefined)
            fail(`${existing} is on the ${kernel} kernel file system, where files cannot be created`);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isConfigurationError */ .p0)(error))
            throw error;
        // statfs is unavailable on this platform: the write itself will report what is wrong.
    }
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync(existing, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
    }
    catch (error) {
        const code = error.code;
        fail(`${existing} is not writable (${code === 'EROFS' ? 'a read-only file system' : code === 'EACCES' ? 'permission denied' : (code ?? 'error')})`);
    }
}
/** checkOutputFolder for a report FILE (`-` is standard output, always fine); FILE must not be a folder. */
function checkOutputFile(target, argName) {
    if (target === '-')
        return;
    if (target === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${argName}: expected a file path or -, got an empty value`);
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(target);
    if (statIfAny(abs)?.isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${argName}: cannot write '${target}': it is a folder, expected a file`);
    }
    checkOutputFolder(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(abs), argName, target);
}
/** Writes a report as JSON to FILE (created with its folders) or to standard output for `-`. */
function writeJsonReport(target, report, argName = '--json', stdout = (t) => void process.stdout.write(t)) {
    const text = `${JSON.stringify(report, null, 2)}\n`;
    if (target === '-') {
        stdout(text);
        return;
    }
    checkOutputFile(target, argName);
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(target)), { recursive: true });
        const tmp = `${target}.tmp-${process.pid}`;
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(tmp, text);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(tmp, target);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${argName}: cannot write '${target}' (${error.code ?? 'error'})`);
    }
}


/***/ }),

/***/ 5004:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ buildSarif),
/* harmony export */   lg: () => (/* binding */ writeSarif)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA_URI, SARIF_VERSION, SRCROOT, FINGERPRINT_KEY, sarifFingerprint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5299);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3711);
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
    (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .writeJsonReport */ .a_)(target, log, argName, stdout);
}


/***/ }),

/***/ 3711:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  wV: () => (/* binding */ INFORMATION_URI),
  js: () => (/* binding */ TOOL),
  xv: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./build/package.json
const package_namespaceObject = /*#__PURE__*/JSON.parse('{"name":"wo-toolkit","version":"1.0.0","description":"GitHub Actions and a CLI that govern an in-repo work-order pipeline: audit, gc, retention-gc, weekly-gate, validate-backlog.","type":"module","license":"MIT","private":true,"bin":{"wo-toolkit":"dist/cli/index.js"},"engines":{"node":">=20"},"scripts":{"build":"node scripts/build.mjs","pretest":"node scripts/build.mjs","test":"node --experimental-vm-modules node_modules/jest/bin/jest.js","test:unit":"node --experimental-vm-modules node_modules/jest/bin/jest.js --selectProjects unit","typecheck":"tsc -p tsconfig.json --noEmit","demo":"node scripts/demo.mjs","bench":"node scripts/build.mjs && node scripts/bench.mjs","local-action":"node scripts/local-action.mjs"},"dependencies":{"@actions/artifact":"^6.2.1","@actions/core":"^3.0.1","@actions/github":"^9.1.1","ajv":"^8.20.0","yaml":"^2.9.1"},"devDependencies":{"@actions/workflow-parser":"^0.3.61","@types/jest":"^29.5.14","@types/markdown-it":"^14.2.0","@types/node":"^20.19.0","@vercel/ncc":"^0.45.0","ajv-draft-04":"^1.0.0","jest":"^29.7.0","markdown-it":"^15.0.3","ts-jest":"^29.4.15","typescript":"~5.9.3"}}');
;// CONCATENATED MODULE: ./build/src/core/version.js

const TOOL = 'wo-toolkit';
const VERSION = package_namespaceObject.version;
/**
 * Where the toolkit is published, from package.json (`homepage`, else `repository`), for reports that
 * link to it (SARIF's informationUri). Undefined while the package names neither: a made-up address
 * would send users to someone else's repository.
 */
const INFORMATION_URI = informationUri(package_namespaceObject);
function informationUri(manifest) {
    if (typeof manifest.homepage === 'string' && /^https:\/\//.test(manifest.homepage))
        return manifest.homepage;
    const repository = manifest.repository;
    const url = typeof repository === 'string' ? repository : typeof repository === 'object' && repository !== null ? repository.url : undefined;
    if (typeof url !== 'string')
        return undefined;
    const https = url.replace(/^git\+/, '').replace(/\.git$/, '');
    if (/^https:\/\//.test(https))
        return https;
    const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(url);
    return shorthand ? `https://github.com/${shorthand[1]}` : undefined;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6708);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
