import fs from 'node:fs';
import path from 'node:path';
import { readGcSettings, runGc, type GcReport, type GcSettings } from '../../src/commands/gc.js';
import { readRetentionGcSettings, runRetentionGc } from '../../src/commands/retention-gc.js';
import type { GcOperation } from '../../src/gc/engine.js';
import { settingsFrom } from '../helpers/cli.js';
import { completeTemplate, personDecisionNaming } from '../helpers/decisions.js';
import { makeTempDir, TestRepo } from '../helpers/repo.js';
import { runCliBundle } from '../helpers/bundles.js';
import { NOW, restoreFromPatch, sha256sumCheck, significantFiles, TODAY } from './fixture.js';

/**
 * One decision per patch (docs/formats.md#one-decision-per-patch): a decision covers the patch it
 * names; --force-dirty removes a dirty worktree only when a complete decision names its current patch;
 * two dirty worktrees of one WO (one inside the repository on feat/wo-, one beside it on an older job/
 * branch) each get their own evidence, and neither overwrites the other's.
 */

const gc = (repo: TestRepo, options: Partial<GcSettings> = {}): Promise<GcReport> => runGc(settingsFrom(readGcSettings, { root: repo.root, today: TODAY }, { now: NOW, ...options }));

const INSIDE = '.worktrees/WO-0300';
const BESIDE = '../.worktrees/WO-0300';

interface Two {
  repo: TestRepo;
  head: string;
  cleanup: () => void;
}

/** A done WO with two dirty worktrees: one inside the repository, one beside it on a job/ branch. */
function twoWorktrees(same: boolean): Two {
  const base = makeTempDir('wo-toolkit-two-');
  const repo = TestRepo.create({ at: path.join(base, 'repo') });
  repo.write('.gitignore', '.worktrees/\n');
  repo.write('src/app.ts', 'export const app = 1;\n');
  repo.writeWo('done', 'WO-0300');
  repo.commit('base');
  repo.addWorktree('WO-0300');
  repo.addWorktree('WO-0300', { path: BESIDE, branch: 'job/WO-0300' });
  for (const [wt, who] of [
    [INSIDE, 'inside'],
    [BESIDE, 'beside'],
  ] as const) {
    repo.write(`${wt}/src/app.ts`, `export const app = ${same ? 2 : `'${who}'`};\n`);
    repo.write(`${wt}/notes/${same ? 'todo' : who}.md`, `# work that exists only here${same ? '' : ` (${who})`}\n`);
  }
  return { repo, head: repo.git('rev-parse', 'HEAD').trim(), cleanup: () => fs.rmSync(base, { recursive: true, force: true }) };
}

function op(report: GcReport, wt: string): GcOperation {
  const found = report.operations.find((o) => o.wo_id === 'WO-0300' && o.path === wt);
  if (!found) throw new Error(`no operation for ${wt} in ${report.operations.map((o) => o.path).join(', ')}`);
  return found;
}

function folderBytes(repo: TestRepo): Map<string, string> {
  const dir = repo.path('_ctx/handoff/WO-0300');
  return new Map(
    fs.readdirSync(dir).map((n) => {
      const abs = path.join(dir, n);
      return [n, fs.lstatSync(abs).isSymbolicLink() ? `link:${fs.readlinkSync(abs)}` : fs.readFileSync(abs, 'base64')];
    }),
  );
}

