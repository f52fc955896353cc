import { describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { readTransitionsSettings, runTransitions, type TransitionsReport } from '../../src/commands/transitions.js';
import { cliArgs } from '../../src/cli/command.js';
import { makeTempDir, runGit, type TestRepo } from '../helpers/repo.js';
import { schemaErrors } from '../helpers/schemas.js';
import { buildRealRepo } from '../helpers/real-repo.js';
import { governedRepo, moveWo, PLAIN_LOCK, richWo, writeCloseEvidence } from './fixture.js';

/**
 * transitions on real repositories: a base on main, a feature branch with the change, and the engine
 * comparing the two through git alone (nothing checked out is read).
 */

/** Settings read as the command line reads them. */
function settings(values: { root: string; base?: string; head?: string; staged?: boolean; 'bypass-marker'?: string; config?: string }) {
  return readTransitionsSettings(cliArgs(values));
}

async function compare(repo: TestRepo, options: { base?: string; head?: string; staged?: boolean; bypassMarker?: string; config?: string } = {}): Promise<TransitionsReport> {
  const report = await runTransitions(
    settings({
      root: repo.root,
      base: options.base ?? 'main',
      head: options.staged ? undefined : (options.head ?? 'feature'),
      staged: options.staged ?? false,
      'bypass-marker': options.bypassMarker,
      config: options.config,
    }),
  );
  expect(schemaErrors('transitions-report.schema.json', report)).toEqual([]);
  return report;
}

function feature(repo: TestRepo): void {
  repo.git('checkout', '-q', '-b', 'feature');
}

const codes = (report: TransitionsReport): string[] => report.violations.map((v) => `${v.wo_id}:${v.code}`).sort();

describe('legal moves', () => {
  test('pending → running with its lock, running → failed and → pending without theirs, failed → pending, a new WO in pending', async () => {
    const repo = governedRepo();
    const headSha = repo.git('rev-parse', 'HEAD').trim();
    feature(repo);
    moveWo(repo, '_ctx/jobs/pending/WO-0012.yaml', '_ctx/jobs/running/WO-0012.yaml', { id: 'WO-0012', status: 'running' });
    repo.write('_ctx/jobs/running/WO-0012.lock', PLAIN_LOCK('WO-0012'));
    moveWo(repo, '_ctx/jobs/running/WO-0018A.yaml', '_ctx/jobs/failed/WO-0018A.yaml', { id: 'WO-0018A', status: 'failed' });
    repo.git('rm', '-q', '_ctx/jobs/running/WO-0018A.lock');
    moveWo(repo, '_ctx/jobs/failed/WO-0020.yaml', '_ctx/jobs/pending/WO-0020.yaml', { id: 'WO-0020', status: 'pending' });
    repo.write('_ctx/jobs/pending/WO-0031.yaml', richWo('WO-0031', { status: 'pending', owner: null }));
    moveWo(repo, '_ctx/jobs/running/WO-0012.1.yaml', '_ctx/jobs/done/WO-0012.1.yaml', { id: 'WO-0012.1', status: 'done', verifiedAtSha: headSha.slice(0, 10) });
    repo.git('rm', '-q', '_ctx/jobs/running/WO-0012.1.lock');
    writeCloseEvidence(repo, 'WO-0012.1');
    repo.commit('move work orders through the pipeline');

    const report = await compare(repo);
    expect(report.violations).toEqual([]);
    expect(report.exit_code).toBe(0);
    expect(report.changes.map((c) => [c.wo_id, c.from, c.to, c.outcome])).toEqual([
      ['WO-0012', 'pending', 'running', 'legal'],
      ['WO-0012.1', 'running', 'done', 'legal'],
      ['WO-0018A', 'running', 'failed', 'legal'],
      ['WO-0020', 'failed', 'pending', 'legal'],
      ['WO-0031', null, 'pending', 'legal'],
    ]);
    expect(report.base).toBe(repo.git('rev-parse', 'main').trim());
    expect(report.head).toBe(repo.git('rev-parse', 'feature').trim());
  });

  test('running → pending (released) with the lock taken away', async () => {
    const repo = governedRepo();
    feature(repo);
    moveWo(repo, '_ctx/jobs/running/WO-0018A.yaml', '_ctx/jobs/pending/WO-0018A.yaml', { id: 'WO-0018A', status: 'pending', owner: null });
    repo.git('rm', '-q', '_ctx/jobs/running/WO-0018A.lock');
    repo.commit('release WO-0018A');
    const report = await compare(repo);
    expect(report.changes).toEqual([{ wo_id: 'WO-0018A', from: 'running', to: 'pending', file: '_ctx/jobs/pending/WO-0018A.yaml', outcome: 'legal' }]);
    expect(report.exit_code).toBe(0);
  });

  test('no change to the state folders: nothing to judge', async () => {
    const repo = governedRepo();
    feature(repo);
    repo.write('src/app.ts', 'export {};\n');
    repo.commit('code only');
    const report = await compare(repo);
    expect(report.changes).toEqual([]);
    expect(report.exit_code).toBe(0);
  });
});

describe('violations', () => {
  test('pending → done, done → pending and a new WO straight into running are illegal; from is null for a new file', async () => {
    const repo = governedRepo();
    const sha = repo.git('rev-parse', 'HEAD').trim();
    feature(repo);
    moveWo(repo, '_ctx/jobs/pending/WO-0013.yaml', '_ctx/jobs/done/WO-0013.yaml', { id: 'WO-0013', status: 'done', verifiedAtSha: sha });
    writeCloseEvidence(repo, 'WO-0013');
    moveWo(repo, '_ctx/jobs/done/WO-P2.1.yaml', '_ctx/jobs/pending/WO-P2.1.yaml', { id: 'WO-P2.1', status: 'pending' });
    repo.write('_ctx/jobs/running/WO-0040.yaml', richWo('WO-0040', { status: 'running' }));
    repo.write('_ctx/jobs/running/WO-0040.lock', PLAIN_LOCK('WO-0040'));
    repo.commit('shortcuts');

    const report = await compare(repo);
    expect(report.exit_code).toBe(1);
    expect(codes(report)).toEqual(['WO-0013:illegal_transition', 'WO-0040:illegal_transition', 'WO-P2.1:illegal_transition']);
    const byId = new Map(report.violations.map((v) => [v.wo_id, v]));
    expect(byId.get('WO-0040')).toMatchObject({ from: null, to: 'running', file: '_ctx/jobs/running/WO-0040.yaml', line: 4, bypassed: false });
    expect(byId.get('WO-0013')).toMatchObject({ from: 'pending', to: 'done', file: '_ctx/jobs/done/WO-0013.yaml', line: 4 });
    expect(byId.get('WO-P2.1')).toMatchObject({ from: 'done', to: 'pending' });
  });

  test('a deleted WO file is wo_deleted, at its old file and the line of its id', async () => {
    const repo = governedRepo();
    feature(repo);
    repo.git('rm', '-q', '_ctx/jobs/pending/WO-0013.yaml');
    repo.commit('drop WO-0013');
    const report = await compare(repo);
    expect(report.violations).toEqual([
      expect.objectContaining({ wo_id: 'WO-0013', code: 'wo_deleted', from: 'pending', to: null, file: '_ctx/jobs/pending/WO-0013.yaml', line: 4 }),
    ]);
    expect(report.changes).toEqual([{ wo_id: 'WO-0013', from: 'pending', to: null, file: '_ctx/jobs/pending/WO-0013.yaml', outcome: 'violation' }]);
  });

  test('a WO file moved out of the state folders altogether is deleted from the pipeline', async () => {
    const repo = governedRepo();
    feature(repo);
    fs.mkdirSync(repo.path('_ctx/archive'), { recursive: true });
    repo.git('mv', '_ctx/jobs/failed/WO-0020.yaml', '_ctx/archive/WO-0020.yaml');
    repo.commit('archive WO-0020');
    expect(codes(await compare(repo))).toEqual(['WO-0020:wo_deleted']);
  });

  test('an id that changes is id_changed on the new id line, and the old id is not also reported deleted', async () => {
    const repo = governedRepo();
    feature(repo);
    repo.write('_ctx/jobs/pending/WO-0013.yaml', richWo('WO-0014', { status: 'pending', owner: null }));
    repo.commit('renumber');
    const report = await compare(repo);
    expect(report.violations).toEqual([
      expect.objectContaining({ wo_id: 'WO-0014', code: 'id_changed', from: 'pending', to: 'pending', file: '_ctx/jobs/pending/WO-0013.yaml', line: 4 }),
    ]);
    expect(report.violations[0]!.message).toContain('WO-0013');
  });

  test('a move into running without the lock is lock_missing; out of running with the lock left is lock_left', async () => {
    const repo = governedRepo();
    feature(repo);
    moveWo(repo, '_ctx/jobs/pending/WO-0012.yaml', '_ctx/jobs/running/WO-0012.yaml', { id: 'WO-0012', status: 'running' });
    moveWo(repo, '_ctx/jobs/running/WO-0018A.yaml', '_ctx/jobs/failed/WO-0018A.yaml', { id: 'WO-0018A', status: 'failed' });
    repo.commit('moves without their locks');
    const report = await compare(repo);
    expect(report.violations).toEqual([
      expect.objectContaining({ wo_id: 'WO-0012', code: 'lock_missing', from: 'pending', to: 'running', file: '_ctx/jobs/running/WO-0012.yaml', line: 4 }),
      expect.objectContaining({ wo_id: 'WO-0018A', code: 'lock_left', from: 'running', to: 'failed', file: '_ctx/jobs/running/WO-0018A.lock', line: 1 }),
    ]);
  });

  test('a close without verified_at_sha, with a SHA outside the head history, with a FAIL verdict or without the artifacts is close_unverified, saying which', async () => {
    const repo = governedRepo();
    // A commit on another branch: a real commit, but not in the head's history.
    repo.git('checkout', '-q', '-b', 'elsewhere');
    repo.write('other.txt', 'x\n');
    const outside = repo.commit('elsewhere');
    repo.git('checkout', '-q', 'main');
    const inside = repo.git('rev-parse', 'HEAD').trim();
    feature(repo);
    moveWo(repo, '_ctx/jobs/running/WO-0018A.yaml', '_ctx/jobs/done/WO-0018A.yaml', { id: 'WO-0018A', status: 'done', verifiedAtSha: null });
    repo.git('rm', '-q', '_ctx/jobs/running/WO-0018A.lock');
    writeCloseEvidence(repo, 'WO-0018A');
    moveWo(repo, '_ctx/jobs/running/WO-0012.1.yaml', '_ctx/jobs/done/WO-0012.1.yaml', { id: 'WO-0012.1', status: 'done', verifiedAtSha: outside });
    repo.git('rm', '-q', '_ctx/jobs/running/WO-0012.1.lock');
    writeCloseEvidence(repo, 'WO-0012.1', { verdict: 'fail', where: 'handoff', artifacts: ['handoff.md'] });
    // A link in place of an artifact is not the artifact.
    fs.symlinkSync('/etc/hostname', repo.path('_ctx/handoff/WO-0012.1/diff.patch'));
    repo.commit('close two WOs');

    const report = await compare(repo);
    const messages = report.violations.map((v) => `${v.wo_id}:${v.code}:${v.line}:${v.message}`);
    expect(report.violations.every((v) => v.code === 'close_unverified' && v.to === 'done' && v.from === 'running')).toBe(true);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^WO-0018A:close_unverified:4:.*without verified_at_sha/),
        expect.stringMatching(new RegExp(`^WO-0012.1:close_unverified:16:.*${outside}, which is not a commit of the head's history`)),
        expect.stringMatching(/^WO-0012.1:close_unverified:4:.*verdict FAIL \(_ctx\/handoff\/WO-0012.1\/verdict.json\), not PASS/),
        expect.stringMatching(/^WO-0012.1:close_unverified:6:.*requires in _ctx\/handoff\/WO-0012.1\/: diff.patch$/),
      ]),
    );
    expect(report.violations).toHaveLength(4);
    expect(report.violations.map((v) => `${v.wo_id}:${v.condition}`).sort()).toEqual(['WO-0012.1:artifacts', 'WO-0012.1:verdict', 'WO-0012.1:verified_at_sha', 'WO-0018A:verified_at_sha']);
    void inside;
  });

  test('a close without any verdict, or whose DoD is unknown, is close_unverified', async () => {
    const repo = governedRepo();
    const sha = repo.git('rev-parse', 'HEAD').trim();
    feature(repo);
    moveWo(repo, '_ctx/jobs/running/WO-0018A.yaml', '_ctx/jobs/done/WO-0018A.yaml', { id: 'WO-0018A', status: 'done', verifiedAtSha: sha, dodId: 'DOD-9999' });
    repo.git('rm', '-q', '_ctx/jobs/running/WO-0018A.lock');
    repo.commit('close without evidence');
    const report = await compare(repo);
    expect(report.violations.map((v) => v.message)).toEqual([
      expect.stringContaining('without a PASS verdict: no verdict file'),
      expect.stringContaining('dod_id DOD-9999, which no DoD in _ctx/dod/ defines'),
    ]);
  });

  test('editing a WO that stays in done/ or failed/ is closed_wo_edited at the first changed line', async () => {
    const repo = governedRepo();
    feature(repo);
    repo.write('_ctx/jobs/done/WO-P2.1.yaml', richWo('WO-P2.1', { status: 'done', verifiedAtSha: 'abcdef1', note: 'rewritten later' }));
    repo.write('_ctx/jobs/failed/WO-0020.yaml', richWo('WO-0020', { status: 'failed' }).replace('priority: P1', 'priority: P0'));
    repo.commit('touch closed WOs');
    const report = await compare(repo);
    expect(report.violations).toEqual([
      expect.objectContaining({ wo_id: 'WO-0020', code: 'closed_wo_edited', from: 'failed', to: 'failed', file: '_ctx/jobs/failed/WO-0020.yaml', line: 10 }),
      expect.objectContaining({ wo_id: 'WO-P2.1', code: 'closed_wo_edited', from: 'done', to: 'done', file: '_ctx/jobs/done/WO-P2.1.yaml', line: 21 }),
    ]);
  });
});

