import { afterEach, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import type { AuditReport } from '../../src/commands/audit.js';
import type { GcReport } from '../../src/commands/gc.js';
import type { ValidateBacklogReport } from '../../src/commands/validate-backlog.js';
import type { WeeklyGateReport } from '../../src/commands/weekly-gate.js';
import { runCli } from '../helpers/cli.js';
import { buildRealRepo, DEFECT_PLANTS, DRIFT_PLANTS, personDecision, type RealRepo } from '../helpers/real-repo.js';
import { schemaErrors } from '../helpers/schemas.js';

/**
 * Every command on a repository laid out the way a real pipeline lays it out (test/helpers/real-repo.ts),
 * with no configuration at all: no false finding, no false error, no missed drift.
 */

let real: RealRepo | undefined;
afterEach(() => {
  real?.cleanup();
  real = undefined;
});

async function json<T>(args: string[]): Promise<{ code: number; report: T; stderr: string }> {
  const run = await runCli([...args, '--json', '-']);
  return { code: run.code, report: JSON.parse(run.stdout) as T, stderr: run.stderr };
}

const problems = (report: ValidateBacklogReport): string[] => [...report.errors, ...report.warnings].map((p) => `${p.file}:${p.line} ${p.rule}`).sort();
const codes = (report: AuditReport): string[] => report.findings.map((f) => `${f.code}:${f.wo_id}`).sort();

const P = '_ctx/jobs/pending';
const R = '_ctx/jobs/running';
const D = '_ctx/jobs/done';
const F = '_ctx/jobs/failed';

describe('validate-backlog --strict on a real repository, no configuration', () => {
  test('a healthy one passes, validated against its own schemas (named in the report)', async () => {
    real = buildRealRepo();
    const { code, report } = await json<ValidateBacklogReport>(['validate-backlog', '--root', real.root, '--strict']);
    expect(problems(report)).toEqual([]);
    expect(code).toBe(0);
    expect(report.config_file).toBeNull();
    expect(report.files).toMatchObject({ dod: 2, work_orders: 10, backlog: 1 });
    expect(report.schemas).toEqual([
      { kind: 'config', file: 'schemas/config.schema.json', origin: 'bundled', draft: '2020-12' },
      { kind: 'whitelist', file: 'schemas/whitelist.schema.json', origin: 'bundled', draft: '2020-12' },
      { kind: 'work_order', file: 'docs/backlog/schema/work_order.schema.json', origin: 'repository', draft: 'draft-07' },
      { kind: 'backlog', file: 'docs/backlog/schema/backlog.schema.json', origin: 'repository', draft: 'draft-07' },
      { kind: 'dod', file: 'docs/backlog/schema/dod.schema.json', origin: 'repository', draft: '2020-12' },
    ]);
    expect(schemaErrors('validate-backlog-report.schema.json', report)).toEqual([]);
    const text = await runCli(['validate-backlog', '--root', real.root, '--strict']);
    expect(text.stdout).toContain('schemas: work_order docs/backlog/schema/work_order.schema.json (draft-07), backlog docs/backlog/schema/backlog.schema.json (draft-07), dod docs/backlog/schema/dod.schema.json (2020-12); bundled for config, whitelist\n');
  });

  test('without its own schemas, the bundled ones accept the same real shape', async () => {
    real = buildRealRepo();
    real.repo.remove('docs/backlog/schema');
    const { code, report } = await json<ValidateBacklogReport>(['validate-backlog', '--root', real.root, '--strict']);
    expect(problems(report)).toEqual([]);
    expect(code).toBe(0);
    expect(report.schemas!.every((s) => s.origin === 'bundled')).toBe(true);
  });

  test('reports exactly the planted defects, each at its line', async () => {
    real = buildRealRepo({ plant: [...DEFECT_PLANTS, 'archiveCollision', 'legacyDuplicate', 'splitBrainMistypedId'] });
    const at = (rel: string, needle: string, rule: string): string => `${rel}:${real!.lineOf(rel, needle)} ${rule}`;
    const { code, report } = await json<ValidateBacklogReport>(['validate-backlog', '--root', real.root, '--strict']);
    expect(problems(report)).toEqual(
      [
        // closedBacklog: the backlog schema has additionalProperties: false
        at('_ctx/backlog/backlog.yaml', 'owner: platform-team', 'unknown-key'),
        // archiveCollision: the archive file declares WO-0001, which done/WO-0001.yaml declares too
        at(`${D}/WO-0001.yaml`, 'id: WO-0001', 'duplicate-id'),
        at(`${D}/_archive_WO-0001-old-E0001.yaml`, 'id: WO-0001', 'duplicate-id'),
        at(`${D}/_archive_WO-0001-old-E0001.yaml`, 'id: WO-0001', 'id-mismatch'),
        // legacyDuplicate: a current copy beside the x_legacy one (identity still counts)
        at(`${D}/WO-0008.yaml`, 'id: WO-0008', 'duplicate-id'),
        at(`${D}/WO-0008_job.yaml`, 'id: WO-0008', 'duplicate-id'),
        // splitBrainMistypedId: the failed copy's id is mistyped
        at(`${F}/WO-0033.yaml`, 'id: WO-00033', 'id-mismatch'),
        // badPattern: priority 'urgent'
        at(`${P}/WO-0012.1.yaml`, 'priority: urgent', 'schema/pattern'),
        // missingRequiredKey: no priority, reported at the WO's mapping
        at(`${P}/WO-0020-formatter.yaml`, 'id: WO-0020-formatter', 'schema/required'),
        // legacyDodUse: a current WO on a legacy DoD (a warning, an error under --strict)
        at(`${P}/WO-0020-formatter.yaml`, 'dod_id: DOD-LEGACY-V2', 'legacy-dod'),
        // badEnum: status 'partially'
        at(`${P}/WO-P2.1.yaml`, 'status: partially', 'schema/enum'),
        // unknownKey: reviewer is not in the repository's schema
        at(`${R}/WO-0052.yaml`, 'reviewer: alice', 'unknown-key'),
      ].sort(),
    );
    expect(code).toBe(1);
    const message = (rule: string): string | undefined => report.errors.find((p) => p.rule === rule)?.message;
    expect(message('schema/required')).toBe("missing required key 'priority'");
    expect(message('schema/enum')).toBe("status: must be one of pending, running, done, failed, partial, blocked; got 'partially'");
    expect(message('legacy-dod')).toContain('DOD-LEGACY-V2');
    // Without --strict the legacy DoD and the unknown key are warnings.
    const lax = await json<ValidateBacklogReport>(['validate-backlog', '--root', real.root]);
    expect(lax.report.warnings.map((p) => p.rule).sort()).toEqual(['legacy-dod', 'unknown-key']);
  });
});

describe('audit on a real repository, no configuration', () => {
  test('a healthy one has no finding and no note', async () => {
    real = buildRealRepo();
    const { code, report } = await json<AuditReport>(['audit', '--root', real.root, '--fail-on', 'all']);
    expect(report.findings).toEqual([]);
    expect(report.notes).toEqual([]);
    expect(code).toBe(0);
  });

  test('finds exactly the planted drift: worktrees beside the repository on both branch styles, both verdict places', async () => {
    real = buildRealRepo({ plant: [...DRIFT_PLANTS] });
    const { code, report } = await json<AuditReport>(['audit', '--root', real.root]);
    expect(schemaErrors('audit-report.schema.json', report)).toEqual([]);
    expect(codes(report)).toEqual(
      [
        'ghost_worktree:WO-0099', // ../.worktrees/WO-0099
        'zombie_worktree:WO-0001', // feat/wo- branch
        'zombie_worktree:WO-0012', // job/ branch: by its folder beside the repository
        'zombie_worktree:WO-0040', // failed, dirty
        'fail_but_running:WO-0061', // _ctx/logs status FAIL
        'fail_but_running:WO-0062', // _ctx/logs status CRASH
        'running_without_worktree:WO-0070',
        'running_without_lock:WO-0071',
        'stale_lock:WO-0018A', // plain-text lock of 2026-02-18
        'split_brain:WO-0033', // same file name, mistyped id
        'id_mismatch:WO-0033',
        'unreadable_verdict:WO-0052', // byte-order mark
        'unreadable_verdict:WO-0018A', // "verdict": "FAILED"
        'duplicate_yaml:WO-0001', // the archive file
        'duplicate_yaml:WO-0008', // the legacy copy
      ].sort(),
    );
    expect(code).toBe(1);
    const find = (c: string, id: string) => report.findings.find((f) => f.code === c && f.wo_id === id)!;
    expect(find('fail_but_running', 'WO-0061')).toMatchObject({ verdict: 'FAIL', failure_stage: 'verify', finished_at: '2026-02-19T10:07:31Z', paths: [`${R}/WO-0061.yaml`, '_ctx/logs/WO-0061/verdict.json'] });
    expect(find('fail_but_running', 'WO-0062')).toMatchObject({ verdict: 'CRASH', failure_stage: 'setup' });
    expect(find('ghost_worktree', 'WO-0099').paths).toEqual(['../.worktrees/WO-0099']);
    expect(find('stale_lock', 'WO-0018A').message).toContain('(by dev, pid 4243)');
    expect(find('unreadable_verdict', 'WO-0052').message).toContain('byte-order mark');
    expect(find('unreadable_verdict', 'WO-0018A').message).toContain("'FAILED'");
    expect(find('id_mismatch', 'WO-0033').paths).toEqual([`${F}/WO-0033.yaml`]);
    expect(report.notes).toEqual([]);
  });

  test('a CI checkout without worktrees reports no running_without_worktree and says so once', async () => {
    real = buildRealRepo({ worktrees: false, plant: ['runningWithoutWorktree', 'failButRunning'] });
    const { report } = await json<AuditReport>(['audit', '--root', real.root]);
    expect(codes(report)).toEqual(['fail_but_running:WO-0061']);
    expect(report.notes).toHaveLength(1);
    expect(report.notes[0]).toContain('running_without_worktree was not checked');
    const text = await runCli(['audit', '--root', real.root]);
    expect(text.stdout.match(/^note: /gm)).toHaveLength(1);
  });
});

describe('gc and weekly-gate see the worktrees beside the repository', () => {
  test('gc --apply removes clean zombies and the ghost beside the repository, keeps the dirty one with its evidence', async () => {
    real = buildRealRepo({ plant: ['zombieWorktrees', 'dirtyZombie', 'ghostWorktree'] });
    const beside = real.besideWorktrees;
    const dirtyBefore = real.repo.files(path.relative(real.root, path.join(beside, 'WO-0040')));
    const dry = await json<GcReport>(['gc', '--root', real.root]);
    expect(dry.report.operations.map((op) => `${op.kind}:${op.wo_id}:${op.path}:${op.dirty}`).sort()).toEqual([
      'ghost:WO-0099:../.worktrees/WO-0099:false',
      'zombie:WO-0001:../.worktrees/WO-0001:false',
      'zombie:WO-0012:../.worktrees/WO-0012:false',
      'zombie:WO-0040:../.worktrees/WO-0040:true',
    ]);
    const { code, report } = await json<GcReport>(['gc', '--root', real.root, '--apply']);
    expect(schemaErrors('gc-report.schema.json', report)).toEqual([]);
    expect(code).toBe(1); // the dirty zombie waits for a decision
    expect(fs.readdirSync(beside).sort()).toEqual(['WO-0018A', 'WO-0040', 'WO-0052']);
    // The dirty worktree is intact, byte for byte, and its patch is in the evidence folder.
    expect(real.repo.files(path.relative(real.root, path.join(beside, 'WO-0040')))).toEqual(dirtyBefore);
    const op = report.operations.find((o) => o.wo_id === 'WO-0040')!;
    expect(op.patch_path).toMatch(/^_ctx\/handoff\/WO-0040\/dirty\.[0-9a-f]{64}\.patch$/);
    expect(real.repo.exists(op.patch_path!)).toBe(true);
    // Branches are never deleted, whatever their style.
    expect(real.repo.git('branch', '--list', 'feat/wo-WO-0001', 'job/WO-0012', 'feat/wo-WO-0099').split('\n').filter(Boolean)).toHaveLength(3);
  });

  test('weekly-gate fails on the ghost beside the repository and lists the dirty zombie', async () => {
    real = buildRealRepo({ plant: ['zombieWorktrees', 'dirtyZombie', 'ghostWorktree'] });
    const { code, report } = await json<WeeklyGateReport>(['weekly-gate', '--root', real.root]);
    expect(code).toBe(1);
    expect(report.p0_count).toBe(1);
    const items = report.action_required.map((i) => `${i.type}:${i.wo_id}`).sort();
    expect(items).toEqual(['dirty_zombie:WO-0040', 'ghost_worktree:WO-0099']);
  });

  test('weekly-gate fails on an unreadable verdict of a running WO', async () => {
    real = buildRealRepo({ plant: ['bomVerdict'] });
    const { code, report } = await json<WeeklyGateReport>(['weekly-gate', '--root', real.root]);
    expect(code).toBe(1);
    expect(report.action_required.map((i) => `${i.type}:${i.wo_id}`)).toEqual(['unreadable_verdict:WO-0052']);
  });

  test('a healthy real repository passes the gate: its person-written decisions are complete', async () => {
    real = buildRealRepo();
    const { code, report } = await json<WeeklyGateReport>(['weekly-gate', '--root', real.root]);
    expect(report.action_required).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('retention-gc treats a decision in a person\'s own words as complete', () => {
  test('old patches under person-written decisions are eligible; a pending one protects its folder', async () => {
    real = buildRealRepo();
    // WO-0030's record says it is still pending: not a decision.
    real.repo.write('_ctx/handoff/WO-0030/decision.md', personDecision('WO-0030').replace('**Status:** DECIDED - CLEANUP APPROVED', '**Status:** PENDING'));
    real.repo.commit('WO-0030 decision reopened');
    const run = await runCli(['retention-gc', '--root', real.root, '--json', '-']);
    const report = JSON.parse(run.stdout) as { eligible: { path: string }[]; protected: { path: string; reason: string }[] };
    expect(report.eligible.map((e) => e.path).sort()).toEqual([
      expect.stringMatching(/^_ctx\/handoff\/WO-0012\/dirty\.[0-9a-f]{64}\.patch$/),
      '_ctx/handoff/WO-0012/dirty.patch.sha256',
    ]);
    expect(report.protected.map((p) => `${path.dirname(p.path)} ${p.reason}`)).toEqual([
      '_ctx/handoff/WO-0030 decision_incomplete',
      '_ctx/handoff/WO-0030 decision_incomplete',
    ]);
  });
});
