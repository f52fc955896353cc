#!/usr/bin/env node
// Benchmark of retention-gc: a generated repository with 20,000 tracked evidence files (5,000 evidence
// folders of four files each; one evidence commit per WO and one commit of other work between them,
// 10,000 commits over 400 days, written with git fast-import), then the built CLI's dry run against a
// floor measured in the same run: one `git log --name-only` over the evidence folder.
// Target: within 2x the floor. Exit 1 when over target or when the result is wrong.
//
// --batch N puts N WOs' evidence in each commit (fewer, larger commits: a shorter git log, so the
// file-system scan weighs more in the ratio).
//
//   node scripts/bench/retention.mjs [--folders N] [--batch N] [--runs N] [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { seeded, woText } from './corpus.mjs';
import { printTable, timeNode } from './lib.mjs';

const { values } = parseArgs({
  options: {
    folders: { type: 'string', default: '5000' },
    batch: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});
const FOLDERS = Number(values.folders);
const RUNS = Number(values.runs);
const BATCH = Number(values.batch);
for (const [name, value] of [['folders', FOLDERS], ['batch', BATCH], ['runs', RUNS]]) {
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name}: expected a whole number >= 1, got '${values[name]}'`);
    process.exit(2);
  }
}
const FILES_PER_FOLDER = 4; // dirty.<sha256>.patch, dirty.patch.sha256, the dirty.patch link, decision.md
const SPAN_DAYS = 400;
const DAYS = 90;
const TODAY = '2026-06-01';
const TARGET = 2;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli/index.js');
if (!fs.existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run npm run build first');
  process.exit(2);
}

const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  LC_ALL: 'C',
};
const git = (cwd, args, input) => execFileSync('git', args, { cwd, env, input, maxBuffer: 1 << 30 });

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const id = (n) => `WO-${String(n).padStart(5, '0')}`;
const todayMs = Date.parse(`${TODAY}T12:00:00Z`);

/** Decides, for folder n, its state and decision; returns what retention must make of it. */
function folderPlan(n) {
  const state = n % 100 === 0 ? 'running' : n % 100 === 1 ? 'pending' : 'done';
  const complete = n % 10 !== 5;
  return { state, complete };
}

function decision(woId, hash, complete) {
  const status = complete ? 'DECIDED' : 'ACTION_REQUIRED';
  const boxes = complete ? '[ ] APPLY | [x] DISCARD | [ ] MANUAL REVIEW' : '[ ] APPLY | [ ] DISCARD | [ ] MANUAL REVIEW';
  return `| **WO ID** | ${woId} |\n| **Patch Hash** | \`${hash}\` |\n| **Status** | ${status} |\n\n## Decision\n**Choose ONE**: ${boxes}\n`;
}

/**
 * History as a team's would look: each WO's evidence lands in its own commit (with its WO file; BATCH
 * WOs per commit with --batch), and other work is committed in between (one commit to src/ per evidence
 * commit), spread evenly over SPAN_DAYS.
 */