describe('identity', () => {
  test('git mv is a move, not a deletion and a new WO; a rename within a folder with the same content is nothing', async () => {
    const repo = governedRepo();
    feature(repo);
    repo.git('mv', '_ctx/jobs/pending/WO-0012.yaml', '_ctx/jobs/running/WO-0012.yaml');
    repo.write('_ctx/jobs/running/WO-0012.lock', PLAIN_LOCK('WO-0012'));
    repo.git('mv', '_ctx/jobs/done/WO-P2.1.yaml', '_ctx/jobs/done/wo-p2.1-closed.yaml');
    repo.commit('git mv');
    const diff = repo.git('diff', '--name-status', '-M', 'main', 'feature');
    expect(diff).toMatch(/^R100\t_ctx\/jobs\/pending\/WO-0012.yaml\t_ctx\/jobs\/running\/WO-0012.yaml$/m);
    const report = await compare(repo);
    expect(report.changes).toEqual([{ wo_id: 'WO-0012', from: 'pending', to: 'running', file: '_ctx/jobs/running/WO-0012.yaml', outcome: 'legal' }]);
    expect(report.violations).toEqual([]);
  });

  test('a WO is its id, not its file name: a move under another name is the same WO; an unchanged file whose name is not an id is still read', async () => {
    const repo = governedRepo();
    feature(repo);
    // WO-0007 lives in done/_archive_2025_ingest.yaml; a new file declaring it appears in pending/: a reopening.
    repo.write('_ctx/jobs/pending/reopen-ingest.yaml', richWo('WO-0007', { status: 'pending' }));
    // WO-0013 moves to running/ under a new name.
    repo.git('mv', '_ctx/jobs/pending/WO-0013.yaml', '_ctx/jobs/running/ingest-replay.yaml');
    repo.write('_ctx/jobs/running/ingest-replay.yaml', richWo('WO-0013', { status: 'running' }));
    repo.write('_ctx/jobs/running/WO-0013.lock', PLAIN_LOCK('WO-0013'));
    repo.commit('names that are not ids');
    const report = await compare(repo);
    expect(report.changes.map((c) => [c.wo_id, c.from, c.to])).toEqual([
      ['WO-0007', 'done', 'done'],
      ['WO-0013', 'pending', 'running'],
    ]);
    expect(report.violations).toEqual([
      expect.objectContaining({ wo_id: 'WO-0007', code: 'illegal_transition', file: '_ctx/jobs/pending/reopen-ingest.yaml', line: 4 }),
    ]);
  });

  test('a WO file whose YAML is broken keeps its identity: an edit of a closed WO, not a new WO', async () => {
    const repo = governedRepo();
    feature(repo);
    repo.write('_ctx/jobs/done/_archive_2025_ingest.yaml', `${richWo('WO-0007', { status: 'done', verifiedAtSha: '1234567' })}broken: [\n`);
    repo.commit('break it');
    const report = await compare(repo);
    expect(codes(report)).toEqual(['WO-0007:closed_wo_edited']);
    expect(report.violations[0]!.line).toBe(richWo('WO-0007', { status: 'done' }).split('\n').length);
  });
});

