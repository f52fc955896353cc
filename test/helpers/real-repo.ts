import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BACKLOG_SCHEMA, DOD_SCHEMA, WORK_ORDER_SCHEMA } from '../../scripts/bench/corpus.mjs';
import { makeTempDir, TestRepo, type State } from './repo.js';

/**
 * A governed repository in the shape real pipelines leave behind, built with real git: the fixture for
 * "works with no configuration" (reuse it; do not write a tidier one).
 *
 * Layout (`base` is a new temporary folder; the repository is `base/repo`):
 *
 *   base/repo/docs/backlog/schema/   the team's own schemas: work_order (draft-07, requires `version`,
 *                                    `priority` pattern, `execution.required_flow`, nullable owner/branch/
 *                                    worktree/verified_at_sha, `x_*` allowed), backlog (draft-07, closed
 *                                    with `additionalProperties: false`), dod (2020-12, a catalog list)
 *   base/repo/_ctx/dod/              dod-default.yaml (`version: 1`, `dod: [DOD-DEFAULT, DOD-DOCS]`) and
 *                                    dod-legacy.yaml (DOD-LEGACY-V1 and -V2, each `x_legacy: true`)
 *   base/repo/_ctx/backlog/backlog.yaml   `version`, `generated_at`, epics E0001..E0003 with queues
 *   base/repo/_ctx/jobs/<state>/     rich ~80-line WOs (multi-line plain scalars, `|` and `>` block
 *                                    scalars, nested `execution`/`trace`, long lists, `x_*` keys,
 *                                    `closed_at`) with odd ids, plus files that are not WOs:
 *     pending/  WO-0012.1 (a different WO from WO-0012), WO-0020-formatter, WO-P2.1 (status `partial`)
 *     running/  WO-0052 (worktree beside on feat/wo-WO-0052), WO-0018A (worktree beside on the older
 *               job/WO-0018A branch style), each with a plain-text lock (`Locked by ctx_wo_take.py at …`,
 *               `PID: …`, `User: …`)
 *     done/     WO-0001, WO-0012, WO-0030, WO-0008_job.yaml (declares WO-0008, `x_legacy: true`, no
 *               verified_at_sha, legacy DoD), WO-0015.yaml.archived-2026-02-23 (not a WO),
 *               _archive_v2_plans/WO-0016.yaml (a sub-folder: not a WO)
 *     failed/   WO-0040
 *   base/repo/_ctx/logs/<WO>/verdict.json     the verify script's verdicts: `status` PASS/FAIL/CRASH,
 *                                             `failure_stage`, `started_at`, `finished_at`
 *   base/repo/_ctx/handoff/<WO>/              evidence of done WOs (handoff.md, diff.patch), hand-written
 *                                             verdicts (`verdict`, `result`, `status: done`), and old gc
 *                                             evidence with decisions in a person's words
 *                                             (`**Status:** DECIDED - CLEANUP APPROVED`,
 *                                             `**Decision:** DESTROY`, task lists `- [ ] Worktree removed`)
 *   base/.worktrees/<WO>                      worktrees beside the repository (`../.worktrees/<WO>`)
 *
 * With no plant the repository is healthy: validate-backlog `--strict` finds nothing and audit finds no
 * drift. Each plant adds exactly one defect or one drift (see PLANTS); `describePlants()` says what each
 * one must produce. The evidence folders are committed `evidenceAgeDays` before now (retention age).
 */

