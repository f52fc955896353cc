#!/usr/bin/env node
// Benchmark of transitions: a pull request that changes 1,000 WOs of a 10,000-WO repository (moves with
// their locks, verified closes with their evidence, requeues, new WOs), judged by the built CLI
// (`node dist/cli/index.js transitions --base main --head feature`), against a floor measured in the same
// run: `git diff --name-status -M main feature` plus one `git cat-file --batch` of the changed files.
// Prints both times and the ratio (target: at most 3). Usage: node scripts/bench/transitions.mjs [--wos N] [--changed N] [--runs N]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CLI, git, initRepo, tempDir } from './lib.mjs';

const TARGET = 3;
const { values } = parseArgs({ options: { wos: { type: 'string', default: '10000' }, changed: { type: 'string', default: '1000' }, runs: { type: 'string', default: '5' } } });
const count = Number(values.wos);
const changed = Number(values.changed);
const runs = Number(values.runs);
if (!fs.existsSync(CLI)) {
  console.error('bench/transitions: dist/cli/index.js is missing: run npm run build first');
  process.exit(2);
}

const STATES = ['pending', 'running', 'done', 'failed'];
const id = (i) => `WO-${String(i + 1).padStart(5, '0')}`;

/** A WO file of about 60 lines, as pipelines write them. */
function wo(woId, state, sha) {
  return `# ${woId}
version: 2
id: ${woId}
epic_id: EPIC-${String((Number(woId.slice(3)) % 50) + 1).padStart(3, '0')}
dod_id: DOD-DEFAULT
title: "Work order ${woId} makes one part of the system better"
status: ${state}
owner: ${state === 'pending' ? 'null' : 'team-a'}
priority: P2
branch: feat/wo-${woId}
worktree: ../.worktrees/${woId}
created_at: "2026-01-05T10:00:00Z"
started_at: ${state === 'pending' ? 'null' : '"2026-01-06T10:00:00Z"'}
finished_at: null
verified_at_sha: ${sha ?? 'null'}
description: |
  A description of the work to be done, long enough to look like a real one,
  spread over a few lines as people write them.

  Notes:
    - found during the January review
    - touches two modules
objective: >-
  Make the behaviour observable and the failure modes explicit,
  with a test for each.
scope:
  allow:
    - "src/module${Number(woId.slice(3)) % 100}/**"
    - "test/**"
  deny:
    - "dist/**"
verify:
  commands:
    - npm run lint
    - npm test
execution:
  mode: worktree
  limits:
    max_minutes: 240
    max_files: 30
trace:
  decision: ADR-0007
  links:
    - https://example.com/issues/${woId}
deliverables:
  - src/module.ts
  - test/module.test.ts
acceptance_criteria:
  - the tests pass
  - the lint passes
x_review:
  reviewer: j.osei
  checklist:
    metrics: true
    docs: false
`;
}

