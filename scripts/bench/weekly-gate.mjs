#!/usr/bin/env node
// Benchmark of weekly-gate: 10,000 WOs (2,500 per state folder, running ones locked), 20 worktrees of
// running WOs and 50 zombie worktrees (5 of them dirty), on both corpora (scripts/bench/corpus.mjs).
// The gate runs audit and a gc dry run over one read of the repository; its floor is the sum of the two
// commands run alone (the built CLI: `audit`, `gc --dry-run`), measured in the same run, alternating.
// Target: the gate within 1.2x that sum. Exit 1 when over target or when the gate's audit or gc differs
// from the commands run alone.
//
//   node scripts/bench/weekly-gate.mjs [--wos N] [--runs N] [--keep]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CORPORA, STATES, seeded, woId, woText } from './corpus.mjs';
import { CLI, git, initRepo, printTable, tempDir, timeNode } from './lib.mjs';

const { values } = parseArgs({
  options: {
    wos: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
  },
});
const WOS = Number(values.wos);
const RUNS = Number(values.runs);
for (const [name, value, min] of [['wos', WOS, 400], ['runs', RUNS, 1]]) {
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name}: expected a whole number >= ${min}, got '${values[name]}'`);
    process.exit(2);
  }
}
const TARGET = 1.2;
const ZOMBIES = 50;
const DIRTY = 5;
const RUNNING = 20;
const spread = (count, rest) => Array.from({ length: count }, (_, i) => woId(Math.floor((i * WOS) / count / 4) * 4 + rest));
const zombies = spread(ZOMBIES, 2); // done/
const running = spread(RUNNING, 1); // running/

function generate() {
  const root = tempDir('wo-bench-weekly-gate-');
  initRepo(root);
  fs.writeFileSync(path.join(root, 'README.md'), 'bench\n');
  fs.writeFileSync(path.join(root, '.gitignore'), '.worktrees/\ndist/\n');
  fs.mkdirSync(path.join(root, 'src'));
  for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(root, 'src', `module-${i}.ts`), `export const value${i} = ${i};\n`.repeat(20));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  // Worktrees first, from the small base commit, so each checkout stays small.
  for (const [i, wo] of [...zombies, ...running].entries()) {
    const wt = path.join(root, '.worktrees', wo);
    git(root, 'worktree', 'add', '-q', '-b', `feat/wo-${wo}`, wt);
    fs.mkdirSync(path.join(wt, 'dist'));
    fs.writeFileSync(path.join(wt, 'dist', 'bundle.js'), 'built\n'); // build output: ignored by the committed .gitignore
    if (i < DIRTY) {
      fs.appendFileSync(path.join(wt, 'src', `module-${i}.ts`), '// unfinished work\n');
      fs.writeFileSync(path.join(wt, 'notes.md'), 'what is left to do\n');
    }
  }
  for (const state of STATES) fs.mkdirSync(path.join(root, '_ctx/jobs', state), { recursive: true });
  for (let n = 1; n < WOS; n += 4) {
    fs.writeFileSync(path.join(root, '_ctx/jobs/running', `${woId(n)}.lock`), `Locked by ctx_wo_take.py at ${new Date().toISOString().slice(0, 19)}\nPID: ${1000 + n}\nUser: dev\n`);
  }
  return root;
}

function writeCorpus(root, corpus) {
  const random = seeded(15);
  for (let n = 0; n < WOS; n++) {
    const state = STATES[n % 4];
    fs.writeFileSync(path.join(root, '_ctx/jobs', state, `${woId(n)}.yaml`), woText(corpus, n, state, random));
  }
}

const mid = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
/** What a report found, without times and paths that differ between runs. */
const auditFound = (report) => JSON.stringify(report.findings.map((f) => [f.code, f.wo_id, f.severity]));
const gcFound = (report) => JSON.stringify(report.operations.map((o) => [o.wo_id, o.kind, o.action, o.dirty, o.patch_sha256 ?? null]));

function measure(root) {
  const run = (args, okCodes) => {
    const r = timeNode([CLI, ...args, '--root', root, '--json', '-', '--quiet']);
    if (!okCodes.includes(r.code)) throw new Error(`${args[0]} exited ${r.code}: ${r.stderr}`);
    return { ms: r.ms, rss: r.rssMb, report: JSON.parse(r.stdout) };
  };
  const times = { audit: [], gc: [], gate: [] };
  let rss = 0;
  let last;
  for (let round = 0; round <= RUNS; round++) {
    const audit = run(['audit', '--fail-on', 'none'], [0]);
    const gc = run(['gc', '--dry-run'], [0, 1]);
    const gate = run(['weekly-gate'], [0, 1]);
    rss = Math.max(rss, gate.rss);
    last = { audit, gc, gate };
    if (round === 0) continue; // warm-up
    times.audit.push(audit.ms);
    times.gc.push(gc.ms);
    times.gate.push(gate.ms);
  }
  const problems = [];
  if (auditFound(last.gate.report.audit) !== auditFound(last.audit.report)) problems.push("the gate's audit differs from audit run alone");
  if (gcFound(last.gate.report.gc) !== gcFound(last.gc.report)) problems.push("the gate's gc differs from gc --dry-run run alone");
  if (last.gc.report.operations.length !== ZOMBIES || last.gc.report.summary.dirty !== DIRTY) problems.push(`gc planned ${last.gc.report.operations.length} targets, ${last.gc.report.summary.dirty} dirty`);
  return { auditMs: mid(times.audit), gcMs: mid(times.gc), gateMs: mid(times.gate), rss, problems };
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
      const { auditMs, gcMs, gateMs, rss, problems } = measure(root);
      for (const problem of problems) console.error(`weekly-gate (${corpus}): wrong result: ${problem}`);
      correct &&= problems.length === 0;
      rows.push({ corpus: `${corpus}, ${WOS} WOs, ${ZOMBIES} zombie worktrees (${DIRTY} dirty), ${RUNNING} running`, floorMs: auditMs + gcMs, ms: gateMs, target: TARGET, rssMb: rss });
      parts.push(`${corpus}: audit ${auditMs.toFixed(0)} ms + gc --dry-run ${gcMs.toFixed(0)} ms`);
    }
  } finally {
    if (values.keep) console.log(`kept ${root}`);
    else fs.rmSync(root, { recursive: true, force: true });
  }
  const within = printTable('weekly-gate', `audit + gc --dry-run, each run alone on the same repository (median of ${RUNS})`, rows);
  console.log(`\nfloor parts: ${parts.join('; ')}`);
  return within && correct;
}

process.exitCode = run() ? 0 : 1;
