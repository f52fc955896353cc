export const id = 663;
export const ids = [663,107];
export const modules = {

/***/ 9663:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatRetentionGc: () => (/* binding */ formatRetentionGc),
  readRetentionGcSettings: () => (/* binding */ readRetentionGcSettings),
  runRetentionGc: () => (/* binding */ runRetentionGc)
});

// UNUSED EXPORTS: RETENTION_MODES

// EXTERNAL MODULE: ./build/src/core/args.js
var core_args = __webpack_require__(8068);
// EXTERNAL MODULE: ./build/src/core/context.js
var context = __webpack_require__(1402);
// EXTERNAL MODULE: ./build/src/core/report.js
var report = __webpack_require__(5299);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/core/config.js
var core_config = __webpack_require__(5167);
// EXTERNAL MODULE: ./build/src/core/errors.js
var errors = __webpack_require__(3026);
// EXTERNAL MODULE: ./build/src/core/repo-files.js
var repo_files = __webpack_require__(3391);
// EXTERNAL MODULE: ./build/src/core/state.js
var state = __webpack_require__(6928);
// EXTERNAL MODULE: ./build/src/core/wo-id.js
var wo_id = __webpack_require__(1673);
;// CONCATENATED MODULE: ./build/src/retention/active.js







const WO_FILE = /\.ya?ml$/;
// A plain top-level `id: WO-0001` (quoted or not, perhaps with a comment) is read without a YAML parse,
// which costs about a millisecond per file; anything else (anchors, tags, flow style…) is parsed.
const PLAIN_ID = /^id:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#'"&!*|>{[][^\s#]*))[ \t]*(?:#.*)?\r?$/gm;
/** The ids a WO file declares (every plain top-level `id`, which only protects more), else its parsed id. */
function declaredIds(text, stem, woIdPattern) {
    const plain = [...text.matchAll(PLAIN_ID)].map((m) => (m[1] ?? m[2] ?? m[3]).trim());
    if (plain.length > 0 && plain.every((id) => (0,wo_id/* matchesWoId */.vT)(woIdPattern, id)))
        return plain;
    return [(0,state/* parseWoText */.lK)(text, stem).id];
}
/**
 * The WOs whose evidence must stay because they are in `running/` or `pending/`, or hold a lock.
 * Only those two folders are read. Both the `id` field and the file name's stem count, so a WO file
 * whose id disagrees with its name protects both folders. When no state folder exists at all the
 * repository is not a governed one: a ConfigurationError, rather than deleting with no idea what runs.
 */
function activeWorkOrders(root, config) {
    if (!core_config/* STATES */.xj.some((state) => external_node_fs_.existsSync(external_node_path_.join(root, config.stateFolders[state])))) {
        const jobs = external_node_path_.posix.dirname(config.stateFolders.pending);
        throw new errors/* ConfigurationError */.j1(`${root}: no work-order folders found: expected ${jobs}/{pending,running,done,failed}/ (set state_folders in .wo-toolkit.yaml)`);
    }
    const active = new Map();
    const mark = (id, wo) => {
        if (!active.has(id))
            active.set(id, wo);
    };
    // A state folder that leads outside the repository or is a file stops the run (a RepoFileError):
    // retention must not delete with no idea what runs.
    const folders = { running: (0,repo_files/* listRepoFolder */.Vc)(root, config.stateFolders.running), pending: (0,repo_files/* listRepoFolder */.Vc)(root, config.stateFolders.pending) };
    for (const state of ['running', 'pending']) {
        const folder = folders[state];
        for (const entry of folder?.entries ?? []) {
            if (entry.isDirectory() || !WO_FILE.test(entry.name))
                continue;
            const rel = `${folder.rel}/${entry.name}`;
            if (rel === config.whitelist)
                continue;
            const stem = entry.name.replace(WO_FILE, '');
            const wo = { reason: state === 'running' ? 'wo_running' : 'wo_pending', path: rel };
            mark(stem, wo);
            try {
                const content = (0,repo_files/* readFolderEntry */.fs)(root, folder, entry.name);
                if (content)
                    for (const id of declaredIds(content.bytes.toString('utf8'), stem, config.woIdPattern))
                        mark(id, wo);
            }
            catch {
                // Unreadable (a link out of the repository, a FIFO, too large): its stem already protects it.
            }
        }
    }
    // A lock means someone is at work on the WO, whatever folder its file is in.
    for (const entry of folders.running?.entries ?? []) {
        if (!entry.isDirectory() && entry.name.endsWith('.lock')) {
            mark(entry.name.slice(0, -'.lock'.length), { reason: 'wo_locked', path: `${folders.running.rel}/${entry.name}` });
        }
    }
    return active;
}

