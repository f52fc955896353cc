export const id = 357;
export const ids = [357];
export const modules = {

/***/ 2357:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatTransitions: () => (/* binding */ formatTransitions),
  readTransitionsSettings: () => (/* binding */ readTransitionsSettings),
  runTransitions: () => (/* binding */ runTransitions)
});

// UNUSED EXPORTS: arrow

// EXTERNAL MODULE: ./build/src/core/args.js
var core_args = __webpack_require__(8068);
// EXTERNAL MODULE: ./build/src/core/context.js
var context = __webpack_require__(1402);
// EXTERNAL MODULE: ./build/src/core/errors.js
var errors = __webpack_require__(3026);
// EXTERNAL MODULE: ./build/src/core/report.js
var report = __webpack_require__(5299);
// EXTERNAL MODULE: ./build/src/core/config.js
var core_config = __webpack_require__(5167);
// EXTERNAL MODULE: ./build/src/core/git.js
var git = __webpack_require__(7473);
;// CONCATENATED MODULE: ./build/src/transitions/bypass.js

const COMMIT_LINE = /^\n?commit ([0-9a-f]{40,64})$/;
/**
 * Walks the commits of `from..head` that changed `pathspecs`, merges included: every commit is listed
 * (no history simplification), and a merge counts as changing a file only where its result differs from
 * every parent, that is where the merge itself decided the content. Renames are listed as their two paths.
 */
async function readRangeHistory(root, from, head, pathspecs, marker) {
    const range = [`${from}..${head}`];
    const [changed, markedOut] = await Promise.all([
        (0,git/* git */.$Y)(['log', '--no-show-signature', '-z', '--format=commit %H', '--name-only', '--no-renames', '--full-history', '--diff-merges=dense-combined', '--reverse', ...range, '--', ...pathspecs], { cwd: root }),
        marker === ''
            ? Promise.resolve('')
            : (0,git/* git */.$Y)(['log', '--no-show-signature', '-z', '--format=%H%x00%s', '--fixed-strings', `--grep=${marker}`, ...range], { cwd: root }),
    ]);
    const commitsByPath = new Map();
    const order = new Map();
    let current;
    for (const token of changed.split('\0')) {
        const commit = COMMIT_LINE.exec(token);
        if (commit) {
            current = commit[1];
            order.set(current, order.size);
            continue;
        }
        const path = token.replace(/^\n/, '');
        if (path === '' || current === undefined)
            continue;
        const list = commitsByPath.get(path);
        if (list === undefined)
            commitsByPath.set(path, [current]);
        else if (list[list.length - 1] !== current)
            list.push(current);
    }
    const marked = new Map();
    const fields = markedOut.split('\0');
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const sha = fields[i].replace(/^\n/, '');
        if (/^[0-9a-f]{40,64}$/.test(sha))
            marked.set(sha, { sha, subject: fields[i + 1] });
    }
    return { commitsByPath, marked, order };
}
/**
 * The marked commit that bypasses a violation about `paths`, if any: a violation is bypassed when every
 * commit of the range that changed one of its paths carries the marker (a commit without it that also
 * changed them keeps the violation, so a marker never covers someone else's change). The newest of
 * them is named.
 */
function bypassingCommit(history, paths) {
    const commits = new Set(paths.flatMap((p) => history.commitsByPath.get(p) ?? []));
    if (commits.size === 0)
        return undefined;
    let newest;
    for (const sha of commits) {
        const marked = history.marked.get(sha);
        if (marked === undefined)
            return undefined;
        if (newest === undefined || (history.order.get(sha) ?? 0) > (history.order.get(newest.sha) ?? 0))
            newest = marked;
    }
    return newest;
}

// EXTERNAL MODULE: ./build/src/core/yaml.js
var yaml = __webpack_require__(4998);
// EXTERNAL MODULE: ./build/src/core/evidence.js
var core_evidence = __webpack_require__(724);
// EXTERNAL MODULE: ./build/src/core/concurrency.js
var concurrency = __webpack_require__(2674);
;// CONCATENATED MODULE: ./build/src/transitions/snapshot.js


