#!/usr/bin/env node
// Benchmark of gc's dirty detection: a generated repository (600 tracked files) with 200 zombie
// worktrees (WOs in done/, on both corpora of scripts/bench/corpus.mjs), some with untracked files
// inside exclusion paths (still clean), a few dirty ones (and with --build-output, build output ignored
// by the committed .gitignore: clean). Measured in the same run, alternating:
// - the floor: a serial loop of `git status --porcelain --untracked-files=all` over the worktrees;
// - gc's dirty detection: the engine's `detectDirty` (status, plus the checks for changes git does not
//   show: the index flags, the rule that ignores each ignored file), with bounded concurrency;
// - for information: the status alone in the same lanes (`tryGitInEach`), so the cost of the hidden-change
//   checks is detection minus that; and the whole built CLI, `gc --dry-run --json` (process start, WO
//   files, planning, detection, the dirty worktrees' patches, kept refs, the report).
// Target: detection at most 0.7x the floor. Exit 1 when over target or when a result is wrong.
//
// --build-output puts build output (dist/, ignored by the committed .gitignore) in every third worktree:
// gc then asks git which rule ignores it (`git check-ignore`), once per such worktree.
//
//   node scripts/bench/gc.mjs [--worktrees N] [--dirty N] [--files N] [--runs N] [--build-output] [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPORA, seeded, woId, woText } from './corpus.mjs';
import { printTable, timeNode } from './lib.mjs';

