#!/usr/bin/env node
// Benchmark of validate-backlog: validating a repository of 10,000 WO files (the built CLI,
// `node dist/cli/index.js validate-backlog --strict`) against a floor measured in the same run: a node
// process that only lists, reads and yaml-parses the same WO files. Prints both times and the ratio
// (target: at most 1.5). Usage: node scripts/bench/validate.mjs [--files N] [--runs N]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

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

const STATES = ['pending', 'running', 'done', 'failed'];
const SHA = '0123456789abcdef0123456789abcdef01234567';
const EPICS = 50;

function generate(root) {
  execFileSync('git', ['init', '-q', root]);
  const write = (rel, text) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  const ids = Array.from({ length: count }, (_, i) => `WO-${String(i + 1).padStart(5, '0')}`);
  const epicOf = (i) => `EPIC-${String((i % EPICS) + 1).padStart(3, '0')}`;
  const backlog = ['epics:'];
  for (let e = 0; e < EPICS; e++) {
    backlog.push(`  - id: EPIC-${String(e + 1).padStart(3, '0')}`, `    title: Epic number ${e + 1}`, '    status: active', '    wo_queue:');
    for (let i = e; i < count; i += EPICS) backlog.push(`      - ${ids[i]}`);
  }
  write('_ctx/backlog/backlog.yaml', `${backlog.join('\n')}\n`);
  write('_ctx/dod/DOD-DEFAULT.yaml', 'id: DOD-DEFAULT\ntitle: Default\nrequired_artifacts: [handoff.md, verdict.json]\nchecks: [tests pass]\n');
  write('_ctx/dod/DOD-0001.yaml', 'id: DOD-0001\ntitle: Docs\nchecks: [spell-checked]\n');
  write('_ctx/jobs/audit_whitelist.yaml', 'entries: []\n');
  ids.forEach((id, i) => {
    const state = STATES[i % STATES.length];
    const lines = [
      `id: ${id}`,
      `epic_id: ${epicOf(i)}`,
      `dod_id: ${i % 3 === 0 ? 'DOD-0001' : 'DOD-DEFAULT'}`,
      `title: Work order ${id} makes part ${i} of the system better`,
      `status: ${state}`,
      'owner: team-a',
      'priority: P2',
      `branch: feat/wo-${id}`,
      'description: |',
      '  A description of the work to be done, long enough to look like a real one,',
      '  spread over a few lines as people write them.',
      '  It ends here.',
      'created_at: 2026-01-05T10:00:00Z',
      'scope:',
      '  allow:',
      `    - src/module${i % 100}/**`,
      '    - test/**',
      '  deny:',
      '    - dist/**',
      'verify:',
      '  commands:',
      '    - npm test',
      '    - npm run lint',
    ];
    if (state === 'done') {
      lines.push(`verified_at_sha: ${SHA}`, 'finished_at: 2026-01-09T16:00:00Z');
      write(`_ctx/handoff/${id}/handoff.md`, `# ${id}\n`);
      write(`_ctx/handoff/${id}/verdict.json`, '{"verdict": "PASS"}\n');
    }
    write(`_ctx/jobs/${state}/${id}.yaml`, `${lines.join('\n')}\n`);
  });
}

// The floor: list the state folders, read every WO file and parse it with the same yaml library.
const FLOOR = `
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const { parse } = createRequire(${JSON.stringify(path.join(projectRoot, 'package.json'))})('yaml');
const root = process.argv[1];
let parsed = 0;
for (const state of ${JSON.stringify(STATES)}) {
  const dir = path.join(root, '_ctx/jobs', state);
  for (const name of fs.readdirSync(dir)) {
    if (!/\\.ya?ml$/.test(name)) continue;
    if (parse(fs.readFileSync(path.join(dir, name), 'utf8')) !== null) parsed++;
  }
}
if (parsed !== ${count}) { console.error('floor parsed ' + parsed + ' files'); process.exit(1); }
`;

function time(args, expectCode) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== expectCode) {
    console.error(`bench/validate: ${args.join(' ')} exited ${result.status}\n${result.stdout.slice(0, 2000)}${result.stderr.slice(0, 2000)}`);
    process.exit(2);
  }
  return { ms, stdout: result.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wo-toolkit-bench-validate-')));
try {
  const t0 = Date.now();
  generate(root);
  console.log(`bench/validate: generated ${count} WO files in ${((Date.now() - t0) / 1000).toFixed(1)} s (${root})`);
  const validateArgs = [cli, 'validate-backlog', '--root', root, '--strict', '--json', path.join(root, '..', `${path.basename(root)}-report.json`)];
  // One warm-up of each, so both read from the page cache.
  time(['--input-type=module', '-e', FLOOR, root], 0);
  const first = time(validateArgs, 0);
  const floor = [];
  const validate = [];
  for (let i = 0; i < runs; i++) {
    floor.push(time(['--input-type=module', '-e', FLOOR, root], 0).ms);
    validate.push(time(validateArgs, 0).ms);
  }
  const f = median(floor);
  const v = median(validate);
  const ratio = v / f;
  console.log(`bench/validate: ${first.stdout.trim().split('\n').at(-1)}`);
  console.log(`bench/validate: floor (read + yaml parse ${count} files): ${f.toFixed(0)} ms (median of ${runs})`);
  console.log(`bench/validate: validate-backlog --strict:              ${v.toFixed(0)} ms (median of ${runs})`);
  console.log(`bench/validate: ratio ${ratio.toFixed(2)} (target <= ${TARGET}) ${ratio <= TARGET ? 'OK' : 'OVER TARGET'}`);
  process.exitCode = ratio <= TARGET ? 0 : 1;
} finally {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(path.join(root, '..', `${path.basename(root)}-report.json`), { force: true });
}
