export const id = 270;
export const ids = [270];
export const modules = {

/***/ 7270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatGc: () => (/* binding */ formatGc),
  Nd: () => (/* binding */ gcRepository),
  readGcSettings: () => (/* binding */ readGcSettings),
  runGc: () => (/* binding */ runGc)
});

// UNUSED EXPORTS: gcCommandLine, summariseGc

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/core/args.js
var core_args = __webpack_require__(8068);
// EXTERNAL MODULE: ./build/src/core/context.js
var context = __webpack_require__(1402);
// EXTERNAL MODULE: ./build/src/core/errors.js
var errors = __webpack_require__(3026);
// EXTERNAL MODULE: ./build/src/core/report.js
var report = __webpack_require__(5299);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/src/core/concurrency.js
var core_concurrency = __webpack_require__(2674);
// EXTERNAL MODULE: ./build/src/core/git.js
var git = __webpack_require__(7473);
// EXTERNAL MODULE: ./build/src/core/state.js
var core_state = __webpack_require__(6928);
// EXTERNAL MODULE: ./build/src/core/worktrees.js
var worktrees = __webpack_require__(6915);
;// CONCATENATED MODULE: ./build/src/gc/dirty.js




/** git status, ignored files included (a whole ignored folder as one `folder/` entry). */
const STATUS_ARGS = ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=matching', '--no-renames'];
/** Every index entry with its flag tag (`h` assume-unchanged, `S` skip-worktree), mode and object. */
const FLAGS_ARGS = ['ls-files', '-v', '-s', '-z'];
/** Parses `git status --porcelain=v1 -z --no-renames` output. */
function parseStatus(output) {
    return output
        .split('\0')
        .filter((record) => record.length > 3)
        .map((record) => ({ code: record.slice(0, 2), path: record.slice(3) }));
}
/** True when `rel` lies inside one of the exclusion folders (each given with a trailing slash). */
function isExcluded(rel, exclusions) {
    return exclusions.some((folder) => rel.startsWith(folder));
}
/** An entry that is a file the index does not track (untracked, or ignored but not build output). */
function isUntracked(entry) {
    return entry.code === '??' || entry.code === '!!';
}
const isHiddenIgnored = (entry) => entry.code === '!!';
const isFlagged = (entry) => entry.code === 'hM' || entry.code === 'hD' || entry.code === 'SM';
/** Sorts status entries into changes and excluded ones (no hidden changes: for entries already read). */
function classifyStatus(entries, exclusions) {
    const changes = [];
    const excluded = [];
    for (const entry of entries)
        (isExcluded(entry.path, exclusions) ? excluded : changes).push(entry);
    return { dirty: changes.length > 0, changes, excluded, buildOutput: [], sparse: [] };
}
/** Parses `git ls-files -v -s -z`: `<tag> <mode> <object> <stage>\t<path>`. */
function parseFlags(output) {
    const entries = [];
    for (const record of output.split('\0')) {
        const match = /^(\S) (\d+) ([0-9a-f]+) \d\t(.*)$/s.exec(record);
        if (match)
            entries.push({ tag: match[1], mode: match[2], object: match[3], path: match[4] });
    }
    return entries;
}
/** Edits to flagged files: assume-unchanged (`h`, lower-case tags) and skip-worktree (`S`/`s`). */
async function flaggedChanges(worktree, flagsOutput, sparse) {
    const flagged = parseFlags(flagsOutput).filter((e) => e.tag === 'S' || e.tag === 's' || e.tag !== e.tag.toUpperCase());
    if (flagged.length === 0)
        return [];
    const changes = [];
    const present = [];
    for (const entry of flagged) {
        const stat = external_node_fs_.lstatSync(external_node_path_.join(worktree, entry.path), { throwIfNoEntry: false });
        const skip = entry.tag === 'S' || entry.tag === 's';
        // A skip-worktree file missing from the folder is a sparse checkout, not a deletion.
        if (!stat) {
            if (!skip)
                changes.push({ code: 'hD', path: entry.path });
            else
                sparse.push(entry.path);
            continue;
        }
        const executable = (stat.mode & 0o111) !== 0;
        const typeChanged = stat.isSymbolicLink() !== (entry.mode === '120000') || (stat.isFile() && executable !== (entry.mode === '100755'));
        if (typeChanged || !(stat.isFile() || stat.isSymbolicLink()))
            changes.push({ code: skip ? 'SM' : 'hM', path: entry.path });
        else
            present.push(entry);
    }
    if (present.length > 0) {
        // The object each file would be stored as (through the same filters `git add` applies), compared with the index's.
        const links = present.filter((e) => e.mode === '120000');
        const files = present.filter((e) => e.mode !== '120000');
        const ids = files.length === 0 ? [] : (await (0,git/* git */.$Y)(['hash-object', '--stdin-paths'], { cwd: worktree, input: files.map((e) => `${e.path}\n`).join('') })).trim().split('\n');
        files.forEach((e, i) => {
            if (ids[i] !== e.object)
                changes.push({ code: e.tag === 'S' || e.tag === 's' ? 'SM' : 'hM', path: e.path });
        });
        for (const e of links) {
            const stored = (await (0,git/* gitBuffer */.vv)(['cat-file', 'blob', e.object], { cwd: worktree })).toString('utf8');
            if (external_node_fs_.readlinkSync(external_node_path_.join(worktree, e.path)) !== stored)
                changes.push({ code: e.tag === 'S' || e.tag === 's' ? 'SM' : 'hM', path: e.path });
        }
    }
    return changes;
}
/**
 * The committed, unchanged `.gitignore` files among `sources` (paths relative to the worktree): in the
 * index (`indexed`, the worktree's `git ls-files -s` already read), not changed, not flagged.
 */
function committedIgnoreFiles(sources, indexed, statusPaths, flagged) {
    return new Set(sources.filter((s) => !external_node_path_.isAbsolute(s) && external_node_path_.posix.basename(s) === '.gitignore' && indexed.has(s) && !statusPaths.has(s) && !flagged.has(s)));
}
/**
 * Sorts ignored entries into build output (ignored by a committed, unchanged `.gitignore`) and hidden
 * work (anything else); a hidden folder is listed file by file.
 */
async function classifyIgnored(worktree, ignored, indexed, statusPaths, flagged) {
    if (ignored.length === 0)
        return { hidden: [], buildOutput: [] };
    const out = await (0,git/* git */.$Y)(['check-ignore', '-v', '--no-index', '-z', '--stdin'], { cwd: worktree, input: ignored.map((p) => `${p}\0`).join('') }).catch(
    // Exit 1 means "none ignored", impossible here; any other failure: treat every entry as hidden work.
    () => '');
    const fields = out.split('\0');
    const sourceOf = new Map();
    for (let i = 0; i + 3 < fields.length; i += 4)
        sourceOf.set(fields[i + 3], fields[i]);
    const committed = committedIgnoreFiles([...new Set(sourceOf.values())], indexed, statusPaths, flagged);
    const hidden = [];
    const buildOutput = [];
    const hiddenFolders = [];
    for (const entry of ignored) {
        const source = sourceOf.get(entry);
        if (source !== undefined && committed.has(source))
            buildOutput.push(entry);
        else if (entry.endsWith('/'))
            hiddenFolders.push(entry);
        else
            hidden.push(entry);
    }
    if (hiddenFolders.length > 0) {
        const files = await (0,git/* gitBuffer */.vv)(['--literal-pathspecs', 'ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--', ...hiddenFolders], { cwd: worktree });
        hidden.push(...files.toString('utf8').split('\0').filter(Boolean));
    }
    return { hidden: hidden.sort(), buildOutput };
}
/** The dirty state from a worktree's status output and index listing (and, for hidden changes, a few more git runs). */
async function stateOf(worktree, statusOutput, flagsOutput, exclusions) {
    const entries = parseStatus(statusOutput);
    const shown = entries.filter((e) => e.code !== '!!');
    const sparse = [];
    const flaggedEntries = await flaggedChanges(worktree, flagsOutput, sparse);
    const statusPaths = new Set(shown.map((e) => e.path));
    const ignored = entries.filter((e) => e.code === '!!').map((e) => e.path);
    const { hidden, buildOutput } = await classifyIgnored(worktree, ignored, 
    // What the index holds (tells a committed .gitignore), from the listing already read.
    ignored.length > 0 ? new Set(parseFlags(flagsOutput).map((e) => e.path)) : new Set(), statusPaths, new Set(flaggedEntries.map((e) => e.path)));
    const all = [...shown, ...flaggedEntries.filter((e) => !statusPaths.has(e.path)), ...hidden.map((p) => ({ code: '!!', path: p }))];
    return { ...classifyStatus(all, exclusions), buildOutput, sparse };
}
function requireFolder(worktreePath) {
    // git cannot start in a missing folder (node would only say "spawn git ENOENT").
    if (!external_node_fs_.statSync(worktreePath, { throwIfNoEntry: false })?.isDirectory())
        throw new Error(`${worktreePath}: the worktree folder is missing`);
}
/** The dirty state of one worktree (read-only: git runs without optional locks). */
async function readDirtyState(worktreePath, exclusions) {
    requireFolder(worktreePath);
    const [status, flags] = await Promise.all([(0,git/* git */.$Y)(STATUS_ARGS, { cwd: worktreePath }), (0,git/* git */.$Y)(FLAGS_ARGS, { cwd: worktreePath })]);
    return stateOf(worktreePath, status, flags, exclusions);
}
/**
 * The dirty state of many worktrees, in order, with at most `concurrency` processes in flight: one
 * batched status and index listing (`tryGitInEach`) over all of them. Where a worktree's cannot be
 * read, it is read again through `readDirtyState`, which throws an error that names the worktree.
 */
async function detectDirty(worktreePaths, exclusions, concurrency = (0,core_concurrency/* processConcurrency */.X)()) {
    const statuses = await (0,git/* tryGitInEach */.e0)(worktreePaths, STATUS_ARGS, concurrency);
    const flags = await (0,git/* tryGitInEach */.e0)(worktreePaths, FLAGS_ARGS, concurrency);
    return (0,core_concurrency/* mapLimit */.s)(worktreePaths, concurrency, async (p) => {
        const status = statuses.get(p);
        const flag = flags.get(p);
        return status?.code === 0 && flag?.code === 0 ? stateOf(p, status.stdout, flag.stdout, exclusions) : readDirtyState(p, exclusions);
    });
}

// EXTERNAL MODULE: ./build/src/core/evidence.js
var evidence = __webpack_require__(724);
// EXTERNAL MODULE: ./build/src/core/decision.js
var decision = __webpack_require__(3571);
// EXTERNAL MODULE: ./build/src/core/repo-files.js
var repo_files = __webpack_require__(3391);
// EXTERNAL MODULE: ./build/src/core/wo-id.js
var wo_id = __webpack_require__(1673);
// EXTERNAL MODULE: ./build/src/gc/atomic.js
var atomic = __webpack_require__(8083);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./build/src/core/step-hooks.js
var step_hooks = __webpack_require__(4222);
;// CONCATENATED MODULE: ./build/src/gc/hooks.js

/**
 * Test hooks of the gc engine (the shared mechanism of src/core/step-hooks.ts, prefix WO_TOOLKIT_GC). They exist so that tests can prove the
 * crash-safety and locking promises with real processes; none of them changes what gc decides.
 *
 * - `WO_TOOLKIT_GC_TRACE=FILE`: append one line `<pid> <step> <detail>` per step to FILE.
 * - `WO_TOOLKIT_GC_FAIL_AFTER=STEP[:N]`: right after the N-th (default first) occurrence of STEP, the
 *   process kills itself with SIGKILL, as a crash or `kill -9` would (no cleanup, no finally blocks).
 * - `WO_TOOLKIT_GC_PAUSE_AFTER=STEP` with `WO_TOOLKIT_GC_PAUSE_FILE=FILE`: at STEP, write `FILE.paused`
 *   and wait until FILE exists, so a test can act while gc is in the middle of a run.
 */
