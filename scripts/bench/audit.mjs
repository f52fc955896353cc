// audit: 10,000 WOs across the state folders, 1,000 locks and 100 real worktrees, on both corpora
// (scripts/bench/corpus.mjs: one-line scalars, and the real ~80-line shape).
// Floor (same run, per corpus): a node process that reads every file under _ctx/jobs and runs one
// `git worktree list --porcelain`. Also: the audit action on an empty repository against `node -e 0`.
import fs from 'node:fs';
import path from 'node:path';
import { CORPORA, STATES, seeded, woId, woText } from './corpus.mjs';
import { CLI, PROJECT, git, initRepo, median, printTable, tempDir, timeNode } from './lib.mjs';

const WOS = 10_000;
const LOCKS = 1_000;
const WORKTREES = 100;

function generate() {
  const root = tempDir('wo-bench-audit-');
  initRepo(root);
  fs.writeFileSync(path.join(root, 'README.md'), 'bench\n');
  fs.writeFileSync(path.join(root, '.gitignore'), '.worktrees/\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  // Worktrees first, from the small base commit, so each checkout stays small.
  for (let i = 0; i < WORKTREES; i++) git(root, 'worktree', 'add', '-q', '-b', `feat/wo-${woId(i * 97)}`, `.worktrees/${woId(i * 97)}`);
  for (const state of STATES) fs.mkdirSync(path.join(root, '_ctx/jobs', state), { recursive: true });
  for (let i = 0; i < LOCKS; i++) {
    const id = woId(i * 4 + 1); // running WOs (i % 4 === 1)
    fs.writeFileSync(path.join(root, '_ctx/jobs/running', `${id}.lock`), `pid: ${1000 + i}\nuser: dev\nhostname: host\ntimestamp: "${new Date().toISOString()}"\n`);
  }
  return root;
}

/** Writes the 10,000 WO files of a corpus (the same ids and states in both, so audit must find the same). */
function writeCorpus(root, corpus) {
  const random = seeded(15);
  for (let i = 0; i < WOS; i++) {
    const state = STATES[i % 4];
    fs.writeFileSync(path.join(root, '_ctx/jobs', state, `${woId(i)}.yaml`), woText(corpus, i, state, random));
  }
}

const FLOOR = `
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
const root = process.argv[2]; // argv[1] is this script
let files = 0;
const walk = (dir) => { for (const e of fs.readdirSync(dir, { withFileTypes: true })) { const p = path.join(dir, e.name); if (e.isDirectory()) walk(p); else { fs.readFileSync(p); files++; } } };
walk(path.join(root, '_ctx/jobs'));
execFileSync('git', ['worktree', 'list', '--porcelain'], { cwd: root });
if (files !== ${WOS + LOCKS}) { console.error('floor read ' + files + ' files'); process.exit(1); }
`;

// The same reads through the bounded safe reader every command uses (src/core/repo-files.ts: each
// state folder resolved inside the repository once, each file opened without following a link, its type
// checked on the descriptor, its size capped), from the tsc output the build leaves in build/.
const SAFE_FLOOR = `
import { execFileSync } from 'node:child_process';
import { listRepoFolder, readFolderEntry } from ${JSON.stringify(path.join(PROJECT, 'build/src/core/repo-files.js'))};
const root = process.argv[2];
let files = 0;
for (const state of ${JSON.stringify(STATES)}) {
  const folder = listRepoFolder(root, '_ctx/jobs/' + state);
  for (const entry of folder.entries) if (entry.isFile() && readFolderEntry(root, folder, entry.name)) files++;
}
execFileSync('git', ['worktree', 'list', '--porcelain'], { cwd: root });
if (files !== ${WOS + LOCKS}) { console.error('safe floor read ' + files + ' files'); process.exit(1); }
`;

function run() {
  if (!fs.existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run npm run build');
  const root = generate();
  const floorFile = path.join(root, '..', `floor-${path.basename(root)}.mjs`);
  fs.writeFileSync(floorFile, FLOOR);
  const safeFloorFile = path.join(root, '..', `safe-floor-${path.basename(root)}.mjs`);
  fs.writeFileSync(safeFloorFile, SAFE_FLOOR);
  const rows = [];
  const safeRows = [];
  const findings = new Map();
  for (const corpus of CORPORA) {
    writeCorpus(root, corpus);
    const floor = median(5, () => {
      const r = timeNode([floorFile, root]);
      if (r.code !== 0) throw new Error(`floor exited ${r.code}: ${r.stderr}`);
      return r.ms;
    });
    let rss = 0;
    const auditMs = median(5, () => {
      const r = timeNode([CLI, 'audit', '--root', root, '--fail-on', 'none', '--json', '-', '--quiet']);
      if (r.code !== 0) throw new Error(`audit exited ${r.code}: ${r.stderr}`);
      rss = Math.max(rss, r.rssMb);
      findings.set(corpus, JSON.stringify(JSON.parse(r.stdout).summary));
      return r.ms;
    });
    rows.push({ corpus: `${corpus}, ${WOS} WOs, ${LOCKS} locks, ${WORKTREES} worktrees`, floorMs: floor, ms: auditMs, target: 3, rssMb: rss, memoryTarget: 200 });
    const safe = median(3, () => {
      const r = timeNode([safeFloorFile, root]);
      if (r.code !== 0) throw new Error(`safe floor exited ${r.code}: ${r.stderr}`);
      return r.ms;
    });
    safeRows.push({ corpus, floorMs: floor, ms: safe });
  }
  // The same ids, states, locks and worktrees: a corpus must not change what audit finds.
  const summaries = [...new Set(findings.values())];
  if (summaries.length !== 1) throw new Error(`audit found different things on the corpora: ${[...findings].map(([c, s]) => `${c}: ${s}`).join('; ')}`);

  // The audit action on an empty governed repository, against a bare `node -e 0`.
  const empty = tempDir('wo-bench-empty-');
  initRepo(empty);
  for (const state of STATES) fs.mkdirSync(path.join(empty, '_ctx/jobs', state), { recursive: true });
  fs.writeFileSync(path.join(empty, '_ctx/jobs/pending/.gitkeep'), '');
  git(empty, 'add', '-A');
  git(empty, 'commit', '-q', '-m', 'empty');
  const runnerTemp = tempDir('wo-bench-runner-');
  const actionEnv = {
    ...process.env,
    GITHUB_WORKSPACE: empty,
    GITHUB_OUTPUT: path.join(runnerTemp, 'out'),
    GITHUB_STEP_SUMMARY: path.join(runnerTemp, 'summary'),
    RUNNER_TEMP: runnerTemp,
    'INPUT_ROOT': '.',
    'INPUT_FAIL-ON': 'P0',
  };
  const bare = median(7, () => timeNode(['-e', '0']).ms);
  const action = median(7, () => {
    fs.writeFileSync(actionEnv.GITHUB_OUTPUT, '');
    fs.writeFileSync(actionEnv.GITHUB_STEP_SUMMARY, '');
    const r = timeNode([path.join(PROJECT, 'dist/audit/index.js')], { cwd: empty, env: actionEnv });
    if (r.code !== 0) throw new Error(`audit action exited ${r.code}: ${r.stdout}${r.stderr}`);
    return r.ms;
  });

  let within = printTable('audit', 'read every file under _ctx/jobs + one git worktree list --porcelain', rows);
  console.log(`\nfindings on every corpus: ${summaries[0]}`);
  printTable('the same reads through the bounded safe reader (src/core/repo-files.ts)', 'plain readFileSync of every file + git worktree list', safeRows);
  within = printTable('audit action on an empty repository', 'node -e 0', [{ corpus: 'empty', floorMs: bare, ms: action, target: 3 }]) && within;
  for (const dir of [root, empty, runnerTemp]) fs.rmSync(dir, { recursive: true, force: true });
  for (const file of [floorFile, safeFloorFile]) fs.rmSync(file, { force: true });
  return within;
}

process.exitCode = run() ? 0 : 1;