// EXTERNAL MODULE: ./build/src/core/paths.js
var paths = __webpack_require__(4141);
// EXTERNAL MODULE: ./build/src/core/evidence.js
var evidence = __webpack_require__(724);
;// CONCATENATED MODULE: ./build/src/retention/candidates.js
/**
 * The only files retention-gc may ever delete (docs/retention-gc.md): regular files named `dirty.<sha256>.patch`
 * and `dirty.patch.sha256`. Every other name (decision.md, handoff.md, verdict.json, diff.patch, the
 * `dirty.patch` link, anything else) is never a candidate.
 */

function candidateKind(name) {
    if (name === evidence/* CHECKSUM_FILE */.b3)
        return 'checksum';
    if (evidence/* PATCH_NAME */.F6.test(name))
        return 'patch';
    return undefined;
}

;// CONCATENATED MODULE: ./build/src/retention/delete.js




/**
 * Deletes one eligible file after checking, right before the unlink, that it still is what the scan
 * saw: a regular file with a candidate name, in a real folder directly inside the evidence root,
 * inside the repository. `unlink` never follows a link in the last component; the parent check keeps
 * a folder swapped for a link since the scan from leading the deletion elsewhere.
 * Returns why it was not deleted, or undefined once it is gone.
 */
function deleteVerified(root, evidenceRoot, abs) {
    const folder = external_node_path_.dirname(abs);
    let realFolder;
    try {
        realFolder = external_node_fs_.realpathSync(folder);
    }
    catch (error) {
        return `its folder cannot be resolved (${error.code ?? 'error'})`;
    }
    if (realFolder !== folder || external_node_path_.dirname(realFolder) !== evidenceRoot || !(0,paths/* isInside */.FK)(root, realFolder)) {
        return `its folder now resolves to ${realFolder}, not a folder of the evidence root; not deleted`;
    }
    if (!candidateKind(external_node_path_.basename(abs)))
        return 'its name is not one retention-gc may delete';
    let stat;
    try {
        stat = external_node_fs_.lstatSync(abs);
    }
    catch (error) {
        return `it cannot be read (${error.code ?? 'error'})`;
    }
    if (!stat.isFile())
        return 'it is no longer a regular file; not deleted';
    try {
        external_node_fs_.unlinkSync(abs);
    }
    catch (error) {
        return `it cannot be deleted (${error.code ?? 'error'}: ${error.message})`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./build/src/core/git.js
var git = __webpack_require__(7473);
;// CONCATENATED MODULE: ./build/src/retention/history.js

// `--literal-pathspecs`: the evidence folder is a path, never a glob. `log.showSignature` would mix
// signature text into the output.
const GIT = ['-c', 'log.showSignature=false', '--literal-pathspecs'];
/**
 * Parses `git log -z --name-only --format=%x00%ct`: per commit a NUL, its committer time, a NUL, then
 * (when the commit changed paths) a newline and the paths, each ending in NUL. Paths are never empty,
 * so an empty field always starts a commit.
 */
function parseNameOnlyLog(output) {
    const last = new Map();
    const fields = output.split('\0');
    let i = 0;
    while (i < fields.length) {
        if (fields[i] !== '') {
            i++;
            continue;
        }
        const seconds = Number(fields[i + 1]);
        i += 2;
        let first = true;
        while (i < fields.length && fields[i] !== '') {
            const name = first && fields[i].startsWith('\n') ? fields[i].slice(1) : fields[i];
            first = false;
            i++;
            if (!Number.isFinite(seconds))
                continue;
            // Keep the newest: with merges, history is not strictly ordered by date.
            const ms = seconds * 1000;
            if ((last.get(name) ?? -Infinity) < ms)
                last.set(name, ms);
        }
    }
    return last;
}
async function hasHead(root) {
    const result = await (0,git/* tryGitBuffer */.OS)(['rev-parse', '--verify', '-q', 'HEAD'], { cwd: root });
    return result.code === 0;
}
/** Reads, for everything under `folder` (repository-relative), when it was last committed and whether it is tracked. */
async function readGitAges(root, folder) {
    const logArgs = [...GIT, 'log', '-z', '--no-renames', '--name-only', '--format=%x00%ct', '--', folder];
    const [log, files, shallow] = await Promise.all([
        (0,git/* tryGitBuffer */.OS)(logArgs, { cwd: root }),
        (0,git/* tryGitBuffer */.OS)([...GIT, 'ls-files', '-z', '--', folder], { cwd: root }),
        (0,git/* tryGitBuffer */.OS)(['rev-parse', '--is-shallow-repository'], { cwd: root }),
    ]);
    if (files.code !== 0)
        throw new git/* GitError */.XS(['ls-files', '-z', '--', folder], root, files.code, files.stderr);
    let lastCommitMs = new Map();
    if (log.code === 0)
        lastCommitMs = parseNameOnlyLog(log.stdout.toString('utf8'));
    else if (await hasHead(root))
        throw new git/* GitError */.XS(logArgs, root, log.code, log.stderr);
    // else: a repository without commits has no history; every age comes from the file system.
    const tracked = new Set(files.stdout.toString('utf8').split('\0').filter((p) => p !== ''));
    return { lastCommitMs, tracked, shallow: shallow.stdout.toString('utf8').trim() === 'true' };
}

// EXTERNAL MODULE: ./build/src/core/today.js
var today = __webpack_require__(3412);
;// CONCATENATED MODULE: ./build/src/retention/scan.js








function locateEvidenceRoot(root, config) {
    const configured = external_node_path_.join(root, config.handoffDir);
    let real;
    try {
        real = external_node_fs_.realpathSync(configured);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { abs: configured, rel: config.handoffDir, exists: false, outsideRepository: false };
        throw new errors/* ConfigurationError */.j1(`handoff_dir '${config.handoffDir}': cannot be read (${error.code ?? 'error'})`);
    }
    if (!(0,paths/* isInside */.FK)(root, real))
        return { abs: real, rel: config.handoffDir, exists: true, outsideRepository: true };
    if (!external_node_fs_.statSync(real).isDirectory())
        throw new errors/* ConfigurationError */.j1(`handoff_dir '${config.handoffDir}' is not a folder`);
    return { abs: real, rel: (0,paths/* relativeTo */.Mf)(root, real), exists: true, outsideRepository: false };
}
/** A folder's entries, sorted; a folder that cannot be listed is one line naming it (exit 2), never a crash. */
function sortedEntries(abs, rel) {
    let entries;
    try {
        entries = external_node_fs_.readdirSync(abs, { withFileTypes: true });
    }
    catch (error) {
        const code = error.code;
        throw new repo_files/* RepoFileError */.lD(rel, 'unreadable', `cannot be read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'error')})`);
    }
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function entryType(entry) {
    return entry.isSymbolicLink() ? 'symlink' : entry.isFile() ? 'file' : 'other';
}
// The scan runs while git reads history in another process: it yields now and then so that git's
// output keeps being read (a full pipe would stall git until the scan ends).
const FOLDERS_PER_YIELD = 64;
const yieldToEvents = () => new Promise((resolve) => setImmediate(resolve));
/** Lists every evidence folder and its candidates; `visit` runs on each folder that has a candidate. */
async function scanEvidence(location, config, visit) {
    const scan = { ...location, folders: [], linkedFolders: [] };
    if (!location.exists || location.outsideRepository)
        return scan;
    let count = 0;
    for (const entry of sortedEntries(location.abs, location.rel)) {
        if (!(0,wo_id/* matchesWoId */.vT)(config.woIdPattern, entry.name))
            continue;
        if (++count % FOLDERS_PER_YIELD === 0)
            await yieldToEvents();
        const folderAbs = external_node_path_.join(location.abs, entry.name);
        const folderRel = `${location.rel}/${entry.name}`;
        if (entry.isSymbolicLink()) {
            scan.linkedFolders.push({ woId: entry.name, rel: folderRel, abs: folderAbs });
            continue;
        }
        if (!entry.isDirectory())
            continue;
        const entries = sortedEntries(folderAbs, folderRel);
        const folder = { woId: entry.name, rel: folderRel, abs: folderAbs, candidates: [], entries };
        for (const file of entries) {
            if (file.name === evidence/* DECISION_FILE */.US)
                folder.decision = entryType(file);
            const kind = candidateKind(file.name);
            if (!kind)
                continue;
            const abs = `${folderAbs}${external_node_path_.sep}${file.name}`;
            const stat = external_node_fs_.lstatSync(abs, { throwIfNoEntry: false });
            if (!stat)
                continue; // gone since the listing
            folder.candidates.push({ rel: `${folderRel}/${file.name}`, abs, woId: entry.name, name: file.name, kind, type: entryType(stat), bytes: stat.size, mtimeMs: stat.mtimeMs });
        }
        if (folder.candidates.length === 0)
            continue;
        scan.folders.push(folder);
        visit?.(folder);
    }
    return scan;
}
/** Where a symbolic link leads: its real path, or undefined when it is dangling or a loop. */
function linkTarget(abs) {
    try {
        return external_node_fs_.realpathSync(abs);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./build/src/retention/plan.js







const DAY_MS = 86_400_000;
/** Age in whole UTC calendar days from the day it last changed to `today` (daysBetween, without a date string per file). */
function ageOf(file, ages, todayDay) {
    const committed = ages.tracked.has(file.rel) ? ages.lastCommitMs.get(file.rel) : undefined;
    const lastChangedMs = committed ?? file.mtimeMs;
    return { file, ageDays: todayDay - Math.floor(lastChangedMs / DAY_MS), ageSource: committed === undefined ? 'mtime' : 'git', lastChangedMs };
}
/**
 * Judges a whole evidence folder: its WO is active, or it has no decision file, or decision.md is not a
 * regular file. Otherwise its decision files are read (never through a link) for the per-patch rule.
 */
function judgeFolder(folder, active) {
    const wo = active.get(folder.woId);
    if (wo) {
        const where = wo.reason === 'wo_locked' ? `holds the lock ${wo.path}` : `is in ${external_node_path_.posix.dirname(wo.path)}/ (${wo.path})`;
        return { protection: { reason: wo.reason, detail: `${folder.woId} ${where}` } };
    }
    const decisionRel = `${folder.rel}/${evidence/* DECISION_FILE */.US}`;
    if (folder.decision !== undefined && folder.decision !== 'file') {
        const what = folder.decision === 'symlink' ? 'a symbolic link (never followed)' : 'not a regular file';
        return { protection: { reason: 'decision_unreadable', detail: `${decisionRel} is ${what}` } };
    }
    if (!folder.entries.some((e) => evidence/* DECISION_NAME */.r6.test(e.name))) {
        return { protection: { reason: 'decision_missing', detail: `${decisionRel} does not exist: no one has decided about this evidence` } };
    }
    try {
        return { listing: (0,evidence/* listEvidence */.YD)(folder.abs, folder.rel, folder.entries) };
    }
    catch (error) {
        if (!(0,repo_files/* isRepoFileError */.RL)(error))
            throw error;
        return { protection: { reason: 'decision_unreadable', detail: error.message } };
    }
}
/**
 * Why one patch must stay (docs/retention-gc.md, "one decision per patch"): no complete decision names
 * it. A complete decision that names no patch at all (an older record) covers only the patches that are
 * not newer than itself: never work exported after it was written.
 */
function patchProtection(listing, sha256, aged, decisionAge) {
    const cover = (0,evidence/* patchCover */.Si)(listing, sha256);
    if (cover.decided)
        return undefined;
    const name = (0,evidence/* patchFileName */.QV)(sha256);
    if (cover.decision) {
        return cover.decision.text === undefined
            ? { reason: 'decision_unreadable', detail: `${cover.decision.path} ${cover.decision.problem ?? 'cannot be read'}` }
            : { reason: 'decision_incomplete', detail: `${cover.decision.path} is not complete: ${cover.decision.problem ?? 'not decided'}` };
    }
    const older = cover.unnamed.find((d) => decisionAge(d.path) >= aged.lastChangedMs);
    if (older)
        return undefined;
    if (cover.unnamed.length > 0) {
        return {
            reason: 'patch_undecided',
            detail: `no decision names ${name}; ${cover.unnamed[0].path} records a decision but names no patch and is older than this patch, so it covers no new work (name the patch's SHA-256 or file name in a decision)`,
        };
    }
    const pending = listing.decisions.find((d) => !d.complete);
    if (pending) {
        return pending.text === undefined
            ? { reason: 'decision_unreadable', detail: `${pending.path} ${pending.problem ?? 'cannot be read'}` }
            : { reason: 'decision_incomplete', detail: `${pending.path} is not complete: ${pending.problem ?? 'not decided'}` };
    }
    return { reason: 'patch_undecided', detail: `no complete decision names ${name} (${listing.decisions.map((d) => d.path).join(', ')} decide${listing.decisions.length === 1 ? 's' : ''} other patches)` };
}
/** The patch names a checksum file lists (`<sha256>  dirty.<sha256>.patch` per line); undefined when it cannot be read. */
function checksumNames(file) {
    try {
        const text = (0,repo_files/* readResolvedFile */.dz)(file.abs, file.rel)?.bytes.toString('utf8');
        if (text === undefined)
            return undefined;
        return text
            .split('\n')
            .map((line) => /^[0-9a-f]{64} [ *](dirty\.[0-9a-f]{64}\.patch)$/.exec(line.trim())?.[1])
            .filter((name) => name !== undefined);
    }
    catch (error) {
        if (!(0,repo_files/* isRepoFileError */.RL)(error))
            throw error;
        return undefined;
    }
}
function describeTarget(root, target) {
    if (target === undefined)
        return 'a missing target (dangling)';
    return (0,paths/* isInside */.FK)(root, target) ? (0,paths/* relativeTo */.Mf)(root, target) : target;
}
/** A link is never followed or deleted; where it leads only decides how it is reported. */
function linkProtection(root, evidenceRoot, abs, what) {
    const target = linkTarget(abs);
    const shown = describeTarget(root, target);
    if (target !== undefined && (0,paths/* isInside */.FK)(evidenceRoot, target)) {
        return { reason: 'symlink', detail: `${what} is a symbolic link to ${shown}; links are never deleted or followed` };
    }
    return { reason: 'outside_evidence_root', detail: `${what} is a symbolic link to ${shown}, outside the evidence root; never followed, never deleted` };
}
function planRetention(input) {
    const { root, scan, ages, protections, active, days } = input;
    const todayDay = (0,today/* daysBetween */.Y)('1970-01-01', input.today);
    const plan = { eligible: [], protected: [], tooYoung: [], warnings: [] };
    if (scan.outsideRepository) {
        plan.protected.push({
            path: input.handoffDir,
            reason: 'outside_repository',
            detail: `the evidence root resolves to ${scan.abs}, outside the repository; nothing in it is touched`,
        });
        return plan;
    }
    for (const link of scan.linkedFolders) {
        plan.protected.push({ path: link.rel, woId: link.woId, ...linkProtection(root, scan.abs, link.abs, 'the evidence folder') });
    }
    const decisionAge = (rel) => {
        const committed = ages.tracked.has(rel) ? ages.lastCommitMs.get(rel) : undefined;
        return committed ?? external_node_fs_.lstatSync(external_node_path_.join(root, rel), { throwIfNoEntry: false })?.mtimeMs ?? 0;
    };
    for (const folder of scan.folders) {
        // undefined: not judged yet; read only when a file needs it.
        let judgement = protections.get(folder.woId);
        const judge = () => (judgement ??= judgeFolder(folder, active));
        // The checksum file names the folder's patches: it goes only with the last patch it names.
        const keptPatches = new Map();
        const checksums = [];
        for (const file of folder.candidates) {
            const aged = ageOf(file, ages, todayDay);
            if (file.type === 'symlink') {
                plan.protected.push({ path: file.rel, woId: file.woId, aged, ...linkProtection(root, scan.abs, file.abs, file.name) });
                continue;
            }
            if (file.type === 'other') {
                plan.protected.push({ path: file.rel, woId: file.woId, aged, reason: 'not_regular_file', detail: `${file.name} is not a regular file` });
                continue;
            }
            if (file.kind === 'checksum') {
                checksums.push(aged);
                continue;
            }
            if (aged.ageDays < days) {
                plan.tooYoung.push(aged);
                keptPatches.set(file.name, undefined);
                continue;
            }
            const { protection, listing } = judge();
            const kept = protection ?? patchProtection(listing, evidence/* PATCH_NAME */.F6.exec(file.name)[1], aged, decisionAge);
            if (kept) {
                plan.protected.push({ path: file.rel, woId: file.woId, aged, ...kept });
                keptPatches.set(file.name, kept);
            }
            else
                plan.eligible.push(aged);
        }
        for (const aged of checksums) {
            const { file } = aged;
            if (aged.ageDays < days) {
                plan.tooYoung.push(aged);
                continue;
            }
            // A checksum that cannot be read is taken to name every patch of the folder.
            const named = checksumNames(file) ?? [...keptPatches.keys()];
            const staying = named.filter((name) => keptPatches.has(name));
            const folderProtected = judge().protection;
            if (folderProtected)
                plan.protected.push({ path: file.rel, woId: file.woId, aged, ...folderProtected });
            else if (staying.length > 0) {
                // The reason of the first patch that stays (a decision to complete), else: it waits for its young patch.
                const first = staying.map((name) => keptPatches.get(name)).find((p) => p !== undefined);
                const detail = `${file.name} is the checksum of ${staying.join(', ')}, which stay${staying.length === 1 ? 's' : ''}`;
                plan.protected.push({ path: file.rel, woId: file.woId, aged, ...(first ?? { reason: 'checksum_of_kept_patch', detail }) });
            }
            else
                plan.eligible.push(aged);
        }
    }
    if (ages.shallow) {
        plan.warnings.push('the repository is a shallow clone: files last changed before its oldest fetched commit look as young as that commit, so fewer files are eligible; check out with full history (fetch-depth: 0) for true ages');
    }
    plan.protected.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return plan;
}

;// CONCATENATED MODULE: ./build/src/commands/retention-gc.js








const NO_GIT_AGES = { lastCommitMs: new Map(), tracked: new Set(), shallow: false };
const RETENTION_MODES = ['dry-run', 'apply'];
function readRetentionGcSettings(args) {
    const now = new Date();
    return {
        root: (0,core_args/* readRoot */.XD)(args),
        config: (0,core_args/* readFile */.TA)(args, 'config'),
        days: (0,core_args/* readInteger */.JI)(args, 'days', { min: 1 }),
        mode: (0,core_args/* readChoice */.Kf)(args, 'mode', RETENTION_MODES, 'dry-run'),
        today: (0,core_args/* readToday */.Ay)(args, 'today', now),
        now,
    };
}
function tally(items) {
    return { files: items.length, bytes: items.reduce((sum, item) => sum + (item.bytes ?? 0), 0) };
}
function eligibleFile(aged) {
    return {
        path: aged.file.rel,
        wo_id: aged.file.woId,
        kind: aged.file.kind,
        bytes: aged.file.bytes,
        age_days: aged.ageDays,
        age_source: aged.ageSource,
        last_changed: new Date(aged.lastChangedMs).toISOString(),
    };
}
function protectedFile(item) {
    const entry = { path: item.path, reason: item.reason, detail: item.detail };
    if (item.woId !== undefined)
        entry.wo_id = item.woId;
    if (item.aged) {
        entry.bytes = item.aged.file.bytes;
        entry.age_days = item.aged.ageDays;
        entry.age_source = item.aged.ageSource;
        entry.last_changed = new Date(item.aged.lastChangedMs).toISOString();
    }
    return entry;
}
/**
 * Runs retention-gc: finds evidence old enough to go (docs/retention-gc.md) and, in apply mode, deletes it.
 * The dry run and the real run share every step but the deletion, so a dry run reports exactly what
 * apply would do. Exit code 0 whether or not anything is eligible; 2 when apply could not delete a file.
 */
async function runRetentionGc(settings) {
    const { mode, today, now } = settings;
    const { root, config } = await (0,context/* openRepository */.h)(settings.root, settings.config);
    const days = settings.days ?? config.retentionDays;
    const active = activeWorkOrders(root, config);
    const location = locateEvidenceRoot(root, config);
    // git reads history in its own process while the evidence folders are scanned and their decisions read.
    const agesRead = location.exists && !location.outsideRepository ? readGitAges(root, location.rel) : Promise.resolve(NO_GIT_AGES);
    agesRead.catch(() => undefined); // awaited below; a failure must not surface as unhandled meanwhile
    const protections = new Map();
    const scan = await scanEvidence(location, config, (folder) => {
        if (folder.candidates.some((file) => file.type === 'file'))
            protections.set(folder.woId, judgeFolder(folder, active));
    });
    const ages = await agesRead;
    const plan = planRetention({ root, scan, ages, protections, active, days, today, handoffDir: config.handoffDir });
    const eligible = plan.eligible.map(eligibleFile);
    const deleted = [];
    const errors = [];
    if (mode === 'apply') {
        for (const aged of plan.eligible) {
            const problem = deleteVerified(root, scan.abs, aged.file.abs);
            if (problem === undefined)
                deleted.push(aged.file.rel);
            else
                errors.push({ path: aged.file.rel, message: problem });
        }
    }
    const deletedSet = new Set(deleted);
    const protectedFiles = plan.protected.map(protectedFile);
    return {
        ...(0,report/* baseReport */.uZ)('retention-gc', root, errors.length > 0 ? 2 : 0, now),
        mode,
        days,
        today,
        evidence_root: scan.rel,
        eligible,
        deleted,
        protected: protectedFiles,
        errors,
        warnings: plan.warnings,
        totals: {
            eligible: tally(eligible),
            deleted: tally(eligible.filter((file) => deletedSet.has(file.path))),
            protected: tally(protectedFiles),
            too_young: tally(plan.tooYoung.map((aged) => aged.file)),
        },
    };
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function tallyText(t) {
    return `${plural(t.files, 'file')} (${plural(t.bytes, 'byte')})`;
}
/** Human-readable output: eligible (or deleted) files with their age, protected ones with the reason, totals. */
function formatRetentionGc(report) {
    const dry = report.mode === 'dry-run';
    const lines = [
        `wo-toolkit retention-gc: ${report.root} (${dry ? 'dry run' : 'apply'}; evidence at least ${plural(report.days, 'day')} old on ${report.today}; evidence root ${report.evidence_root})`,
    ];
    const deleted = new Set(report.deleted);
    const failed = new Map(report.errors.map((e) => [e.path, e.message]));
    if (report.eligible.length > 0) {
        lines.push('', dry ? `eligible (${report.eligible.length}), would be deleted with --apply:` : `eligible (${report.eligible.length}):`);
        for (const file of report.eligible) {
            const state = dry ? '' : deleted.has(file.path) ? 'deleted      ' : 'NOT DELETED  ';
            lines.push(`  ${state}${String(file.age_days).padStart(5)} days  ${file.age_source.padEnd(5)} ${String(file.bytes).padStart(10)} B  ${file.path}`);
            if (failed.has(file.path))
                lines.push(`      ${failed.get(file.path)}`);
        }
    }
    else {
        lines.push('', 'Nothing is eligible.');
    }
    if (report.protected.length > 0) {
        lines.push('', `protected (${report.protected.length}), never deleted:`);
        for (const item of report.protected) {
            const age = item.age_days === undefined ? '' : ` (${item.age_days} days, ${item.age_source})`;
            lines.push(`  ${item.path}${age}`, `      ${item.reason}: ${item.detail}`);
        }
    }
    if (report.warnings.length > 0) {
        lines.push('', 'warnings:', ...report.warnings.map((w) => `  ${w}`));
    }
    const t = report.totals;
    lines.push('', `totals: eligible ${tallyText(t.eligible)}; deleted ${tallyText(t.deleted)}; protected ${tallyText(t.protected)}; too young ${tallyText(t.too_young)}`);
    if (dry && t.eligible.files > 0)
        lines.push('Dry run: nothing was deleted. Run with --apply to delete the eligible files.');
    if (report.errors.length > 0)
        lines.push(`${plural(report.errors.length, 'eligible file')} could not be deleted (exit 2).`);
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

/***/ 3412:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ daysBetween)
/* harmony export */ });
/** Whole days from date `a` to date `b` (both YYYY-MM-DD). */
function daysBetween(a, b) {
    return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}


/***/ })

};