describe('two dirty worktrees of one WO', () => {
  test('different work: two patches, two decision files, one checksum naming both; a re-run writes nothing', async () => {
    const { repo, cleanup } = twoWorktrees(false);
    try {
      const report = await gc(repo, { mode: 'export-patch' });
      const [inside, beside] = [op(report, INSIDE), op(report, BESIDE)];
      expect(inside.patch_sha256).not.toBe(beside.patch_sha256);
      expect(new Set([inside.decision_path, beside.decision_path])).toEqual(new Set(['_ctx/handoff/WO-0300/decision.md', '_ctx/handoff/WO-0300/decision.2.md']));
      for (const [mine, other] of [
        [inside, beside],
        [beside, inside],
      ] as const) {
        const text = repo.read(mine.decision_path!);
        expect(text).toContain(`dirty.${mine.patch_sha256}.patch`);
        expect(text).not.toContain(other.patch_sha256!);
        expect(text).toContain(`| Worktree | \`${mine.path}\``);
        expect(repo.exists(mine.patch_path!)).toBe(true);
      }
      const checks = sha256sumCheck(repo.path('_ctx/handoff/WO-0300/dirty.patch.sha256'));
      expect(checks).toContain(`dirty.${inside.patch_sha256}.patch: OK`);
      expect(checks).toContain(`dirty.${beside.patch_sha256}.patch: OK`);

      // Stable: a second export neither rewrites a decision nor moves the link back and forth.
      const before = folderBytes(repo);
      const again = await gc(repo, { mode: 'export-patch' });
      expect(again.operations.flatMap((o) => o.written)).toEqual([]);
      expect(folderBytes(repo)).toEqual(before);
      expect(report.exit_code).toBe(1);
    } finally {
      cleanup();
    }
  });

  test('a decision about one worktree\'s patch removes that one only: the other is refused with one line naming its decision file', async () => {
    const { repo, head, cleanup } = twoWorktrees(false);
    try {
      const exported = await gc(repo, { mode: 'export-patch' });
      const [inside, beside] = [op(exported, INSIDE), op(exported, BESIDE)];
      const besideFiles = significantFiles(repo, BESIDE);
      const insideFiles = significantFiles(repo, INSIDE);
      completeTemplate(repo.path(inside.decision_path!));
      const evidence = folderBytes(repo);

      const report = await gc(repo, { mode: 'apply', forceDirty: true });
      expect(op(report, INSIDE)).toMatchObject({ action: 'export_patch_and_remove', outcome: 'done' });
      const refused = op(report, BESIDE);
      expect(refused).toMatchObject({ action: 'export_patch', needs_attention: true, decision_path: beside.decision_path, decision_complete: false });
      expect(refused.reason).toContain(`--force-dirty refused: ${beside.decision_path} names dirty.${beside.patch_sha256}.patch but is not complete`);
      expect(report.exit_code).toBe(1);
      expect(fs.existsSync(repo.path(INSIDE))).toBe(false);
      expect(significantFiles(repo, BESIDE)).toEqual(besideFiles);
      // Nothing in the evidence folder changed: neither patch, nor either decision, nor the checksum.
      expect(folderBytes(repo)).toEqual(evidence);
      expect(restoreFromPatch(repo, head, repo.path(inside.patch_path!))).toEqual(insideFiles);
      expect(restoreFromPatch(repo, head, repo.path(beside.patch_path!))).toEqual(besideFiles);
    } finally {
      cleanup();
    }
  });

  test.each([
    ['a copy of the first patch left in the other worktree', (sha: string): [string, string] => [`dirty.${sha}.patch`, 'a copy of the patch, to try it here\n']],
    ['a file named after 12 digits of its hash', (sha: string): [string, string] => [`notes/review-${sha.slice(0, 12)}.md`, '# review notes\n']],
  ] as const)(
    "a decision about the other worktree's work whose file list holds %s does not decide the first: it stays, and retention keeps its patch",
    async (_name, leftover) => {
      const base = makeTempDir('wo-toolkit-crossname-');
      const repo = TestRepo.create({ at: path.join(base, 'repo') });
      try {
        repo.write('.gitignore', '.worktrees/\n');
        repo.write('src/app.ts', 'export const app = 1;\n');
        repo.writeWo('done', 'WO-0300');
        repo.commit('base');
        repo.addWorktree('WO-0300');
        repo.write(`${INSIDE}/src/app.ts`, 'export const app = 2; // work A\n');
        const first = op(await gc(repo, { mode: 'export-patch' }), INSIDE);
        const workA = significantFiles(repo, INSIDE);

        repo.addWorktree('WO-0300', { path: BESIDE, branch: 'job/WO-0300' });
        const [name, content] = leftover(first.patch_sha256!);
        repo.write(`${BESIDE}/${name}`, content);
        repo.write(`${BESIDE}/src/b.ts`, 'export const b = 1; // work B\n');
        const second = op(await gc(repo, { mode: 'export-patch' }), BESIDE);
        expect(second.decision_path).not.toBe(first.decision_path);
        // The file list of the template about work B names A's patch (or its prefix), as a file.
        expect(repo.read(second.decision_path!)).toContain(name.includes('dirty.') ? first.patch_sha256! : first.patch_sha256!.slice(0, 12));
        completeTemplate(repo.path(second.decision_path!));

        const report = await gc(repo, { mode: 'apply', forceDirty: true });
        expect(op(report, BESIDE)).toMatchObject({ outcome: 'done' });
        const kept = op(report, INSIDE);
        expect(kept.action).toBe('export_patch');
        expect(kept.reason).toContain('--force-dirty refused');
        expect(significantFiles(repo, INSIDE)).toEqual(workA);

        // Retention, long after: patch A has no complete decision naming it and stays, byte for byte.
        repo.commit('evidence');
        const patchA = fs.readFileSync(repo.path(first.patch_path!));
        const retention = await runRetentionGc(settingsFrom(readRetentionGcSettings, { root: repo.root, today: '2027-06-01', days: '1', mode: 'apply' }));
        expect(retention.exit_code).toBe(0);
        expect(fs.readFileSync(repo.path(first.patch_path!))).toEqual(patchA);
      } finally {
        fs.rmSync(base, { recursive: true, force: true });
      }
    },
  );

  test('identical work: one patch and one decision cover both; each worktree is proved against its own files before it goes', async () => {
    const { repo, head, cleanup } = twoWorktrees(true);
    try {
      const dry = await gc(repo);
      const [inside, beside] = [op(dry, INSIDE), op(dry, BESIDE)];
      expect(inside.patch_sha256).toBe(beside.patch_sha256);
      const files = significantFiles(repo, BESIDE);
      fs.mkdirSync(repo.path('_ctx/handoff/WO-0300'), { recursive: true });
      repo.write('_ctx/handoff/WO-0300/decision.md', personDecisionNaming('WO-0300', inside.patch_sha256!));
      const report = await gc(repo, { mode: 'apply', forceDirty: true });
      expect(op(report, INSIDE)).toMatchObject({ outcome: 'done', action: 'export_patch_and_remove', decision_path: '_ctx/handoff/WO-0300/decision.md' });
      expect(op(report, BESIDE)).toMatchObject({ outcome: 'done', action: 'export_patch_and_remove', decision_path: '_ctx/handoff/WO-0300/decision.md' });
      expect(fs.existsSync(repo.path(INSIDE)) || fs.existsSync(repo.path(BESIDE))).toBe(false);
      expect(fs.readdirSync(repo.path('_ctx/handoff/WO-0300')).sort()).toEqual(['decision.md', `dirty.${inside.patch_sha256}.patch`, 'dirty.patch', 'dirty.patch.sha256']);
      expect(restoreFromPatch(repo, head, repo.path(inside.patch_path!))).toEqual(files);
      // Both branches survive.
      expect(repo.git('branch', '--format=%(refname:short)').split('\n').filter(Boolean).sort()).toEqual(['feat/wo-WO-0300', 'job/WO-0300', 'main']);
    } finally {
      cleanup();
    }
  });
});