const FETCH_ALL = 'fetch the full history (git fetch --unshallow, or actions/checkout with fetch-depth: 0)';
async function resolveCommit(root, ref, label, shallow) {
    if (ref.startsWith('-') || /[\0\r\n]/.test(ref))
        throw new errors/* UsageError */.eb(`${label}: expected a commit (a branch, tag or SHA), got '${ref}'`);
    const result = await (0,git/* tryGit */.Ii)(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root });
    const sha = result.stdout.trim();
    if (result.code === 0 && sha !== '')
        return sha;
    if (shallow)
        throw new errors/* UsageError */.eb(`${label}: '${ref}' is not in this shallow clone: ${FETCH_ALL}, or fetch it (git fetch origin ${ref})`);
    throw new errors/* UsageError */.eb(`${label}: '${ref}' is not a commit of this repository: fetch it first (git fetch origin ${ref})`);
}
/** Resolves base and head to commits and finds where their histories meet; a ref git does not have is exit 2 with what to fetch. */
async function resolveEndpoints(root, request) {
    const shallow = (await (0,git/* git */.$Y)(['rev-parse', '--is-shallow-repository'], { cwd: root })).trim() === 'true';
    if (request.staged) {
        // The first commit of a repository has no HEAD yet: everything staged is new.
        const unborn = request.base === 'HEAD' && (await (0,git/* tryGit */.Ii)(['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: root })).code !== 0;
        if (unborn) {
            const emptyTree = (await (0,git/* git */.$Y)(['hash-object', '-t', 'tree', '--stdin'], { cwd: root, input: '' })).trim();
            return { base: emptyTree, head: emptyTree, from: emptyTree, staged: true, shallow, unborn: true };
        }
        const base = await resolveCommit(root, request.base, request.labels.base, shallow);
        const head = await resolveCommit(root, 'HEAD', 'HEAD', shallow);
        return { base, head, from: base, staged: true, shallow, unborn: false };
    }
    const base = await resolveCommit(root, request.base, request.labels.base, shallow);
    const head = await resolveCommit(root, request.head ?? 'HEAD', request.labels.head, shallow);
    // A pull request's changes are those since its branch left the base: the base may have moved on since.
    const mergeBase = await (0,git/* tryGit */.Ii)(['merge-base', base, head], { cwd: root });
    const from = mergeBase.stdout.trim().split('\n')[0] ?? '';
    if (mergeBase.code !== 0 || from === '') {
        if (shallow)
            throw new errors/* UsageError */.eb(`${request.labels.base}: '${request.base}' and the head share no history in this shallow clone: ${FETCH_ALL}`);
        throw new errors/* UsageError */.eb(`${request.labels.base}: '${request.base}' and the head '${request.head ?? 'HEAD'}' share no history`);
    }
    return { base, head, from, staged: false, shallow, unborn: false };
}
/** Regular files only: a link, a submodule or a folder is never a WO file or a lock. */
function isRegularFile(mode) {
    return mode === '100644' || mode === '100755';
}
/** Pathspecs that match exactly these folders and files (no glob, whatever their names hold). */
function literalPathspecs(paths) {
    return paths.map((p) => `:(literal)${p}`);
}
/** The files under `pathspecs` in a commit, or in the index (stage 0) when `commit` is undefined. */
async function listFiles(root, commit, pathspecs) {
    const files = new Map();
    if (pathspecs.length === 0)
        return files;
    const args = commit === undefined
        ? ['ls-files', '--stage', '-z', '--full-name', '--', ...pathspecs]
        : ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...pathspecs];
    const out = await (0,git/* git */.$Y)(args, { cwd: root });
    for (const record of out.split('\0')) {
        const tab = record.indexOf('\t');
        if (tab < 0)
            continue;
        const fields = record.slice(0, tab).split(' ');
        const path = record.slice(tab + 1);
        if (commit === undefined) {
            // `<mode> <oid> <stage>`: only the merged entry; a file in conflict has no stage 0 and is not committed yet.
            if (fields[2] !== '0')
                continue;
            files.set(path, { path, mode: fields[0], oid: fields[1] });
        }
        else {
            // `<mode> <type> <oid>`
            if (fields[1] !== 'blob')
                continue;
            files.set(path, { path, mode: fields[0], oid: fields[2] });
        }
    }
    return files;
}
/**
 * What changed under `pathspecs` from the commit `from` to `head`, or to the index when `head` is
 * undefined, renames followed (`git diff --raw -M`). Blob ids come with each change, so nothing else
 * has to be listed to read both sides of a changed file.
 */
async function diffFiles(root, from, head, pathspecs) {
    const args = ['diff', '--raw', '-z', '-M', '--no-abbrev', '--no-ext-diff', '--no-textconv', '--ignore-submodules=none'];
    if (head === undefined)
        args.push('--cached', from);
    else
        args.push(from, head);
    const out = await (0,git/* git */.$Y)([...args, '--', ...pathspecs], { cwd: root });
    const tokens = out.split('\0');
    const entries = [];
    for (let i = 0; i < tokens.length;) {
        const header = tokens[i++];
        if (!header.startsWith(':'))
            continue;
        // `:<old mode> <new mode> <old oid> <new oid> <status><score>`
        const [oldMode, newMode, oldOid, newOid, statusField] = header.slice(1).split(' ');
        const status = (statusField ?? '').charAt(0);
        const first = tokens[i++] ?? '';
        const second = status === 'R' || status === 'C' ? (tokens[i++] ?? '') : undefined;
        const oldPath = status === 'A' ? null : first;
        const newPath = second ?? (status === 'D' ? null : first);
        if (status === 'C') {
            entries.push({ status: 'A', oldPath: null, newPath, oldOid: oldOid, newOid: newOid, oldMode: oldMode, newMode: newMode });
        }
        else {
            entries.push({ status, oldPath, newPath, oldOid: oldOid, newOid: newOid, oldMode: oldMode, newMode: newMode });
        }
    }
    return entries;
}
/**
 * The base side's files, rebuilt from the head side's files and the changes between them: what was
 * added goes, what was deleted comes back, what changed gets its old blob. One listing instead of two.
 */
function baseFilesFrom(headFiles, changes) {
    const base = new Map(headFiles);
    for (const change of changes) {
        if (change.newPath !== null)
            base.delete(change.newPath);
    }
    for (const change of changes) {
        if (change.oldPath !== null)
            base.set(change.oldPath, { path: change.oldPath, oid: change.oldOid, mode: change.oldMode });
    }
    return base;
}

// EXTERNAL MODULE: ./build/src/core/fast-yaml.js
var fast_yaml = __webpack_require__(6427);
;// CONCATENATED MODULE: ./build/src/transitions/wo-text.js


/** The top-level keys `transitions` reads of a WO. */
const KEYS = ['id', 'dod_id', 'verified_at_sha'];
const TOP_LEVEL_ENTRY = /^([A-Za-z_][A-Za-z0-9_.-]*):(?: +(.*))?$/;
const PLAIN_VALUE = /^[A-Za-z0-9_./][A-Za-z0-9_./ -]*$/;
const NOT_A_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN))$/;
const OPEN_FLOW = /^["'[{]/;
/**
 * The few top-level scalars `transitions` needs, read from the lines that start at column 0, without
 * parsing the rest: a WO's body (block scalars, nested mappings, long lists) is the bulk of its text
 * and of the cost of a full parse, and a pull request can touch a thousand WOs. Only an unmistakable
 * top level is read here: every line at column 0 is a comment or `key: …` with a unique plain key, no
 * tab, no document marker, no flow or quoted value left open; the keys asked for hold a one-line plain
 * or quoted string (or nothing). Anything else returns undefined, and the full parser decides.
 */
function readTopLevelScalars(text, keys) {
    if (/[\t\r\ufeff]/.test(text))
        return undefined;
    const found = {};
    const seen = new Set();
    // After a plain or empty value of a key asked for, an indented line would continue that value.
    let plainOpen = false;
    let start = 0;
    while (start < text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        const line = text.slice(start, end);
        start = end + 1;
        const first = line.charCodeAt(0);
        if (line === '' || first === 0x23 /* # */)
            continue;
        if (first === 0x20 /* space */) {
            const content = line.trim() !== '' && !line.trimStart().startsWith('#');
            if (content && (seen.size === 0 || plainOpen))
                return undefined;
            continue;
        }
        plainOpen = false;
        const entry = TOP_LEVEL_ENTRY.exec(line);
        if (entry === null)
            return undefined;
        const key = entry[1];
        if (seen.has(key))
            return undefined;
        seen.add(key);
        const raw = (entry[2] ?? '').replace(/(^| +)#.*$/, '').trimEnd();
        if (!keys.includes(key)) {
            // A flow collection or a quoted scalar may go on over the next lines: leave that to the parser.
            if (OPEN_FLOW.test(raw) && !/^(?:"[^"\\]*"|'[^']*'|\[[^\]]*\]|\{[^}]*\})$/.test(raw))
                return undefined;
            continue;
        }
        if (raw === '') {
            found[key] = null; // unless indented lines follow: then the value is a collection, and the parser decides
            plainOpen = true;
        }
        else if (/^"[^"\\]*"$/.test(raw) || /^'[^']*'$/.test(raw))
            found[key] = raw.slice(1, -1);
        else if (PLAIN_VALUE.test(raw) && !NOT_A_STRING.test(raw)) {
            found[key] = raw;
            plainOpen = true;
        }
        else if (/^(?:~|null|Null|NULL)$/.test(raw))
            found[key] = null;
        else
            return undefined;
    }
    return seen.size === 0 ? undefined : found;
}
/** Reads a WO file's text: its top level by the line reader above, else the plain subset by the fast parser, else the full parser. */
function readWoVersion(text, stem) {
    const top = readTopLevelScalars(text, KEYS);
    if (top !== undefined) {
        const id = top['id'];
        if (typeof id === 'string' && id.trim() !== '')
            return { id: id.trim(), idFromStem: false, data: top, text };
        return { id: stem, idFromStem: true, data: top, text };
    }
    let data = (0,fast_yaml/* parseSimpleYaml */.T)(text);
    if (data === undefined) {
        try {
            data = (0,yaml/* parseYamlBounded */.WK)(text, { uniqueKeys: false });
        }
        catch {
            data = undefined;
        }
    }
    const mapping = data !== null && typeof data === 'object' && !Array.isArray(data) ? data : undefined;
    const id = mapping?.['id'];
    if (typeof id === 'string' && id.trim() !== '')
        return { id: id.trim(), idFromStem: false, data: mapping, text };
    return { id: stem, idFromStem: true, data: mapping, text };
}
/** The file name without its folder and `.yaml`/`.yml`. */
function stemOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return name.replace(/\.(ya?ml|lock)$/, '');
}
/** The 1-based line of a top-level key (`key:` at the start of a line, maybe quoted), else 1. */
function keyLine(text, key) {
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^(?:${escaped}|"${escaped}"|'${escaped}') *:`);
    let line = 1;
    let start = 0;
    while (start <= text.length) {
        const end = text.indexOf('\n', start);
        const content = text.slice(start, end < 0 ? text.length : end);
        if (pattern.test(content))
            return line;
        if (end < 0)
            break;
        start = end + 1;
        line++;
    }
    return 1;
}
/** The 1-based line of `after` where it first differs from `before` (1 when they differ only past its end). */
function firstChangedLine(before, after) {
    const a = before.split('\n');
    const b = after.split('\n');
    for (let i = 0; i < b.length; i++) {
        if (a[i] !== b[i])
            return i + 1;
    }
    return Math.max(1, b.length);
}
/** A top-level scalar as text (numbers too: an all-digit SHA is read as a number), undefined when absent or empty. */
function scalarText(data, key) {
    const value = data?.[key];
    if (typeof value === 'string')
        return value.trim() === '' ? undefined : value.trim();
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return undefined;
}

;// CONCATENATED MODULE: ./build/src/transitions/closing.js






const SHA = /^[0-9a-fA-F]{7,40}$/;
// An id that names one folder (no separators, no dot segments): anything else never becomes a path.
const FOLDER_NAME = /^(?!\.\.?$)[A-Za-z0-9_.-]+$/;
/** DoD id → its required artifacts, from every DoD file (one DoD, or a catalog under `dod:`). */
function readDodCatalog(texts) {
    const catalog = new Map();
    const add = (entry) => {
        if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
            return;
        const { id, required_artifacts: artifacts } = entry;
        if (typeof id !== 'string')
            return;
        catalog.set(id.trim(), Array.isArray(artifacts) ? artifacts.filter((a) => typeof a === 'string') : []);
    };
    for (const text of texts) {
        let data;
        try {
            data = (0,yaml/* parseYamlBounded */.WK)(text, { uniqueKeys: false });
        }
        catch {
            continue;
        }
        const list = data?.dod;
        if (Array.isArray(list))
            list.forEach(add);
        else
            add(data);
    }
    return catalog;
}
/** Which of `oids` are commits of `head`'s history. */
async function ancestorsOf(root, head, oids) {
    const found = new Set();
    if (oids.length === 0)
        return found;
    if (oids.length <= 8) {
        const answers = await (0,concurrency/* mapLimit */.s)(oids, 2, async (oid) => (await (0,git/* tryGit */.Ii)(['merge-base', '--is-ancestor', oid, head], { cwd: root })).code === 0);
        oids.forEach((oid, i) => answers[i] && found.add(oid));
        return found;
    }
    // Many closes at once: one walk of the history instead of one git run per commit.
    const history = new Set((await (0,git/* tryGit */.Ii)(['rev-list', head], { cwd: root })).stdout.split('\n'));
    for (const oid of oids)
        if (history.has(oid))
            found.add(oid);
    return found;
}
/** Checks every close against the head side; returns the conditions that failed and the ones that could not be checked. */
async function checkClosings(root, config, endpoints, closings, objects) {
    const failures = [];
    const notes = [];
    if (closings.length === 0)
        return { failures, notes };
    const named = closings.filter((c) => FOLDER_NAME.test(c.woId));
    const folders = [config.dodDir, ...named.flatMap((c) => [(0,core_evidence/* evidenceFolder */.ek)(config, c.woId), ...(0,core_evidence/* verdictFiles */.TD)(config, c.woId)])];
    const headFiles = await listFiles(root, endpoints.staged ? undefined : endpoints.head, literalPathspecs([...new Set(folders)]));
    const dodPrefix = `${config.dodDir}/`;
    const dodFiles = [...headFiles.values()].filter((f) => f.path.startsWith(dodPrefix) && !f.path.slice(dodPrefix.length).includes('/') && /\.ya?ml$/.test(f.path) && isRegularFile(f.mode));
    const verdictEntries = named.flatMap((c) => (0,core_evidence/* verdictFiles */.TD)(config, c.woId).map((p) => headFiles.get(p)).filter((f) => f !== undefined));
    // One round for every DoD and verdict file and every claimed commit.
    const shas = [...new Set(closings.map((c) => scalarText(c.version.data, 'verified_at_sha')).filter((s) => s !== undefined && SHA.test(s)))];
    const blobNames = [...dodFiles.map((f) => f.oid), ...verdictEntries.map((f) => f.oid)];
    const objectsRead = await objects.read([...blobNames, ...shas.map((s) => `${s}^{commit}`)]);
    const blobText = new Map();
    blobNames.forEach((oid, i) => blobText.set(oid, objectsRead[i]?.content.toString('utf8') ?? ''));
    const commitOf = new Map();
    shas.forEach((sha, i) => {
        const object = objectsRead[blobNames.length + i];
        commitOf.set(sha, object?.type === 'commit' ? object.oid : undefined);
    });
    const inHistory = endpoints.unborn
        ? new Set()
        : await ancestorsOf(root, endpoints.head, [...new Set([...commitOf.values()].filter((o) => o !== undefined))]);
    const catalog = readDodCatalog(dodFiles.map((f) => blobText.get(f.oid) ?? ''));
    const headName = endpoints.staged ? 'HEAD' : 'the head';
    for (const closing of closings) {
        const { woId, file, version } = closing;
        const fail = (condition, line, message) => void failures.push({ woId, file, line, condition, message });
        const idLine = keyLine(version.text, 'id');
        const sha = scalarText(version.data, 'verified_at_sha');
        const shaLine = keyLine(version.text, 'verified_at_sha');
        if (sha === undefined)
            fail('verified_at_sha', idLine, `${woId} moved into done/ without verified_at_sha`);
        else if (!SHA.test(sha))
            fail('verified_at_sha', shaLine, `${woId} moved into done/ with verified_at_sha '${sha}', which is not a commit id (7 to 40 hex digits)`);
        else {
            const commit = commitOf.get(sha);
            if (commit === undefined) {
                if (endpoints.shallow)
                    notes.push({ woId, file, line: shaLine, message: `${woId}: verified_at_sha ${sha} is not in this shallow clone, so it could not be checked against ${headName}'s history (fetch the full history to check it)` });
                else
                    fail('verified_at_sha', shaLine, `${woId} moved into done/ with verified_at_sha ${sha}, which names no commit of this repository`);
            }
            else if (!inHistory.has(commit)) {
                if (endpoints.shallow)
                    notes.push({ woId, file, line: shaLine, message: `${woId}: verified_at_sha ${sha} could not be found in ${headName}'s history, which is cut short in this shallow clone (fetch the full history to check it)` });
                else
                    fail('verified_at_sha', shaLine, `${woId} moved into done/ with verified_at_sha ${sha}, which is not a commit of ${headName}'s history`);
            }
        }
        if (!FOLDER_NAME.test(woId)) {
            fail('artifacts', idLine, `${woId} moved into done/, but its id cannot name an evidence folder, so its verdict and artifacts cannot be found`);
            continue;
        }
        const verdicts = (0,core_evidence/* verdictFiles */.TD)(config, woId)
            .map((p) => ({ path: p, entry: headFiles.get(p) }))
            .filter((v) => v.entry !== undefined)
            .map((v) => ({ path: v.path, verdict: (0,core_evidence/* verdictOfText */.kj)(blobText.get(v.entry.oid) ?? '') }));
        const given = verdicts.filter((v) => v.verdict !== undefined);
        const distinct = new Set(given.map((v) => v.verdict));
        if (given.length === 0) {
            const where = verdicts.length === 0 ? `no verdict file (${(0,core_evidence/* verdictFiles */.TD)(config, woId).join(', ')})` : `no verdict in ${verdicts.map((v) => v.path).join(', ')}`;
            fail('verdict', idLine, `${woId} moved into done/ without a PASS verdict: ${where}`);
        }
        else if (distinct.size > 1) {
            fail('verdict', idLine, `${woId} moved into done/ with verdict files that disagree (${given.map((v) => `${v.path}: ${v.verdict}`).join(', ')})`);
        }
        else if (given[0].verdict !== 'PASS') {
            fail('verdict', idLine, `${woId} moved into done/ with verdict ${given[0].verdict} (${given[0].path}), not PASS`);
        }
        const dodId = scalarText(version.data, 'dod_id');
        if (dodId === undefined) {
            fail('dod', idLine, `${woId} moved into done/ without a dod_id, so its required artifacts are unknown`);
            continue;
        }
        const required = catalog.get(dodId);
        if (required === undefined) {
            fail('dod', keyLine(version.text, 'dod_id'), `${woId} moved into done/ with dod_id ${dodId}, which no DoD in ${config.dodDir}/ defines`);
            continue;
        }
        const evidence = (0,core_evidence/* evidenceFolder */.ek)(config, woId);
        // A link is not an artifact: it could point anywhere.
        const missing = required.filter((name) => {
            const entry = headFiles.get(`${evidence}/${name.replace(/^\.\//, '')}`);
            return entry === undefined || !isRegularFile(entry.mode);
        });
        if (missing.length > 0) {
            fail('artifacts', keyLine(version.text, 'dod_id'), `${woId} moved into done/ without the artifacts its DoD ${dodId} requires in ${evidence}/: ${missing.join(', ')}`);
        }
    }
    return { failures, notes };
}

