#!/usr/bin/env node
// Benchmark of `gc --apply`: a repository of 10,000 WOs (2,500 per state folder) and 50 clean zombie
// worktrees (their WOs in done/), measured in one run, alternating:
// - gc's dry run of that repository (the built CLI): planning and inspecting every target;
// - the floor of the removals: 50 serial `git worktree remove` of the same worktrees;
// - `gc --apply` (the built CLI), which removes them.
// The worktrees are created again (untimed) before each removal. Target: apply within 1.5x
// (dry run + floor). Exit 1 when over target or when the result is wrong.
//
//   node scripts/bench/gc-apply.mjs [--wos N] [--worktrees N] [--runs N] [--keep]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CLI, fmt, git, initRepo, report, tempDir, timeNode } from './lib.mjs';

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
const STATES = ['pending', 'running', 'done', 'failed'];
const id = (n) => `WO-${String(n).padStart(5, '0')}`;
/** The zombies: WOs in done/ (n % 4 === 2), spread over the id range. */
const zombies = Array.from({ length: WORKTREES }, (_, i) => id(Math.floor((i * WOS) / WORKTREES / 4) * 4 + 2));

function woText(n, state) {
  return [
    `id: ${id(n)}`,
    'epic_id: EPIC-001',
    'dod_id: DOD-DEFAULT',
    `title: Work order number ${n}`,
    `status: ${state}`,
    'scope:',
    '  allow: ["src/**", "docs/**"]',
    '  deny: []',
    'verify:',
    '  commands: ["npm test", "npm run lint"]',
    'owner: team',
    '',
  ].join('\n');
}

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
  for (let n = 0; n < WOS; n++) {
    const state = STATES[n % 4];
    fs.writeFileSync(path.join(root, '_ctx/jobs', state, `${id(n)}.yaml`), woText(n, state));
  }
  for (let n = 1; n < WOS; n += 40) {
    fs.writeFileSync(path.join(root, '_ctx/jobs/running', `${id(n)}.lock`), `pid: ${1000 + n}\nuser: dev\nhostname: host\ntimestamp: "${new Date().toISOString()}"\n`);
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'work orders');
  return root;
}

const addWorktrees = (root) => {
  for (const wo of zombies) git(root, 'worktree', 'add', '-q', `.worktrees/${wo}`, `feat/wo-${wo}`);
};
const remaining = (root) => zombies.filter((wo) => fs.existsSync(path.join(root, '.worktrees', wo)));

function run() {
  if (!fs.existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run npm run build');
  const root = generate();
  const cli = (...args) => [CLI, 'gc', '--root', root, '--json', '-', '--quiet', ...args];
  let correct = true;
  let rss = 0;
  const dryRuns = [];
  const floors = [];
  const applies = [];
  // One warm-up round, then RUNS rounds; each round measures all three on the same machine state.
  for (let round = 0; round <= RUNS; round++) {
    addWorktrees(root);
    const dry = timeNode(cli('--dry-run'));
    const planned = dry.code === 0 ? JSON.parse(dry.stdout).operations : [];
    if (planned.length !== WORKTREES || planned.some((op) => op.action !== 'remove_worktree' || op.outcome !== 'planned')) correct = false;
    const apply = timeNode(cli('--apply'));
    const done = apply.code === 0 ? JSON.parse(apply.stdout).operations : [];
    if (done.length !== WORKTREES || done.some((op) => op.outcome !== 'done') || remaining(root).length > 0) correct = false;
    rss = Math.max(rss, apply.rssMb);
    addWorktrees(root);
    const start = process.hrtime.bigint();
    for (const wo of zombies) git(root, 'worktree', 'remove', `.worktrees/${wo}`);
    const floor = Number(process.hrtime.bigint() - start) / 1e6;
    if (round === 0) continue;
    dryRuns.push(dry.ms);
    applies.push(apply.ms);
    floors.push(floor);
  }
  const mid = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const [dryMs, floorMs, applyMs] = [mid(dryRuns), mid(floors), mid(applies)];
  const ratio = applyMs / (dryMs + floorMs);
  report(`gc --apply: ${WOS} WOs, ${WORKTREES} clean zombie worktrees (median of ${RUNS})${correct ? '' : ' RESULT WRONG'}`, [
    ['gc --dry-run', fmt.ms(dryMs)],
    [`floor: ${WORKTREES} x git worktree remove`, fmt.ms(floorMs)],
    ['gc --apply', fmt.ms(applyMs)],
    ['apply / (dry run + floor)', fmt.ratio(ratio, TARGET)],
    ['apply peak memory', `${rss.toFixed(0)} MB`],
  ]);
  if (values.keep) console.log(`kept ${root}`);
  else fs.rmSync(root, { recursive: true, force: true });
  return correct && ratio <= TARGET;
}

process.exitCode = run() ? 0 : 1;