const { values } = parseArgs({
  options: {
    worktrees: { type: 'string', default: '200' },
    dirty: { type: 'string', default: '5' },
    files: { type: 'string', default: '600' },
    runs: { type: 'string', default: '5' },
    'build-output': { type: 'boolean', default: false },
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
const gitWrapper = path.join(root, 'build/src/core/git.js');
for (const file of [cli, engine, gitWrapper]) {
  if (!fs.existsSync(file)) {
    console.error(`${path.relative(root, file)} is missing: run npm run build first`);
    process.exit(2);
  }
}
Object.assign(process.env, { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' });
const { detectDirty, STATUS_ARGS } = await import(engine);
const { tryGitInEach } = await import(gitWrapper);
const { processConcurrency } = await import(path.join(root, 'build/src/core/concurrency.js'));

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
const id = woId;

/** The repository: FILES tracked files in 20 folders, WORKTREES done WOs each with its worktree. */
function generate(dir) {
  git(dir, ['init', '-q', '-b', 'main']);
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const chunks = ['commit refs/heads/main\ncommitter Bench <bench@example.com> 1767225600 +0000\n', data('generated')];
  chunks.push(`M 100644 inline .gitignore\n${data('.worktrees/\ndist/\n')}`);
  for (let i = 0; i < FILES; i++) {
    chunks.push(`M 100644 inline src/module-${i % 20}/file-${i}.ts\n${data(`export const value${i} = ${i};\n`.repeat(20))}`);
  }
  for (const state of ['pending', 'running', 'failed']) chunks.push(`M 100644 inline _ctx/jobs/${state}/.gitkeep\n${data('')}`);
  git(dir, ['fast-import', '--quiet'], chunks.join(''));
  git(dir, ['checkout', '-q', '-f', 'main']);
  const worktrees = [];
  for (let n = 0; n < WORKTREES; n++) {
    const wt = path.join(dir, '.worktrees', id(n));
    git(dir, ['worktree', 'add', '-q', '-b', `feat/wo-${id(n)}`, wt]);
    worktrees.push(wt);
    if (values['build-output'] && n % 3 === 0) {
      // Build output, ignored by the committed .gitignore: not work, but gc asks git which rule ignores it.
      fs.mkdirSync(path.join(wt, 'dist'), { recursive: true });
      fs.writeFileSync(path.join(wt, 'dist/bundle.js'), 'built\n');
    }
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

/** The done WOs of the zombie worktrees, in a corpus's shape (the same ids in both). */
function writeCorpus(dir, corpus) {
  const random = seeded(15);
  fs.mkdirSync(path.join(dir, '_ctx/jobs/done'), { recursive: true });
  for (let n = 0; n < WORKTREES; n++) fs.writeFileSync(path.join(dir, '_ctx/jobs/done', `${id(n)}.yaml`), woText(corpus, n, 'done', random));
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
  // The status alone, in the lanes detection uses: what the hidden-change checks add is detection minus this.
  const statusOnly = async () => {
    const results = await tryGitInEach(worktrees, STATUS_ARGS, processConcurrency());
    if ([...results.values()].some((r) => r.code !== 0)) throw new Error('git status failed in a worktree');
  };
  const toolArgs = [cli, 'gc', '--dry-run', '--root', dir, '--json', reportFile, '--quiet'];
  const tool = () => {
    const result = spawnSync(process.execPath, toolArgs, { env, encoding: 'utf8' });
    if (result.status !== 0 && result.status !== 1) throw new Error(`gc exited ${result.status}: ${result.stderr}`);
  };
  const rows = [];
  const notes = [];
  let correct = true;
  for (const corpus of CORPORA) {
    writeCorpus(dir, corpus);
    // One warm-up of each (file system cache), then alternate so all see the same machine state.
    floor();
    await detection();
    await statusOnly();
    tool();
    const times = { floor: [], detection: [], status: [], tool: [] };
    for (let i = 0; i < RUNS; i++) {
      times.floor.push(time(floor));
      times.detection.push(await timeAsync(detection));
      times.status.push(await timeAsync(statusOnly));
      times.tool.push(time(tool));
    }
    // One more run of the whole CLI, untimed, for its peak memory (the memory column: gc --dry-run).
    const memory = timeNode(toolArgs, { env });
    if (memory.code !== 0 && memory.code !== 1) throw new Error(`gc exited ${memory.code}: ${memory.stderr}`);
    // The results must be right: the same dirty worktrees as the floor's, and a report with every target.
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    fs.rmSync(reportFile, { force: true });
    const reported = report.operations.filter((op) => op.dirty).map((op) => path.join(dir, op.path));
    const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
    const right = floorDirty.length === DIRTY && same(detected, floorDirty) && report.operations.length === WORKTREES && same(reported.sort(), [...floorDirty].sort());
    if (!right) console.error(`gc (${corpus}): wrong result: floor ${floorDirty.length} dirty (expected ${DIRTY}), detection ${detected.length}, report ${report.operations.length} targets with ${reported.length} dirty`);
    correct &&= right;
    const [floorMs, detectionMs, statusMs, toolMs] = [times.floor, times.detection, times.status, times.tool].map(median);
    rows.push({ corpus: `${corpus}, ${WORKTREES} zombie worktrees (${DIRTY} dirty, ${FILES} tracked files each)`, floorMs, ms: detectionMs, target: TARGET, rssMb: memory.rssMb });
    notes.push(
      `${corpus}: status alone in the same lanes ${statusMs.toFixed(0)} ms, so the hidden-change checks add ${(detectionMs - statusMs).toFixed(0)} ms ` +
        `(${((detectionMs - statusMs) / WORKTREES).toFixed(1)} ms per worktree, ${(detectionMs / statusMs).toFixed(2)}x the status alone); ` +
        `whole gc --dry-run ${toolMs.toFixed(0)} ms (${(toolMs / floorMs).toFixed(2)}x the floor)`,
    );
  }
  const cores = os.availableParallelism();
  console.log(`generated in ${(generated / 1000).toFixed(1)} s; ${cores} core(s), load average ${os.loadavg()[0].toFixed(1)}`);
  const within = printTable("gc dirty detection (the engine's detectDirty)", `serial git status --porcelain --untracked-files=all over the same worktrees (median of ${RUNS})`, rows);
  for (const note of notes) console.log(`  ${note}`);
  process.exitCode = within && correct ? 0 : 1;
} finally {
  if (values.keep) console.log(`kept ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