/** Drift that audit (and gc / weekly-gate) must find. */
export const DRIFT_PLANTS = [
  /** `../.worktrees/WO-0099` on feat/wo-WO-0099, no WO file: ghost_worktree (P0). */
  'ghostWorktree',
  /** Worktrees beside the repository of done WO-0001 (feat/wo-), done WO-0012 (job/, folder rule) and failed WO-0040 (feat/wo-): three zombie_worktree (P1). */
  'zombieWorktrees',
  /** With zombieWorktrees: WO-0040's worktree has a modified tracked file and an untracked file (dirty). */
  'dirtyZombie',
  /** Running WO-0061 (lock, worktree) whose `_ctx/logs/WO-0061/verdict.json` says `status: FAIL`: fail_but_running (P0). */
  'failButRunning',
  /** Running WO-0062 (lock, worktree) whose logs verdict says `status: CRASH`: fail_but_running (P0). */
  'crashButRunning',
  /** Running WO-0070 with a lock and no worktree: running_without_worktree (P1). */
  'runningWithoutWorktree',
  /** Running WO-0071 with a worktree and no lock: running_without_lock (P0). */
  'runningWithoutLock',
  /** WO-0018A's lock says it was taken at 2026-02-18T15:09:14: stale_lock (P2). */
  'staleLock',
  /** pending/WO-0033.yaml (id WO-0033) and failed/WO-0033.yaml whose id is mistyped WO-00033: split_brain (P0) and an id mismatch. */
  'splitBrainMistypedId',
  /** `_ctx/logs/WO-0052/verdict.json` starts with a byte-order mark: an unreadable verdict of a running WO. */
  'bomVerdict',
  /** `_ctx/handoff/WO-0018A/verdict.json` says `"verdict": "FAILED"`: not a value a verdict may have. */
  'unknownVerdictValue',
  /** done/_archive_WO-0001-old-E0001.yaml declares WO-0001 beside done/WO-0001.yaml: duplicate_yaml (P2); validate: duplicate-id on both, id-mismatch on the archive. */
  'archiveCollision',
  /** done/WO-0008.yaml beside the legacy done/WO-0008_job.yaml: duplicate_yaml (P2); validate: duplicate-id on both. */
  'legacyDuplicate',
] as const;

/** Defects that only validate-backlog reports. */
export const DEFECT_PLANTS = [
  /** pending/WO-0020-formatter.yaml has no `priority` (required by the repository's schema): schema/required. */
  'missingRequiredKey',
  /** pending/WO-P2.1.yaml says `status: partially` (not in the schema's enum): schema/enum. */
  'badEnum',
  /** pending/WO-0012.1.yaml says `priority: urgent` (not the schema's pattern): schema/pattern. */
  'badPattern',
  /** The backlog has a top-level `owner:` key (the backlog schema is closed): unknown-key error. */
  'closedBacklog',
  /** running/WO-0052.yaml has a `reviewer:` key the schema does not declare: unknown-key warning. */
  'unknownKey',
  /** pending/WO-0020-formatter.yaml (not legacy) uses DOD-LEGACY-V2: a --strict warning. */
  'legacyDodUse',
] as const;

export type DriftPlant = (typeof DRIFT_PLANTS)[number];
export type DefectPlant = (typeof DEFECT_PLANTS)[number];
export type Plant = DriftPlant | DefectPlant;

export interface RealRepoOptions {
  /** What to plant: a list of plants (default: none, a healthy repository). */
  plant?: readonly Plant[];
  /** False: a CI checkout, no worktree at all (the plants that need one add none). Default true. */
  worktrees?: boolean;
  /** When the running WOs' locks were taken (default: 10 minutes ago, so none is stale). */
  lockedAt?: Date;
  /** Age in days of the committed evidence folders (default 120, beyond the 90-day retention). */
  evidenceAgeDays?: number;
}

export interface RealRepo {
  /** The temporary folder that holds the repository and the worktrees beside it. */
  base: string;
  repo: TestRepo;
  root: string;
  /** `base/.worktrees`: where the pipeline puts worktrees (`../.worktrees` from the root). */
  besideWorktrees: string;
  plants: ReadonlySet<Plant>;
  /** 1-based line of the first line of a repository file that contains `needle` (throws when none does). */
  lineOf(rel: string, needle: string): number;
  /** Removes the base folder: the repository and every worktree beside it. */
  cleanup(): void;
}

