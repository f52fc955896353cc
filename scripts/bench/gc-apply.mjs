#!/usr/bin/env node
// Benchmark of `gc --apply`: 10,000 WOs (2,500 per state folder, running ones locked) and 50 clean
// zombie worktrees (their WOs in done/), on both corpora (scripts/bench/corpus.mjs). Measured in one
// run, in rounds, each on the same machine state:
// - gc's dry run of that repository (the built CLI): planning and inspecting every target;
// - `gc --apply` (the built CLI), which removes the 50 worktrees;
// - the floor of the removals: 50 serial `git worktree remove` of the same worktrees.
// The worktrees are created again (untimed) before each removal. Target: apply within 1.5x
// (dry run + removal floor): the per-target re-check must not read the whole repository.
// Exit 1 when over target or when a result is wrong.
//
//   node scripts/bench/gc-apply.mjs [--wos N] [--worktrees N] [--runs N] [--keep]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CORPORA, STATES, seeded, woId, woText } from './corpus.mjs';
import { CLI, git, initRepo, printTable, tempDir, timeNode } from './lib.mjs';

const { values } = parseArgs({
  options: {
    wos: { type: 'string', default: '10000' },
    worktrees: { type: 'string', default: '50' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});
const WOS = Number(values.wos);
const WORKTREES = Number(values.worktrees);
const RUNS = Number(values.runs);
for (const [name, value] of [['wos', WOS], ['worktrees', WORKTREES], ['runs', RUNS]]) {
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name}: expected a whole number >= 1, got '${values[name]}'`);
    process.exit(2);
  }
}
if (WORKTREES > WOS / 4) {
  console.error(`--worktrees: at most a quarter of --wos (${Math.floor(WOS / 4)}), got ${WORKTREES}`);
  process.exit(2);
}
const TARGET = 1.5;
/** The zombies: WOs in done/ (n % 4 === 2), spread over the id range. */
const zombies = Array.from({ length: WORKTREES }, (_, i) => woId(Math.floor((i * WOS) / WORKTREES / 4) * 4 + 2));

function generate() {
  const root = tempDir('wo-bench-gc-apply-');
  initRepo(root);
  fs.writeFileSync(path.join(root, 'README.md'), 'bench\n');
  fs.writeFileSync(path.join(root, '.gitignore'), '.worktrees/\n');
  fs.mkdirSync(path.join(root, 'src'));
  for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(root, 'src', `module-${i}.ts`), `export const value${i} = ${i};\n`.repeat(20));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  // The WO branches start from the small base commit, so each checkout stays small.
  for (const wo of zombies) git(root, 'branch', `feat/wo-${wo}`);
  for (const state of STATES) fs.mkdirSync(path.join(root, '_ctx/jobs', state), { recursive: true });
  for (let n = 1; n < WOS; n += 4) {
    fs.writeFileSync(path.join(root, '_ctx/jobs/running', `${woId(n)}.lock`), `Locked by ctx_wo_take.py at 2026-02-18T15:09:14\nPID: ${1000 + n}\nUser: dev\n`);
  }
  return root;
}

/** The WO files of a corpus: the same ids and states in both. */
function writeCorpus(root, corpus) {
  const random = seeded(15);
  for (let n = 0; n < WOS; n++) {
    const state = STATES[n % 4];
    fs.writeFileSync(path.join(root, '_ctx/jobs', state, `${woId(n)}.yaml`), woText(corpus, n, state, random));
  }
}

const addWorktrees = (root) => {
  for (const wo of zombies) git(root, 'worktree', 'add', '-q', `.worktrees/${wo}`, `feat/wo-${wo}`);
};
const remaining = (root) => zombies.filter((wo) => fs.existsSync(path.join(root, '.worktrees', wo)));
const mid = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/** One corpus: RUNS rounds after a warm-up; the medians of each measure. */
function measure(root) {
  const cli = (...args) => [CLI, 'gc', '--root', root, '--json', '-', '--quiet', ...args];
  const problems = [];
  let rss = 0;
  const dryRuns = [];
  const removals = [];
  const applies = [];
  for (let round = 0; round <= RUNS; round++) {
    addWorktrees(root);
    const dry = timeNode(cli('--dry-run'));
    const planned = dry.code === 0 ? JSON.parse(dry.stdout).operations : [];
    if (planned.length !== WORKTREES || planned.some((op) => op.action !== 'remove_worktree' || op.outcome !== 'planned')) problems.push(`dry run: exit ${dry.code}, ${planned.length} planned removals`);
    const apply = timeNode(cli('--apply'));
    const done = apply.code === 0 ? JSON.parse(apply.stdout).operations : [];
    if (done.length !== WORKTREES || done.some((op) => op.outcome !== 'done') || remaining(root).length > 0) problems.push(`apply: exit ${apply.code}, ${done.filter((op) => op.outcome === 'done').length} removed, ${remaining(root).length} left`);
    rss = Math.max(rss, apply.rssMb);
    addWorktrees(root);
    const start = process.hrtime.bigint();
    for (const wo of zombies) git(root, 'worktree', 'remove', `.worktrees/${wo}`);
    const removal = Number(process.hrtime.bigint() - start) / 1e6;
    if (round === 0) continue;
    dryRuns.push(dry.ms);
    applies.push(apply.ms);
    removals.push(removal);
  }
  return { dryMs: mid(dryRuns), removalMs: mid(removals), applyMs: mid(applies), rss, problems };
}

function run() {
  if (!fs.existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run npm run build');
  const root = generate();
  const rows = [];
  const parts = [];
  let correct = true;
  try {
    for (const corpus of CORPORA) {
      writeCorpus(root, corpus);
      const { dryMs, removalMs, applyMs, rss, problems } = measure(root);
      for (const problem of problems) console.error(`gc-apply (${corpus}): wrong result: ${problem}`);
      correct &&= problems.length === 0;
      rows.push({ corpus: `${corpus}, ${WOS} WOs, ${WORKTREES} clean zombie worktrees`, floorMs: dryMs + removalMs, ms: applyMs, target: TARGET, rssMb: rss });
      parts.push(`${corpus}: dry run ${dryMs.toFixed(0)} ms + ${WORKTREES} removals ${removalMs.toFixed(0)} ms`);
    }
  } finally {
    if (values.keep) console.log(`kept ${root}`);
    else fs.rmSync(root, { recursive: true, force: true });
  }
  const within = printTable('gc --apply', `its own dry run + ${WORKTREES} serial git worktree remove, same run (median of ${RUNS})`, rows);
  console.log(`\nfloor parts: ${parts.join('; ')}`);
  return within && correct;
}

process.exitCode = run() ? 0 : 1;