const GC_STEPS = (/* unused pure expression or super */ null && ([
    'lock-stale',
    'locked',
    'planned',
    'checked',
    'patch-temp-written',
    'patch-written',
    'checksum-written',
    'link-written',
    'decision-written',
    'restored',
    'verified',
    'kept',
    'removing',
    'removed',
    'released',
]));
const hooks = (0,step_hooks/* stepHooks */.Z)('WO_TOOLKIT_GC');
/** Records STEP (trace, crash injection) and returns how often it has been reached in this process. */
const reachedStepSync = hooks.reachedStepSync;
/** As reachedStepSync, and pauses at STEP when a test asked for it. */
const reachedStep = hooks.reachedStep;

;// CONCATENATED MODULE: ./build/src/gc/patch.js







class PatchError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PatchError';
    }
}
function sha256Hex(bytes) {
    return external_node_crypto_.createHash('sha256').update(bytes).digest('hex');
}
const SCRATCH_PREFIX = 'wo-toolkit-gc-';
/** gc's scratch folder inside the repository's common git folder (real runs only; see provePatch). */
const GIT_SCRATCH_DIR = 'wo-toolkit-scratch';
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * Removes the scratch folders that killed runs left: in the temporary folder (named with their
 * process id: only those whose process is gone) and, with `gitScratch` (a real run, holding gc's lock),
 * everything in the repository's scratch folder.
 */
function removeLeftoverScratch(gitScratch) {
    let names = [];
    try {
        names = external_node_fs_.readdirSync(external_node_os_.tmpdir());
    }
    catch {
        names = [];
    }
    for (const name of names) {
        const match = new RegExp(`^${SCRATCH_PREFIX}(\\d+)-`).exec(name);
        if (match && Number(match[1]) !== process.pid && !processAlive(Number(match[1])))
            external_node_fs_.rmSync(external_node_path_.join(external_node_os_.tmpdir(), name), { recursive: true, force: true });
    }
    if (gitScratch)
        external_node_fs_.rmSync(gitScratch, { recursive: true, force: true });
}
/**
 * Runs `fn` with a scratch index and object folder for the worktree; removes them afterwards. They go
 * in `parent` when given (a real run: the repository's own scratch folder), else in the temporary
 * folder under a name with this process's id, so a later run can remove what a killed one left.
 */
async function withScratch(worktree, fn, parent) {
    const resolved = await (0,git/* tryGit */.Ii)(['rev-parse', '--path-format=absolute', '--git-path', 'index', '--git-path', 'objects', '--verify', 'HEAD^{commit}'], { cwd: worktree });
    const [indexFile, objects, head] = resolved.stdout.trim().split('\n');
    if (resolved.code !== 0 || !head)
        throw new PatchError(`${worktree}: HEAD does not name a commit`);
    if (parent)
        await external_node_fs_.promises.mkdir(parent, { recursive: true });
    const dir = await external_node_fs_.promises.mkdtemp(external_node_path_.join(parent ?? external_node_os_.tmpdir(), `${SCRATCH_PREFIX}${process.pid}-`));
    try {
        await external_node_fs_.promises.mkdir(external_node_path_.join(dir, 'objects'));
        const isolatedEnv = { GIT_INDEX_FILE: external_node_path_.join(dir, 'index'), GIT_OBJECT_DIRECTORY: external_node_path_.join(dir, 'objects') };
        const env = { ...isolatedEnv, GIT_ALTERNATE_OBJECT_DIRECTORIES: objects };
        return await fn({ dir, env, isolatedEnv, indexFile: indexFile, head });
    }
    finally {
        await external_node_fs_.promises.rm(dir, { recursive: true, force: true });
    }
}
const DIFF_ARGS = ['--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--no-relative', '--src-prefix=a/', '--dst-prefix=b/'];
/** Parses `git diff --raw --numstat -z`: raw records (`:<modes> <shas> <letter>`, path) then numstat ones. */
function parseFiles(output) {
    const fields = output.split('\0');
    const statuses = new Map();
    const counts = new Map();
    for (let i = 0; i < fields.length; i++) {
        const field = fields[i];
        if (field.startsWith(':')) {
            const letter = field.trim().split(' ').pop();
            statuses.set(fields[++i], letter === 'A' ? 'added' : letter === 'D' ? 'deleted' : letter === 'T' ? 'type_changed' : 'modified');
            continue;
        }
        // `<added>\t<deleted>\t<path>`, with `-\t-` for a binary file.
        const match = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(field);
        if (!match)
            continue;
        const binary = match[1] === '-';
        counts.set(match[3], { binary, added: binary ? 0 : Number(match[1]), deleted: binary ? 0 : Number(match[2]) });
    }
    return [...statuses].map(([p, status]) => ({ path: p, status, ...(counts.get(p) ?? { binary: false, added: 0, deleted: 0 }) }));
}
// Exclusion paths are literal path prefixes, as `isExcluded` reads them: `*`, `?`, `[` mean themselves.
const pathspec = (exclusions) => ['--', '.', ...exclusions.map((folder) => `:(exclude,literal)${folder}`)];
/**
 * Builds the evidence patch of the worktree at `worktree`. Writes nothing into the repository. `state`
 * (its dirty state, read when not given) names the changes git does not show, which go in too: files
 * flagged assume-unchanged or skip-worktree lose their flag in the scratch index, and ignored files
 * that are not build output are added like untracked ones.
 */
async function buildPatch(worktree, exclusions, state) {
    const dirty = state ?? (await readDirtyState(worktree, exclusions));
    const flagged = dirty.changes.filter(isFlagged).map((e) => e.path);
    const hiddenIgnored = dirty.changes.filter(isHiddenIgnored).map((e) => e.path);
    return withScratch(worktree, async ({ env, isolatedEnv, indexFile, head }) => {
        const opts = { cwd: worktree, env };
        if (external_node_fs_.existsSync(indexFile)) {
            await external_node_fs_.promises.copyFile(indexFile, env['GIT_INDEX_FILE']);
            // The copy keeps the index's modification time (rounded down). git trusts an entry's cached stat
            // data only when the file is older than the index: a copy dated "now" would let a file rewritten
            // at the same size in the second its worktree was checked out ("racily clean") pass as unchanged.
            const { atimeMs, mtimeMs } = external_node_fs_.statSync(indexFile);
            await external_node_fs_.promises.utimes(env['GIT_INDEX_FILE'], Math.floor(atimeMs) / 1000, Math.floor(mtimeMs) / 1000);
        }
        else
            await (0,git/* git */.$Y)(['read-tree', head], opts);
        if (flagged.length > 0) {
            const list = Buffer.from(flagged.map((p) => `${p}\0`).join(''));
            // One flag per run: update-index applies only the last of several flag options.
            await (0,git/* git */.$Y)(['update-index', '--no-assume-unchanged', '-z', '--stdin'], { ...opts, input: list });
            await (0,git/* git */.$Y)(['update-index', '--no-skip-worktree', '-z', '--stdin'], { ...opts, input: list });
        }
        const untracked = Buffer.concat([
            await (0,git/* gitBuffer */.vv)(['ls-files', '--others', '--exclude-standard', '-z', ...pathspec(exclusions)], opts),
            Buffer.from(hiddenIgnored.map((p) => `${p}\0`).join('')),
        ]);
        if (untracked.length > 0) {
            // The names are file names, not patterns: `:(top)x`, `*` or `[1]` in a name must mean themselves.
            // `--force`: ignored files that are a person's work (not build output) go in too.
            await (0,git/* git */.$Y)(['--literal-pathspecs', 'add', '--force', '--intent-to-add', '--pathspec-from-file=-', '--pathspec-file-nul'], { cwd: worktree, env: isolatedEnv, input: untracked });
        }
        const spec = pathspec(exclusions);
        const bytes = await (0,git/* gitBuffer */.vv)(['diff', 'HEAD', '--binary', '--full-index', ...DIFF_ARGS, ...spec], opts);
        const files = parseFiles(await (0,git/* git */.$Y)(['diff', 'HEAD', '--raw', '--numstat', '-z', ...DIFF_ARGS, ...spec], opts));
        return { bytes, sha256: sha256Hex(bytes), head, files };
    });
}
/** What a folder holds, for a byte comparison: relative path → `x:`/`-:` and the bytes, or `link:` and the target. */
function folderContent(base, skip) {
    const result = new Map();
    const walk = (dir, prefix) => {
        for (const entry of external_node_fs_.readdirSync(dir, { withFileTypes: true })) {
            const rel = `${prefix}${entry.name}`;
            const abs = external_node_path_.join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!skip(`${rel}/`, true))
                    walk(abs, `${rel}/`);
            }
            else if (!skip(rel, false)) {
                if (entry.isSymbolicLink())
                    result.set(rel, Buffer.from(`link:${external_node_fs_.readlinkSync(abs)}`));
                else if (entry.isFile()) {
                    const mark = (external_node_fs_.statSync(abs).mode & 0o111) !== 0 ? 'x:' : '-:';
                    result.set(rel, Buffer.concat([Buffer.from(mark), external_node_fs_.readFileSync(abs)]));
                }
                else
                    result.set(rel, Buffer.from('special'));
            }
        }
    };
    walk(base, '');
    return result;
}
/**
 * Proves that `bytes` (a patch read back from disk), applied to `head`, gives exactly the worktree's
 * files **as bytes on disk**, outside the exclusion paths and the build output: the check that stands
 * between a written patch and the removal of its dirty worktree. The patch is applied to HEAD in a
 * scratch index and checked out into a scratch folder the way a restore checks it out (smudge filters,
 * line endings, `ident` and encodings applied), then every file is compared byte for byte, with its
 * executable bit, and symbolic links by target. A filter or conversion that does not give the
 * worktree's bytes back therefore refuses the removal, naming the file.
 *
 * The scratch space lies in `scratchParent` (the repository's own scratch folder, inside its common
 * git folder): it holds a full copy of the worktree's work, which must never be left in a shared
 * temporary folder by a killed run; the next real run clears it. Only a real run calls this (git may
 * refresh the modification time of objects the repository already has).
 */
async function provePatch(worktree, bytes, head, exclusions, state, scratchParent) {
    const { buildOutput } = state;
    const sparse = new Set(state.sparse);
    await withScratch(worktree, async ({ dir, env }) => {
        const opts = { cwd: worktree, env };
        await (0,git/* git */.$Y)(['read-tree', head], opts);
        if (bytes.length > 0) {
            const applied = await (0,git/* tryGit */.Ii)(['apply', '--cached', '--binary', '--whitespace=nowarn', '-'], { ...opts, input: bytes });
            if (applied.code !== 0)
                throw new PatchError(`the patch does not apply to ${head}: ${applied.stderr.trim().split('\n')[0]}`);
        }
        const tree = external_node_path_.join(dir, 'tree');
        await (0,git/* git */.$Y)(['checkout-index', '--all', '--force', `--prefix=${tree}/`], opts);
        external_node_fs_.mkdirSync(tree, { recursive: true });
        await reachedStep('restored', tree);
        const skipped = (rel) => isExcluded(rel, exclusions) || buildOutput.some((b) => (b.endsWith('/') ? rel.startsWith(b) : rel === b));
        const restored = folderContent(tree, (rel) => skipped(rel) || sparse.has(rel));
        const actual = folderContent(worktree, (rel) => rel === '.git' || skipped(rel));
        for (const [rel, content] of actual) {
            const other = restored.get(rel);
            if (other === undefined)
                throw new PatchError(`the patch applied to ${head} lacks ${rel}`);
            if (!other.equals(content)) {
                throw new PatchError(`the patch applied to ${head} does not give the bytes of ${rel} (a filter, line-ending or encoding conversion changes them)`);
            }
        }
        for (const rel of restored.keys())
            if (!actual.has(rel))
                throw new PatchError(`the patch applied to ${head} gives ${rel}, which the worktree does not have`);
    }, scratchParent);
}