// EXTERNAL MODULE: ./build/src/core/wo-id.js
var wo_id = __webpack_require__(1673);
;// CONCATENATED MODULE: ./build/src/transitions/transitions.js







const RANK = { pending: 0, running: 1, failed: 2, done: 3 };
/** Where a WO is when it has files in several folders (split brain): the most advanced of them. */
function stateOf(files) {
    let best = null;
    for (const f of files)
        if (best === null || RANK[f.state] > RANK[best])
            best = f.state;
    return best;
}
/** Reads where each path lies: a WO file or a lock directly in a state folder, or nothing of ours. */
function classifier(config) {
    const byFolder = new Map(core_config/* STATES */.xj.map((s) => [config.stateFolders[s], s]));
    return (path) => {
        const slash = path.lastIndexOf('/');
        const state = byFolder.get(path.slice(0, slash));
        if (state === undefined)
            return undefined;
        if (/\.ya?ml$/.test(path) && path !== config.whitelist)
            return { state, kind: 'wo' };
        if (state === 'running' && path.endsWith('.lock'))
            return { state, kind: 'lock' };
        return undefined;
    };
}
async function compareTransitions(options) {
    const { root, config } = options;
    const endpoints = await resolveEndpoints(root, options);
    const pathspecs = literalPathspecs(core_config/* STATES */.xj.map((s) => config.stateFolders[s]));
    const headCommit = endpoints.staged ? undefined : endpoints.head;
    const [diff, headFiles] = await Promise.all([diffFiles(root, endpoints.from, headCommit, pathspecs), listFiles(root, headCommit, pathspecs)]);
    const baseFiles = baseFilesFrom(headFiles, diff);
    const classify = classifier(config);
    const isWo = (entry) => entry !== undefined && isRegularFile(entry.mode) && classify(entry.path)?.kind === 'wo';
    const objects = new git/* CatFileBatch */.Xs(root);
    try {
        // Round one: both sides of every changed WO file.
        const versions = new Map();
        const read = async (entries) => {
            const wanted = entries.filter((e) => !versions.has(`${e.oid}\0${stemOf(e.path)}`));
            const oids = [...new Set(wanted.map((e) => e.oid))];
            const blobs = await objects.read(oids);
            const text = new Map(oids.map((oid, i) => [oid, blobs[i]?.content.toString('utf8') ?? '']));
            for (const e of wanted)
                versions.set(`${e.oid}\0${stemOf(e.path)}`, readWoVersion(text.get(e.oid), stemOf(e.path)));
        };
        const versionOf = (e) => versions.get(`${e.oid}\0${stemOf(e.path)}`);
        const changedBase = diff.map((d) => (d.oldPath === null ? undefined : baseFiles.get(d.oldPath))).filter(isWo);
        const changedHead = diff.map((d) => (d.newPath === null ? undefined : headFiles.get(d.newPath))).filter(isWo);
        await read([...changedBase, ...changedHead]);
        // A file whose one side cannot be read keeps the identity the other side declares: breaking a
        // file's YAML is an edit of that WO, not a new WO.
        const identity = new Map();
        const idChanges = [];
        for (const d of diff) {
            const before = d.oldPath === null ? undefined : baseFiles.get(d.oldPath);
            const after = d.newPath === null ? undefined : headFiles.get(d.newPath);
            if (!isWo(before) || !isWo(after))
                continue;
            const a = versionOf(before);
            const b = versionOf(after);
            if (a.idFromStem && !b.idFromStem)
                identity.set(`base\0${before.path}`, b.id);
            else if (!a.idFromStem && b.idFromStem)
                identity.set(`head\0${after.path}`, a.id);
            else if (!a.idFromStem && !b.idFromStem && a.id !== b.id)
                idChanges.push({ pair: d, oldId: a.id, newId: b.id });
        }
        const idOf = (side, e) => identity.get(`${side}\0${e.path}`) ?? versionOf(e).id;
        const touched = new Set([...changedBase.map((e) => idOf('base', e)), ...changedHead.map((e) => idOf('head', e))]);
        // Round two: the files the change left alone that may belong to a touched WO. A file named after
        // a touched id is read; so is any file whose name is not a WO id (it may declare any id). A file
        // named like another WO is taken to be that WO (validate-backlog reports a name that differs from its id).
        const changedPaths = new Set(diff.flatMap((d) => [d.oldPath, d.newPath]).filter((p) => p !== null));
        const unchanged = [...headFiles.values()].filter((e) => isWo(e) && !changedPaths.has(e.path));
        const related = unchanged.filter((e) => touched.has(stemOf(e.path)) || !(0,wo_id/* matchesWoId */.vT)(config.woIdPattern, stemOf(e.path)));
        await read(related);
        const collect = (side, entries) => {
            const byId = new Map();
            for (const e of entries) {
                const id = idOf(side, e);
                if (!touched.has(id))
                    continue;
                const at = { path: e.path, state: classify(e.path).state, oid: e.oid, version: versionOf(e) };
                const list = byId.get(id);
                if (list)
                    list.push(at);
                else
                    byId.set(id, [at]);
            }
            return byId;
        };
        const base = collect('base', [...changedBase, ...related]);
        const head = collect('head', [...changedHead, ...related]);
        const lockIds = (files) => new Set([...files.values()].filter((e) => classify(e.path)?.kind === 'lock').map((e) => stemOf(e.path)));
        const judged = judge({ config, touched, base, head, headLocks: lockIds(headFiles), idChanges, classify });
        const closing = await checkClosings(root, config, endpoints, judged.closings, objects);
        for (const failure of closing.failures) {
            judged.pending.push({
                wo_id: failure.woId,
                code: 'close_unverified',
                from: judged.fromOf.get(failure.woId) ?? null,
                to: 'done',
                file: failure.file,
                line: failure.line,
                message: failure.message,
                condition: failure.condition,
                paths: [failure.file],
            });
        }
        const notes = closing.notes.map((n) => ({ wo_id: n.woId, code: 'shallow_history', file: n.file, line: n.line, message: n.message }));
        const violations = await applyBypass(options, endpoints, pathspecs, judged.pending);
        const changes = judged.changes.map((c) => {
            const own = violations.filter((v) => v.wo_id === c.wo_id);
            const outcome = own.length === 0 ? 'legal' : own.every((v) => v.bypassed) ? 'bypassed' : 'violation';
            return { ...c, outcome };
        });
        return { endpoints, changes, violations, notes };
    }
    finally {
        objects.close();
    }
}
/** Turns the violations that only marked commits introduced into warnings, naming the commit. */
async function applyBypass(options, endpoints, pathspecs, pending) {
    const plain = (p) => {
        const { paths: _paths, ...rest } = p;
        return { ...rest, bypassed: false };
    };
    // Staged changes have no commit yet, so no message to carry the marker.
    if (pending.length === 0 || endpoints.staged || options.bypassMarker === '')
        return pending.map(plain);
    const history = await readRangeHistory(options.root, endpoints.from, endpoints.head, pathspecs, options.bypassMarker);
    if (history.marked.size === 0)
        return pending.map(plain);
    return pending.map((p) => {
        const commit = bypassingCommit(history, p.paths);
        return commit === undefined ? plain(p) : { ...plain(p), bypassed: true, commit: commit.sha, commit_subject: commit.subject };
    });
}
/** Judges every touched WO: its move, its lock, its close, edits of it while closed, its deletion, its id. */
function judge(input) {
    const { config, base, head, headLocks, classify } = input;
    const allowed = config.transitions;
    const lockPath = (id) => `${config.stateFolders.running}/${id}.lock`;
    const changes = [];
    const pending = [];
    const closings = [];
    const fromOf = new Map();
    // An id change is reported once, on the file that now declares the new id; the old id is not also
    // a deletion, and the new one is judged as a move from where the file was.
    const renamedAway = new Set();
    const renamedFrom = new Map();
    const idChangedFiles = new Set();
    for (const { pair, oldId, newId } of input.idChanges) {
        const from = classify(pair.oldPath).state;
        const to = classify(pair.newPath).state;
        const text = head.get(newId)?.find((f) => f.path === pair.newPath)?.version.text ?? '';
        pending.push({
            wo_id: newId,
            code: 'id_changed',
            from,
            to,
            file: pair.newPath,
            line: keyLine(text, 'id'),
            message: `${pair.newPath} declared id ${oldId} and now declares ${newId}: a WO keeps its id (create a new WO instead)`,
            paths: [pair.newPath, pair.oldPath],
        });
        if ((head.get(oldId) ?? []).length === 0)
            renamedAway.add(oldId);
        renamedFrom.set(newId, from);
        idChangedFiles.add(pair.newPath);
    }
    for (const id of [...input.touched].sort()) {
        const before = base.get(id) ?? [];
        const after = head.get(id) ?? [];
        const from = stateOf(before) ?? renamedFrom.get(id) ?? null;
        const to = stateOf(after);
        // Same files in the same folders, whatever their names: a rename within a folder changes nothing.
        const same = before.length === after.length && before.every((b) => after.some((a) => a.state === b.state && a.oid === b.oid));
        if (same || (to === null && renamedAway.has(id)))
            continue;
        fromOf.set(id, from);
        const main = after.find((f) => f.state === to) ?? after[0];
        const gone = before.find((f) => f.state === from) ?? before[0];
        const file = main?.path ?? gone.path;
        changes.push({ wo_id: id, from, to, file });
        const push = (code, at, message, paths = [at.file]) => void pending.push({ wo_id: id, code, from, to, file: at.file, line: at.line, message, paths });
        if (to === null) {
            push('wo_deleted', { file: gone.path, line: keyLine(gone.version.text, 'id') }, `${id} was deleted from ${from}/ (${gone.path}): WO files are moved between state folders, never deleted`, before.map((f) => f.path));
            continue;
        }
        const idAt = { file: main.path, line: keyLine(main.version.text, 'id') };
        if (from === null) {
            if (!allowed.new.includes(to))
                push('illegal_transition', idAt, `${id} is new in ${to}/: a new WO appears only in ${describe(allowed.new)}`);
        }
        else if (from !== to && !allowed[from].includes(to)) {
            push('illegal_transition', idAt, `${id} moved from ${from}/ to ${to}/: from ${from}/ a WO may move only to ${describe(allowed[from])}`, [main.path, ...before.map((f) => f.path)]);
        }
        // A copy left in, or added to, another folder: the WO now also sits there (audit reports the split brain).
        const beforeStates = new Set(before.map((f) => f.state));
        for (const copy of after) {
            if (copy.state === to || beforeStates.has(copy.state))
                continue;
            const legal = from === null ? allowed.new.includes(copy.state) : from === copy.state || allowed[from].includes(copy.state);
            if (!legal) {
                push('illegal_transition', { file: copy.path, line: keyLine(copy.version.text, 'id') }, `${id} got a copy in ${copy.state}/ (${copy.path}) while it is in ${to}/: ${from === null ? 'a new WO' : `from ${from}/ a WO`} may not go to ${copy.state}/`);
            }
        }
        if (to === 'running' && from !== 'running' && !headLocks.has(id)) {
            push('lock_missing', idAt, `${id} moved into running/ without its lock ${lockPath(id)}`, [main.path, lockPath(id)]);
        }
        if (from === 'running' && to !== 'running' && headLocks.has(id)) {
            push('lock_left', { file: lockPath(id), line: 1 }, `${id} moved from running/ to ${to}/ and its lock ${lockPath(id)} stayed: remove the lock with the move`, [lockPath(id), main.path]);
        }
        if (to === 'done' && from !== 'done')
            closings.push({ woId: id, file: main.path, version: main.version });
        if (from === to && (to === 'done' || to === 'failed')) {
            const baseOids = new Set(before.filter((f) => f.state === to).map((f) => f.oid));
            for (const edited of after.filter((f) => f.state === to && !baseOids.has(f.oid) && !idChangedFiles.has(f.path))) {
                const counterpart = before.find((f) => f.path === edited.path) ?? before.find((f) => f.state === to) ?? before[0];
                const line = counterpart === undefined ? 1 : firstChangedLine(counterpart.version.text, edited.version.text);
                push('closed_wo_edited', { file: edited.path, line }, `${id} is ${to} and its file ${edited.path} was edited (line ${line}): a closed WO is not edited by hand`);
            }
        }
    }
    return { changes, pending, closings, fromOf };
}
function describe(states) {
    return states.length === 0 ? 'nowhere (no move is allowed)' : states.map((s) => `${s}/`).join(', ');
}