function write(root, rel, text) {
  const abs = path.join(root, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
}

/** main: 10,000 WOs (40% pending, 10% running with locks, 40% done with evidence, 10% failed); feature: the pull request. */
function generate(root) {
  initRepo(root);
  git(root, 'config', 'gc.auto', '0');
  write(root, '_ctx/dod/dod.yaml', 'version: 1\ndod:\n  - id: DOD-DEFAULT\n    title: Default\n    required_artifacts: [handoff.md]\n');
  const stateOf = (i) => (i % 10 < 4 ? 'pending' : i % 10 === 4 ? 'running' : i % 10 < 9 ? 'done' : 'failed');
  for (let i = 0; i < count; i++) {
    const state = stateOf(i);
    write(root, `_ctx/jobs/${state}/${id(i)}.yaml`, wo(id(i), state, state === 'done' ? 'c0ffee1' : undefined));
    if (state === 'running') write(root, `_ctx/jobs/running/${id(i)}.lock`, `Locked by wo-runner at 2026-01-06T10:00:00Z\nPID: ${1000 + i}\nUser: team-a\n`);
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  const baseSha = git(root, 'rev-parse', 'HEAD').trim();
  git(root, 'checkout', '-q', '-b', 'feature');
  const move = (i, from, to, sha) => {
    fs.rmSync(path.join(root, `_ctx/jobs/${from}/${id(i)}.yaml`));
    write(root, `_ctx/jobs/${to}/${id(i)}.yaml`, wo(id(i), to, sha));
  };
  const byState = Object.fromEntries(STATES.map((s) => [s, []]));
  for (let i = 0; i < count; i++) byState[stateOf(i)].push(i);
  // 40% pending → running with locks, 30% running → done verified, 10% running → failed, 10% failed → pending, 10% new.
  const share = (p) => Math.round(changed * p);
  for (const i of byState.pending.slice(0, share(0.4))) {
    move(i, 'pending', 'running');
    write(root, `_ctx/jobs/running/${id(i)}.lock`, `Locked by wo-runner at 2026-02-01T10:00:00Z\nPID: ${i}\nUser: team-b\n`);
  }
  const leaving = byState.running.slice(0, share(0.4));
  leaving.slice(0, share(0.3)).forEach((i) => {
    move(i, 'running', 'done', baseSha);
    write(root, `_ctx/handoff/${id(i)}/handoff.md`, `# ${id(i)}\n`);
    write(root, `_ctx/logs/${id(i)}/verdict.json`, '{"status": "PASS"}\n');
  });
  leaving.slice(share(0.3)).forEach((i) => move(i, 'running', 'failed'));
  for (const i of leaving) fs.rmSync(path.join(root, `_ctx/jobs/running/${id(i)}.lock`));
  for (const i of byState.failed.slice(0, share(0.1))) move(i, 'failed', 'pending');
  for (let n = 0; n < changed - share(0.4) - share(0.4) - share(0.1); n++) write(root, `_ctx/jobs/pending/${id(count + n)}.yaml`, wo(id(count + n), 'pending'));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'the pull request');
  git(root, 'gc', '-q');
}

function time(cmd, args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd, args, { maxBuffer: 1 << 30, ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    console.error(`bench/transitions: ${cmd} ${args.join(' ')} exited ${result.status}\n${result.stderr.toString().slice(0, 2000)}`);
    process.exit(2);
  }
  return { ms, stdout: result.stdout };
}

/** The floor: what any tool must do at least, the changed paths and the bytes of the changed files. */
function floor(root) {
  const diff = time('git', ['diff', '--name-status', '-M', 'main', 'feature'], { cwd: root });
  const names = diff.stdout
    .toString()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t').at(-1));
  const cat = time('git', ['cat-file', '--batch'], { cwd: root, input: `${names.map((p) => `feature:${p}`).join('\n')}\n` });
  return diff.ms + cat.ms;
}

/**
 * A stricter floor: only the state folders, and the blobs of both sides named by their ids (no path
 * lookups): the least that judging the WO files themselves takes, reported beside the issue's floor.
 */
function strictFloor(root) {
  const folders = STATES.map((s) => `_ctx/jobs/${s}`);
  const diff = time('git', ['diff', '--raw', '-z', '-M', '--no-abbrev', 'main', 'feature', '--', ...folders], { cwd: root });
  const oids = new Set();
  for (const token of diff.stdout.toString().split('\0')) {
    if (!token.startsWith(':')) continue;
    const [, , oldOid, newOid] = token.slice(1).split(' ');
    for (const oid of [oldOid, newOid]) if (!/^0+$/.test(oid)) oids.add(oid);
  }
  const cat = time('git', ['cat-file', '--batch'], { cwd: root, input: `${[...oids].join('\n')}\n` });
  return diff.ms + cat.ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = tempDir('wo-toolkit-bench-transitions-');
const root = path.join(dir, 'repo');
fs.mkdirSync(root);
try {
  const t0 = Date.now();
  generate(root);
  console.log(`bench/transitions: ${count} WOs, a pull request changing ${changed} of them, generated in ${((Date.now() - t0) / 1000).toFixed(1)} s (${root})`);
  const report = path.join(dir, 'report.json');
  const args = [CLI, 'transitions', '--root', root, '--base', 'main', '--head', 'feature', '--json', report, '--quiet'];
  // Warm-up of each (page cache), then check the result is right before timing anything.
  floor(root);
  time(process.execPath, args);
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  const moves = result.changes.length;
  if (moves !== changed || result.violations.length !== 0 || result.exit_code !== 0) {
    console.error(`bench/transitions: wrong result: ${moves} changes (expected ${changed}), ${result.violations.length} violations (expected 0)`);
    console.error(JSON.stringify(result.violations.slice(0, 3), null, 2));
    process.exit(1);
  }
  strictFloor(root);
  const floors = [];
  const strictFloors = [];
  const runsMs = [];
  for (let i = 0; i < runs; i++) {
    floors.push(floor(root));
    strictFloors.push(strictFloor(root));
    runsMs.push(time(process.execPath, args).ms);
  }
  const f = median(floors);
  const sf = median(strictFloors);
  const t = median(runsMs);
  const ratio = t / f;
  console.log(`bench/transitions: floor (git diff --name-status -M + one cat-file --batch of ${changed}+ files): ${f.toFixed(0)} ms (median of ${runs})`);
  console.log(`bench/transitions: wo-toolkit transitions (${moves} changes judged):                           ${t.toFixed(0)} ms (median of ${runs})`);
  console.log(`bench/transitions: ratio ${ratio.toFixed(2)} (target <= ${TARGET}) ${ratio <= TARGET ? 'OK' : 'OVER TARGET'}`);
  console.log(`bench/transitions: stricter floor (state folders only, blobs of both sides by id): ${sf.toFixed(0)} ms; ratio to it ${(t / sf).toFixed(2)} (node's start-up included)`);
  process.exitCode = ratio <= TARGET ? 0 : 1;
} finally {
  if (!process.env.KEEP) fs.rmSync(dir, { recursive: true, force: true });
}