describe('--force-dirty needs a complete decision that names the current patch', () => {
  function oneWorktree(): { repo: TestRepo; cleanup: () => void } {
    const repo = TestRepo.create();
    repo.write('.gitignore', '.worktrees/\n');
    repo.write('src/app.ts', 'export const app = 1;\n');
    repo.writeWo('done', 'WO-0301');
    repo.commit('base');
    repo.addWorktree('WO-0301');
    repo.write('.worktrees/WO-0301/src/app.ts', 'export const app = 2;\n');
    return { repo, cleanup: () => repo.cleanup() };
  }

  const DECISION = '_ctx/handoff/WO-0301/decision.md';
  const words = (naming: string): string => `# WO-0301\n\n**Status:** DECIDED - CLEANUP APPROVED\n**Decision:** DESTROY\n\n${naming}\n`;

  test.each([
    ['the full SHA-256', (sha: string) => words(`Patch reviewed: ${sha}.`)],
    ['the file name', (sha: string) => words(`Looked at dirty.${sha}.patch with the owner.`)],
    ['a 12-digit prefix, upper case', (sha: string) => words(`Patch ${sha.slice(0, 12).toUpperCase()}… is a formatter run.`)],
    ['the template, completed', (sha: string) => `| **Patch Hash** | \`${sha}\` |\n| **Status** | DECIDED |\n\n**Choose ONE**: [ ] APPLY | [X] DISCARD | [ ] MANUAL REVIEW\n`],
  ])('a decision that names the patch by %s counts', async (_how, decision) => {
    const { repo, cleanup } = oneWorktree();
    try {
      const sha = op0(await gc(repo)).patch_sha256!;
      fs.mkdirSync(repo.path('_ctx/handoff/WO-0301'), { recursive: true });
      repo.write(DECISION, decision(sha));
      const done = op0(await gc(repo, { mode: 'apply', forceDirty: true }));
      expect(done).toMatchObject({ outcome: 'done', action: 'export_patch_and_remove', decision_complete: true, decision_path: DECISION });
      expect(fs.existsSync(repo.path('.worktrees/WO-0301'))).toBe(false);
      expect(repo.read(DECISION)).toBe(decision(sha));
    } finally {
      cleanup();
    }
  });

  test.each([
    ['names no patch (an older record)', () => words('The branch has everything.'), 'names no patch, so it covers no new work', 'decision.2.md'],
    ['names another patch', () => words(`Patch reviewed: ${'0'.repeat(64)}.`), 'no decision names', 'decision.2.md'],
    ['names the patch by 11 digits only', (sha: string) => words(`Patch ${sha.slice(0, 11)} reviewed.`), 'no decision names', 'decision.2.md'],
    ['names the patch but is not complete', (sha: string) => `**Status:** PENDING\n\ndirty.${sha}.patch\n`, 'names dirty.', 'decision.md'],
    ['names the patch inside a longer hex word', (sha: string) => words(`Build ${sha}ab.`), 'no decision names', 'decision.2.md'],
  ])('a decision that %s: --force-dirty refuses, names the patch and the file to complete, keeps every byte', async (_how, decision, why, file) => {
    const { repo, cleanup } = oneWorktree();
    try {
      const sha = op0(await gc(repo)).patch_sha256!;
      fs.mkdirSync(repo.path('_ctx/handoff/WO-0301'), { recursive: true });
      repo.write(DECISION, decision(sha));
      const report = await gc(repo, { mode: 'apply', forceDirty: true });
      const refused = op0(report);
      expect(refused).toMatchObject({ action: 'export_patch', outcome: 'done', needs_attention: true });
      expect(refused.reason).toContain('--force-dirty refused: ');
      expect(refused.reason).toContain(why);
      expect(refused.reason).toContain(`decide dirty.${sha}.patch in ${refused.decision_path}`);
      expect(report.exit_code).toBe(1);
      expect(repo.read('.worktrees/WO-0301/src/app.ts')).toBe('export const app = 2;\n');
      expect(repo.read(DECISION)).toBe(decision(sha));
      // The person's record stays; a patch it does not name gets a template of its own beside it.
      expect(refused.decision_path).toBe(`_ctx/handoff/WO-0301/${file}`);
      expect(repo.read(refused.decision_path!)).toContain(`dirty.${sha}.patch`);
    } finally {
      cleanup();
    }
  });

  test('a decision taken back while the run proves the patch: read again right before the removal, the worktree stays', async () => {
    const { repo, cleanup } = oneWorktree();
    const scratch = makeTempDir('wo-toolkit-decision-race-');
    try {
      const sha = op0(await gc(repo)).patch_sha256!;
      fs.mkdirSync(repo.path('_ctx/handoff/WO-0301'), { recursive: true });
      repo.write(DECISION, words(`dirty.${sha}.patch reviewed.`));
      const pause = path.join(scratch, 'go');
      const run = runCliBundle(['gc', '--apply', '--force-dirty', '--root', '.', '--json', '-', '--quiet'], {
        cwd: repo.root,
        env: { WO_TOOLKIT_GC_PAUSE_AFTER: 'verified', WO_TOOLKIT_GC_PAUSE_FILE: pause },
      });
      while (!fs.existsSync(`${pause}.paused`)) await new Promise((resolve) => setTimeout(resolve, 20));
      repo.write(DECISION, `**Status:** PENDING - asking the owner first\n\ndirty.${sha}.patch\n`);
      fs.writeFileSync(pause, '');
      const result = await run;
      expect(result.code).toBe(1);
      const refused = (JSON.parse(result.stdout) as GcReport).operations.find((o) => o.wo_id === 'WO-0301')!;
      expect(refused.outcome).toBe('skipped');
      expect(refused.reason).toContain(`not removed, --force-dirty refused: ${DECISION} names dirty.${sha}.patch but is not complete`);
      expect(repo.read('.worktrees/WO-0301/src/app.ts')).toBe('export const app = 2;\n');
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
      cleanup();
    }
  });

  function op0(report: GcReport): GcOperation {
    return report.operations.find((o) => o.wo_id === 'WO-0301')!;
  }
});