describe('the bypass marker', () => {
  test('only the violations of the marked commit are bypassed, listed with the commit and its subject', async () => {
    const repo = governedRepo();
    feature(repo);
    moveWo(repo, '_ctx/jobs/pending/WO-0013.yaml', '_ctx/jobs/done/WO-0013.yaml', { id: 'WO-0013', status: 'done' });
    repo.commit('close WO-0013 by hand');
    moveWo(repo, '_ctx/jobs/done/WO-P2.1.yaml', '_ctx/jobs/pending/WO-P2.1.yaml', { id: 'WO-P2.1', status: 'pending' });
    const marked = repo.commit('reopen WO-P2.1 [emergency]\n\nProduction incident 4711: the fix was reverted.');
    repo.write('_ctx/jobs/failed/WO-0020.yaml', richWo('WO-0020', { status: 'failed', note: 'edited' }));
    repo.commit('edit a failed WO');

    const report = await compare(repo);
    expect(report.exit_code).toBe(1);
    const bypassed = report.violations.filter((v) => v.bypassed);
    expect(bypassed).toEqual([expect.objectContaining({ wo_id: 'WO-P2.1', code: 'illegal_transition', commit: marked, commit_subject: 'reopen WO-P2.1 [emergency]' })]);
    // WO-0013: the illegal move, and a close without a verified SHA, a verdict or the artifacts.
    expect(report.violations.filter((v) => !v.bypassed).map((v) => `${v.wo_id}:${v.code}`).sort()).toEqual([
      'WO-0013:close_unverified',
      'WO-0013:close_unverified',
      'WO-0013:close_unverified',
      'WO-0013:illegal_transition',
      'WO-0020:closed_wo_edited',
    ]);
    expect(report.summary).toMatchObject({ bypassed: 1, violations: 5 });
    expect(report.changes.find((c) => c.wo_id === 'WO-P2.1')!.outcome).toBe('bypassed');
  });

  test('when every violation is bypassed the run passes, and the bypass stays visible; a custom marker replaces the default', async () => {
    const repo = governedRepo();
    feature(repo);
    moveWo(repo, '_ctx/jobs/done/WO-P2.1.yaml', '_ctx/jobs/pending/WO-P2.1.yaml', { id: 'WO-P2.1', status: 'pending' });
    repo.commit('reopen WO-P2.1 HOTFIX-OVERRIDE');
    expect((await compare(repo)).exit_code).toBe(1);
    const report = await compare(repo, { bypassMarker: 'HOTFIX-OVERRIDE' });
    expect(report.exit_code).toBe(0);
    expect(report.violations).toEqual([expect.objectContaining({ bypassed: true, commit_subject: 'reopen WO-P2.1 HOTFIX-OVERRIDE' })]);
    expect(report.bypass_marker).toBe('HOTFIX-OVERRIDE');
  });

  test('an unmarked commit that also changed the same file keeps the violation', async () => {
    const repo = governedRepo();
    feature(repo);
    moveWo(repo, '_ctx/jobs/done/WO-P2.1.yaml', '_ctx/jobs/pending/WO-P2.1.yaml', { id: 'WO-P2.1', status: 'pending' });
    repo.commit('reopen [emergency]');
    repo.write('_ctx/jobs/pending/WO-P2.1.yaml', richWo('WO-P2.1', { status: 'pending', note: 'more' }));
    repo.commit('tweak');
    const report = await compare(repo);
    expect(report.violations).toEqual([expect.objectContaining({ wo_id: 'WO-P2.1', bypassed: false })]);
  });

  test('merge commits in the range: a marked commit merged from a side branch still bypasses, and a clean merge adds nothing', async () => {
    const repo = governedRepo();
    feature(repo);
    repo.git('checkout', '-q', '-b', 'side');
    moveWo(repo, '_ctx/jobs/done/WO-P2.1.yaml', '_ctx/jobs/pending/WO-P2.1.yaml', { id: 'WO-P2.1', status: 'pending' });
    const marked = repo.commit('reopen on the side [emergency]');
    repo.git('checkout', '-q', 'feature');
    moveWo(repo, '_ctx/jobs/pending/WO-0013.yaml', '_ctx/jobs/done/WO-0013.yaml', { id: 'WO-0013', status: 'done' });
    repo.commit('close by hand');
    repo.git('merge', '-q', '--no-ff', '--no-edit', 'side');
    // main moves on too, and is merged into the feature branch: its changes are not the pull request's.
    repo.git('checkout', '-q', 'main');
    repo.write('_ctx/jobs/pending/WO-0050.yaml', richWo('WO-0050', { status: 'pending' }));
    repo.commit('new WO on main');
    repo.git('checkout', '-q', 'feature');
    repo.git('merge', '-q', '--no-edit', 'main');
    expect(repo.git('rev-list', '--merges', 'main..feature').trim().split('\n')).toHaveLength(2);

    const report = await compare(repo);
    expect(report.changes.map((c) => c.wo_id)).toEqual(['WO-0013', 'WO-P2.1']);
    expect(report.violations.find((v) => v.wo_id === 'WO-P2.1')).toMatchObject({ bypassed: true, commit: marked });
    expect(report.violations.filter((v) => v.wo_id === 'WO-0013').every((v) => !v.bypassed)).toBe(true);
    expect(report.merge_base).toBe(repo.git('rev-parse', 'main').trim());
  });
});