/** A commit id in the form the closing script writes (40 hex, never read by YAML as a number). */
const shaOf = (id: string): string => `c${createHash('sha1').update(id).digest('hex').slice(1)}`;

// The repository's own schemas (work_order draft-07, backlog draft-07 closed at the top, dod 2020-12
// catalog lists): one home, shared with the benchmark corpora.
export { BACKLOG_SCHEMA, DOD_SCHEMA, WORK_ORDER_SCHEMA } from '../../scripts/bench/corpus.mjs';

const DOD_DEFAULT = `version: 1
dod:
  - id: DOD-DEFAULT
    title: Default definition of done for code work orders
    required_artifacts:
      - handoff.md
      - diff.patch
    required_checks:
      - name: unit tests
        commands:
          - npm ci
          - npm test
      - name: lint
        commands: [npm run lint]
    rules:
      - Every changed module has a test
      - No TODO left in the changed files
      - The handoff says what was not done
  - id: DOD-DOCS
    title: Documentation-only work orders
    required_artifacts:
      - handoff.md
    rules:
      - Links checked
`;

const DOD_LEGACY = `# Kept for WOs closed before the v2 pipeline.
version: 1
dod:
  - id: DOD-LEGACY-V1
    title: Pre-pipeline definition of done
    x_legacy: true
    required_artifacts: []
  - id: DOD-LEGACY-V2
    title: First pipeline definition of done
    x_legacy: true
    required_checks:
      - name: tests
        commands:
          - make test
`;

function backlogText(plants: ReadonlySet<Plant>): string {
  return `version: 3
generated_at: "2026-02-20T08:00:00Z"
${plants.has('closedBacklog') ? 'owner: platform-team\n' : ''}epics:
  - id: E0001
    title: Pipeline hardening
    status: active
    priority: P1
    description: Make the work-order pipeline safe to run unattended, from take to close.
    wo_queue: [WO-0001, WO-0008, WO-0012, WO-0012.1, WO-0052]
  - id: E0002
    title: Formatter and tooling
    status: partial
    priority: medium
    wo_queue:
      - WO-0018A
      - WO-0020-formatter
      - WO-0030
  - id: E0003
    title: Platform phase 2
    status: planned
    wo_queue: [WO-P2.1, WO-0040]
    x_owner_team: platform
`;
}

interface WoSpec {
  id: string;
  state: State;
  epic: string;
  priority?: string | null;
  status?: string;
  dod?: string;
  title: string;
  owner?: string | null;
  branch?: string | null;
  worktree?: string | null;
  started?: string | null;
  finished?: string | null;
  closed?: string;
  sha?: string | null;
  legacy?: boolean;
  extra?: string;
  deps?: string[];
}

