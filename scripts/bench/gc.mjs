#!/usr/bin/env node
// Benchmark of gc's dirty detection: a generated repository (600 tracked files) with 200 zombie
// worktrees (WOs in done/), some with untracked files inside exclusion paths (still clean), a few
// dirty ones. Measured in the same run, alternating:
// - the floor: a serial loop of `git status --porcelain --untracked-files=all` over the worktrees;
// - gc's dirty detection: the engine's `detectDirty` (the same status in every worktree, with bounded
//   concurrency), from the build output — the same work as the floor, and only that;
// - for information, the whole built CLI: `gc --dry-run --json` (process start, WO files, planning,
//   detection, the dirty worktrees' patches, the report).
// Target: detection at most 0.7x the floor. Exit 1 when over target or when a result is wrong.
//
//   node scripts/bench/gc.mjs [--worktrees N] [--dirty N] [--files N] [--runs N] [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    worktrees: { type: 'string', default: '200' },
    dirty: { type: 'string', default: '5' },
    files: { type: 'string', default: '600' },
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
  },
});
const WORKTREES = Number(values.worktrees);
const DIRTY = Number(values.dirty);
const FILES = Number(values.files);
const RUNS = Number(values.runs);
for (const [name, value, min] of [['worktrees', WORKTREES, 1], ['dirty', DIRTY, 0], ['files', FILES, 1], ['runs', RUNS, 1]]) {
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name}: expected a whole number >= ${min}, got '${values[name]}'`);
    process.exit(2);
  }
}
if (DIRTY > WORKTREES) {
  console.error(`--dirty: at most --worktrees (${WORKTREES}), got ${DIRTY}`);
  process.exit(2);
}
const TARGET = 0.7;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli/index.js');
const engine = path.join(root, 'build/src/gc/dirty.js');
for (const file of [cli, engine]) {
  if (!fs.existsSync(file)) {
    console.error(`${path.relative(root, file)} is missing: run npm run build first`);
    process.exit(2);
  }
}
Object.assign(process.env, { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' });
const { detectDirty } = await import(engine);

const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  // The same environment gc gives its own git processes: read-only status must not rewrite indexes.
  GIT_OPTIONAL_LOCKS: '0',
  LC_ALL: 'C',
};
const git = (cwd, args, input) => execFileSync('git', args, { cwd, env, input, maxBuffer: 1 << 30 });
const id = (n) => `WO-${String(n).padStart(4, '0')}`;

/** The repository: FILES tracked files in 20 folders, WORKTREES done WOs each with its worktree. */
function generate(dir) {
  git(dir, ['init', '-q', '-b', 'main']);
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const chunks = ['commit refs/heads/main\ncommitter Bench <bench@example.com> 1767225600 +0000\n', data('generated')];
  chunks.push(`M 100644 inline .gitignore\n${data('.worktrees/\n')}`);
  for (let i = 0; i < FILES; i++) {
    chunks.push(`M 100644 inline src/module-${i % 20}/file-${i}.ts\n${data(`export const value${i} = ${i};\n`.repeat(20))}`);
  }
  for (let n = 0; n < WORKTREES; n++) {
    const wo = `id: ${id(n)}\nepic_id: EPIC-001\ndod_id: DOD-DEFAULT\ntitle: Work order ${id(n)}\nscope:\n  allow: ['src/**']\n  deny: []\nverify:\n  commands: ['npm test']\n`;
    chunks.push(`M 100644 inline _ctx/jobs/done/${id(n)}.yaml\n${data(wo)}`);
  }
  for (const state of ['pending', 'running', 'failed']) chunks.push(`M 100644 inline _ctx/jobs/${state}/.gitkeep\n${data('')}`);
  git(dir, ['fast-import', '--quiet'], chunks.join(''));
  git(dir, ['checkout', '-q', '-f', 'main']);
  const worktrees = [];
  for (let n = 0; n < WORKTREES; n++) {
    const wt = path.join(dir, '.worktrees', id(n));
    git(dir, ['worktree', 'add', '-q', '-b', `feat/wo-${id(n)}`, wt]);
    worktrees.push(wt);
    if (n % 4 === 1) {
      fs.mkdirSync(path.join(wt, '_ctx/telemetry'), { recursive: true });
      fs.writeFileSync(path.join(wt, '_ctx/telemetry/events.jsonl'), '{"event":"run"}\n');
    }
    if (n % Math.max(1, Math.floor(WORKTREES / Math.max(DIRTY, 1))) === 0 && n / Math.max(1, Math.floor(WORKTREES / Math.max(DIRTY, 1))) < DIRTY) {
      fs.appendFileSync(path.join(wt, `src/module-${n % 20}/file-${n % 20}.ts`), '// unfinished work\n');
    }
  }
  // Settle every worktree's index once (as a team's worktrees are), so both sides see the same state.
  for (const wt of worktrees) execFileSync('git', ['status', '--porcelain'], { cwd: wt, env: { ...env, GIT_OPTIONAL_LOCKS: '1' } });
  return worktrees;
}

function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function timeAsync(fn) {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wo-toolkit-bench-gc-')));
try {
  let worktrees;
  const generated = time(() => {
    worktrees = generate(dir);
  });
  const reportFile = path.join(dir, '..', `${path.basename(dir)}-report.json`);
  const statusArgs = ['status', '--porcelain', '--untracked-files=all'];
  const exclusions = ['_ctx/telemetry/', '_ctx/handoff/', '_ctx/logs/', '_ctx/index/'];
  const isDirty = (output) => output.toString().split('\n').some((line) => line && !exclusions.some((e) => line.slice(3).startsWith(e)));
  let floorDirty = [];
  const floor = () => {
    floorDirty = worktrees.filter((wt) => isDirty(git(wt, statusArgs)));
  };
  let detected = [];
  const detection = async () => {
    const states = await detectDirty(worktrees, exclusions);
    detected = worktrees.filter((_wt, i) => states[i].dirty);
  };
  const toolArgs = [cli, 'gc', '--dry-run', '--root', dir, '--json', reportFile, '--quiet'];
  const tool = () => {
    const result = spawnSync(process.execPath, toolArgs, { env, encoding: 'utf8' });
    if (result.status !== 0 && result.status !== 1) throw new Error(`gc exited ${result.status}: ${result.stderr}`);
  };
  // One warm-up of each (file system cache), then alternate so all see the same machine state.
  floor();
  await detection();
  tool();
  const floorTimes = [];
  const detectionTimes = [];
  const toolTimes = [];
  for (let i = 0; i < RUNS; i++) {
    floorTimes.push(time(floor));
    detectionTimes.push(await timeAsync(detection));
    toolTimes.push(time(tool));
  }

  // The results must be right: the same dirty worktrees as the floor's, and a report with every target.
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  fs.rmSync(reportFile, { force: true });
  const reported = report.operations.filter((op) => op.dirty).map((op) => path.join(dir, op.path));
  const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
  const correct =
    floorDirty.length === DIRTY && same(detected, floorDirty) && report.operations.length === WORKTREES && same(reported.sort(), [...floorDirty].sort());

  const floorMs = median(floorTimes);
  const detectionMs = median(detectionTimes);
  const toolMs = median(toolTimes);
  const ratio = detectionMs / floorMs;
  const cores = os.availableParallelism();
  const load = os.loadavg()[0].toFixed(1);
  console.log(`gc dirty detection: ${WORKTREES} worktrees (${floorDirty.length} dirty, ${FILES} tracked files each), ${cores} core(s), load average ${load}; generated in ${(generated / 1000).toFixed(1)} s`);
  console.log(`  floor      serial git status --porcelain --untracked-files=all: ${floorMs.toFixed(0)} ms (median of ${RUNS})`);
  console.log(`  detection  gc's detectDirty, bounded concurrency:              ${detectionMs.toFixed(0)} ms`);
  console.log(`  whole run  wo-toolkit gc --dry-run --json (for information):   ${toolMs.toFixed(0)} ms (${(toolMs / floorMs).toFixed(2)}x)`);
  console.log(`  ratio      ${ratio.toFixed(2)}x the floor (target <= ${TARGET}x)${correct ? '' : '  RESULT WRONG'}`);
  if (!correct) {
    console.error(`wrong result: floor ${floorDirty.length} dirty (expected ${DIRTY}), detection ${detected.length}, report ${report.operations.length} targets with ${reported.length} dirty`);
    process.exitCode = 1;
  } else if (ratio > TARGET) {
    process.exitCode = 1;
  }
} finally {
  if (values.keep) console.log(`kept ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
