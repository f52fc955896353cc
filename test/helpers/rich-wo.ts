/**
 * A work-order file as real pipelines write them (~80 lines): comments, block scalars, nested mappings,
 * lists of mappings, extension keys. `status` and `extra` vary it; the id is on line 3.
 */
export function richWoText(id: string, options: { status?: string; epic?: string; extra?: string } = {}): string {
  return `# yaml-language-server: $schema=../../../docs/backlog/schema/work_order.schema.json
# ${id}: owned by the platform team; see the epic for context.
id: ${id}
version: 3
epic_id: ${options.epic ?? 'EPIC-001'}
dod_id: DOD-DEFAULT
title: "Harden the ${id} pipeline step: retries, timeouts and clear logs"
status: ${options.status ?? 'pending'}
owner: maria.gonzalez
priority: P1
branch: feat/wo-${id}
worktree: ../.worktrees/${id}
created_at: 2026-01-05T10:00:00Z
description: |
  The nightly export sometimes stops half-way when the upstream API times out.
  This WO adds bounded retries with jitter, a per-call timeout and a log line
  that names the batch, so on-call can tell a slow run from a stuck one.

  Out of scope: changing the export format (see EPIC-002).
context:
  why: >
    Three incidents in January were traced to silent stalls of the exporter;
    each cost a morning of manual re-runs.
  links:
    - title: incident review 2026-01-12
      url: https://wiki.example.com/incidents/2026-01-12
    - title: exporter design note
      url: https://wiki.example.com/design/exporter
scope:
  allow:
    - src/export/**
    - tests/export/**
    - docs/export.md
  deny:
    - src/billing/**
    - migrations/**
inputs:
  config:
    retries: 5
    backoff:
      base_ms: 200
      max_ms: 5000
      jitter: full
    timeout_s: 30
  environments: [staging, production]
acceptance:
  - given: the upstream API answers after 45 s
    then: the call times out after 30 s and is retried
  - given: five failures in a row
    then: the batch is marked failed and the run goes on with the next one
  - given: a successful run
    then: every batch logs its id, size and duration
verify:
  commands:
    - npm ci
    - npm test -- tests/export
    - npm run lint
  timeout_minutes: 20
risks:
  - id: R1
    text: retries multiply load on the upstream API
    mitigation: cap total retries per run at 50
  - id: R2
    text: |
      Longer runs may overlap the morning batch;
      the scheduler must skip a run while one is active.
    mitigation: a run lock in the scheduler
notes: |
  Pairing with Jonas on Tuesday.
  The flaky test in tests/export/retry.spec.ts is known (WO-0007).
x_tracking:
  jira: PLAT-1432
  estimate_days: 3
  labels: [reliability, exporter]
${options.extra ?? ''}`;
}
