#!/usr/bin/env node
// Benchmark of validate-backlog: a repository of 10,000 WO files with the repository's own schemas in
// docs/backlog/schema/, on both corpora (scripts/bench/corpus.mjs), the built CLI
// (`node dist/cli/index.js validate-backlog --strict`) against a floor measured in the same run: a node
// process that lists, reads and yaml-parses (parseDocument + toJS, as validate does) every YAML file
// validate reads, and validates nothing. Target: at most 1.5 on each corpus.
// Usage: node scripts/bench/validate.mjs [--files N] [--runs N]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { backlogFiles, CORPORA, STATES, seeded, woId, woText } from './corpus.mjs';
import { printTable, timeNode } from './lib.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(projectRoot, 'dist', 'cli', 'index.js');
const TARGET = 1.5;

const { values } = parseArgs({ options: { files: { type: 'string', default: '10000' }, runs: { type: 'string', default: '5' } } });
const count = Number(values.files);
const runs = Number(values.runs);
if (!fs.existsSync(cli)) {
  console.error(`bench/validate: ${path.relative(process.cwd(), cli)} is missing: run npm run build first`);
  process.exit(2);
}

const write = (root, rel, text) => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
};

/** The backlog side (own schemas, DoD catalog, backlog queuing every WO) and the evidence done WOs need. */
function generate(root) {
  execFileSync('git', ['init', '-q', root]);
  for (const [rel, text] of Object.entries(backlogFiles(count))) write(root, rel, text);
  for (let i = 0; i < count; i++) if (STATES[i % STATES.length] === 'done') write(root, `_ctx/handoff/${woId(i)}/handoff.md`, `# ${woId(i)}\n`);
}

function writeCorpus(root, corpus) {
  const random = seeded(15);
  for (let i = 0; i < count; i++) {
    const state = STATES[i % STATES.length];
    write(root, `_ctx/jobs/${state}/${woId(i)}.yaml`, woText(corpus, i, state, random));
  }
}

// The floor: list the state folders and the DoD folder, read every YAML file validate reads and parse
// it with the same yaml library the same way (a document with duplicate keys refused, then its content).
const FLOOR = `
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const { parseDocument } = createRequire(${JSON.stringify(path.join(projectRoot, 'package.json'))})('yaml');
const root = process.argv[1];
let parsed = 0;
const parse = (file) => {
  const doc = parseDocument(fs.readFileSync(file, 'utf8'), { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length === 0 && doc.toJS({ maxAliasCount: 100 }) !== null) parsed++;
};
for (const state of ${JSON.stringify(STATES)}) {
  const dir = path.join(root, '_ctx/jobs', state);
  for (const name of fs.readdirSync(dir)) if (/\\.ya?ml$/.test(name)) parse(path.join(dir, name));
}
for (const name of fs.readdirSync(path.join(root, '_ctx/dod'))) parse(path.join(root, '_ctx/dod', name));
parse(path.join(root, '_ctx/backlog/backlog.yaml'));
parse(path.join(root, '_ctx/jobs/audit_whitelist.yaml'));
if (parsed !== ${count} + 3) { console.error('floor parsed ' + parsed + ' files'); process.exit(1); }
`;

function time(args, expectCode) {
  const result = timeNode(args);
  if (result.code !== expectCode) {
    console.error(`bench/validate: ${args.join(' ')} exited ${result.code}\n${result.stdout.slice(0, 2000)}${result.stderr.slice(0, 2000)}`);
    process.exit(2);
  }
  return result;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wo-toolkit-bench-validate-')));
const reportFile = path.join(root, '..', `${path.basename(root)}-report.json`);
try {
  generate(root);
  const rows = [];
  for (const corpus of CORPORA) {
    const t0 = Date.now();
    writeCorpus(root, corpus);
    console.log(`bench/validate: wrote ${count} ${corpus} WO files in ${((Date.now() - t0) / 1000).toFixed(1)} s (${root})`);
    const validateArgs = [cli, 'validate-backlog', '--root', root, '--strict', '--json', reportFile];
    // One warm-up of each, so both read from the page cache; validate must find nothing on either corpus.
    time(['--input-type=module', '-e', FLOOR, root], 0);
    const first = time(validateArgs, 0);
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    if (report.files?.work_orders !== count || !report.schemas?.some((s) => String(s.file ?? s).startsWith('docs/backlog/schema/'))) {
      console.error(`bench/validate: unexpected report on the ${corpus} corpus: ${JSON.stringify({ files: report.files, schemas: report.schemas })}`);
      process.exit(2);
    }
    console.log(`bench/validate: ${first.stdout.trim().split('\n').at(-1)}`);
    const floor = [];
    const validate = [];
    let rss = 0;
    for (let i = 0; i < runs; i++) {
      floor.push(time(['--input-type=module', '-e', FLOOR, root], 0).ms);
      const run = time(validateArgs, 0);
      validate.push(run.ms);
      rss = Math.max(rss, run.rssMb);
    }
    rows.push({ corpus: `${corpus}, ${count} WOs`, floorMs: median(floor), ms: median(validate), target: TARGET, rssMb: rss });
  }
  process.exitCode = printTable('validate-backlog --strict', 'read + yaml parseDocument/toJS of every file, no validation', rows) ? 0 : 1;
} finally {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(reportFile, { force: true });
}
