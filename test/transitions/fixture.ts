import { TestRepo } from '../helpers/repo.js';

/**
 * A governed repository in the shape real pipelines keep: rich WO files (block scalars, nested
 * mappings, comments, the id below a header), odd ids, a list-shaped DoD catalog, plain-text locks,
 * verdicts in the handoff folder and in `_ctx/logs/` under `verdict`, `status` or `result`.
 */

export interface WoShape {
  status: string;
  dodId?: string;
  verifiedAtSha?: string | null;
  owner?: string | null;
  note?: string;
}

/** An ~80-line WO file as pipelines write them; `id:` sits on line 4. */
export function richWo(id: string, shape: WoShape): string {
  const sha = shape.verifiedAtSha === undefined || shape.verifiedAtSha === null ? 'null' : shape.verifiedAtSha;
  return `# Work order ${id}
# yaml-language-server: $schema=../../../docs/backlog/schema/work_order.schema.json
version: 2
id: ${id}
epic_id: EPIC-PLATFORM
dod_id: ${shape.dodId ?? 'DOD-DEFAULT'}
title: "Harden the ingestion path for ${id}"
status: ${shape.status}
owner: ${shape.owner === undefined ? 'maria.k' : shape.owner === null ? 'null' : shape.owner}
priority: P1
branch: feat/wo-${id}
worktree: ../.worktrees/${id}
created_at: "2026-02-10T08:15:00Z"
started_at: "2026-02-11T09:00:00Z"
finished_at: null
verified_at_sha: ${sha}
description: |
  The ingestion worker drops records when the upstream queue
  rebalances. Make the consumer idempotent and add a replay path.

  Notes from triage (${shape.note ?? 'initial'}):
    - seen on 2026-02-08 in production
    - two customers affected
objective: >-
  Zero dropped records across a rebalance, proven by the replay
  test and the soak run.
scope:
  allow:
    - "src/ingest/**"
    - "test/ingest/**"
  deny:
    - "src/billing/**"
verify:
  commands:
    - npm run lint
    - npm test -- test/ingest
    - ./scripts/soak.sh --minutes 10
execution:
  mode: worktree
  steps:
    - name: reproduce
      run: ./scripts/repro.sh
    - name: fix
      notes: |
        Keep the offset commit after the write.
        Never commit offsets in the rebalance callback.
  limits:
    max_minutes: 240
    max_files: 30
dependencies:
  - WO-0001
trace:
  decision: ADR-0007
  links:
    - https://example.com/issues/812
deliverables:
  - src/ingest/consumer.ts
  - test/ingest/replay.test.ts
acceptance_criteria:
  - replay of a rebalance loses no record
  - soak run of 10 minutes is green
x_review:
  reviewer: j.osei
  checklist:
    idempotency: true
    metrics: true
    docs: false
# end of ${id}
`;
}

export const DOD_CATALOG = `version: 1
dod:
  - id: DOD-DEFAULT
    title: Default definition of done
    required_artifacts:
      - handoff.md
      - diff.patch
    required_checks:
      - name: tests
        commands: [npm test]
    rules:
      - evidence is committed with the close
  - id: DOD-LIGHT
    title: Light definition of done
    required_artifacts: []
  - id: DOD-0001
    title: Old catalog entry
    x_legacy: true
`;

export const PLAIN_LOCK = (id: string): string => `Locked by wo-runner at 2026-02-11T09:00:00Z\nPID: 4242\nUser: maria.k\nWO: ${id}\n`;

/** The base every test starts from, on branch main; returns the repository. */
export function governedRepo(): TestRepo {
  const repo = TestRepo.create();
  repo.write('_ctx/dod/dod-catalog.yaml', DOD_CATALOG);
  repo.write('_ctx/backlog/backlog.yaml', 'epics:\n  - id: EPIC-PLATFORM\n    title: Platform\n');
  repo.write('_ctx/jobs/pending/WO-0012.yaml', richWo('WO-0012', { status: 'pending', owner: null }));
  repo.write('_ctx/jobs/pending/WO-0013.yaml', richWo('WO-0013', { status: 'pending', owner: null }));
  repo.write('_ctx/jobs/running/WO-0018A.yaml', richWo('WO-0018A', { status: 'running' }));
  repo.write('_ctx/jobs/running/WO-0018A.lock', PLAIN_LOCK('WO-0018A'));
  repo.write('_ctx/jobs/running/WO-0012.1.yaml', richWo('WO-0012.1', { status: 'running' }));
  repo.write('_ctx/jobs/running/WO-0012.1.lock', PLAIN_LOCK('WO-0012.1'));
  repo.write('_ctx/jobs/done/WO-P2.1.yaml', richWo('WO-P2.1', { status: 'done', verifiedAtSha: 'abcdef1' }));
  repo.write('_ctx/jobs/failed/WO-0020.yaml', richWo('WO-0020', { status: 'failed' }));
  // A file whose name is not its id: the id is what counts.
  repo.write('_ctx/jobs/done/_archive_2025_ingest.yaml', richWo('WO-0007', { status: 'done', verifiedAtSha: '1234567' }));
  repo.commit('governed repository');
  return repo;
}

/** Moves a WO file with `git mv` and rewrites its status, as the pipeline's scripts do. */
export function moveWo(repo: TestRepo, from: string, to: string, shape: WoShape & { id: string }): void {
  repo.git('mv', from, to);
  repo.write(to, richWo(shape.id, shape));
}

/** Writes the evidence of a verified close: a verdict (in `_ctx/logs/`, key `status`) and the DoD's artifacts. */
export function writeCloseEvidence(repo: TestRepo, id: string, options: { verdict?: string; artifacts?: string[]; where?: 'logs' | 'handoff' } = {}): void {
  const verdict = JSON.stringify({ status: options.verdict ?? 'PASS', failure_stage: null, finished_at: '2026-02-12T10:00:00Z' });
  repo.write(options.where === 'handoff' ? `_ctx/handoff/${id}/verdict.json` : `_ctx/logs/${id}/verdict.json`, `${verdict}\n`);
  for (const name of options.artifacts ?? ['handoff.md', 'diff.patch']) repo.write(`_ctx/handoff/${id}/${name}`, `# ${name} of ${id}\n`);
}