describe('--staged', () => {
  test('compares the index with HEAD: staged changes are judged, unstaged ones are not', async () => {
    const repo = governedRepo();
    // Staged: a legal move with its lock.
    repo.git('mv', '_ctx/jobs/pending/WO-0012.yaml', '_ctx/jobs/running/WO-0012.yaml');
    repo.write('_ctx/jobs/running/WO-0012.lock', PLAIN_LOCK('WO-0012'));
    repo.git('add', '_ctx/jobs/running/WO-0012.lock');
    // Unstaged: an illegal edit of a done WO and a deletion, both only in the working tree.
    repo.write('_ctx/jobs/done/WO-P2.1.yaml', richWo('WO-P2.1', { status: 'done', note: 'unstaged' }));
    fs.rmSync(repo.path('_ctx/jobs/pending/WO-0013.yaml'));
    let report = await compare(repo, { base: 'HEAD', staged: true });
    expect(report.changes).toEqual([{ wo_id: 'WO-0012', from: 'pending', to: 'running', file: '_ctx/jobs/running/WO-0012.yaml', outcome: 'legal' }]);
    expect(report.exit_code).toBe(0);
    expect(report.head).toBe('index');

    repo.git('add', '_ctx/jobs/done/WO-P2.1.yaml');
    report = await compare(repo, { base: 'HEAD', staged: true });
    expect(codes(report)).toEqual(['WO-P2.1:closed_wo_edited']);
    expect(report.violations[0]!.bypassed).toBe(false);
  });

  test('the first commit of a repository: everything staged is new', async () => {
    const dir = makeTempDir();
    runGit(dir, ['init', '-q', '-b', 'main']);
    fs.mkdirSync(path.join(dir, '_ctx/jobs/done'), { recursive: true });
    fs.mkdirSync(path.join(dir, '_ctx/jobs/pending'), { recursive: true });
    fs.writeFileSync(path.join(dir, '_ctx/jobs/done/WO-0001.yaml'), richWo('WO-0001', { status: 'done' }));
    fs.writeFileSync(path.join(dir, '_ctx/jobs/pending/WO-0002.yaml'), richWo('WO-0002', { status: 'pending' }));
    runGit(dir, ['add', '-A']);
    const report = await runTransitions(settings({ root: dir, staged: true }));
    expect(report.changes.map((c) => [c.wo_id, c.from, c.to])).toEqual([
      ['WO-0001', null, 'done'],
      ['WO-0002', null, 'pending'],
    ]);
    expect(report.violations.filter((v) => v.wo_id === 'WO-0001').map((v) => v.code)).toEqual(['illegal_transition', 'close_unverified', 'close_unverified', 'close_unverified']);
    expect(report.violations.filter((v) => v.wo_id === 'WO-0002')).toEqual([]);
  });
});

