import { afterEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { buildRealRepo, DEFECT_PLANTS, DRIFT_PLANTS, type RealRepo } from './real-repo.js';

/** The shared real-shape fixture builds what its comment promises (other suites rely on it). */

let real: RealRepo | undefined;
afterEach(() => {
  real?.cleanup();
  real = undefined;
});

describe('buildRealRepo', () => {
  it('lays out a healthy repository in the real shape, worktrees beside it on both branch styles', () => {
    real = buildRealRepo();
    const { repo, root, base } = real;
    expect(path.dirname(root)).toBe(base);
    const worktrees = repo.git('worktree', 'list', '--porcelain').split('\n').filter((l) => l.startsWith('worktree ') || l.startsWith('branch '));
    expect(worktrees).toEqual([
      `worktree ${root}`,
      'branch refs/heads/main',
      `worktree ${path.join(base, '.worktrees', 'WO-0018A')}`,
      'branch refs/heads/job/WO-0018A',
      `worktree ${path.join(base, '.worktrees', 'WO-0052')}`,
      'branch refs/heads/feat/wo-WO-0052',
    ]);
    for (const schema of ['work_order', 'backlog', 'dod']) expect(repo.exists(`docs/backlog/schema/${schema}.schema.json`)).toBe(true);
    const catalog = parse(repo.read('_ctx/dod/dod-legacy.yaml')) as { dod: { id: string; x_legacy: boolean }[] };
    expect(catalog.dod.map((d) => [d.id, d.x_legacy])).toEqual([
      ['DOD-LEGACY-V1', true],
      ['DOD-LEGACY-V2', true],
    ]);
    const wo = repo.read('_ctx/jobs/running/WO-0052.yaml');
    expect(wo.split('\n').length).toBeGreaterThanOrEqual(75);
    expect(wo).toMatch(/^description: \|$/m);
    expect(wo).toMatch(/^objective: >$/m);
    const data = parse(wo) as Record<string, unknown>;
    expect(data['title']).toBe('Run WO-0052 through the take step so that the pipeline can close it without a person');
    expect(data['execution']).toMatchObject({ required_flow: ['take', 'implement', 'verify', 'handoff', 'close'] });
    expect(repo.read('_ctx/jobs/running/WO-0052.lock')).toMatch(/^Locked by ctx_wo_take\.py at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\nPID: 4242\nUser: dev\n$/);
    expect((parse(repo.read('_ctx/jobs/done/WO-0008_job.yaml')) as Record<string, unknown>)).toMatchObject({ id: 'WO-0008', x_legacy: true });
    expect(repo.exists('_ctx/jobs/done/WO-0015.yaml.archived-2026-02-23')).toBe(true);
    expect(fs.statSync(repo.path('_ctx/jobs/done/_archive_v2_plans')).isDirectory()).toBe(true);
    expect(JSON.parse(repo.read('_ctx/logs/WO-0040/verdict.json'))).toMatchObject({ status: 'FAIL', failure_stage: 'verify' });
    expect(repo.read('_ctx/handoff/WO-0012/decision.md')).toContain('**Status:** DECIDED - CLEANUP APPROVED');
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('plants every drift and defect it names, each in its own place', () => {
    real = buildRealRepo({ plant: [...DRIFT_PLANTS, ...DEFECT_PLANTS] });
    const { repo, besideWorktrees } = real;
    expect(fs.readdirSync(besideWorktrees).sort()).toEqual(['WO-0001', 'WO-0012', 'WO-0018A', 'WO-0040', 'WO-0052', 'WO-0061', 'WO-0062', 'WO-0071', 'WO-0099']);
    expect(repo.git('-C', path.join(besideWorktrees, 'WO-0040'), 'status', '--porcelain')).toBe(' M README.md\n?? notes-WO-0040.txt\n');
    expect(repo.read('_ctx/logs/WO-0052/verdict.json').charCodeAt(0)).toBe(0xfeff);
    expect(parse(repo.read('_ctx/jobs/failed/WO-0033.yaml'))).toMatchObject({ id: 'WO-00033' });
    expect(real.lineOf('_ctx/backlog/backlog.yaml', 'owner:')).toBe(3);
    expect(repo.read('_ctx/jobs/pending/WO-0020-formatter.yaml')).not.toMatch(/^priority:/m);
  });

  it('builds a CI checkout without any worktree', () => {
    real = buildRealRepo({ worktrees: false, plant: ['ghostWorktree', 'zombieWorktrees'] });
    expect(fs.existsSync(real.besideWorktrees)).toBe(false);
    expect(real.repo.git('worktree', 'list').trim().split('\n')).toHaveLength(1);
  });
});
