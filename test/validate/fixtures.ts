import type { ValidateBacklogReport } from '../../src/commands/validate-backlog.js';
import { TestRepo, type State } from '../helpers/repo.js';

/**
 * Hand-written YAML for the validate-backlog tests, so that every expected line and column can be
 * read off the text. A WO written by `woText` has these lines:
 *
 *   1 id: <id>            5 scope:          9 verify:
 *   2 epic_id: EPIC-001   6   allow:       10   commands:
 *   3 dod_id: DOD-DEFAULT 7     - src/**   11     - npm test
 *   4 title: Task <id>    8   deny: []     12 <extra lines>
 */
export function woText(id: string, extra = ''): string {
  return [
    `id: ${id}`,
    'epic_id: EPIC-001',
    'dod_id: DOD-DEFAULT',
    `title: Task ${id}`,
    'scope:',
    '  allow:',
    '    - src/**',
    '  deny: []',
    'verify:',
    '  commands:',
    '    - npm test',
    '',
  ].join('\n') + extra;
}

export const SHA = '0123456789abcdef0123456789abcdef01234567';

export const BACKLOG = ['epics:', '  - id: EPIC-001', '    title: First epic', ''].join('\n');

export const DOD_DEFAULT = ['id: DOD-DEFAULT', 'title: Default', 'required_artifacts:', '  - handoff.md', ''].join('\n');

/** A repository with a backlog (EPIC-001) and one DoD (DOD-DEFAULT, requiring handoff.md), no WO yet. */
export function baseRepo(): TestRepo {
  const repo = TestRepo.create();
  repo.writeBacklog([], { raw: BACKLOG });
  repo.writeDod('DOD-DEFAULT', { raw: DOD_DEFAULT });
  return repo;
}

/** Writes a done WO with its verified_at_sha and its evidence (handoff.md). */
export function writeDoneWo(repo: TestRepo, id: string): string {
  repo.write(`_ctx/handoff/${id}/handoff.md`, `# ${id}\n`);
  return repo.writeWo('done', id, { raw: woText(id, `verified_at_sha: ${SHA}\n`) });
}

export function writeRawWo(repo: TestRepo, state: State, fileName: string, text: string | Buffer): string {
  return repo.write(`_ctx/jobs/${state}/${fileName}`, text);
}

/** Every problem of a report as `file:line:col severity rule`, in report order (errors, then warnings). */
export function problemLines(report: ValidateBacklogReport): string[] {
  return [...report.errors, ...report.warnings].map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`);
}

/**
 * A repository that uses every feature validate-backlog checks, correctly: a configuration, a
 * whitelist with an active entry, a backlog with queues, two DoDs, WOs in all four states with every
 * optional field, and the evidence its done WOs need. It must pass under --strict.
 */
export function fullValidRepo(): TestRepo {
  const repo = TestRepo.create();
  repo.write('.wo-toolkit.yaml', '# yaml-language-server: $schema=../schemas/config.schema.json\nstale_lock_hours: 2\nretention_days: 60\n');
  repo.write(
    '_ctx/jobs/audit_whitelist.yaml',
    ['entries:', '  - code: duplicate_yaml', '    wo_id: WO-0001', '    reason: legacy copy kept during migration', '    owner: platform-team', '    review_by: 2099-12-31', ''].join('\n'),
  );
  repo.writeBacklog([], {
    raw: [
      'epics:',
      '  - id: EPIC-001',
      '    title: Pipeline hardening',
      '    status: active',
      '    description: Make the work-order pipeline safe to run unattended.',
      '    wo_queue: [WO-0001, WO-0002, WO-0003]',
      '  - id: EPIC-002',
      '    title: Reporting',
      '    wo_queue:',
      '      - WO-0004',
      '  - id: EPIC-003',
      '    title: Later',
      '',
    ].join('\n'),
  });
  repo.writeDod('DOD-DEFAULT', { fields: { required_artifacts: ['handoff.md', 'verdict.json'], checks: ['tests pass', 'reviewed'] } });
  repo.writeDod('DOD-0001', { fields: { title: 'Docs only', checks: ['spell-checked'] } });
  const full = (id: string, status: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    status,
    owner: 'dev',
    priority: 'P1',
    branch: `feat/wo-${id}`,
    worktree: `.worktrees/${id}`,
    description: 'Line one.\nLine two.',
    created_at: '2026-01-05T10:00:00Z',
    ...extra,
  });
  repo.writeWo('pending', 'WO-0001', { fields: full('WO-0001', 'pending', { priority: 2 }) });
  repo.writeWo('running', 'WO-0002', { fields: full('WO-0002', 'running', { started_at: '2026-01-06T09:00:00+01:00' }) });
  repo.writeWo('done', 'WO-0003', {
    fields: full('WO-0003', 'done', { started_at: '2026-01-06', finished_at: '2026-01-07T17:30:00Z', verified_at_sha: SHA }),
  });
  repo.write('_ctx/handoff/WO-0003/handoff.md', '# WO-0003\n');
  repo.write('_ctx/handoff/WO-0003/verdict.json', '{"verdict": "PASS"}\n');
  repo.writeWo('failed', 'WO-0004', { fields: { epic_id: 'EPIC-002', dod_id: 'DOD-0001', status: 'failed' } });
  repo.writeWo('done', 'WO-0005', { fields: { epic_id: 'EPIC-003', dod_id: 'DOD-0001', verified_at_sha: SHA.toUpperCase() } });
  repo.writeLock('WO-0002');
  repo.commit('backlog');
  return repo;
}