describe('configuration', () => {
  test('transitions in the configuration replace the legal moves of the states they name', async () => {
    const repo = governedRepo();
    repo.write('.wo-toolkit.yaml', 'transitions:\n  pending: [running, done]\n  done: [pending]\nbypass_marker: "[hotfix]"\n');
    repo.commit('config');
    const sha = repo.git('rev-parse', 'HEAD').trim();
    feature(repo);
    moveWo(repo, '_ctx/jobs/pending/WO-0013.yaml', '_ctx/jobs/done/WO-0013.yaml', { id: 'WO-0013', status: 'done', verifiedAtSha: sha });
    writeCloseEvidence(repo, 'WO-0013');
    moveWo(repo, '_ctx/jobs/done/WO-P2.1.yaml', '_ctx/jobs/pending/WO-P2.1.yaml', { id: 'WO-P2.1', status: 'pending' });
    moveWo(repo, '_ctx/jobs/failed/WO-0020.yaml', '_ctx/jobs/pending/WO-0020.yaml', { id: 'WO-0020', status: 'pending' });
    repo.commit('configured moves');
    const report = await compare(repo);
    expect(report.violations).toEqual([]);
    expect(report.bypass_marker).toBe('[hotfix]');
  });

  test('an unknown state in transitions is a configuration error naming the file', async () => {
    const repo = governedRepo();
    repo.write('.wo-toolkit.yaml', 'transitions:\n  pending: [archived]\n');
    repo.commit('bad config');
    await expect(runTransitions(settings({ root: repo.root, base: 'HEAD' }))).rejects.toThrow(/^\.wo-toolkit\.yaml: .*transitions/);
  });
});