function generate(dir) {
  git(dir, ['init', '-q', '-b', 'main']);
  const chunks = [];
  let mark = 0;
  let expectedEligible = 0;
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const commit = (seconds, message, body) => {
    chunks.push(`commit refs/heads/main\nmark :${++mark}\nauthor Bench <bench@example.com> ${seconds} +0000\ncommitter Bench <bench@example.com> ${seconds} +0000\n${data(message)}`);
    if (mark > 1) chunks.push(`from :${mark - 1}\n`);
    chunks.push(...body);
  };
  const start = todayMs - SPAN_DAYS * 86_400_000;
  commit(Math.floor(start / 1000) - 60, 'initial', ['pending', 'running', 'done', 'failed'].map((state) => `M 100644 inline _ctx/jobs/${state}/.gitkeep\n${data('')}`));
  for (let first = 0; first < FOLDERS; first += BATCH) {
    const seconds = Math.floor((start + (first * SPAN_DAYS * 86_400_000) / FOLDERS) / 1000);
    const ageDays = Math.floor(todayMs / 86_400_000) - Math.floor(seconds / 86_400);
    commit(seconds - 30, `work on module ${first % 50}`, [`M 100644 inline src/module-${first % 50}.ts\n${data(`export const revision = ${first};\n`)}`]);
    const files = [];
    for (let n = first; n < Math.min(first + BATCH, FOLDERS); n++) {
      const woId = id(n);
      const { state, complete } = folderPlan(n);
      const patch = `diff --git a/src/${woId}.ts b/src/${woId}.ts\n--- a/src/${woId}.ts\n+++ b/src/${woId}.ts\n@@ -1 +1 @@\n-old ${n}\n+new ${n}\n`;
      const hash = sha256(patch);
      const folder = `_ctx/handoff/${woId}`;
      const wo = woText('simple', n, state);
      files.push(
        `M 100644 inline ${folder}/dirty.${hash}.patch\n${data(patch)}`,
        `M 100644 inline ${folder}/dirty.patch.sha256\n${data(`${hash}  dirty.${hash}.patch\n`)}`,
        `M 120000 inline ${folder}/dirty.patch\n${data(`dirty.${hash}.patch`)}`,
        `M 100644 inline ${folder}/decision.md\n${data(decision(woId, hash, complete))}`,
        `M 100644 inline _ctx/jobs/${state}/${woId}.yaml\n${data(wo)}`,
      );
      if (state === 'done' && complete && ageDays >= DAYS) expectedEligible += 2;
    }
    commit(seconds, `evidence of ${id(first)}${BATCH > 1 ? ` and ${Math.min(BATCH, FOLDERS - first) - 1} more` : ''}`, files);
  }
  git(dir, ['fast-import', '--quiet'], chunks.join(''));
  git(dir, ['checkout', '-q', '-f', 'main']);
  return { expectedEligible, commits: mark };
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

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wo-toolkit-bench-retention-')));
try {
  let generatedRepo;
  const generated = time(() => {
    generatedRepo = generate(dir);
  });
  const { expectedEligible, commits } = generatedRepo;
  const tracked = git(dir, ['ls-files', '--', '_ctx/handoff']).toString().split('\n').filter(Boolean).length;
  const reportFile = path.join(dir, '..', `${path.basename(dir)}-report.json`);

  const floorArgs = ['log', '--name-only', '--format=%ct', '--', '_ctx/handoff'];
  const toolArgs = [cli, 'retention-gc', '--root', dir, '--today', TODAY, '--days', String(DAYS), '--json', reportFile, '--quiet'];
  console.log(`retention-gc benchmark: ${tracked} tracked evidence files in ${FOLDERS} folders, ${commits} commits (${BATCH} WO${BATCH === 1 ? '' : 's'} per evidence commit) over ${SPAN_DAYS} days (generated in ${(generated / 1000).toFixed(1)} s)`);
  const rows = [];
  let correct = true;
  for (const corpus of ['simple', 'realistic']) {
    if (corpus === 'realistic') {
      // The same WOs in the real shape, in the working tree (retention reads the running and pending ones
      // for their ids; the history it ages evidence by is unchanged).
      const random = seeded(15);
      for (let n = 0; n < FOLDERS; n++) fs.writeFileSync(path.join(dir, '_ctx/jobs', folderPlan(n).state, `${id(n)}.yaml`), woText('realistic', n, folderPlan(n).state, random));
    }
    // One warm-up of each (file system cache), then alternate so both see the same machine state.
    git(dir, floorArgs);
    spawnSync(process.execPath, toolArgs, { env });
    const floor = [];
    const tool = [];
    for (let i = 0; i < RUNS; i++) {
      floor.push(time(() => git(dir, floorArgs)));
      tool.push(
        time(() => {
          const result = spawnSync(process.execPath, toolArgs, { env, encoding: 'utf8' });
          if (result.status !== 0) throw new Error(`retention-gc exited ${result.status}: ${result.stderr}`);
        }),
      );
    }
    // One more run, untimed, for the peak memory.
    const memory = timeNode(toolArgs, { env });
    if (memory.code !== 0) throw new Error(`retention-gc exited ${memory.code}: ${memory.stderr}`);
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    fs.rmSync(reportFile, { force: true });
    const right = tracked === FOLDERS * FILES_PER_FOLDER && report.eligible.length === expectedEligible && report.eligible.every((f) => f.age_source === 'git');
    correct &&= right;
    console.log(`  ${corpus}: eligible ${report.eligible.length} (expected ${expectedEligible}), protected ${report.protected.length}, too young ${report.totals.too_young.files}${right ? '' : '; WRONG RESULT'}`);
    rows.push({ corpus: `${corpus}, ${FOLDERS} evidence folders, ${commits} commits`, floorMs: median(floor), ms: median(tool), target: TARGET, rssMb: memory.rssMb });
  }
  const within = printTable('retention-gc --dry-run', 'one git log --name-only over _ctx/handoff', rows);
  process.exitCode = within && correct ? 0 : 1;
} finally {
  if (values.keep) console.log(`kept ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