/** A rich work order (~80 lines) in the style of the pipeline's own files. */
function woText(w: WoSpec): string {
  const value = (v: string | null | undefined): string => (v === null || v === undefined ? 'null' : v);
  const lines = [
    `# yaml-language-server: $schema=../../../docs/backlog/schema/work_order.schema.json`,
    `id: ${w.id}`,
    'version: 2',
    `epic_id: ${w.epic}`,
    // A multi-line plain scalar: the title continues on the next, indented line.
    `title: ${w.title}`,
    '  so that the pipeline can close it without a person',
    `status: ${w.status ?? w.state}`,
    ...(w.priority === null ? [] : [`priority: ${w.priority ?? 'P2'}`]),
    `owner: ${value(w.owner)}`,
    `branch: ${value(w.branch)}`,
    `worktree: ${value(w.worktree)}`,
    `dod_id: ${w.dod ?? 'DOD-DEFAULT'}`,
    'description: |',
    `  ${w.id} came out of the 2026-02 drift review. The pipeline lost track of`,
    '  state when two scripts moved the same file; this WO makes the step explicit.',
    '',
    '  Notes from the review:',
    '    - the take script must write the lock before the move',
    '    - the close script owns closed_at',
    'objective: >',
    '  Make the step deterministic and observable, with a verdict that the',
    '  gate can read and a handoff that a person can follow.',
    'scope:',
    '  allow:',
    '    - src/pipeline/**',
    '    - tests/pipeline/**',
    '    - docs/pipeline/*.md',
    '  deny:',
    '    - _ctx/jobs/**',
    '    - .github/workflows/**',
    'execution:',
    '  required_flow:',
    '    - take',
    '    - implement',
    '    - verify',
    '    - handoff',
    '    - close',
    '  mode: worktree',
    '  timeout_minutes: 90',
    '  retries: 1',
    'verify:',
    '  commands:',
    '    - npm ci',
    '    - npm test -- --runInBand',
    '    - "npm run lint -- --max-warnings=0"',
    `dependencies: [${(w.deps ?? []).join(', ')}]`,
    'trace:',
    '  created_by: ctx_wo_new.py',
    '  source: docs/plans/v3.md#pipeline-hardening',
    '  links:',
    '    - kind: adr',
    '      ref: ADR-0007',
    '    - kind: issue',
    '      ref: "#142"',
    '  history:',
    '    - at: "2026-02-10T09:00:00Z"',
    '      event: created',
    '    - at: "2026-02-18T15:09:14Z"',
    '      event: taken',
    'deliverables:',
    '  - path: src/pipeline/take.ts',
    '    kind: code',
    '  - path: tests/pipeline/take.test.ts',
    '    kind: test',
    '  - path: docs/pipeline/take.md',
    '    kind: doc',
    'acceptance_criteria:',
    '  - The lock is written before the WO file moves',
    '  - A second take of the same WO fails with a clear message',
    '  - The verdict names the failing stage',
    '  - The handoff lists every file changed',
    'created_at: "2026-02-10T09:00:00Z"',
    `started_at: ${value(w.started)}`,
    `finished_at: ${value(w.finished)}`,
    ...(w.closed === undefined ? [] : [`closed_at: ${w.closed}`]),
    ...(w.sha === undefined ? [] : [`verified_at_sha: ${value(w.sha)}`]),
    ...(w.legacy ? ['x_legacy: true'] : []),
    'x_estimate_hours: 6',
    'x_notes:',
    '  - split from the v2 plan',
    '  - reviewed by the platform team',
  ];
  return `${lines.join('\n')}\n${w.extra ?? ''}`;
}

const DONE = { started: '"2026-02-11T10:00:00Z"', finished: '"2026-02-12T16:30:00Z"', closed: '"2026-02-12T17:02:41Z"' };

function lockText(at: Date, pid: number): string {
  // The pipeline writes its local time without a zone; the tests run in UTC.
  return `Locked by ctx_wo_take.py at ${at.toISOString().slice(0, 19)}\nPID: ${pid}\nUser: dev\n`;
}

function logsVerdict(id: string, status: string, stage: string | null): string {
  return `${JSON.stringify(
    { wo_id: id, status, failure_stage: stage, started_at: '2026-02-19T10:00:00Z', finished_at: '2026-02-19T10:07:31Z', commands_run: 3, log: `_ctx/logs/${id}/verify.log` },
    null,
    2,
  )}\n`;
}

/** A decision.md in a person's own words, with a task list that is not the decision. */
export function personDecision(id: string): string {
  return `# Cleanup decision: ${id}

**Status:** DECIDED - CLEANUP APPROVED
**Decision:** DESTROY
**Decided by:** dev, 2026-02-21

The worktree held only regenerated telemetry and a half-applied formatter run; the branch has
everything that matters.

## Follow-up
- [x] Patch archived in the handoff folder
- [ ] Worktree removed
- [ ] Branch deleted
`;
}