describe('could not run (exit 2, one line saying what to fetch)', () => {
  test('an unknown base ref names the argument and what to fetch', async () => {
    const repo = governedRepo();
    await expect(runTransitions(settings({ root: repo.root, base: 'origin/release' }))).rejects.toMatchObject({
      exitCode: 2,
      message: "--base: 'origin/release' is not a commit of this repository: fetch it first (git fetch origin origin/release)",
    });
  });

  test('not a git repository', async () => {
    const dir = makeTempDir();
    await expect(runTransitions(settings({ root: dir, base: 'main' }))).rejects.toMatchObject({ exitCode: 2 });
  });

  test('a shallow clone without the base says to fetch the history; with it, a verified SHA beyond the cut is a note, not a violation', async () => {
    const repo = governedRepo();
    const old = repo.git('rev-parse', 'HEAD').trim();
    repo.write('docs/a.md', 'a\n');
    repo.commit('later on main');
    feature(repo);
    moveWo(repo, '_ctx/jobs/running/WO-0018A.yaml', '_ctx/jobs/done/WO-0018A.yaml', { id: 'WO-0018A', status: 'done', verifiedAtSha: old });
    repo.git('rm', '-q', '_ctx/jobs/running/WO-0018A.lock');
    writeCloseEvidence(repo, 'WO-0018A');
    repo.commit('close WO-0018A');
    const clone = makeTempDir();
    runGit(clone, ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo.root}`, 'c']);
    const shallow = path.join(clone, 'c');
    const base = repo.git('rev-parse', 'main').trim();
    await expect(runTransitions(settings({ root: shallow, base }))).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/^--base: '[0-9a-f]{40}' is not in this shallow clone: fetch the full history \(git fetch --unshallow, or actions\/checkout with fetch-depth: 0\)/),
    });
    // Fetch the base commit alone (depth 1): the base is there, the old verified commit is not.
    runGit(shallow, ['fetch', '-q', '--depth', '1', 'origin', 'main']);
    runGit(shallow, ['fetch', '-q', '--depth', '2', 'origin', 'feature']);
    const report = await runTransitions(settings({ root: shallow, base }));
    expect(report.shallow).toBe(true);
    expect(report.violations).toEqual([]);
    expect(report.notes).toEqual([expect.objectContaining({ wo_id: 'WO-0018A', code: 'shallow_history', line: 16 })]);
    expect(report.exit_code).toBe(0);
  });
});

/** A running WO's text as the close script leaves it: `status: done` and the verified commit. */
function closeText(running: string, sha: string): string {
  expect(running).toMatch(/^status: running$/m);
  return running.replace(/^status: running$/m, `status: done\nverified_at_sha: ${sha}`);
}

describe('a repository in the shape real pipelines leave, with no configuration', () => {
  test('a verified close with its verdict in _ctx/logs/ and a requeue are legal; no false violation from archives, sub-folders or legacy files', async () => {
    const real = buildRealRepo({ worktrees: false });
    try {
      const repo = real.repo;
      const verified = repo.git('rev-parse', 'HEAD').trim();
      repo.git('checkout', '-q', '-b', 'feature');
      const running = repo.read('_ctx/jobs/running/WO-0052.yaml');
      repo.git('mv', '_ctx/jobs/running/WO-0052.yaml', '_ctx/jobs/done/WO-0052.yaml');
      repo.write('_ctx/jobs/done/WO-0052.yaml', closeText(running, verified));
      repo.git('rm', '-q', '_ctx/jobs/running/WO-0052.lock');
      repo.write('_ctx/handoff/WO-0052/handoff.md', '# WO-0052\nDone; the retry budget is not covered.\n');
      repo.write('_ctx/handoff/WO-0052/diff.patch', 'diff --git a/src/x.ts b/src/x.ts\n');
      repo.git('mv', '_ctx/jobs/failed/WO-0040.yaml', '_ctx/jobs/pending/WO-0040.yaml');
      repo.commit('close WO-0052, requeue WO-0040');

      const report = await compare(repo);
      expect(report.violations).toEqual([]);
      expect(report.changes.map((c) => [c.wo_id, c.from, c.to, c.outcome])).toEqual([
        ['WO-0040', 'failed', 'pending', 'legal'],
        ['WO-0052', 'running', 'done', 'legal'],
      ]);
    } finally {
      real.cleanup();
    }
  });

  test('an unreadable verdict (a byte-order mark) is no PASS: the close is unverified', async () => {
    const real = buildRealRepo({ worktrees: false, plant: ['bomVerdict'] });
    try {
      const repo = real.repo;
      const verified = repo.git('rev-parse', 'HEAD').trim();
      repo.git('checkout', '-q', '-b', 'feature');
      const running = repo.read('_ctx/jobs/running/WO-0052.yaml');
      repo.git('rm', '-q', '_ctx/jobs/running/WO-0052.yaml', '_ctx/jobs/running/WO-0052.lock');
      repo.write('_ctx/jobs/done/WO-0052.yaml', closeText(running, verified));
      repo.write('_ctx/handoff/WO-0052/handoff.md', '# WO-0052\n');
      repo.write('_ctx/handoff/WO-0052/diff.patch', 'diff\n');
      repo.commit('close WO-0052');
      const report = await compare(repo);
      expect(report.violations.map((v) => `${v.code}: ${v.message}`)).toEqual([
        'close_unverified: WO-0052 moved into done/ without a PASS verdict: no verdict in _ctx/logs/WO-0052/verdict.json',
      ]);
    } finally {
      real.cleanup();
    }
  });
});