;// CONCATENATED MODULE: ./build/src/commands/transitions.js





/**
 * Every rule of every option, once: `--base` is required unless `--staged` (which compares the index
 * with HEAD, or with the base given); `--head` and `--staged` exclude each other.
 */
function readTransitionsSettings(args) {
    const staged = args.flag('staged') ?? false;
    const head = args.text('head');
    if (staged && head !== undefined)
        throw new errors/* UsageError */.eb(`${args.label('head')} and ${args.label('staged')}: give one of them (--staged compares the index with the base)`);
    const base = args.text('base') ?? (staged ? 'HEAD' : undefined);
    if (base === undefined)
        throw new errors/* UsageError */.eb(`${args.label('base')}: expected the base commit to compare with (a branch, tag or SHA), got nothing`);
    return {
        root: (0,core_args/* readRoot */.XD)(args),
        config: (0,core_args/* readFile */.TA)(args, 'config'),
        base,
        head: staged ? undefined : (head ?? 'HEAD'),
        staged,
        bypassMarker: args.text('bypass-marker'),
        labels: { base: args.label('base'), head: args.label('head') },
    };
}
/** Compares the WO files of the two sides and judges every change (docs/transitions.md). Exit 1 on a violation that is not bypassed. */
async function runTransitions(settings) {
    const { root, config } = await (0,context/* openRepository */.h)(settings.root, settings.config);
    const bypassMarker = settings.bypassMarker ?? config.bypassMarker;
    const result = await compareTransitions({
        root,
        config,
        base: settings.base,
        head: settings.head,
        staged: settings.staged,
        labels: settings.labels,
        bypassMarker,
    });
    const failing = result.violations.filter((v) => !v.bypassed);
    const { endpoints } = result;
    return {
        ...(0,report/* baseReport */.uZ)('transitions', root, failing.length > 0 ? 1 : 0, settings.now),
        base: endpoints.base,
        base_ref: settings.base,
        head: endpoints.staged ? 'index' : endpoints.head,
        head_ref: endpoints.staged ? 'index' : (settings.head ?? 'HEAD'),
        merge_base: endpoints.from,
        staged: endpoints.staged,
        shallow: endpoints.shallow,
        bypass_marker: bypassMarker,
        summary: {
            changes: result.changes.length,
            violations: failing.length,
            bypassed: result.violations.length - failing.length,
            notes: result.notes.length,
        },
        changes: result.changes,
        violations: result.violations,
        notes: result.notes,
    };
}
function arrow(change) {
    return `${change.from ?? '(new)'} → ${change.to ?? '(deleted)'}`;
}
/** Violations first (`file:line: error|warning: message [code]`), then the moves, then a summary line. */
function formatTransitions(report) {
    const lines = [];
    const ordered = [...report.violations].sort((a, b) => Number(a.bypassed) - Number(b.bypassed) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    for (const v of ordered) {
        const bypass = v.bypassed ? ` (bypassed by ${v.commit?.slice(0, 12)} "${v.commit_subject}")` : '';
        lines.push(`${v.file}:${v.line}: ${v.bypassed ? 'warning' : 'error'}: ${v.message}${bypass} [${v.code}]`);
    }
    for (const n of report.notes)
        lines.push(`${n.file}:${n.line}: note: ${n.message} [${n.code}]`);
    if (report.changes.length > 0) {
        if (lines.length > 0)
            lines.push('');
        const width = Math.max(...report.changes.map((c) => c.wo_id.length));
        for (const c of report.changes)
            lines.push(`  ${c.wo_id.padEnd(width)}  ${arrow(c).padEnd(22)}  ${c.outcome}`);
    }
    const s = report.summary;
    const head = report.staged ? 'the index' : report.head.slice(0, 12);
    const verdict = report.exit_code === 0 ? 'pass' : 'FAIL';
    lines.push('', `transitions ${report.merge_base.slice(0, 12)}..${head}: ${plural(s.changes, 'WO change')}, ${plural(s.violations, 'violation')}, ${s.bypassed} bypassed: ${verdict}`);
    return `${lines.join('\n').replace(/^\n/, '')}\n`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}


/***/ }),

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


/***/ })

};