/** Old gc evidence in `_ctx/handoff/<id>/`: a hashed patch, its checksum, the link and a decision. */
function writeOldEvidence(repo: TestRepo, id: string, decision: string): void {
  const patch = `diff --git a/src/pipeline/take.ts b/src/pipeline/take.ts\n--- a/src/pipeline/take.ts\n+++ b/src/pipeline/take.ts\n@@ -1 +1 @@\n-old ${id}\n+new ${id}\n`;
  const hash = sha256(patch);
  repo.write(`_ctx/handoff/${id}/dirty.${hash}.patch`, patch);
  repo.write(`_ctx/handoff/${id}/dirty.patch.sha256`, `${hash}  dirty.${hash}.patch\n`);
  repo.symlink(`_ctx/handoff/${id}/dirty.patch`, `dirty.${hash}.patch`);
  repo.write(`_ctx/handoff/${id}/decision.md`, decision);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Builds the repository (see the module comment). */
export function buildRealRepo(options: RealRepoOptions = {}): RealRepo {
  const plants = new Set<Plant>(options.plant ?? []);
  const withWorktrees = options.worktrees !== false;
  const lockedAt = options.lockedAt ?? new Date(Date.now() - 10 * 60_000);
  const evidenceDate = new Date(Date.now() - (options.evidenceAgeDays ?? 120) * 86_400_000);
  const base = makeTempDir('wo-toolkit-real-');
  const repo = TestRepo.create({ at: path.join(base, 'repo'), states: false });
  const beside = path.join(base, '.worktrees');

  // Evidence first, in a commit of its own dated in the past (retention ages tracked files by commit).
  writeOldEvidence(repo, 'WO-0012', personDecision('WO-0012'));
  writeOldEvidence(
    repo,
    'WO-0030',
    `# WO-0030 cleanup\n\n**Decision:** DESTROY\n\nNothing in the patch is needed; the branch was merged.\n\n- [ ] Worktree removed\n`,
  );
  for (const id of ['WO-0001', 'WO-0012', 'WO-0030']) {
    repo.write(`_ctx/handoff/${id}/handoff.md`, `# Handoff ${id}\n\nDone: everything in scope.\nNot done: nothing.\n`);
    repo.write(`_ctx/handoff/${id}/diff.patch`, `diff --git a/src/pipeline/${id}.ts b/src/pipeline/${id}.ts\n`);
  }
  repo.write('_ctx/handoff/WO-0001/verdict.json', `${JSON.stringify({ wo_id: 'WO-0001', verdict: 'PASS', reviewer: 'dev' }, null, 2)}\n`);
  repo.write('_ctx/handoff/WO-0012/verdict.json', `${JSON.stringify({ wo_id: 'WO-0012', result: 'PASS' }, null, 2)}\n`);
  repo.write('_ctx/handoff/WO-0030/verdict.json', `${JSON.stringify({ wo_id: 'WO-0030', status: 'done', notes: 'closed by hand' }, null, 2)}\n`);
  repo.write('_ctx/handoff/WO-0008/handoff.md', '# Handoff WO-0008 (pre-pipeline)\n');
  repo.write('_ctx/handoff/WO-0008/diff.patch', 'diff --git a/Makefile b/Makefile\n');
  repo.commit('evidence of the February cleanup', { date: evidenceDate });
  for (const rel of repo.git('ls-files', '_ctx/handoff').split('\n').filter(Boolean)) repo.touch(rel, evidenceDate);

  // The team's own schemas, catalog and backlog.
  repo.write('docs/backlog/schema/work_order.schema.json', `${JSON.stringify(WORK_ORDER_SCHEMA, null, 2)}\n`);
  repo.write('docs/backlog/schema/backlog.schema.json', `${JSON.stringify(BACKLOG_SCHEMA, null, 2)}\n`);
  repo.write('docs/backlog/schema/dod.schema.json', `${JSON.stringify(DOD_SCHEMA, null, 2)}\n`);
  repo.write('_ctx/dod/dod-default.yaml', DOD_DEFAULT);
  repo.write('_ctx/dod/dod-legacy.yaml', DOD_LEGACY);
  repo.write('_ctx/backlog/backlog.yaml', backlogText(plants));
  for (const state of ['pending', 'running', 'done', 'failed']) repo.write(`_ctx/jobs/${state}/.gitkeep`, '');

  const wo = (spec: WoSpec, fileName = `${spec.id}.yaml`): void => {
    repo.write(`_ctx/jobs/${spec.state}/${fileName}`, woText(spec));
  };
  const running = (id: string, epic: string, branch: string): WoSpec => ({
    id,
    state: 'running',
    epic,
    priority: 'P1',
    title: `Run ${id} through the take step`,
    owner: 'dev',
    branch,
    worktree: `../.worktrees/${id}`,
    started: '"2026-02-18T15:09:14Z"',
    finished: null,
  });

  // pending
  wo({
    id: 'WO-0012.1',
    state: 'pending',
    epic: 'E0001',
    priority: plants.has('badPattern') ? 'urgent' : 'high',
    title: 'Follow-up of WO-0012, retry the take step',
    deps: ['WO-0012'],
  });
  wo({
    id: 'WO-0020-formatter',
    state: 'pending',
    epic: 'E0002',
    priority: plants.has('missingRequiredKey') ? null : 'P3',
    dod: plants.has('legacyDodUse') ? 'DOD-LEGACY-V2' : 'DOD-DEFAULT',
    title: 'Formatter wraps long lines at one hundred columns',
  });
  wo({ id: 'WO-P2.1', state: 'pending', epic: 'E0003', status: plants.has('badEnum') ? 'partially' : 'partial', title: 'Phase 2 kickoff, split the backlog' });

  // running, each with a plain-text lock
  wo({ ...running('WO-0052', 'E0001', 'feat/wo-WO-0052'), extra: plants.has('unknownKey') ? 'reviewer: alice\n' : '' });
  wo(running('WO-0018A', 'E0002', 'job/WO-0018A'));
  repo.write('_ctx/jobs/running/WO-0052.lock', lockText(lockedAt, 4242));
  repo.write('_ctx/jobs/running/WO-0018A.lock', lockText(plants.has('staleLock') ? new Date('2026-02-18T15:09:14Z') : lockedAt, 4243));
  repo.write('_ctx/logs/WO-0052/verify.log', 'npm test: 212 passed\n');
  repo.write(
    '_ctx/logs/WO-0052/verdict.json',
    `${plants.has('bomVerdict') ? '\ufeff' : ''}${logsVerdict('WO-0052', 'PASS', null)}`,
  );
  if (plants.has('unknownVerdictValue')) {
    repo.write('_ctx/handoff/WO-0018A/verdict.json', `${JSON.stringify({ wo_id: 'WO-0018A', verdict: 'FAILED' }, null, 2)}\n`);
  }

  // done
  const done = (id: string, epic: string, extra: Partial<WoSpec> = {}): WoSpec => ({
    id,
    state: 'done',
    epic,
    title: `Close ${id} with its verdict`,
    owner: 'dev',
    branch: `feat/wo-${id}`,
    worktree: null,
    ...DONE,
    sha: shaOf(id),
    ...extra,
  });
  wo(done('WO-0001', 'E0001'));
  wo(done('WO-0012', 'E0001', { branch: 'job/WO-0012' }));
  wo(done('WO-0030', 'E0002'));
  // The legacy copy: older form, kept on purpose (no verified_at_sha, a legacy DoD, a free file name).
  wo(done('WO-0008', 'E0001', { legacy: true, sha: undefined, dod: 'DOD-LEGACY-V1', branch: null }), 'WO-0008_job.yaml');
  // Not WOs: an archived copy by suffix, and a sub-folder of old plans (even a broken one).
  repo.write('_ctx/jobs/done/WO-0015.yaml.archived-2026-02-23', woText(done('WO-0015', 'E0001')));
  repo.write('_ctx/jobs/done/_archive_v2_plans/WO-0016.yaml', 'id: WO-0016\ntitle: [unclosed\n');
  repo.write('_ctx/jobs/done/_archive_v2_plans/README.md', 'Plans of the v2 pipeline, kept for reference.\n');
  for (const id of ['WO-0001', 'WO-0012', 'WO-0030']) repo.write(`_ctx/logs/${id}/verdict.json`, logsVerdict(id, 'PASS', null));

  // failed
  wo({ id: 'WO-0040', state: 'failed', epic: 'E0003', title: 'Migrate the lock format', owner: 'dev', branch: 'feat/wo-WO-0040', worktree: null, started: DONE.started, finished: DONE.finished });
  repo.write('_ctx/logs/WO-0040/verdict.json', logsVerdict('WO-0040', 'FAIL', 'verify'));

  // Drift.
  if (plants.has('archiveCollision')) {
    wo(done('WO-0001', 'E0001', { title: 'Close WO-0001 (first attempt, archived)' }), '_archive_WO-0001-old-E0001.yaml');
  }
  if (plants.has('legacyDuplicate')) wo(done('WO-0008', 'E0001'));
  if (plants.has('splitBrainMistypedId')) {
    wo({ id: 'WO-0033', state: 'pending', epic: 'E0001', title: 'Retry budget for verify' });
    wo({ id: 'WO-00033', state: 'failed', epic: 'E0001', title: 'Retry budget for verify', owner: 'dev', started: DONE.started, finished: DONE.finished }, 'WO-0033.yaml');
  }
  const runningPlant = (id: string, verdict?: { status: string; stage: string }, lock = true): void => {
    wo(running(id, 'E0001', `feat/wo-${id}`));
    if (lock) repo.write(`_ctx/jobs/running/${id}.lock`, lockText(lockedAt, 5000 + Number.parseInt(id.slice(-2), 10)));
    if (verdict) repo.write(`_ctx/logs/${id}/verdict.json`, logsVerdict(id, verdict.status, verdict.stage));
  };
  if (plants.has('failButRunning')) runningPlant('WO-0061', { status: 'FAIL', stage: 'verify' });
  if (plants.has('crashButRunning')) runningPlant('WO-0062', { status: 'CRASH', stage: 'setup' });
  if (plants.has('runningWithoutWorktree')) runningPlant('WO-0070');
  if (plants.has('runningWithoutLock')) runningPlant('WO-0071', undefined, false);

  repo.commit('work orders as the pipeline left them');

  if (withWorktrees) {
    const add = (id: string, branch: string): string => {
      repo.git('worktree', 'add', '-q', '-b', branch, `../.worktrees/${id}`);
      return path.join(beside, id);
    };
    add('WO-0052', 'feat/wo-WO-0052');
    add('WO-0018A', 'job/WO-0018A');
    if (plants.has('failButRunning')) add('WO-0061', 'feat/wo-WO-0061');
    if (plants.has('crashButRunning')) add('WO-0062', 'feat/wo-WO-0062');
    if (plants.has('runningWithoutLock')) add('WO-0071', 'feat/wo-WO-0071');
    if (plants.has('ghostWorktree')) add('WO-0099', 'feat/wo-WO-0099');
    if (plants.has('zombieWorktrees')) {
      add('WO-0001', 'feat/wo-WO-0001');
      add('WO-0012', 'job/WO-0012');
      const wo40 = add('WO-0040', 'feat/wo-WO-0040');
      if (plants.has('dirtyZombie')) {
        fs.appendFileSync(path.join(wo40, 'README.md'), 'Lock format notes that were never committed.\n');
        fs.writeFileSync(path.join(wo40, 'notes-WO-0040.txt'), 'half-done migration plan\n');
      }
    }
  }

  return {
    base,
    repo,
    root: repo.root,
    besideWorktrees: beside,
    plants,
    lineOf(rel: string, needle: string): number {
      const index = repo.read(rel).split('\n').findIndex((line) => line.includes(needle));
      if (index === -1) throw new Error(`${rel} has no line with '${needle}'`);
      return index + 1;
    },
    cleanup(): void {
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}
