#!/usr/bin/env node
// Benchmark of transitions: a pull request that changes 1,000 WOs of a 10,000-WO repository (moves with
// their locks, verified closes with their evidence, requeues, new WOs), judged by the built CLI
// (`node dist/cli/index.js transitions --base main --head feature`), against a floor measured in the same
// run: `git diff --name-status -M main feature` plus one `git cat-file --batch` of the changed files.
// Runs on both corpora of scripts/bench/corpus.mjs and prints one table (target: at most 3).
// Usage: node scripts/bench/transitions.mjs [--wos N] [--changed N] [--runs N]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backlogFiles, CORPORA, seeded, woText } from './corpus.mjs';
import { CLI, git, initRepo, printTable, tempDir, timeNode } from './lib.mjs';

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

/** WO number i (id(i)) of a corpus in `state`; a verified close names the commit it was verified at. */
function wo(corpus, random, i, state, sha) {
  const text = woText(corpus, i + 1, state, random);
  return sha === undefined ? text : text.replace(/^verified_at_sha: .*$/m, `verified_at_sha: ${sha}`);
}

function write(root, rel, text) {
  const abs = path.join(root, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
}

/** main: 10,000 WOs (40% pending, 10% running with locks, 40% done with evidence, 10% failed); feature: the pull request. */
function generate(root, corpus) {
  const random = seeded(1515);
  initRepo(root);
  git(root, 'config', 'gc.auto', '0');
  // The repository's own schemas, DoD catalog and backlog, as the other benchmarks write them.
  for (const [rel, text] of Object.entries(backlogFiles(count + changed + 1))) write(root, rel, text);
  const stateOf = (i) => (i % 10 < 4 ? 'pending' : i % 10 === 4 ? 'running' : i % 10 < 9 ? 'done' : 'failed');
  for (let i = 0; i < count; i++) {
    const state = stateOf(i);
    write(root, `_ctx/jobs/${state}/${id(i)}.yaml`, wo(corpus, random, i, state));
    if (state === 'running') write(root, `_ctx/jobs/running/${id(i)}.lock`, `Locked by wo-runner at 2026-01-06T10:00:00Z\nPID: ${1000 + i}\nUser: team-a\n`);
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  const baseSha = git(root, 'rev-parse', 'HEAD').trim();
  git(root, 'checkout', '-q', '-b', 'feature');
  const move = (i, from, to, sha) => {
    fs.rmSync(path.join(root, `_ctx/jobs/${from}/${id(i)}.yaml`));
    write(root, `_ctx/jobs/${to}/${id(i)}.yaml`, wo(corpus, random, i, to, sha));
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
  for (let n = 0; n < changed - share(0.4) - share(0.4) - share(0.1); n++) write(root, `_ctx/jobs/pending/${id(count + n)}.yaml`, wo(corpus, random, count + n, 'pending'));
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
try {
  const rows = [];
  const strict = [];
  let wrong = false;
  for (const corpus of CORPORA) {
    const root = path.join(dir, corpus);
    fs.mkdirSync(root);
    const t0 = Date.now();
    generate(root, corpus);
    console.log(`bench/transitions (${corpus}): ${count} WOs, a pull request changing ${changed} of them, generated in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const report = path.join(dir, `${corpus}.json`);
    const args = [CLI, 'transitions', '--root', root, '--base', 'main', '--head', 'feature', '--json', report, '--quiet'];
    // Warm-up of each (page cache), then check the result is right before timing anything.
    floor(root);
    time(process.execPath, args);
    const result = JSON.parse(fs.readFileSync(report, 'utf8'));
    const moves = result.changes.length;
    if (moves !== changed || result.violations.length !== 0 || result.exit_code !== 0) {
      console.error(`bench/transitions (${corpus}): wrong result: ${moves} changes (expected ${changed}), ${result.violations.length} violations (expected 0)`);
      console.error(JSON.stringify(result.violations.slice(0, 3), null, 2));
      wrong = true;
      continue;
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
    const t = median(runsMs);
    // One more run, untimed, for the peak memory.
    const memory = timeNode(args);
    if (memory.code !== 0) throw new Error(`transitions exited ${memory.code}: ${memory.stderr}`);
    rows.push({ corpus: `${corpus}, ${count} WOs, ${changed} changed`, floorMs: median(floors), ms: t, target: TARGET, rssMb: memory.rssMb });
    strict.push({ corpus, floorMs: median(strictFloors), ms: t });
  }
  const within = printTable('transitions', `git diff --name-status -M + one cat-file --batch of the changed files (median of ${runs})`, rows);
  printTable('transitions against a stricter floor', 'the state folders only, the blobs of both sides by id; node start-up included', strict);
  process.exitCode = wrong ? 1 : within ? 0 : 1;
} finally {
  if (!process.env.KEEP) fs.rmSync(dir, { recursive: true, force: true });
}
