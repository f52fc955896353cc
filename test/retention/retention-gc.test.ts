import fs from 'node:fs';
import path from 'node:path';
import { readRetentionGcSettings, runRetentionGc, type RetentionGcReport, type RetentionGcSettings } from '../../src/commands/retention-gc.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { settingsFrom } from '../helpers/cli.js';
import { makeTempDir, runGit, TestRepo } from '../helpers/repo.js';
import { ageEvidence, daysAgo, decisionText, sha256, TODAY, writeEvidence, type Evidence } from './evidence.js';
import { schemaErrors } from '../helpers/schemas.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

function newRepo(): TestRepo {
  const repo = TestRepo.create();
  cleanups.push(() => repo.cleanup());
  return repo;
}

function tempDir(): string {
  const dir = makeTempDir('wo-toolkit-outside-');
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs the engine on `repo` (today fixed) and checks the report against its schema. */
async function retention(repo: TestRepo, options: Partial<RetentionGcSettings> = {}): Promise<RetentionGcReport> {
  const report = await runRetentionGc(settingsFrom(readRetentionGcSettings, { root: repo.root, today: TODAY }, options));
  expect(schemaErrors('retention-gc-report.schema.json', JSON.parse(JSON.stringify(report)))).toEqual([]);
  return report;
}

const paths = (items: readonly { path: string }[]): string[] => items.map((i) => i.path).sort();
const reasonOf = (report: RetentionGcReport, p: string): string | undefined => report.protected.find((i) => i.path === p)?.reason;
const deletable = (e: Evidence): string[] => [e.patch, e.checksum].sort();

/** A done WO with complete decision and evidence, committed `days` days before today. */
function committedEvidence(repo: TestRepo, id: string, days: number, options: Parameters<typeof writeEvidence>[2] = {}): Evidence {
  repo.writeWo('done', id);
  const evidence = writeEvidence(repo, id, options);
  repo.commit(`evidence of ${id}`, { date: daysAgo(days) });
  return evidence;
}

describe('retention-gc: ages', () => {
  test('files whose last commit is old enough are eligible; younger ones stay', async () => {
    const repo = newRepo();
    const old = committedEvidence(repo, 'WO-0001', 200);
    const young = committedEvidence(repo, 'WO-0002', 10);
    const report = await retention(repo);
    expect(report.exit_code).toBe(0);
    expect(report.mode).toBe('dry-run');
    expect(paths(report.eligible)).toEqual(deletable(old));
    for (const file of report.eligible) {
      expect(file).toMatchObject({ wo_id: 'WO-0001', age_days: 200, age_source: 'git', bytes: fs.statSync(repo.path(file.path)).size });
    }
    expect(report.eligible.find((f) => f.path === old.patch)?.kind).toBe('patch');
    expect(report.eligible.find((f) => f.path === old.checksum)?.kind).toBe('checksum');
    expect(report.totals.too_young.files).toBe(2);
    expect(report.eligible.map((f) => f.path)).not.toContain(young.patch);
    expect(report.totals.eligible).toEqual({ files: 2, bytes: report.eligible.reduce((s, f) => s + f.bytes, 0) });
    expect(report.deleted).toEqual([]);
  });

  test('boundary: exactly --days old is eligible, one day younger is not', async () => {
    const repo = newRepo();
    const at = committedEvidence(repo, 'WO-0001', 90);
    const under = committedEvidence(repo, 'WO-0002', 89);
    const report = await retention(repo, { days: 90 });
    expect(paths(report.eligible)).toEqual(deletable(at));
    expect(report.eligible.every((f) => f.age_days === 90)).toBe(true);
    expect(report.totals.too_young.files).toBe(2);
    const lower = await retention(repo, { days: 89 });
    expect(paths(lower.eligible)).toEqual([...deletable(at), ...deletable(under)].sort());
  });

  test('--days defaults to 90, or to retention_days from the configuration', async () => {
    const repo = newRepo();
    const at90 = committedEvidence(repo, 'WO-0001', 90);
    committedEvidence(repo, 'WO-0002', 89);
    const byDefault = await retention(repo);
    expect(byDefault.days).toBe(90);
    expect(paths(byDefault.eligible)).toEqual(deletable(at90));
    repo.write('.wo-toolkit.yaml', 'retention_days: 91\n');
    const configured = await retention(repo);
    expect(configured.days).toBe(91);
    expect(configured.eligible).toEqual([]);
    expect((await retention(repo, { days: 89 })).eligible).toHaveLength(4);
  });

  test('untracked files: age from the modification time, with the same boundary', async () => {
    const repo = newRepo();
    repo.writeWo('done', 'WO-0001');
    repo.writeWo('done', 'WO-0002');
    const at = writeEvidence(repo, 'WO-0001');
    const under = writeEvidence(repo, 'WO-0002');
    ageEvidence(repo, at, daysAgo(90));
    ageEvidence(repo, under, daysAgo(89));
    const report = await retention(repo, { days: 90 });
    expect(paths(report.eligible)).toEqual(deletable(at));
    expect(report.eligible.every((f) => f.age_source === 'mtime' && f.age_days === 90)).toBe(true);
    expect(report.totals.too_young.files).toBe(2);
  });

  test('a fresh modification time does not make a tracked file young: its last commit counts', async () => {
    const repo = newRepo();
    const old = committedEvidence(repo, 'WO-0001', 200);
    ageEvidence(repo, old, new Date());
    const report = await retention(repo);
    expect(paths(report.eligible)).toEqual(deletable(old));
    expect(report.eligible.every((f) => f.age_source === 'git' && f.age_days === 200)).toBe(true);
  });

  test('a file taken out of git is untracked again: its modification time counts, not its old commit', async () => {
    const repo = newRepo();
    const evidence = committedEvidence(repo, 'WO-0001', 200);
    repo.git('rm', '-q', '--cached', evidence.patch);
    const date = daysAgo(150).toISOString();
    runGit(repo.root, ['commit', '-q', '-m', 'stop tracking the patch'], { env: { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
    expect(repo.git('ls-files', evidence.patch)).toBe('');
    repo.touch(evidence.patch, daysAgo(5));
    const report = await retention(repo);
    // The patch is young again; its checksum, old as it is, stays with it.
    expect(paths(report.eligible)).toEqual([]);
    expect(report.protected).toEqual([expect.objectContaining({ path: evidence.checksum, reason: 'checksum_of_kept_patch' })]);
    expect(report.totals.too_young.files).toBe(1);
  });

  test('a file staged but never committed is aged by its modification time', async () => {
    const repo = newRepo();
    repo.writeWo('done', 'WO-0001');
    const evidence = writeEvidence(repo, 'WO-0001');
    repo.git('add', '-A');
    ageEvidence(repo, evidence, daysAgo(120));
    const report = await retention(repo);
    expect(paths(report.eligible)).toEqual(deletable(evidence));
    expect(report.eligible.every((f) => f.age_source === 'mtime' && f.age_days === 120)).toBe(true);
  });

  test('history with merges: the newest commit that touched the file counts, wherever it is', async () => {
    const repo = newRepo();
    repo.writeWo('done', 'WO-0001');
    repo.commit('the WO', { date: daysAgo(300) });
    repo.git('checkout', '-q', '-b', 'side');
    const evidence = writeEvidence(repo, 'WO-0001');
    repo.commit('evidence on a branch', { date: daysAgo(200) });
    repo.git('checkout', '-q', 'main');
    repo.write('src/other.ts', 'export {};\n');
    repo.commit('other work', { date: daysAgo(100) });
    const env = { GIT_AUTHOR_DATE: daysAgo(1).toISOString(), GIT_COMMITTER_DATE: daysAgo(1).toISOString() };
    runGit(repo.root, ['merge', '-q', '--no-ff', '--no-edit', 'side'], { env });
    const report = await retention(repo);
    expect(paths(report.eligible)).toEqual(deletable(evidence));
    expect(report.eligible.every((f) => f.age_days === 200)).toBe(true);
    // A later change to the checksum file makes that file (only) young again.
    repo.write(evidence.checksum, `${evidence.hash}  dirty.${evidence.hash}.patch\n\n`);
    repo.commit('touch the checksum', { date: daysAgo(3) });
    expect(paths((await retention(repo)).eligible)).toEqual([evidence.patch]);
  });

  test('clock skew: of the commits that touched a file, the newest date counts (never the older one)', async () => {
    const repo = newRepo();
    const evidence = committedEvidence(repo, 'WO-0001', 10);
    // A later commit made on a machine whose clock was far behind.
    repo.write(evidence.checksum, `${repo.read(evidence.checksum)}\n`);
    repo.commit('skewed commit', { date: daysAgo(200) });
    const report = await retention(repo);
    expect(report.eligible).toEqual([]);
    expect(report.totals.too_young.files).toBe(2);
  });

  test('a fresh clone (every modification time new) keeps the ages from git', async () => {
    const repo = newRepo();
    const old = committedEvidence(repo, 'WO-0001', 200);
    committedEvidence(repo, 'WO-0002', 10);
    const clone = repo.clone();
    cleanups.push(() => clone.cleanup());
    // The clone's files were all written just now.
    expect(Date.now() - fs.statSync(clone.path(old.patch)).mtimeMs).toBeLessThan(3_600_000);
    const report = await retention(clone);
    expect(paths(report.eligible)).toEqual(deletable(old));
    expect(report.eligible.every((f) => f.age_source === 'git' && f.age_days === 200)).toBe(true);
    const applied = await retention(clone, { mode: 'apply' });
    expect(applied.deleted.sort()).toEqual(deletable(old));
    expect(clone.exists(old.patch)).toBe(false);
    expect(repo.exists(old.patch)).toBe(true);
  });

  test('a shallow clone warns that ages are capped at its boundary, and errs on keeping', async () => {
    const repo = newRepo();
    const old = committedEvidence(repo, 'WO-0001', 200);
    repo.write('src/later.ts', 'export {};\n');
    repo.commit('later work', { date: daysAgo(5) });
    const full = await retention(repo);
    expect(paths(full.eligible)).toEqual(deletable(old));
    expect(full.warnings).toEqual([]);
    const shallow = repo.clone({ depth: 1 });
    cleanups.push(() => shallow.cleanup());
    const report = await retention(shallow);
    expect(report.eligible).toEqual([]);
    expect(report.warnings.join('\n')).toMatch(/shallow clone.*fetch-depth: 0/);
  });
});

describe('retention-gc: what is never deleted', () => {
  test('only dirty.<hex>.patch and dirty.patch.sha256 regular files; every other name stays', async () => {
    const repo = newRepo();
    repo.writeWo('done', 'WO-0001');
    const evidence = writeEvidence(repo, 'WO-0001');
    const others = [
      '_ctx/handoff/WO-0001/handoff.md',
      '_ctx/handoff/WO-0001/verdict.json',
      '_ctx/handoff/WO-0001/diff.patch',
      '_ctx/handoff/WO-0001/notes.txt',
      '_ctx/handoff/WO-0001/dirty.patch.sha256.bak',
      '_ctx/handoff/WO-0001/dirty.notahash.patch',
      '_ctx/handoff/WO-0001/dirty..patch',
      '_ctx/handoff/WO-0001/dirty.abc.patch.orig',
      '_ctx/handoff/WO-0001/old-dirty.abc.patch',
      '_ctx/handoff/WO-0001/sub/dirty.abcdef.patch',
      '_ctx/handoff/WO-0001/dirty.abcd.patch',
      `_ctx/handoff/WO-0001/dirty.${'c'.repeat(63)}C.patch`,
      `_ctx/handoff/WO-0001/dirty.${'d'.repeat(64)}.patch/inside.txt`,
      '_ctx/handoff/not-a-wo/dirty.abcdef.patch',
      '_ctx/handoff/dirty.abcdef.patch',
    ];
    for (const rel of others) repo.write(rel, `${rel}\n`);
    repo.commit('evidence', { date: daysAgo(400) });
    const report = await retention(repo, { mode: 'apply' });
    expect(report.exit_code).toBe(0);
    expect(paths(report.eligible)).toEqual(deletable(evidence));
    expect(report.deleted.sort()).toEqual(deletable(evidence));
    // A folder with a candidate's name is reported, not deleted.
    expect(report.protected).toEqual([
      expect.objectContaining({ path: `_ctx/handoff/WO-0001/dirty.${'d'.repeat(64)}.patch`, reason: 'not_regular_file' }),
    ]);
    for (const rel of others) expect(repo.read(rel)).toBe(`${rel}\n`);
    expect(repo.read(evidence.decision)).toContain('[x] DISCARD');
    expect(fs.lstatSync(repo.path(evidence.link)).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(repo.path(evidence.link))).toBe(`dirty.${evidence.hash}.patch`);
    expect(repo.exists(evidence.patch)).toBe(false);
  });

  test('running, pending and locked WOs protect their whole evidence folder', async () => {
    const repo = newRepo();
    repo.writeWo('running', 'WO-0002');
    repo.writeLock('WO-0002');
    repo.writeWo('pending', 'WO-0003');
    repo.writeWo('done', 'WO-0004');
    repo.writeLock('WO-0004');
    // Identity is the id field: this file protects WO-0006 (its id) and WO-0005 (its name).
    repo.writeWo('pending', 'WO-0006', { fileName: 'WO-0005.yaml' });
    repo.writeWo('done', 'WO-0007');
    const ids = ['WO-0002', 'WO-0003', 'WO-0004', 'WO-0005', 'WO-0006', 'WO-0007'];
    const evidence = Object.fromEntries(ids.map((id) => [id, writeEvidence(repo, id)]));
    repo.commit('evidence', { date: daysAgo(365) });
    const contents = new Map(ids.flatMap((id) => deletable(evidence[id]!)).map((rel) => [rel, repo.read(rel)]));
    const report = await retention(repo, { mode: 'apply' });
    expect(paths(report.eligible)).toEqual(deletable(evidence['WO-0007']!));
    expect(report.deleted.sort()).toEqual(deletable(evidence['WO-0007']!));
    const expected: Record<string, string> = {
      'WO-0002': 'wo_running',
      'WO-0003': 'wo_pending',
      'WO-0004': 'wo_locked',
      'WO-0005': 'wo_pending',
      'WO-0006': 'wo_pending',
    };
    for (const [id, reason] of Object.entries(expected)) {
      for (const rel of deletable(evidence[id]!)) {
        expect(reasonOf(report, rel)).toBe(reason);
        expect(repo.read(rel)).toBe(contents.get(rel));
      }
    }
    expect(report.protected.find((p) => p.wo_id === 'WO-0002')?.detail).toContain('_ctx/jobs/running/WO-0002.yaml');
    expect(report.totals.protected.files).toBe(10);
  });

  test('decision missing, ACTION_REQUIRED, no box, two boxes: protected; complete: eligible', async () => {
    const repo = newRepo();
    const cases = {
      'WO-0010': 'missing',
      'WO-0011': 'action_required',
      'WO-0012': 'none_checked',
      'WO-0013': 'two_checked',
      'WO-0014': 'complete',
    } as const;
    const evidence: Record<string, Evidence> = {};
    for (const [id, decision] of Object.entries(cases)) {
      repo.writeWo('done', id);
      evidence[id] = writeEvidence(repo, id, { decision });
    }
    // A decision.md that is a link is never followed, even to a complete decision.
    repo.writeWo('failed', 'WO-0015');
    evidence['WO-0015'] = writeEvidence(repo, 'WO-0015', { decision: 'missing' });
    repo.symlink(evidence['WO-0015'].decision, '../WO-0014/decision.md');
    repo.commit('evidence', { date: daysAgo(180) });
    const report = await retention(repo, { mode: 'apply' });
    expect(report.deleted.sort()).toEqual(deletable(evidence['WO-0014']!));
    const protectedBy = (id: string): string | undefined => reasonOf(report, evidence[id]!.patch);
    expect(protectedBy('WO-0010')).toBe('decision_missing');
    expect(protectedBy('WO-0011')).toBe('decision_incomplete');
    expect(protectedBy('WO-0012')).toBe('decision_incomplete');
    expect(protectedBy('WO-0013')).toBe('decision_incomplete');
    expect(protectedBy('WO-0015')).toBe('decision_unreadable');
    const detail = (id: string): string => report.protected.find((p) => p.path === evidence[id]!.patch)!.detail;
    expect(detail('WO-0011')).toContain('ACTION_REQUIRED');
    expect(detail('WO-0012')).toContain('no decision box is checked');
    expect(detail('WO-0013')).toContain('2 decision boxes are checked (APPLY, DISCARD)');
    for (const id of ['WO-0010', 'WO-0011', 'WO-0012', 'WO-0013', 'WO-0015']) {
      for (const rel of deletable(evidence[id]!)) expect(repo.exists(rel)).toBe(true);
    }
  });

  test('links: a candidate that is a link, or leads outside, is reported and never deleted or followed', async () => {
    const repo = newRepo();
    const outside = tempDir();
    const secret = path.join(outside, 'secret.patch');
    fs.writeFileSync(secret, 'outside the repository\n');
    fs.writeFileSync(path.join(outside, 'checksum'), 'outside checksum\n');
    repo.writeWo('done', 'WO-0020');
    repo.writeWo('done', 'WO-0021');
    const inner = writeEvidence(repo, 'WO-0021');
    const hashOut = sha256('out');
    const hashIn = sha256('in');
    repo.write('_ctx/handoff/WO-0020/decision.md', repo.read(inner.decision));
    const linkOut = `_ctx/handoff/WO-0020/dirty.${hashOut}.patch`;
    const linkIn = `_ctx/handoff/WO-0020/dirty.${hashIn}.patch`;
    const checksumOut = '_ctx/handoff/WO-0020/dirty.patch.sha256';
    repo.symlink(linkOut, secret);
    repo.symlink(linkIn, `../WO-0021/dirty.${inner.hash}.patch`);
    repo.symlink(checksumOut, path.join(outside, 'checksum'));
    // A whole evidence folder that is a link to a folder outside, holding old evidence and a complete decision.
    const outsideFolder = path.join(outside, 'WO-0022');
    fs.mkdirSync(outsideFolder);
    const farPatch = path.join(outsideFolder, `dirty.${hashOut}.patch`);
    fs.writeFileSync(farPatch, 'far away\n');
    fs.writeFileSync(path.join(outsideFolder, 'decision.md'), repo.read(inner.decision));
    fs.utimesSync(farPatch, daysAgo(500), daysAgo(500));
    repo.writeWo('done', 'WO-0022');
    repo.symlink('_ctx/handoff/WO-0022', outsideFolder);
    repo.commit('evidence with links', { date: daysAgo(300) });

    const report = await retention(repo, { mode: 'apply' });
    expect(reasonOf(report, linkOut)).toBe('outside_evidence_root');
    expect(reasonOf(report, checksumOut)).toBe('outside_evidence_root');
    expect(reasonOf(report, linkIn)).toBe('symlink');
    expect(reasonOf(report, '_ctx/handoff/WO-0022')).toBe('outside_evidence_root');
    expect(report.protected.find((p) => p.path === linkOut)?.detail).toContain(secret);
    // Only the real files of WO-0021 went; every link and everything outside is intact.
    expect(report.deleted.sort()).toEqual(deletable(inner));
    for (const rel of [linkOut, linkIn, checksumOut, '_ctx/handoff/WO-0022']) expect(fs.lstatSync(repo.path(rel)).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(secret, 'utf8')).toBe('outside the repository\n');
    expect(fs.readFileSync(path.join(outside, 'checksum'), 'utf8')).toBe('outside checksum\n');
    expect(fs.readFileSync(farPatch, 'utf8')).toBe('far away\n');
  });

  test('an evidence root that leads outside the repository is reported and left alone', async () => {
    const repo = newRepo();
    const outside = tempDir();
    const elsewhere = TestRepo.create();
    cleanups.push(() => elsewhere.cleanup());
    elsewhere.writeWo('done', 'WO-0001');
    const evidence = writeEvidence(elsewhere, 'WO-0001');
    ageEvidence(elsewhere, evidence, daysAgo(400));
    fs.renameSync(elsewhere.path('_ctx/handoff'), path.join(outside, 'handoff'));
    repo.writeWo('done', 'WO-0001');
    repo.symlink('_ctx/handoff', path.join(outside, 'handoff'));
    const report = await retention(repo, { mode: 'apply' });
    expect(report.eligible).toEqual([]);
    expect(report.protected).toEqual([expect.objectContaining({ path: '_ctx/handoff', reason: 'outside_repository' })]);
    expect(fs.existsSync(path.join(outside, 'handoff/WO-0001', path.basename(evidence.patch)))).toBe(true);
  });
});

describe('retention-gc: dry run and apply', () => {
  function mixedRepository(): { repo: TestRepo; outsideFile: string } {
    const repo = newRepo();
    const outside = tempDir();
    const outsideFile = path.join(outside, 'keep.patch');
    fs.writeFileSync(outsideFile, 'keep me\n');
    committedEvidence(repo, 'WO-0001', 200);
    committedEvidence(repo, 'WO-0002', 30);
    repo.writeWo('running', 'WO-0003');
    repo.writeLock('WO-0003');
    writeEvidence(repo, 'WO-0003');
    repo.writeWo('done', 'WO-0004');
    writeEvidence(repo, 'WO-0004', { decision: 'action_required' });
    repo.commit('more evidence', { date: daysAgo(150) });
    repo.writeWo('done', 'WO-0005');
    const untracked = writeEvidence(repo, 'WO-0005');
    ageEvidence(repo, untracked, daysAgo(95));
    repo.symlink(`_ctx/handoff/WO-0005/dirty.${sha256('x')}.patch`, outsideFile);
    repo.write('_ctx/handoff/WO-0005/handoff.md', 'notes\n');
    repo.touch('_ctx/handoff/WO-0005/handoff.md', daysAgo(400));
    return { repo, outsideFile };
  }

  test('a dry run leaves the tree (and .git) byte-identical', async () => {
    const { repo } = mixedRepository();
    const before = repo.snapshot();
    const report = await retention(repo);
    expect(report.eligible.length).toBe(4);
    expect(report.protected.length).toBeGreaterThan(0);
    expect(repo.snapshot()).toEqual(before);
  });

  test('apply deletes exactly the eligible set and nothing else', async () => {
    const { repo, outsideFile } = mixedRepository();
    const dry = await retention(repo);
    const before = repo.snapshot();
    const report = await retention(repo, { mode: 'apply' });
    expect(report.exit_code).toBe(0);
    expect(report.mode).toBe('apply');
    expect(paths(report.eligible)).toEqual(paths(dry.eligible));
    expect([...report.deleted].sort()).toEqual(paths(dry.eligible));
    expect(report.errors).toEqual([]);
    expect(report.totals.deleted).toEqual(report.totals.eligible);
    const expected = new Map(before);
    for (const rel of report.deleted) expected.delete(rel);
    expect(repo.snapshot()).toEqual(expected);
    expect(fs.readFileSync(outsideFile, 'utf8')).toBe('keep me\n');
    // Nothing is left to do.
    const again = await retention(repo, { mode: 'apply' });
    expect(again.eligible).toEqual([]);
    expect(again.deleted).toEqual([]);
    expect(again.exit_code).toBe(0);
  });

  test('nothing to do: no evidence root, exit 0', async () => {
    const repo = newRepo();
    const report = await retention(repo, { mode: 'apply' });
    expect(report).toMatchObject({ exit_code: 0, eligible: [], deleted: [], protected: [], evidence_root: '_ctx/handoff' });
  });
});

describe('retention-gc: the repository', () => {
  test('outside a git repository, or without work-order folders: a configuration error', async () => {
    const dir = tempDir();
    await expect(runRetentionGc(settingsFrom(readRetentionGcSettings, { root: dir }))).rejects.toThrow(ConfigurationError);
    const bare = TestRepo.create({ states: false });
    cleanups.push(() => bare.cleanup());
    await expect(retention(bare)).rejects.toThrow(/no work-order folders/);
  });
});

describe('retention-gc: one decision per patch', () => {
  const ID = 'WO-0050';
  const folder = `_ctx/handoff/${ID}`;
  const patchText = (what: string): string => `diff --git a/src/${what}.ts b/src/${what}.ts\nnew file mode 100644\n--- /dev/null\n+++ b/src/${what}.ts\n@@ -0,0 +1 @@\n+export const ${what} = 1;\n`;
  const A = sha256(patchText('first'));
  const B = sha256(patchText('second'));
  const patchA = `${folder}/dirty.${A}.patch`;
  const patchB = `${folder}/dirty.${B}.patch`;
  const checksum = `${folder}/dirty.patch.sha256`;

  /** A done WO whose evidence folder holds two patches (A committed `daysA` ago, B `daysB` ago) and the given decision files. */
  function twoPatches(repo: TestRepo, decisions: Record<string, string>, daysA = 200, daysB = daysA): Map<string, Buffer> {
    repo.writeWo('done', ID);
    repo.write(patchA, patchText('first'));
    for (const [name, text] of Object.entries(decisions)) repo.write(`${folder}/${name}`, text);
    repo.commit('first patch and its decisions', { date: daysAgo(daysA) });
    repo.write(patchB, patchText('second'));
    repo.write(checksum, [A, B].sort().map((sha) => `${sha}  dirty.${sha}.patch\n`).join(''));
    repo.symlink(`${folder}/dirty.patch`, `dirty.${B}.patch`);
    repo.commit('second patch', { date: daysAgo(daysB) });
    return new Map([patchA, patchB, checksum].map((rel) => [rel, fs.readFileSync(repo.path(rel))]));
  }

  test('a complete decision about patch A deletes A only: B, which no decision names, and the checksum naming it stay byte for byte', async () => {
    const repo = newRepo();
    const bytes = twoPatches(repo, { 'decision.md': decisionText(ID, A, 'complete') });
    const report = await retention(repo, { mode: 'apply' });
    expect(report.deleted).toEqual([patchA]);
    expect(reasonOf(report, patchB)).toBe('patch_undecided');
    expect(report.protected.find((p) => p.path === patchB)!.detail).toBe(`no complete decision names dirty.${B}.patch (${folder}/decision.md decides other patches)`);
    expect(reasonOf(report, checksum)).toBe('patch_undecided');
    for (const rel of [patchB, checksum]) expect(fs.readFileSync(repo.path(rel))).toEqual(bytes.get(rel));
  });

  test('B named by a decision file that is not complete: B stays with that file as the reason; A goes', async () => {
    const repo = newRepo();
    twoPatches(repo, { 'decision.md': decisionText(ID, A, 'complete'), 'decision.2.md': decisionText(ID, B, 'action_required') });
    const report = await retention(repo);
    expect(paths(report.eligible)).toEqual([patchA]);
    expect(reasonOf(report, patchB)).toBe('decision_incomplete');
    expect(report.protected.find((p) => p.path === patchB)!.detail).toBe(`${folder}/decision.2.md is not complete: it still says ACTION_REQUIRED`);
  });

  test('a decision in a person\'s words naming B by a 12-digit prefix, beside one naming A: both patches and the checksum go', async () => {
    const repo = newRepo();
    twoPatches(repo, {
      'decision.md': decisionText(ID, A, 'complete'),
      'decision.2.md': `# ${ID}, second look\n\n**Decision:** DESTROY\n\nPatch ${B.slice(0, 12)} only reformats generated code.\n`,
    });
    const report = await retention(repo, { mode: 'apply' });
    expect(report.deleted.sort()).toEqual([patchA, patchB, checksum].sort());
    expect(report.protected).toEqual([]);
  });

  test('an older record that names no patch covers the patches not newer than itself, never work exported after it', async () => {
    const repo = newRepo();
    const bytes = twoPatches(repo, { 'decision.md': '# WO-0050 cleanup\n\n**Status:** DECIDED - CLEANUP APPROVED\n**Decision:** DESTROY\n' }, 300, 150);
    const report = await retention(repo, { mode: 'apply' });
    expect(report.deleted).toEqual([patchA]);
    expect(reasonOf(report, patchB)).toBe('patch_undecided');
    expect(report.protected.find((p) => p.path === patchB)!.detail).toContain(`${folder}/decision.md records a decision but names no patch and is older than this patch, so it covers no new work`);
    expect(fs.readFileSync(repo.path(patchB))).toEqual(bytes.get(patchB));
    expect(fs.readFileSync(repo.path(checksum))).toEqual(bytes.get(checksum));
  });
});
