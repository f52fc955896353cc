import fs from 'node:fs';
import path from 'node:path';
import { readGcSettings, runGc, type GcReport, type GcSettings } from '../../src/commands/gc.js';
import type { GcOperation } from '../../src/gc/engine.js';
import { settingsFrom } from '../helpers/cli.js';
import { makeTempDir, TestRepo } from '../helpers/repo.js';
import { NOW, restoreFromPatch, TODAY } from './fixture.js';
import { decideDirty } from '../helpers/decisions.js';

/**
 * Changes git does not show are still work: edits to files flagged assume-unchanged or skip-worktree,
 * and files ignored only by a person's own rules (a self-ignoring `.gitignore`, a `.gitignore` that is
 * not committed, `.git/info/exclude`, `core.excludesFile`). gc treats them as dirty: they are in the
 * patch, the worktree stays until a decision, and --force-dirty removes it only once the patch
 * restores them byte for byte. Files ignored by the repository's committed `.gitignore` are build
 * output: never kept, they go with the worktree.
 */

type Variant = { name: string; id: string; make: (repo: TestRepo, wt: string) => void; hidden: string[] };

const VARIANTS: Variant[] = [
  {
    name: 'an edit to a file flagged assume-unchanged',
    id: 'WO-0101',
    make: (repo, wt) => {
      repo.git('-C', wt, 'update-index', '--assume-unchanged', 'src/app.ts');
      fs.writeFileSync(path.join(wt, 'src/app.ts'), 'export const app = 2; // hidden edit\n');
    },
    hidden: ['src/app.ts'],
  },
  {
    name: 'an edit to a file flagged skip-worktree',
    id: 'WO-0102',
    make: (repo, wt) => {
      repo.git('-C', wt, 'update-index', '--skip-worktree', 'config/app.yaml');
      fs.writeFileSync(path.join(wt, 'config/app.yaml'), 'port: 9090\n');
    },
    hidden: ['config/app.yaml'],
  },
  {
    name: 'files under a self-ignoring .gitignore',
    id: 'WO-0103',
    make: (_repo, wt) => {
      fs.mkdirSync(path.join(wt, 'research/deep'), { recursive: true });
      fs.writeFileSync(path.join(wt, 'research/.gitignore'), '*\n');
      fs.writeFileSync(path.join(wt, 'research/findings.md'), '# two weeks of findings\n');
      fs.writeFileSync(path.join(wt, 'research/deep/data.bin'), Buffer.from([0, 1, 2, 255]));
    },
    hidden: ['research/.gitignore', 'research/deep/data.bin', 'research/findings.md'],
  },
  {
    name: 'a file ignored by a nested .gitignore that is not committed',
    id: 'WO-0104',
    make: (_repo, wt) => {
      fs.writeFileSync(path.join(wt, 'src/.gitignore'), 'local-*.ts\n');
      fs.writeFileSync(path.join(wt, 'src/local-experiment.ts'), 'export const experiment = true;\n');
    },
    hidden: ['src/.gitignore', 'src/local-experiment.ts'],
  },
  {
    name: 'files ignored through .git/info/exclude',
    id: 'WO-0105',
    make: (repo, wt) => {
      fs.mkdirSync(repo.path('.git/info'), { recursive: true });
      fs.appendFileSync(repo.path('.git/info/exclude'), 'scratchpad/\n');
      fs.mkdirSync(path.join(wt, 'scratchpad'));
      fs.writeFileSync(path.join(wt, 'scratchpad/plan.txt'), 'the plan\n');
    },
    hidden: ['scratchpad/plan.txt'],
  },
  {
    name: 'a file ignored through core.excludesFile',
    id: 'WO-0106',
    make: (repo, wt) => {
      const excludes = repo.path('.git/my-excludes');
      fs.writeFileSync(excludes, '*.draft\n');
      repo.git('config', 'core.excludesFile', excludes);
      fs.writeFileSync(path.join(wt, 'release-notes.draft'), 'draft notes\n');
    },
    hidden: ['release-notes.draft'],
  },
];

function setup(variant: Variant): { repo: TestRepo; wt: string; head: string } {
  const repo = TestRepo.create();
  repo.write('.gitignore', '.worktrees/\ndist/\n');
  repo.write('src/app.ts', 'export const app = 1;\n');
  repo.write('config/app.yaml', 'port: 8080\n');
  repo.writeWo('done', variant.id);
  repo.commit('base');
  const wt = repo.addWorktree(variant.id);
  // Build output, ignored by the committed .gitignore: never kept.
  repo.write(`.worktrees/${variant.id}/dist/bundle.js`, 'built\n');
  variant.make(repo, wt);
  return { repo, wt, head: repo.git('-C', wt, 'rev-parse', 'HEAD').trim() };
}