;// CONCATENATED MODULE: ./build/src/gc/decision.js



/**
 * decision.md (docs/gc.md): the template a person fills in to decide what happens to a dirty
 * worktree's changes, and the rules for reading it back.
 */
// Reading a person's decision is shared with retention-gc (one rule for "complete").

// gc signs what it generates; a file whose signature no longer matches was edited by a person and is
// never rewritten (a stricter rule than "a box was checked or ACTION_REQUIRED removed", which it implies).
const SIGNATURE = /<!-- wo-toolkit gc: generated file, sha256 ([0-9a-f]{64}); any edit above keeps gc from rewriting it -->\n$/;
function isUntouched(text) {
    const match = SIGNATURE.exec(text);
    return match !== null && sha256Hex(text.slice(0, match.index)) === match[1];
}
/** The worktree a generated decision was written for (its `Worktree` row), as that row renders it. */
function generatedForWorktree(text, worktree) {
    return text.includes(`| Worktree | ${inlineCode(worktree, true)} `);
}
const CODE_EXT = new Set('ts tsx mts cts js jsx mjs cjs py pyi go rs java kt kts scala groovy c h cc cpp cxx hpp cs fs rb php swift m mm sh bash zsh fish ps1 sql lua pl pm r dart vue svelte ex exs erl hs clj elm css scss sass less html'.split(' '));
const CONFIG_EXT = new Set('json jsonc json5 yaml yml toml ini cfg conf properties env xml plist lock tf tfvars hcl'.split(' '));
const CONFIG_NAMES = new Set(['dockerfile', 'makefile', '.gitignore', '.gitattributes', '.editorconfig', '.npmrc', '.nvmrc', '.env', 'procfile']);
const TELEMETRY_EXT = new Set(['jsonl', 'ndjson', 'log']);
function contentTypeOf(file) {
    const base = external_node_path_.posix.basename(file).toLowerCase();
    const ext = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1) : '';
    if (/(^|\/)_ctx\/(telemetry|logs)\//.test(file) || TELEMETRY_EXT.has(ext))
        return 'telemetry';
    if (file.startsWith('.github/') || CONFIG_NAMES.has(base) || base.startsWith('.env.') || CONFIG_EXT.has(ext))
        return 'config';
    if (CODE_EXT.has(ext))
        return 'code';
    return 'other';
}
function contentTypes(files) {
    const found = new Set(files.map((f) => contentTypeOf(f.path)));
    return ['code', 'config', 'telemetry', 'other'].filter((t) => found.has(t));
}
const RISK_MAX_FILES = 20;
const RISK_MAX_LINES = 300;
/** Estimated risk from what the patch touches, with the reason. */
function estimateRisk(files) {
    const deleted = files.filter((f) => f.status === 'deleted').length;
    const binary = files.filter((f) => f.binary).length;
    const lines = files.reduce((sum, f) => sum + f.added + f.deleted, 0);
    const high = [];
    if (deleted > 0)
        high.push(`deletes ${deleted} tracked file${deleted === 1 ? '' : 's'}`);
    if (binary > 0)
        high.push(`${binary} binary file${binary === 1 ? '' : 's'}`);
    if (files.length > RISK_MAX_FILES)
        high.push(`${files.length} files`);
    if (lines > RISK_MAX_LINES)
        high.push(`${lines} changed lines`);
    if (high.length > 0)
        return { risk: 'high', reason: high.join(', ') };
    const types = contentTypes(files).filter((t) => t === 'code' || t === 'config');
    if (types.length > 0)
        return { risk: 'medium', reason: `${types.join(' and ')} changes, ${lines} changed lines` };
    return { risk: 'low', reason: `no code or config, ${lines} changed lines` };
}
/** Markdown inline code for any text (backticks inside get a longer fence; pipes are escaped for tables). */
function inlineCode(text, inTable = false) {
    // A path may hold line breaks: shown escaped, so a name never spills onto a line of its own (where a
    // patch's name or hash would count as naming it: src/core/decision.ts DESCRIBING_LINE).
    text = text.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const body = longest > 0 ? ` ${text} ` : text;
    const code = `${fence}${body}${fence}`;
    return inTable ? code.replace(/\|/g, '\\|') : code;
}
const MAX_LISTED_FILES = 30;
function describeFiles(files) {
    const shown = files.slice(0, MAX_LISTED_FILES).map((f) => {
        const size = f.binary ? 'binary' : `+${f.added} -${f.deleted}`;
        return `${inlineCode(f.path)} (${f.status.replace('_', ' ')}, ${size})`;
    });
    if (files.length > MAX_LISTED_FILES)
        shown.push(`and ${files.length - MAX_LISTED_FILES} more (see the patch)`);
    return shown.join(', ');
}
/** decision.md in the format of docs/formats.md#decisionmd, every field filled, signed as generated. */
function renderDecision(fields) {
    const patchName = (0,evidence/* patchFileName */.QV)(fields.sha256);
    const { risk, reason } = estimateRisk(fields.files);
    const body = [
        '| Field | Value |',
        '|-------|-------|',
        `| **WO ID** | ${fields.woId} |`,
        `| **Date** | ${fields.date} |`,
        `| **Type** | ${fields.type} |`,
        `| **Patch Hash** | \`${fields.sha256}\` |`,
        '| **Status** | ACTION_REQUIRED |',
        '',
        '## Patch Content Summary',
        `- Content type: ${contentTypes(fields.files).join(', ')}`,
        `- Files affected: ${describeFiles(fields.files)}`,
        `- Estimated risk: ${risk} (${reason})`,
        '',
        '## Decision',
        '**Choose ONE**: [ ] APPLY | [ ] DISCARD | [ ] MANUAL REVIEW',
        '',
        '### Justification',
        '<!-- Why this decision? -->',
        '',
        '### Evidence',
        '| Item | Value |',
        '|------|-------|',
        `| Patch path | \`${patchName}\` |`,
        `| Patch SHA256 | \`${fields.sha256}\` |`,
        `| Command used | ${inlineCode(fields.command, true)} |`,
        `| Worktree | ${inlineCode(fields.worktree, true)}${fields.branch ? ` on branch ${inlineCode(fields.branch, true)}` : ' (detached HEAD)'} |`,
        `| Base commit | \`${fields.head}\` (\`git apply ${patchName}\` on a clean checkout of it restores the changes) |`,
        ...(fields.supersedes && fields.supersedes.length > 0
            ? [`| Supersedes | ${fields.supersedes.map((sha) => `\`${(0,evidence/* patchFileName */.QV)(sha)}\``).join(', ')} (earlier work of this worktree, never decided: this decision decides it too) |`]
            : []),
        '',
    ].join('\n');
    return `${body}<!-- wo-toolkit gc: generated file, sha256 ${sha256Hex(body)}; any edit above keeps gc from rewriting it -->\n`;
}

;// CONCATENATED MODULE: ./build/src/gc/evidence.js










/**
 * An evidence file's bytes (never through a link, only a regular file, within `maxBytes`); undefined
 * when it does not exist. A file that cannot be read so is a RepoFileError that names it.
 */
function readIfExists(folder, name, rel, maxBytes) {
    return (0,repo_files/* readResolvedFile */.dz)(external_node_path_.join(folder, name), rel, maxBytes === undefined ? {} : { maxBytes })?.bytes;
}
function lstatIfExists(file) {
    try {
        return external_node_fs_.lstatSync(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** Reads the evidence folder and decides what must be written for `patch`. Writes nothing. */
function planEvidence(root, config, patch, fields) {
    const folderRel = (0,evidence/* evidenceFolder */.ek)(config, fields.woId);
    const folder = external_node_path_.join(root, folderRel);
    const patchName = (0,evidence/* patchFileName */.QV)(patch.sha256);
    const rel = (name) => `${folderRel}/${name}`;
    const checksumText = `${patch.sha256}  ${patchName}\n`;
    const generated = renderDecision({ ...fields, sha256: patch.sha256, files: patch.files, head: patch.head });
    const plan = {
        folder,
        root,
        folderRel,
        patchName,
        patchPath: rel(patchName),
        linkPath: rel(evidence/* PATCH_LINK */.Gn),
        checksumPath: rel(evidence/* CHECKSUM_FILE */.b3),
        decisionPath: rel(evidence/* DECISION_FILE */.US),
        decisionName: evidence/* DECISION_FILE */.US,
        writes: [],
        checksumText,
        decisionText: generated,
        decisionOnDisk: false,
        decisionComplete: false,
        decisionCurrent: true,
        patchDecided: false,
        undecidedReason: `no decision names ${patchName}`,
        leftovers: [],
    };
    const idProblem = (0,wo_id/* woIdPathProblem */.WA)(fields.woId);
    if (idProblem !== undefined)
        return { ...plan, problem: `WO id '${fields.woId}' cannot name an evidence folder: it ${idProblem}` };
    try {
        return readEvidenceFolder(plan, patch, fields);
    }
    catch (error) {
        // A part of the folder that leads outside the repository, a FIFO or a file too large to be ours.
        if ((0,repo_files/* isRepoFileError */.RL)(error))
            return { ...plan, problem: error.message };
        throw error;
    }
}
function readEvidenceFolder(plan, patch, fields) {
    const folderReal = (0,repo_files/* checkRepoFolder */.Bj)(plan.root, plan.folderRel);
    const folder = folderReal ?? plan.folder;
    if (folderReal !== undefined)
        plan.leftovers = (0,atomic/* leftoverTempFiles */.Hk)(folderReal);
    let existingPatch;
    try {
        // A patch of another size cannot be this one: never read more than the expected bytes.
        existingPatch = folderReal === undefined ? undefined : readIfExists(folder, plan.patchName, plan.patchPath, patch.bytes.length);
    }
    catch (error) {
        if (!(0,repo_files/* isRepoFileError */.RL)(error) || error.problem !== 'too-large')
            throw error;
        existingPatch = Buffer.alloc(0);
    }
    if (existingPatch === undefined)
        plan.writes.push('patch');
    else if (sha256Hex(existingPatch) !== patch.sha256) {
        return { ...plan, problem: `${plan.patchPath} exists but its content does not match its name; move it away and rerun` };
    }
    if (folderReal === undefined) {
        plan.writes.push('checksum', 'link', 'decision');
        return plan;
    }
    const listing = (0,evidence/* listEvidence */.YD)(folderReal, plan.folderRel);
    const patches = listing.patches.includes(patch.sha256) ? listing.patches : [...listing.patches, patch.sha256].sort();
    // The checksum file names every patch of the folder (one line each), so a second patch never takes
    // the first one's line away.
    plan.checksumText = patches.map((sha) => `${sha}  ${(0,evidence/* patchFileName */.QV)(sha)}\n`).join('');
    if (readIfExists(folder, evidence/* CHECKSUM_FILE */.b3, plan.checksumPath)?.toString('utf8') !== plan.checksumText)
        plan.writes.push('checksum');
    const link = lstatIfExists(external_node_path_.join(folder, evidence/* PATCH_LINK */.Gn));
    if (link && !link.isSymbolicLink()) {
        return { ...plan, problem: `${plan.linkPath} exists and is not a symbolic link; move it away and rerun` };
    }
    if (!link || linkNeedsThis(folder, external_node_fs_.readlinkSync(external_node_path_.join(folder, evidence/* PATCH_LINK */.Gn)), plan.patchName, existingPatch === undefined))
        plan.writes.push('link');
    // One decision per patch: the file that names this patch, else a new one (never another patch's).
    const cover = (0,evidence/* patchCover */.Si)(listing, patch.sha256);
    if (cover.decision) {
        plan.decisionName = cover.decision.name;
        plan.decisionPath = cover.decision.path;
        plan.decisionText = cover.decision.text ?? '';
        plan.decisionOnDisk = true;
    }
    else {
        // A template gc wrote for this same worktree that nobody touched follows the worktree's new work,
        // naming the patches it replaces; anything else stays as it is and this patch gets a file of its own.
        const follows = listing.decisions.find((d) => d.text !== undefined && isUntouched(d.text) && generatedForWorktree(d.text, fields.worktree));
        const name = follows?.name ?? (listing.decisions.some((d) => d.name === evidence/* DECISION_FILE */.US) ? (0,evidence/* decisionFileName */.WN)(Math.max(1, ...listing.decisions.map((d) => (0,evidence/* decisionFileNumber */.eU)(d.name))) + 1) : evidence/* DECISION_FILE */.US);
        if (follows) {
            const supersedes = (0,decision/* namedPatches */.wJ)(follows.text, listing.patches).filter((sha) => sha !== patch.sha256);
            plan.decisionText = renderDecision({ ...fields, sha256: patch.sha256, files: patch.files, head: patch.head, supersedes });
            plan.decisionOnDisk = true;
        }
        plan.decisionName = name;
        plan.decisionPath = `${plan.folderRel}/${name}`;
        plan.writes.push('decision');
    }
    plan.patchDecided = cover.decided;
    if (cover.decided)
        delete plan.undecidedReason;
    else
        plan.undecidedReason = cover.reason;
    plan.decisionComplete = cover.decision?.complete ?? false;
    return plan;
}
/**
 * `dirty.patch` names the newest patch of the folder: it moves to this patch when it is missing or
 * dangling, when this run writes the patch (new work), or when what it names is older than this patch
 * (a run killed between the patch and the link). Two worktrees of one WO therefore never make it
 * flip from run to run.
 */
function linkNeedsThis(folder, current, patchName, writingPatch) {
    if (current === patchName)
        return false;
    if (writingPatch)
        return true;
    const named = lstatIfExists(external_node_path_.join(folder, external_node_path_.basename(current)));
    const mine = lstatIfExists(external_node_path_.join(folder, patchName));
    if (!named || !named.isFile() || external_node_path_.basename(current) !== current)
        return true;
    return mine !== undefined && named.mtimeMs < mine.mtimeMs;
}
function plannedPaths(plan) {
    const byFile = { patch: plan.patchPath, checksum: plan.checksumPath, link: plan.linkPath, decision: plan.decisionPath };
    return plan.writes.map((w) => byFile[w]);
}
/** Writes what the plan says, each file through a temporary name; steps are reported to the hooks. */
async function writeEvidence(plan, patch) {
    if (plan.problem)
        throw new Error(plan.problem);
    for (const leftover of plan.leftovers)
        external_node_fs_.rmSync(leftover, { force: true });
    // Created one part at a time inside the repository: a link that leads out is refused, not followed.
    const folder = (0,repo_files/* ensureRepoFolder */.pt)(plan.root, plan.folderRel);
    const at = (name) => external_node_path_.join(folder, name);
    for (const file of plan.writes) {
        if (file === 'patch') {
            (0,atomic/* writeFileAtomic */.Zf)(at(plan.patchName), patch.bytes, () => reachedStepSync('patch-temp-written', plan.patchPath));
            await reachedStep('patch-written', plan.patchPath);
        }
        else if (file === 'checksum') {
            (0,atomic/* writeFileAtomic */.Zf)(at(evidence/* CHECKSUM_FILE */.b3), plan.checksumText);
            await reachedStep('checksum-written', plan.checksumPath);
        }
        else if (file === 'link') {
            (0,atomic/* symlinkAtomic */.F4)(plan.patchName, at(evidence/* PATCH_LINK */.Gn));
            await reachedStep('link-written', plan.linkPath);
        }
        else {
            (0,atomic/* writeFileAtomic */.Zf)(at(plan.decisionName), plan.decisionText);
            await reachedStep('decision-written', plan.decisionPath);
        }
    }
}
/**
 * Reads the written patch back and proves it before its worktree may go: its SHA-256 matches its name
 * and `dirty.patch.sha256`, and applied to the worktree's HEAD it reproduces the worktree's files.
 */
async function verifyWrittenPatch(plan, patch, worktree, exclusions, state, scratchParent) {
    const folder = (0,repo_files/* ensureRepoFolder */.pt)(plan.root, plan.folderRel);
    const bytes = readIfExists(folder, plan.patchName, plan.patchPath, patch.bytes.length);
    if (bytes === undefined)
        throw new Error(`${plan.patchPath} is missing after it was written`);
    const actual = sha256Hex(bytes);
    if (actual !== patch.sha256)
        throw new Error(`${plan.patchPath} reads back with SHA-256 ${actual}, not ${patch.sha256}`);
    const checksum = readIfExists(folder, evidence/* CHECKSUM_FILE */.b3, plan.checksumPath)?.toString('utf8');
    if (checksum !== plan.checksumText)
        throw new Error(`${plan.checksumPath} does not name ${plan.patchName} with its SHA-256`);
    await provePatch(worktree, bytes, patch.head, exclusions, state, scratchParent);
}
/**
 * Read again right before a dirty worktree goes: why its patch is no longer decided (a decision
 * edited back, moved away), or undefined while a complete decision still names it.
 */
function undecidedNow(plan, sha256) {
    const folder = (0,repo_files/* ensureRepoFolder */.pt)(plan.root, plan.folderRel);
    const cover = (0,evidence/* patchCover */.Si)((0,evidence/* listEvidence */.YD)(folder, plan.folderRel), sha256);
    return cover.decided ? undefined : cover.reason;
}

// EXTERNAL MODULE: ./build/src/core/run-lock.js
var run_lock = __webpack_require__(6898);
;// CONCATENATED MODULE: ./build/src/gc/lock.js


/** gc's own lock (the shared run-lock mechanism of src/core/run-lock.ts): two gc runs never interleave. */
const GC_LOCK_NAME = 'wo-toolkit-gc.lock';
const GC_LOCK = {
    command: 'gc',
    fileName: GC_LOCK_NAME,
    waitEnv: 'WO_TOOLKIT_GC_LOCK_WAIT_MS',
    onStale: (file) => reachedStep('lock-stale', file),
};
function gcLockPath(root) {
    return runLockPath(root, GC_LOCK);
}
function acquireGcLock(root) {
    return (0,run_lock/* acquireRunLock */.V)(root, GC_LOCK);
}

;// CONCATENATED MODULE: ./build/src/gc/removal.js






/**
 * The marker of a worktree removal in progress (docs/gc.md, "Safety rules"). `git worktree remove`
 * deletes files one by one: a run killed half-way leaves a half-deleted folder that looks like a
 * worktree full of deletions. Right before the removal, gc writes a marker naming the worktree and the
 * verified patch (if any) in the repository's common git folder; a later run that finds it finishes
 * that removal from that patch, instead of exporting a new "patch" of the half-deleted tree and
 * pointing `dirty.patch`, the checksum and decision.md at it. The marker goes once the removal is done.
 */
const REMOVAL_DIR = 'wo-toolkit-removing';
async function markerFile(root, worktree) {
    const common = await (0,git/* gitCommonDir */.zp)(root);
    const key = external_node_crypto_.createHash('sha256').update(external_node_path_.resolve(worktree)).digest('hex');
    return external_node_path_.join(common, REMOVAL_DIR, `${key}.json`);
}
async function readRemovalMarker(root, worktree) {
    const file = await markerFile(root, worktree);
    let text;
    try {
        text = external_node_fs_.readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        const marker = JSON.parse(text);
        return marker.worktree === external_node_path_.resolve(worktree) ? marker : undefined;
    }
    catch {
        return undefined;
    }
}
async function writeRemovalMarker(root, marker) {
    const file = await markerFile(root, marker.worktree);
    external_node_fs_.mkdirSync(external_node_path_.dirname(file), { recursive: true });
    (0,atomic/* writeFileAtomic */.Zf)(file, `${JSON.stringify(marker)}\n`);
}
async function clearRemovalMarker(root, worktree) {
    external_node_fs_.rmSync(await markerFile(root, worktree), { force: true });
}
/** Why the marker's patch cannot stand for the worktree's work (missing, or not its SHA-256); undefined when it can. */
function markerPatchProblem(root, marker) {
    if (!marker.patch_path)
        return undefined;
    let bytes;
    try {
        bytes = external_node_fs_.readFileSync(external_node_path_.join(root, marker.patch_path));
    }
    catch {
        return `its verified patch ${marker.patch_path} is gone`;
    }
    return sha256Hex(bytes) === marker.patch_sha256 ? undefined : `${marker.patch_path} no longer has the SHA-256 ${marker.patch_sha256}`;
}

;// CONCATENATED MODULE: ./build/src/gc/keep.js



/**
 * Commits that only a worktree holds (docs/gc.md, "Safety rules"). Removing a worktree, or pruning a
 * registration whose folder is gone, deletes its administrative folder (`<common>/worktrees/<name>`)
 * and with it the worktree's own refs (`refs/worktree/*`, `refs/bisect/*`, `refs/rewritten/*`), its
 * HEAD, pseudo-refs (ORIG_HEAD, …) and HEAD reflog: a commit that nothing else reaches would then be
 * lost to git's next garbage collection. Before that, gc keeps each such commit under a ref of its own,
 * `refs/wo-toolkit/kept/<WO>/<name>/<what>`, in the shared refs. Submodule repositories kept in the
 * administrative folder (`modules/`) hold commits of other repositories: gc refuses those worktrees.
 */
const KEPT_REFS = 'refs/wo-toolkit/kept';
const PER_WORKTREE = ['refs/worktree', 'refs/bisect', 'refs/rewritten'];
const PSEUDO_REFS = ['HEAD', 'ORIG_HEAD', 'FETCH_HEAD', 'MERGE_HEAD', 'CHERRY_PICK_HEAD', 'REVERT_HEAD', 'REBASE_HEAD', 'BISECT_HEAD', 'AUTO_MERGE'];
/** The administrative folder of the worktree registered at `worktreePath` (its `gitdir` file names `<path>/.git`). */
async function adminDirOf(root, worktreePath) {
    const admin = external_node_path_.join(await (0,git/* gitCommonDir */.zp)(root), 'worktrees');
    let names;
    try {
        names = external_node_fs_.readdirSync(admin);
    }
    catch {
        return undefined;
    }
    const wanted = external_node_path_.resolve(worktreePath);
    for (const name of names) {
        try {
            const gitdir = external_node_fs_.readFileSync(external_node_path_.join(admin, name, 'gitdir'), 'utf8').trim();
            if (external_node_path_.resolve(external_node_path_.dirname(gitdir)) === wanted)
                return external_node_path_.join(admin, name);
        }
        catch {
            // not a registration
        }
    }
    return undefined;
}
function listModules(adminDir) {
    const modules = external_node_path_.join(adminDir, 'modules');
    try {
        return external_node_fs_.readdirSync(modules).map((name) => `modules/${name}`);
    }
    catch {
        return [];
    }
}
const safeName = (text) => text.replace(/[^A-Za-z0-9._/-]/g, '_').replace(/\.\.+/g, '_').replace(/\/+/g, '/').replace(/(^[/.]+|[/.]+$)/g, '') || 'x';
/**
 * What must be kept before the worktree at `worktreePath` of WO `woId` loses its administrative folder.
 * Read-only: a dry run reports it as it is.
 */
async function planKeep(root, woId, worktreePath) {
    const adminDir = await adminDirOf(root, worktreePath);
    if (!adminDir)
        return { refs: new Map(), modules: [] };
    const modules = listModules(adminDir);
    const opts = { cwd: root, env: { GIT_DIR: adminDir } };
    const candidates = new Map();
    // Refs to anything but a commit (a tag, a tree, a blob) are kept as they are, reached or not.
    const direct = new Map();
    // Three reads of the worktree's own git folder, side by side.
    const [refs, pseudo, reflog] = await Promise.all([
        (0,git/* tryGit */.Ii)(['for-each-ref', '--format=%(objecttype) %(objectname) %(refname)', ...PER_WORKTREE], opts),
        // One process resolves every pseudo-ref: a line per name, its commit or `<name>^{commit} missing`.
        (0,git/* tryGit */.Ii)(['cat-file', '--batch-check=%(objectname)'], { ...opts, input: PSEUDO_REFS.map((p) => `${p}^{commit}\n`).join('') }),
        (0,git/* tryGit */.Ii)(['reflog', 'show', '--format=%H', 'HEAD', '--'], opts),
    ]);
    for (const line of refs.stdout.split('\n').filter(Boolean)) {
        const [type, object, ...name] = line.split(' ');
        (type === 'commit' ? candidates : direct).set(safeName(name.join(' ').replace(/^refs\//, '')), object);
    }
    const resolved = pseudo.code === 0 ? pseudo.stdout.split('\n') : [];
    for (const [i, name] of PSEUDO_REFS.entries()) {
        const line = resolved[i]?.trim() ?? '';
        if (/^[0-9a-f]{40,64}$/.test(line))
            candidates.set(name, line);
        else if (!line.endsWith(' missing')) {
            // Anything else (an ambiguous name, no answer at all): asked the way git itself resolves it.
            const one = await (0,git/* tryGit */.Ii)(['rev-parse', '--verify', '--quiet', `${name}^{commit}`], opts);
            if (one.code === 0 && one.stdout.trim())
                candidates.set(name, one.stdout.trim());
        }
    }
    if (reflog.code === 0)
        for (const commit of new Set(reflog.stdout.split('\n').filter(Boolean)))
            candidates.set(`reflog/${commit}`, commit);
    // Keep only what no shared ref reaches (the main worktree's HEAD and our own kept refs included):
    // the candidates come on standard input, every ref the main worktree sees (`--glob=refs/*`, what
    // `git for-each-ref` lists) and its HEAD (absent on an unborn branch: --ignore-missing) are excluded.
    const base = `${KEPT_REFS}/${safeName(woId)}/${safeName(external_node_path_.basename(adminDir))}`;
    const kept = new Map([...direct].map(([what, object]) => [`${base}/${what}`, object]));
    if (candidates.size === 0)
        return { adminDir, refs: kept, modules };
    const commits = [...new Set(candidates.values())];
    const walk = await (0,git/* git */.$Y)(['rev-list', '--ignore-missing', '--stdin', '--not', '--glob=refs/*', 'HEAD'], { cwd: root, input: `${commits.join('\n')}\n` });
    const unreached = new Set(walk.split('\n').filter(Boolean));
    for (const [what, object] of candidates)
        if (unreached.has(object))
            kept.set(`${base}/${what}`, object);
    return { adminDir, refs: kept, modules };
}
/** Creates the refs of the plan (idempotent: a re-run after a kill sets the same refs again). */
async function writeKeep(root, plan) {
    if (plan.refs.size === 0)
        return;
    const commands = [...plan.refs].map(([ref, object]) => `update ${ref} ${object}\n`).join('');
    await (0,git/* git */.$Y)(['update-ref', '--stdin', '-m', 'wo-toolkit gc: kept before removing a worktree'], { cwd: root, input: commands });
}

// EXTERNAL MODULE: ./build/src/core/paths.js
var paths = __webpack_require__(4141);
;// CONCATENATED MODULE: ./build/src/gc/nested.js





/**
 * What a worktree folder holds besides its own checkout: another registered worktree (a running WO's,
 * started from inside it) or a repository of its own (a `.git` folder or file anywhere below, ignored
 * folders included). Removing the folder would delete those too, so gc never removes such a folder
 * (docs/gc.md, "Safety rules"). Symbolic links are not followed: what they point at is not removed.
 */
const MAX_LISTED = 3;
function realOrSelf(p) {
    try {
        return external_node_fs_.realpathSync(p);
    }
    catch {
        return external_node_path_.resolve(p);
    }
}
/**
 * Folders below `folder` (relative, forward slashes) that are another repository or worktree; empty when
 * none. `registered`: the worktrees git lists, when the caller has just asked (else git is asked here).
 */
async function nestedRepositories(root, folder, registered) {
    const base = realOrSelf(folder);
    const found = new Set();
    for (const wt of registered ?? (0,worktrees/* parseWorktreeList */.JE)(await (0,git/* git */.$Y)(['worktree', 'list', '--porcelain', '-z'], { cwd: root }))) {
        const real = realOrSelf(wt.path);
        const rel = external_node_path_.relative(base, real);
        if (rel !== '' && !rel.startsWith('..') && !external_node_path_.isAbsolute(rel))
            found.add((0,paths/* toPosix */.d7)(rel));
    }
    // Every `.git` below the top, walked without following links.
    const pending = [base];
    while (pending.length > 0 && found.size < MAX_LISTED * 4) {
        const dir = pending.pop();
        let entries;
        try {
            entries = external_node_fs_.readdirSync(dir, { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const entry of entries) {
            const abs = external_node_path_.join(dir, entry.name);
            if (entry.name === '.git') {
                if (dir !== base)
                    found.add((0,paths/* toPosix */.d7)(external_node_path_.relative(base, abs)));
            }
            else if (entry.isDirectory())
                pending.push(abs);
        }
    }
    return [...found].sort();
}
function describeNested(found) {
    const shown = found.slice(0, MAX_LISTED).join(', ');
    return found.length > MAX_LISTED ? `${shown} and ${found.length - MAX_LISTED} more` : shown;
}

// EXTERNAL MODULE: ./build/src/gc/recheck.js
var recheck = __webpack_require__(7659);
;// CONCATENATED MODULE: ./build/src/gc/plan.js

const KIND_ORDER = ['zombie', 'ghost', 'prunable', 'orphan_lock'];
function statesOf(files) {
    return [...new Set((files ?? []).map((f) => f.state))].sort();
}
const active = (states) => states.includes('pending') || states.includes('running');
/** The target a worktree is, if any. Worktrees of no WO and those of active WOs are never targets. */
function classifyWorktree(wt, byId) {
    if (!wt.woId || wt.isMain || wt.bare)
        return undefined;
    const states = statesOf(byId.get(wt.woId));
    if (active(states))
        return undefined;
    if (wt.prunable)
        return { kind: 'prunable', woId: wt.woId, worktree: wt, states };
    return { kind: states.length === 0 ? 'ghost' : 'zombie', woId: wt.woId, worktree: wt, states };
}
/** The target a lock is, if any: a lock whose WO is not in running/ (fresh ones are reported, kept). */
function classifyLock(lock, byId, staleLockHours, now) {
    const states = statesOf(byId.get(lock.woId));
    if (states.includes('running'))
        return undefined;
    const ageHours = (now.getTime() - lock.takenAt.getTime()) / 3_600_000;
    return { kind: 'orphan_lock', woId: lock.woId, lock, states, ageHours, stale: ageHours > staleLockHours };
}
function targetPath(target) {
    return target.kind === 'orphan_lock' ? target.lock.path : target.worktree.relPath;
}
/** Every target in the repository, in a stable order (WO id, kind, path). */
function planTargets(state, now) {
    const byId = (0,core_state/* filesById */.kT)(state.wos);
    const targets = [];
    for (const wt of state.worktrees) {
        const target = classifyWorktree(wt, byId);
        if (target)
            targets.push(target);
    }
    for (const lock of state.locks) {
        const target = classifyLock(lock, byId, state.config.staleLockHours, now);
        if (target)
            targets.push(target);
    }
    return targets.sort((a, b) => a.woId.localeCompare(b.woId) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        targetPath(a).localeCompare(targetPath(b)));
}
/** Finds the same target in a fresh state: the same worktree folder, or the same lock file. */
function refind(target, fresh, now) {
    const byId = (0,core_state/* filesById */.kT)(fresh.wos);
    if (target.kind === 'orphan_lock') {
        const lock = fresh.locks.find((l) => l.path === target.lock.path);
        return lock ? classifyLock(lock, byId, fresh.config.staleLockHours, now) : undefined;
    }
    const wt = fresh.worktrees.find((w) => w.path === target.worktree.path);
    return wt ? classifyWorktree(wt, byId) : undefined;
}

;// CONCATENATED MODULE: ./build/src/gc/engine.js



















const GC_MODES = ['dry-run', 'export-patch', 'apply'];
const REMOVALS = ['remove_worktree', 'export_patch_and_remove', 'prune_registration', 'remove_lock'];
const isRemoval = (action) => REMOVALS.includes(action);
async function headUnreachable(root, target) {
    const { worktree } = target;
    if (worktree.branch || !worktree.head)
        return false;
    const refs = await (0,git/* git */.$Y)(['for-each-ref', '--contains', worktree.head, '--count=1', '--format=%(refname)', 'refs/heads', 'refs/tags', 'refs/remotes'], { cwd: root });
    return refs.trim() === '';
}
async function inspect(ctx, target, known = {}) {
    if (target.kind === 'orphan_lock' || target.worktree.locked)
        return {};
    if (target.kind === 'prunable') {
        try {
            return { keep: await planKeep(ctx.root, target.woId, target.worktree.path) };
        }
        catch (error) {
            return { error: (0,errors/* errorMessage */.gJ)(error) };
        }
    }
    try {
        const resume = await readRemovalMarker(ctx.root, target.worktree.path);
        if (resume)
            return { resume, keep: await planKeep(ctx.root, target.woId, target.worktree.path) };
        // Independent reads, side by side.
        const [dirty, nested, unreachableHead, keep] = await Promise.all([
            known.dirty?.get(target.worktree.path) ?? readDirtyState(target.worktree.path, ctx.config.dirtyExclusions),
            nestedRepositories(ctx.root, target.worktree.path, known.worktrees),
            headUnreachable(ctx.root, target),
            planKeep(ctx.root, target.woId, target.worktree.path),
        ]);
        const inspection = { dirty, unreachableHead, keep, ...(nested.length > 0 ? { nested } : {}) };
        if (dirty.dirty) {
            try {
                inspection.patch = await buildPatch(target.worktree.path, ctx.config.dirtyExclusions, dirty);
            }
            catch (error) {
                inspection.patchError = (0,errors/* errorMessage */.gJ)(error);
            }
        }
        return inspection;
    }
    catch (error) {
        return { error: (0,errors/* errorMessage */.gJ)(error) };
    }
}
const describeEntries = (entries) => entries.map((e) => `${e.code} ${e.path}`);
function submodulesHeld(keep) {
    return `its git folder holds submodule repositories (${keep.modules.join(', ')} in ${keep.adminDir}) whose commits may exist nowhere else: gc never removes it; push or fetch them elsewhere, then remove it yourself`;
}
/** The decision for one target: the same function for every mode. `budget` counts removals left. */
function decide(root, target, inspection, options, budget, evidence) {
    const dryRun = options.mode === 'dry-run';
    const removesNothing = options.mode === 'export-patch';
    let subject = '';
    const act = (action, needsAttention, reason, force) => {
        if (isRemoval(action)) {
            if (budget.left <= 0) {
                const waiting = action === 'export_patch_and_remove';
                return { action, outcome: 'deferred', needsAttention: waiting, subject, reason: `${subject}: deferred (--max-operations ${options.maxOperations} reached)`, force };
            }
            budget.left--;
        }
        return { action, outcome: dryRun ? 'planned' : 'done', needsAttention, subject, reason: `${subject}: ${reason}`, force };
    };
    const skip = (needsAttention, reason) => ({ action: 'skip', outcome: 'skipped', needsAttention, subject, reason: `${subject}: ${reason}` });
    const fail = (action, reason) => ({ action, outcome: 'failed', needsAttention: true, subject, reason: `${subject}: ${reason}` });
    if (target.kind === 'orphan_lock') {
        subject = `lock without a running WO, ${target.ageHours.toFixed(1)} h old`;
        if (!target.stale)
            return skip(false, 'younger than the stale lock age, kept');
        if (removesNothing)
            return skip(false, '--export-patch removes nothing');
        return act('remove_lock', false, 'older than the stale lock age: remove it');
    }
    if (target.kind === 'prunable') {
        subject = 'registered worktree whose folder is gone';
        if (inspection.error)
            return fail('skip', 'could not be inspected');
        if (inspection.keep && inspection.keep.modules.length > 0)
            return skip(true, submodulesHeld(inspection.keep));
        if (removesNothing)
            return skip(false, '--export-patch removes nothing');
        return act('prune_registration', false, 'prune its registration (the branch stays)');
    }
    const wt = target.worktree;
    const what = `${target.kind} worktree${target.kind === 'zombie' ? ` (WO is ${target.states.join(' and ')})` : ' (no WO file)'}`;
    subject = what;
    if (wt.locked)
        return skip(false, `locked by git${wt.lockedReason ? ` (${wt.lockedReason})` : ''}: never removed`);
    if (inspection.error)
        return fail('skip', 'could not be inspected');
    if (inspection.resume) {
        const marker = inspection.resume;
        subject = `${marker.patch_path ? 'dirty ' : ''}${what}, its removal interrupted`;
        if (removesNothing)
            return skip(true, '--export-patch removes nothing; run --apply to finish it');
        const problem = markerPatchProblem(root, marker);
        if (problem)
            return fail(marker.patch_path ? 'export_patch_and_remove' : 'remove_worktree', `${problem}: not finished; inspect the folder by hand`);
        const from = marker.patch_path ? ` (its work is in the verified patch ${marker.patch_path})` : '';
        return act(marker.patch_path ? 'export_patch_and_remove' : 'remove_worktree', false, `finish the removal an interrupted run began${from}`, true);
    }
    if (inspection.unreachableHead) {
        return skip(true, `its detached HEAD ${wt.head} is on no branch or tag: removing it would lose commits; create a branch for it`);
    }
    const dirty = inspection.dirty;
    const modules = inspection.keep && inspection.keep.modules.length > 0 ? submodulesHeld(inspection.keep) : undefined;
    if (inspection.nested || modules) {
        const holds = modules ?? `it holds another repository or worktree (${describeNested(inspection.nested)}), which removing it would delete: gc never removes it; move that out first`;
        if (dirty.dirty && inspection.patch && inspection.patch.bytes.length > 0 && inspection.patchError === undefined) {
            subject = `dirty ${what}`;
            return act('export_patch', true, `export its evidence and keep it: ${holds}`);
        }
        return skip(true, holds);
    }
    if (dirty.dirty) {
        subject = `dirty ${what}`;
        if (inspection.patchError !== undefined || !inspection.patch)
            return fail('export_patch', 'its patch could not be built; nothing written or removed');
        if (inspection.patch.bytes.length === 0) {
            return fail('export_patch', "git status lists changes but the patch is empty (such as a submodule's content): inspect it by hand");
        }
        const decisionPath = evidence?.decisionPath ?? 'decision.md';
        const patchName = `dirty.${inspection.patch.sha256}.patch`;
        if (!options.forceDirty || removesNothing) {
            if (evidence?.patchDecided)
                return act('export_patch', true, `export its evidence and keep it: ${decisionPath} decides ${patchName}; remove it with --apply --force-dirty`);
            // Say why an earlier decision does not count (it names another patch, or none), so nobody reads it as covering this work.
            const why = evidence?.undecidedReason !== undefined && evidence.undecidedReason !== `no decision names ${patchName}` ? ` (${evidence.undecidedReason})` : '';
            return act('export_patch', true, `export its evidence and keep it until a person decides ${patchName} in ${decisionPath}${why} (then: --apply --force-dirty)`);
        }
        if (!evidence?.patchDecided) {
            // One decision per patch: --force-dirty removes only work a complete decision names.
            const why = evidence?.undecidedReason ?? `no decision names ${patchName}`;
            return act('export_patch', true, `--force-dirty refused: ${why}; decide ${patchName} in ${decisionPath} (check one box, remove ACTION_REQUIRED), then rerun`);
        }
        return act('export_patch_and_remove', false, 'export its evidence, read it back and verify it, then remove it (--force-dirty)', true);
    }
    subject = `clean ${what}`;
    if (removesNothing)
        return skip(false, '--export-patch removes nothing');
    const trackedExcluded = dirty.excluded.filter((e) => !isUntracked(e));
    if (trackedExcluded.length > 0) {
        if (!options.forceDirty) {
            return skip(true, 'tracked files changed inside exclusion paths: git removes it only with --force; rerun with --force-dirty or restore them');
        }
        return act('remove_worktree', false, 'tracked changes inside exclusion paths: remove it with --force (--force-dirty)', true);
    }
    const excluded = dirty.excluded.length > 0 ? ` with its ${dirty.excluded.length} untracked file(s) inside exclusion paths` : '';
    return act('remove_worktree', false, `remove it${excluded}`, false);
}
function baseOperation(target) {
    const op = {
        wo_id: target.woId,
        kind: target.kind,
        path: targetPath(target),
        wo_states: target.states,
        dirty: false,
        action: 'skip',
        outcome: 'skipped',
        needs_attention: false,
        reason: '',
        written: [],
    };
    if (target.kind === 'orphan_lock') {
        const { lock } = target;
        op.lock = { taken_at: lock.takenAt.toISOString(), age_source: lock.ageSource, age_hours: Math.round(target.ageHours * 100) / 100 };
        if (lock.content)
            op.lock.content = JSON.parse(JSON.stringify(lock.content));
    }
    else {
        const wt = target.worktree;
        if (wt.branch)
            op.branch = wt.branch;
        if (wt.head)
            op.head = wt.head;
        op.locked = wt.locked;
    }
    return op;
}
/** Why a target re-read from a fresh state is no longer one (for the report). */
function goneReason(target, fresh) {
    const states = [...new Set(((0,core_state/* filesById */.kT)(fresh.wos).get(target.woId) ?? []).map((f) => f.state))].sort();
    if (target.kind === 'orphan_lock') {
        if (!fresh.locks.some((l) => l.path === target.lock.path))
            return 'the lock is gone: removed by someone else';
        return `${target.woId} is now in ${states.join(' and ')}: its lock is in use, skipped`;
    }
    if (!fresh.worktrees.some((w) => w.path === target.worktree.path))
        return 'the worktree is no longer registered: removed by someone else';
    return `${target.woId} is now ${states.join(' and ')}: skipped`;
}
/** The target as it is now, reading only what can have changed for it (src/gc/recheck.ts). */
async function engine_recheck(tracker, target, now, known) {
    // An orphan lock is judged by the WO's files and the lock alone (refind): no git run to list worktrees.
    const fresh = await tracker.stateOf(target.woId, known ?? (target.kind === 'orphan_lock' ? { worktrees: [] } : undefined));
    const found = refind(target, fresh, now);
    if (!found)
        return { reason: goneReason(target, fresh) };
    const lock = target.kind === 'orphan_lock' ? undefined : tracker.lockTakenSincePlan(target.woId, fresh);
    if (lock)
        return { reason: `${target.woId} got a lock meanwhile (${lock.path}): someone is taking it, skipped` };
    return { target: found, worktrees: fresh.worktrees };
}
async function removeWorktree(root, target, force) {
    const args = ['worktree', 'remove', ...(force ? ['--force'] : []), target.worktree.path];
    const result = await (0,git/* tryGit */.Ii)(args, { cwd: root });
    if (result.code !== 0)
        throw new Error(`git ${args.slice(0, -1).join(' ')} refused: ${result.stderr.trim().split('\n')[0]}`);
}
/** Right before a worktree's git folder goes: keeps under gc's refs every commit only it holds. */
async function keepCommits(ctx, target, planned) {
    const plan = planned ?? (await planKeep(ctx.root, target.woId, target.worktree.path));
    if (plan.modules.length > 0)
        return { skipped: submodulesHeld(plan), attention: true };
    await writeKeep(ctx.root, plan);
    await reachedStep('kept', target.woId);
    return {};
}
/** Acts on one decided target (a real run only). Throws on failure; the caller records it. */
async function act(ctx, tracker, target, inspection, decision, evidence, options, scratch) {
    if (evidence)
        await writeEvidence(evidence, inspection.patch);
    if (decision.outcome !== 'done' || !isRemoval(decision.action))
        return {};
    if (target.kind === 'orphan_lock') {
        // The lock entry itself is unlinked (a link is never followed), and only inside the repository.
        (0,repo_files/* removeRepoFile */.E0)(ctx.root, target.lock.path);
    }
    else if (target.kind === 'prunable') {
        const kept = await keepCommits(ctx, target);
        if (kept.skipped)
            return kept;
        await removeWorktree(ctx.root, target, false);
        await clearRemovalMarker(ctx.root, target.worktree.path);
    }
    else if (inspection.resume) {
        const kept = await keepCommits(ctx, target);
        if (kept.skipped)
            return kept;
        await removeWorktree(ctx.root, target, true);
        await clearRemovalMarker(ctx.root, target.worktree.path);
    }
    else {
        const worktree = target.worktree.path;
        // The content as last looked at: for a clean target, the inspection that followed its re-check
        // right before this (nothing was written since); a dirty one is looked at again once its evidence is proved.
        let now = inspection.dirty;
        if (evidence) {
            await verifyWrittenPatch(evidence, inspection.patch, worktree, ctx.config.dirtyExclusions, inspection.dirty, scratch);
            await reachedStep('verified', evidence.patchPath);
            const undecided = undecidedNow(evidence, inspection.patch.sha256);
            if (undecided !== undefined)
                return { skipped: `--force-dirty refused: ${undecided}`, attention: true };
            // Last look before the removal: the state, and the worktree's content, must be what was decided on.
            const again = await engine_recheck(tracker, target, options.now);
            if (!again.target || again.target.kind !== target.kind || again.target.worktree.locked) {
                return { skipped: `changed while gc worked: ${again.reason ?? 'its state changed'}; rerun gc` };
            }
            const nested = await nestedRepositories(ctx.root, worktree);
            if (nested.length > 0)
                return { skipped: `it now holds another repository or worktree (${describeNested(nested)})`, attention: true };
            now = await readDirtyState(worktree, ctx.config.dirtyExclusions);
            if (!now.dirty)
                return { skipped: 'its content changed while gc worked; rerun gc', attention: false };
            const patch = await buildPatch(worktree, ctx.config.dirtyExclusions, now);
            if (patch.sha256 !== inspection.patch.sha256)
                return { skipped: 'its changes differ from the exported patch now; rerun gc', attention: true };
        }
        else {
            // Last look at the WO's files and lock (git itself refuses a worktree that got locked meanwhile).
            const again = await engine_recheck(tracker, target, options.now, { worktrees: [target.worktree] });
            if (!again.target || again.target.kind !== target.kind)
                return { skipped: `changed while gc worked: ${again.reason ?? 'its state changed'}; rerun gc` };
            // Untracked files inside exclusion paths are not changes (docs/gc.md); git would still refuse them.
            if (!decision.force)
                for (const entry of now.excluded)
                    if (isUntracked(entry))
                        external_node_fs_.rmSync(external_node_path_.join(worktree, entry.path), { force: true });
        }
        const kept = await keepCommits(ctx, target, evidence ? undefined : inspection.keep);
        if (kept.skipped)
            return kept;
        // From here on, a killed run is finished by the next one from this patch (never a new one).
        await writeRemovalMarker(ctx.root, {
            wo_id: target.woId,
            worktree: external_node_path_.resolve(worktree),
            ...(evidence ? { patch_path: evidence.patchPath, patch_sha256: inspection.patch.sha256 } : {}),
            started_at: new Date().toISOString(),
        });
        await reachedStep('removing', target.woId);
        await removeWorktree(ctx.root, target, Boolean(decision.force));
        await clearRemovalMarker(ctx.root, worktree);
    }
    await reachedStep('removed', target.woId);
    return {};
}
function describe(op, inspection, evidence, dryRun) {
    if (inspection.dirty) {
        op.dirty = inspection.dirty.dirty;
        if (inspection.dirty.changes.length > 0)
            op.changes = describeEntries(inspection.dirty.changes);
        if (inspection.dirty.excluded.length > 0)
            op.excluded_changes = describeEntries(inspection.dirty.excluded);
    }
    if (inspection.error)
        op.error = inspection.error;
    if (inspection.resume?.patch_path) {
        op.dirty = true;
        op.patch_path = inspection.resume.patch_path;
        op.patch_sha256 = inspection.resume.patch_sha256;
    }
    if (inspection.keep && inspection.keep.refs.size > 0)
        op.kept_refs = [...inspection.keep.refs.keys()];
    if (inspection.patchError)
        op.error = inspection.patchError;
    const patch = inspection.patch;
    if (patch && patch.bytes.length > 0) {
        op.patch_sha256 = patch.sha256;
        op.files = patch.files;
        op.content_type = contentTypes(patch.files);
        op.risk = estimateRisk(patch.files).risk;
    }
    if (evidence) {
        op.patch_path = evidence.patchPath;
        op.patch_link = evidence.linkPath;
        op.checksum_path = evidence.checksumPath;
        op.decision_path = evidence.decisionPath;
        op.decision_exists = dryRun ? evidence.decisionOnDisk : true;
        op.decision_complete = dryRun && !evidence.decisionOnDisk ? false : evidence.decisionComplete;
        op.decision_current = dryRun && !evidence.decisionOnDisk ? false : evidence.decisionCurrent;
        op.written = plannedPaths(evidence);
        if (evidence.problem)
            op.error = evidence.problem;
    }
}
/** Stems of the WO files in pending/ and running/: their worktrees are (almost surely) not targets. */
async function activeStems(ctx) {
    const stems = new Set();
    for (const folder of [ctx.config.stateFolders.pending, ctx.config.stateFolders.running]) {
        const names = await external_node_fs_.promises.readdir(external_node_path_.join(ctx.root, folder)).catch(() => []);
        for (const name of names)
            if (/\.ya?ml$/.test(name))
                stems.add(name.replace(/\.ya?ml$/, ''));
    }
    return stems;
}
/**
 * Starts dirty detection while the WO files are still being read: for every worktree that will most
 * likely be a target (a WO worktree, not locked, not prunable, whose WO has no file in pending/ or
 * running/ under its own name). Read-only; whatever it misses or fails on is read per target later.
 */
async function detectDirtyEarly(ctx, concurrency) {
    try {
        const [listing, active] = await Promise.all([(0,git/* git */.$Y)(['worktree', 'list', '--porcelain', '-z'], { cwd: ctx.root }), activeStems(ctx)]);
        // A cheap guess at ownership (no path resolution): a miss only means that target is read later.
        const woOf = (wt) => (0,worktrees/* owningWo */.Xs)(wt, ctx.root, ctx.config, (p) => external_node_path_.resolve(p));
        const candidates = (0,worktrees/* parseWorktreeList */.JE)(listing)
            .filter((wt) => !wt.isMain && !wt.bare && !wt.prunable && !wt.locked)
            .filter((wt) => {
            const id = woOf(wt);
            return id !== undefined && !active.has(id);
        })
            .map((wt) => wt.path);
        const states = await detectDirty(candidates, ctx.config.dirtyExclusions, concurrency);
        return new Map(candidates.map((p, i) => [p, states[i]]));
    }
    catch {
        return new Map();
    }
}
/**
 * Runs gc on an opened repository and returns one operation per target, in a stable order. `loaded`:
 * the repository state a caller already read (weekly-gate shares audit's), else it is read here.
 */
async function runGcEngine(ctx, options, loaded) {
    const dryRun = options.mode === 'dry-run';
    const lock = dryRun ? undefined : await acquireGcLock(ctx.root);
    // The repository's own scratch folder (real runs, under gc's lock): cleared of what a killed run left.
    const scratch = lock ? external_node_path_.join(external_node_path_.dirname(lock.path), GIT_SCRATCH_DIR) : '';
    removeLeftoverScratch(lock ? scratch : undefined);
    try {
        if (lock)
            await reachedStep('locked', lock.path);
        const concurrency = options.concurrency ?? (0,core_concurrency/* processConcurrency */.X)();
        const early = dryRun ? detectDirtyEarly(ctx, concurrency) : undefined;
        const { state, tracker } = loaded ?? (await recheck/* RepoStateTracker */.c.load(ctx.root, ctx.config));
        const targets = planTargets(state, options.now);
        const known = await early;
        // A real run inspects each target right after its re-check (below): inspecting it here too would
        // only double the work.
        const inspections = dryRun ? await (0,core_concurrency/* mapLimit */.s)(targets, concurrency, (t) => inspect(ctx, t, { dirty: known, worktrees: state.worktrees })) : [];
        await reachedStep('planned', String(targets.length));
        await options.afterPlan?.(targets);
        const budget = { left: options.maxOperations ?? Number.POSITIVE_INFINITY };
        const operations = [];
        /** A real run's look at a target right before acting on it: its re-check, then its inspection. */
        const prepare = async (target) => {
            const fresh = await engine_recheck(tracker, target, options.now);
            if (!fresh.target)
                return { reason: fresh.reason };
            await reachedStep('checked', fresh.target.woId);
            // For a clean worktree this is the last look at its content before its removal.
            return { target: fresh.target, inspection: await inspect(ctx, fresh.target, { worktrees: fresh.worktrees }) };
        };
        for (let i = 0; i < targets.length; i++) {
            let target = targets[i];
            let inspection = inspections[i];
            if (!dryRun) {
                // One target at a time, never overlapped with another's removal: a clean worktree's inspection
                // is the last look at its content (and at the commits only it holds) before git removes it, so
                // nothing may run between them but its own re-check (docs/gc-threat-model.md).
                const ready = await prepare(target);
                if (!ready.target) {
                    operations.push({ ...baseOperation(target), reason: ready.reason });
                    continue;
                }
                target = ready.target;
                inspection = ready.inspection;
            }
            operations.push(await handle(ctx, tracker, target, inspection, options, budget, scratch));
        }
        return operations;
    }
    finally {
        if (lock) {
            // Recorded before the lock goes: a run that takes it next can only record `locked` after this line.
            reachedStepSync('released', lock.path);
            lock.release();
        }
    }
}
async function handle(ctx, tracker, target, inspection, options, budget, scratch) {
    const dryRun = options.mode === 'dry-run';
    const op = baseOperation(target);
    // The evidence is planned (read-only) before deciding: --force-dirty needs a decision naming this patch.
    const planned = target.kind !== 'orphan_lock' && target.kind !== 'prunable' && inspection.patch && !inspection.resume ? planTargetEvidence(ctx, target, inspection.patch, options) : undefined;
    const decision = decide(ctx.root, target, inspection, options, budget, planned);
    const evidence = (decision.action === 'export_patch' || decision.action === 'export_patch_and_remove') && decision.outcome !== 'failed' ? planned : undefined;
    Object.assign(op, { action: decision.action, outcome: decision.outcome, needs_attention: decision.needsAttention, reason: decision.reason });
    if (decision.force !== undefined)
        op.force = decision.force;
    describe(op, inspection, evidence, dryRun);
    if (evidence?.problem) {
        return { ...op, outcome: 'failed', needs_attention: true, written: [], reason: `${decision.subject}: the evidence cannot be written; nothing written or removed` };
    }
    if (dryRun || decision.outcome === 'failed' || decision.outcome === 'skipped')
        return op;
    try {
        const result = await act(ctx, tracker, target, inspection, decision, evidence, options, scratch);
        if (result.skipped) {
            op.outcome = 'skipped';
            op.needs_attention = result.attention ?? op.dirty;
            op.reason = `${decision.subject}: not removed, ${result.skipped}`;
        }
    }
    catch (error) {
        op.outcome = 'failed';
        op.needs_attention = true;
        op.error = (0,errors/* errorMessage */.gJ)(error);
    }
    return op;
}
function planTargetEvidence(ctx, target, patch, options) {
    const wt = target.worktree;
    return planEvidence(ctx.root, ctx.config, patch, {
        woId: target.woId,
        date: options.today,
        type: target.kind,
        command: options.commandLine,
        worktree: wt.relPath,
        ...(wt.branch ? { branch: wt.branch } : {}),
    });
}

;// CONCATENATED MODULE: ./build/src/commands/gc.js






function shellQuote(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
function readGcSettings(args) {
    const now = new Date();
    const mode = (0,core_args/* readChoice */.Kf)(args, 'mode', GC_MODES, 'dry-run');
    const forceDirty = args.flag('force-dirty') ?? false;
    if (forceDirty && mode === 'export-patch') {
        throw new errors/* UsageError */.eb(`${args.label('force-dirty')}: not with export-patch, which removes nothing (use it with apply, or dry-run to preview it)`);
    }
    const maxOperations = (0,core_args/* readInteger */.JI)(args, 'max-operations', { min: 1 });
    const today = (0,core_args/* readToday */.Ay)(args, 'today', now);
    return { root: (0,core_args/* readRoot */.XD)(args), config: (0,core_args/* readFile */.TA)(args, 'config'), mode, forceDirty, maxOperations, today, todayGiven: args.text('today') !== undefined, now };
}
/**
 * The `wo-toolkit gc …` command line equivalent to `settings`, as run from the root of the repository
 * `root`: decision.md records it inside that repository, so it carries no path of the machine that
 * wrote it (no `--root`; `--config` relative to the root).
 */
function gcCommandLine(settings, root) {
    const args = ['wo-toolkit', 'gc', `--${settings.mode}`];
    if (settings.forceDirty)
        args.push('--force-dirty');
    if (settings.maxOperations !== undefined)
        args.push('--max-operations', String(settings.maxOperations));
    if (settings.config)
        args.push('--config', repositoryRelative(root, settings.config.path));
    if (settings.todayGiven)
        args.push('--today', settings.today);
    return args.map(shellQuote).join(' ');
}
/** `file` (absolute) relative to `root`, with forward slashes. */
function repositoryRelative(root, file) {
    const relative = external_node_path_.relative(root, file);
    return external_node_path_.isAbsolute(relative) ? external_node_path_.basename(file) : relative.split(external_node_path_.sep).join('/');
}
function summariseGc(operations) {
    const count = (predicate) => operations.filter(predicate).length;
    return {
        targets: operations.length,
        removed: count((op) => isRemoval(op.action) && (op.outcome === 'done' || op.outcome === 'planned')),
        deferred: count((op) => op.outcome === 'deferred'),
        skipped: count((op) => op.outcome === 'skipped'),
        failed: count((op) => op.outcome === 'failed'),
        dirty: count((op) => op.dirty),
        needs_attention: count((op) => op.needs_attention),
        evidence_written: operations.reduce((sum, op) => sum + op.written.length, 0),
    };
}
/**
 * Runs gc: plans the targets, writes evidence for dirty ones and removes what the mode allows.
 * Exit code 1 when a target needs a person (above all: a dirty worktree left waiting for a decision).
 */
async function runGc(settings) {
    return gcRepository(await (0,context/* openRepository */.h)(settings.root, settings.config), settings);
}
/**
 * gc of a repository already opened: weekly-gate composes it with audit over the same one, and passes
 * the state it read for both (`loaded`), so the repository is read once.
 */
async function gcRepository(ctx, settings, loaded) {
    const { mode, forceDirty, maxOperations, today, now } = settings;
    const commandLine = gcCommandLine(settings, ctx.root);
    const operations = await runGcEngine(ctx, { ...settings, commandLine }, loaded);
    const exitCode = operations.some((op) => op.needs_attention) ? 1 : 0;
    return {
        ...(0,report/* baseReport */.uZ)('gc', ctx.root, exitCode, now),
        mode,
        force_dirty: forceDirty,
        max_operations: maxOperations ?? null,
        today,
        command_line: commandLine,
        dirty_exclusions: ctx.config.dirtyExclusions,
        summary: summariseGc(operations),
        operations,
    };
}
function decisionState(op) {
    if (!op.decision_exists)
        return 'missing';
    if (!op.decision_complete)
        return 'not complete';
    return op.decision_current ? 'complete, names this patch' : 'complete, but about another patch';
}
/** Human-readable gc output. */
function formatGc(report) {
    const flags = [report.force_dirty ? '--force-dirty' : '', report.max_operations !== null ? `--max-operations ${report.max_operations}` : '']
        .filter(Boolean)
        .join(' ');
    const lines = [`wo-toolkit gc --${report.mode}${flags ? ` ${flags}` : ''}: ${report.root}`];
    if (report.operations.length === 0)
        lines.push('', 'Nothing to clean up.');
    for (const op of report.operations) {
        lines.push('', `${op.kind.padEnd(11)} ${op.wo_id.padEnd(10)} ${op.path}`);
        lines.push(`  ${op.action} [${op.outcome}${op.needs_attention ? ', needs attention' : ''}] ${op.reason}`);
        if (op.error)
            lines.push(`  error: ${op.error}`);
        if (op.patch_path) {
            lines.push(`  patch:    ${op.patch_path}`, `  sha256:   ${op.patch_sha256}`);
            lines.push(`  decision: ${op.decision_path} (${decisionState(op)})`);
        }
        if (op.written.length > 0)
            lines.push(`  ${report.mode === 'dry-run' ? 'would write' : 'wrote'}: ${op.written.join(', ')}`);
    }
    const s = report.summary;
    const verb = report.mode === 'dry-run' ? 'would remove' : 'removed';
    lines.push('', `summary: ${s.targets} target(s); ${verb} ${s.removed}, deferred ${s.deferred}, skipped ${s.skipped}, failed ${s.failed}; dirty ${s.dirty}; needing attention ${s.needs_attention}`);
    if (report.mode === 'dry-run')
        lines.push('Dry run: nothing was written. --export-patch writes the evidence; --apply acts.');
    return `${lines.join('\n')}\n`;
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


/***/ }),

/***/ 7659:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ RepoStateTracker)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5167);
/* harmony import */ var _core_repo_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3391);
/* harmony import */ var _core_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6928);
/* harmony import */ var _core_worktrees_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6915);






/**
 * What gc re-reads of the repository right before it acts on a target (docs/gc.md, "Safety rules" 2):
 * only what can have changed for that target, so a run costs the same per target however many WOs
 * the repository holds, yet sees what a full re-read would show for it:
 *
 * - the target WO's own files, in every state folder, read again: those whose `id` was the WO's when
 *   last read (whatever their name) and the files named after the WO (`<WO>.yaml`, `<WO>.yml`), so a
 *   file moved or copied into `running/` under the WO's name, or one whose `id` was changed, is seen;
 * - every other WO file whose folder changed: a state folder's identity and modification time are
 *   recorded before it is listed; when they differ (a file added, removed or renamed into it, such as a
 *   copy under another name whose `id` is the WO's), that folder is listed again and each of its files
 *   is read again unless it is the very file read last time (the same inode, size and times, taken
 *   before that read; links and files changed within RACY_NS are always read). So a run that removes
 *   many orphan locks from `running/` lists that folder again per target but reads only what changed.
 *   A folder modified within RACY_NS of being recorded is listed again every time (a change in the same
 *   tick of the file system's clock would leave its time as it was);
 * - its lock (`running/<WO>.lock`), read by name;
 * - the worktrees, from git (`git worktree list`).
 *
 * What it does not see: another WO's file edited in place, without creating, removing or renaming a
 * file, so that its `id` becomes the target's (docs/gc-threat-model.md).
 */
/** How close to "now" a folder's modification time may be and still be trusted to show the next change. */
const RACY_NS = 2000000000n;
function markFolder(root, rel) {
    const now = BigInt(Date.now()) * 1000000n;
    const real = (0,_core_repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInRepo */ .c7)(root, rel);
    if (real === undefined)
        return 'missing';
    const stat = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(real, { bigint: true, throwIfNoEntry: false });
    if (!stat)
        return 'missing';
    if (stat.mtimeNs > now - RACY_NS || stat.ctimeNs > now - RACY_NS)
        return undefined;
    return `${real}\0${stat.dev}\0${stat.ino}\0${stat.mtimeNs}\0${stat.ctimeNs}`;
}
/** A regular file's inode, size and times (taken before it is read), or undefined when it must be read anyway. */
function fileKey(real) {
    const now = BigInt(Date.now()) * 1000000n;
    const stat = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(real, { bigint: true, throwIfNoEntry: false });
    if (!stat || !stat.isFile() || stat.mtimeNs > now - RACY_NS || stat.ctimeNs > now - RACY_NS)
        return undefined;
    return `${stat.dev}\0${stat.ino}\0${stat.size}\0${stat.mtimeNs}\0${stat.ctimeNs}`;
}
const lockKey = (lock) => lock === undefined ? undefined : JSON.stringify([lock.path, lock.takenAt.getTime(), lock.ageSource, lock.content ?? null, lock.user ?? null, lock.pid ?? null]);
class RepoStateTracker {
    root;
    config;
    /** Every WO file as last read, by repository-relative path. */
    files = new Map();
    /** The fileKey of each WO file when it was last read by a folder refresh (none: read it next time). */
    fileKeys = new Map();
    marks = new Map();
    /** The locks when the run planned, by WO id: a lock that appears or changes later means the WO is being taken. */
    plannedLocks = new Map();
    presentStates;
    constructor(root, config, state, marks) {
        this.root = root;
        this.config = config;
        for (const wo of state.wos)
            this.files.set(wo.path, wo);
        for (const [folder, mark] of marks)
            this.marks.set(folder, mark);
        for (const lock of state.locks)
            this.plannedLocks.set(lock.woId, lockKey(lock));
        this.presentStates = state.presentStates;
    }
    /** Reads the whole repository state once (for planning) and starts tracking it. */
    static async load(root, config) {
        // Marked before the folders are listed: a change made after the listing always changes the mark.
        const marks = new Map(_core_config_js__WEBPACK_IMPORTED_MODULE_2__/* .STATES */ .xj.map((s) => [s, markFolder(root, config.stateFolders[s])]));
        const state = await (0,_core_state_js__WEBPACK_IMPORTED_MODULE_4__/* .loadRepoState */ .Qk)(root, config);
        return { state, tracker: new RepoStateTracker(root, config, state, marks) };
    }
    /**
     * The repository state as far as WO `woId` is concerned, read now: its WO files (by id), its lock and
     * every worktree (or `known.worktrees`, when the caller has just listed them). Enough for
     * planTargets/refind to judge any target of that WO as a full read would.
     */
    async stateOf(woId, known) {
        const worktrees = known ? Promise.resolve(known.worktrees) : (0,_core_worktrees_js__WEBPACK_IMPORTED_MODULE_5__/* .listWorktrees */ .P9)(this.root, this.config);
        worktrees.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
        for (const state of _core_config_js__WEBPACK_IMPORTED_MODULE_2__/* .STATES */ .xj)
            this.refreshFolder(state);
        this.rereadFilesOf(woId);
        const running = (0,_core_repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .listRepoFolderEntries */ .Jx)(this.root, this.config.stateFolders.running, [`${woId}.lock`]);
        return {
            root: this.root,
            config: this.config,
            wos: [...this.files.values()].filter((f) => f.id === woId),
            locks: (0,_core_state_js__WEBPACK_IMPORTED_MODULE_4__/* .readLocks */ .nA)(this.root, running),
            worktrees: await worktrees,
            presentStates: this.presentStates,
        };
    }
    /** The lock of `woId` in `fresh` when it was not there, or not the same, when the run planned. */
    lockTakenSincePlan(woId, fresh) {
        const lock = fresh.locks.find((l) => l.woId === woId);
        return lock !== undefined && lockKey(lock) !== this.plannedLocks.get(woId) ? lock : undefined;
    }
    /** Lists and reads a state folder again when it changed since it was last read. */
    refreshFolder(state) {
        const rel = this.config.stateFolders[state];
        const mark = markFolder(this.root, rel);
        if (mark !== undefined && mark === this.marks.get(state))
            return;
        const folder = (0,_core_repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .listRepoFolder */ .Vc)(this.root, rel);
        const listed = folder ? (0,_core_state_js__WEBPACK_IMPORTED_MODULE_4__/* .readWoFiles */ .OT)(this.root, this.config, { [state]: folder }).files : [];
        const present = new Set(listed.map((entry) => entry.rel));
        for (const [file, wo] of this.files) {
            if (wo.state === state && !present.has(file)) {
                this.files.delete(file);
                this.fileKeys.delete(file);
            }
        }
        for (const entry of listed) {
            const key = fileKey(node_path__WEBPACK_IMPORTED_MODULE_1__.join(entry.folder.real, entry.name));
            if (key !== undefined && this.files.has(entry.rel) && this.fileKeys.get(entry.rel) === key)
                continue;
            this.files.set(entry.rel, (0,_core_state_js__WEBPACK_IMPORTED_MODULE_4__/* .readWoFile */ .ZI)(this.root, entry));
            if (key === undefined)
                this.fileKeys.delete(entry.rel);
            else
                this.fileKeys.set(entry.rel, key);
        }
        this.marks.set(state, mark);
    }
    /** Reads again every file that declared `woId`, and the files named after it in every state folder. */
    rereadFilesOf(woId) {
        const wanted = new Map(_core_config_js__WEBPACK_IMPORTED_MODULE_2__/* .STATES */ .xj.map((s) => [s, new Set([`${woId}.yaml`, `${woId}.yml`])]));
        for (const wo of this.files.values())
            if (wo.id === woId)
                wanted.get(wo.state).add(wo.path.slice(wo.path.lastIndexOf('/') + 1));
        for (const state of _core_config_js__WEBPACK_IMPORTED_MODULE_2__/* .STATES */ .xj) {
            const names = [...wanted.get(state)];
            const folder = (0,_core_repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .listRepoFolderEntries */ .Jx)(this.root, this.config.stateFolders[state], names);
            for (const name of names) {
                this.files.delete(`${folder?.rel ?? this.config.stateFolders[state]}/${name}`);
                this.fileKeys.delete(`${folder?.rel ?? this.config.stateFolders[state]}/${name}`);
            }
            if (!folder)
                continue;
            for (const entry of (0,_core_state_js__WEBPACK_IMPORTED_MODULE_4__/* .readWoFiles */ .OT)(this.root, this.config, { [state]: folder }).files)
                this.files.set(entry.rel, (0,_core_state_js__WEBPACK_IMPORTED_MODULE_4__/* .readWoFile */ .ZI)(this.root, entry));
        }
    }
}


/***/ })

};