const gc = (repo: TestRepo, options: Partial<GcSettings> = {}): Promise<GcReport> => runGc(settingsFrom(readGcSettings, { root: repo.root, today: TODAY }, { now: NOW, ...options }));
const only = (report: GcReport): GcOperation => {
  expect(report.operations).toHaveLength(1);
  return report.operations[0]!;
};

describe.each(VARIANTS)('$name', (variant) => {
  test('is dirty: plain --apply keeps the worktree and exports a patch holding it', async () => {
    const { repo, wt } = setup(variant);
    try {
      const before = new Map(variant.hidden.map((p) => [p, fs.readFileSync(path.join(wt, p))]));
      const report = await gc(repo, { mode: 'apply' });
      const op = only(report);
      expect(op.dirty).toBe(true);
      expect(op.action).toBe('export_patch');
      expect(op.needs_attention).toBe(true);
      expect(report.exit_code).toBe(1);
      expect(fs.existsSync(wt)).toBe(true);
      for (const [p, bytes] of before) expect(fs.readFileSync(path.join(wt, p)).equals(bytes)).toBe(true);
      expect(op.files!.map((f) => f.path).sort()).toEqual(variant.hidden);
      expect(op.files!.some((f) => f.path.startsWith('dist/'))).toBe(false);
    } finally {
      repo.cleanup();
    }
  });

  test('--force-dirty removes it only with a patch that restores the hidden files byte for byte', async () => {
    const { repo, wt, head } = setup(variant);
    try {
      const expected = new Map(variant.hidden.map((p) => [p, fs.readFileSync(path.join(wt, p)).toString('base64')]));
      const report = (decideDirty(repo.root, await gc(repo)), await gc(repo, { mode: 'apply', forceDirty: true }));
      const op = only(report);
      expect(op.outcome).toBe('done');
      expect(fs.existsSync(wt)).toBe(false);
      const restored = restoreFromPatch(repo, head, repo.path(op.patch_link!));
      for (const [p, bytes] of expected) expect(`${p}:${Buffer.from(restored.get(p)!.slice(2), 'base64').toString('base64')}`).toBe(`${p}:${bytes}`);
    } finally {
      repo.cleanup();
    }
  });
});

test('build output ignored by the committed .gitignore is not work: a worktree with only that is clean and removed', async () => {
  const repo = TestRepo.create();
  try {
    repo.write('.gitignore', '.worktrees/\ndist/\n*.log\n');
    repo.writeWo('done', 'WO-0110');
    repo.commit('base');
    const wt = repo.addWorktree('WO-0110');
    repo.write('.worktrees/WO-0110/dist/bundle.js', 'built\n');
    repo.write('.worktrees/WO-0110/build.log', 'log\n');
    const op = only(await gc(repo, { mode: 'apply' }));
    expect(op.dirty).toBe(false);
    expect(op.outcome).toBe('done');
    expect(fs.existsSync(wt)).toBe(false);
  } finally {
    repo.cleanup();
  }
});

test('a sparse checkout (skip-worktree files absent from the folder) is not a deletion', async () => {
  const repo = TestRepo.create();
  try {
    repo.write('.gitignore', '.worktrees/\n');
    repo.write('big/asset.txt', 'asset\n');
    repo.writeWo('done', 'WO-0111');
    repo.commit('base');
    const wt = repo.addWorktree('WO-0111');
    repo.git('-C', wt, 'update-index', '--skip-worktree', 'big/asset.txt');
    fs.rmSync(path.join(wt, 'big'), { recursive: true });
    const op = only(await gc(repo));
    expect(op.dirty).toBe(false);
  } finally {
    repo.cleanup();
  }
});

test('a dry run of a worktree with hidden changes writes nothing', async () => {
  const { repo } = setup(VARIANTS[0]!);
  const tmp = makeTempDir('wo-toolkit-unused-');
  try {
    const before = repo.snapshot();
    const op = only(await gc(repo));
    expect(op.dirty).toBe(true);
    expect(repo.snapshot()).toEqual(before);
  } finally {
    repo.cleanup();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
