// Generates a sample governed repository with real git worktrees and the drift wo-toolkit finds.
// Plain node and git only: it runs straight after a clone, before any install.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Sample Team',
  GIT_AUTHOR_EMAIL: 'team@example.com',
  GIT_COMMITTER_NAME: 'Sample Team',
  GIT_COMMITTER_EMAIL: 'team@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

function write(root, rel, text) {
  const abs = path.join(root, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
}

function workOrder(id, { epic = 'EPIC-001', dod = 'DOD-DEFAULT', title, status, extra = '' } = {}) {
  return [
    `id: ${id}`,
    `epic_id: ${epic}`,
    `dod_id: ${dod}`,
    `title: ${title ?? `Work order ${id}`}`,
    ...(status ? [`status: ${status}`] : []),
    'scope:',
    '  allow: ["src/**", "docs/**"]',
    '  deny: ["_ctx/**"]',
    'verify:',
    '  commands: ["npm test"]',
    extra,
  ].filter((l) => l !== '').join('\n') + '\n';
}

/**
 * Creates the sample in `root` (an empty folder) and returns a description of the drift it holds.
 * `today` (YYYY-MM-DD) places the whitelist entries around it.
 */
export function createSampleRepo(root, { today = new Date().toISOString().slice(0, 10) } = {}) {
  const day = (offset) => new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.name', 'Sample Team');
  git(root, 'config', 'user.email', 'team@example.com');
  git(root, 'config', 'commit.gpgsign', 'false');
  write(root, 'README.md', '# Sample product\n\nA repository that keeps its work orders under _ctx/.\n');
  write(root, 'src/app.js', 'export function greet(name) {\n  return `hello ${name}`;\n}\n');
  write(root, '.gitignore', 'node_modules/\n.worktrees/\n');
  write(root, '_ctx/backlog/backlog.yaml', [
    'epics:',
    '  - id: EPIC-001',
    '    title: Greeting service',
    '    status: active',
    '    wo_queue: [WO-0001, WO-0002, WO-0003]',
    '  - id: EPIC-002',
    '    title: Operations',
    '    status: active',
    '',
  ].join('\n'));
  write(root, '_ctx/dod/DOD-DEFAULT.yaml', 'id: DOD-DEFAULT\ntitle: Default definition of done\nrequired_artifacts: []\nchecks: ["tests pass"]\n');
  for (const state of ['pending', 'running', 'done', 'failed']) write(root, `_ctx/jobs/${state}/.gitkeep`, '');
  const sha = '0'.repeat(40);
  // Healthy work orders.
  write(root, '_ctx/jobs/pending/WO-0001.yaml', workOrder('WO-0001', { title: 'Add a farewell', status: 'pending' }));
  write(root, '_ctx/jobs/done/WO-0002.yaml', workOrder('WO-0002', { title: 'Greet by name', status: 'done', extra: `verified_at_sha: "${sha}"` }));
  // split_brain: WO-0014 both pending and done.
  write(root, '_ctx/jobs/pending/WO-0014.yaml', workOrder('WO-0014', { title: 'Localise greetings' }));
  write(root, '_ctx/jobs/done/WO-0014.yaml', workOrder('WO-0014', { title: 'Localise greetings', extra: `verified_at_sha: "${sha}"` }));
  // running_without_lock: WO-0015.
  write(root, '_ctx/jobs/running/WO-0015.yaml', workOrder('WO-0015', { title: 'Rate limiting', status: 'running', epic: 'EPIC-002' }));
  // fail_but_running: WO-0046 (it has its lock).
  write(root, '_ctx/jobs/running/WO-0046.yaml', workOrder('WO-0046', { title: 'Retry policy', status: 'running', epic: 'EPIC-002' }));
  write(root, '_ctx/handoff/WO-0046/verdict.json', '{"verdict": "FAIL", "reason": "verify command failed"}\n');
  // zombie worktrees: WO-0030 (clean) and WO-0031 (dirty) are done/failed.
  write(root, '_ctx/jobs/done/WO-0030.yaml', workOrder('WO-0030', { title: 'Health endpoint', status: 'done', extra: `verified_at_sha: "${sha}"` }));
  write(root, '_ctx/jobs/failed/WO-0031.yaml', workOrder('WO-0031', { title: 'Metrics export', status: 'failed' }));
  // duplicate_yaml: two files in pending/ declare WO-0012, accepted until a review date.
  write(root, '_ctx/jobs/pending/WO-0012.yaml', workOrder('WO-0012', { title: 'Legacy import' }));
  write(root, '_ctx/jobs/pending/WO-0012-legacy.yaml', workOrder('WO-0012', { title: 'Legacy import (old copy)' }));
  write(root, '_ctx/jobs/audit_whitelist.yaml', [
    'entries:',
    '  - code: duplicate_yaml',
    '    wo_id: WO-0012',
    '    reason: legacy copy kept during migration',
    '    owner: platform-team',
    `    review_by: ${day(30)}`,
    '  - code: zombie_worktree',
    '    wo_id: WO-0030',
    '    reason: kept for a demo that is long over',
    '    owner: alice',
    `    review_by: ${day(-7)}`,
    '',
  ].join('\n'));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'Sample work orders');

  // Real worktrees, one per WO, as the pipeline makes them.
  const worktree = (id) => {
    git(root, 'worktree', 'add', '-q', '-b', `feat/wo-${id}`, `.worktrees/${id}`);
    return path.join(root, '.worktrees', id);
  };
  worktree('WO-0046');
  worktree('WO-0030');
  const dirty = worktree('WO-0031');
  write(dirty, 'src/metrics.js', 'export const counters = new Map();\n');
  write(dirty, 'src/app.js', 'export function greet(name) {\n  return `hello, ${name}!`;\n}\n');
  write(dirty, '_ctx/logs/run.log', 'operational log: not a real change\n');
  worktree('WO-0052'); // ghost: no WO file anywhere
  // Locks: WO-0046 holds one; WO-0099 left one behind (lock_without_running).
  const lock = (id, hoursAgo) =>
    write(root, `_ctx/jobs/running/${id}.lock`, `pid: 4242\nuser: dev\nhostname: laptop\ntimestamp: "${new Date(Date.now() - hoursAgo * 3_600_000).toISOString()}"\n`);
  lock('WO-0046', 0.2);
  lock('WO-0099', 30);

  return {
    root,
    drift: [
      'WO-0014  split_brain           pending/ and done/ at once',
      'WO-0015  running_without_lock  running/ with no lock',
      'WO-0046  fail_but_running      verdict FAIL, still running',
      'WO-0052  ghost_worktree        .worktrees/WO-0052 with no WO file',
      'WO-0030  zombie_worktree       done, clean worktree left (whitelist entry expired)',
      'WO-0031  zombie_worktree       failed, worktree with uncommitted work',
      'WO-0099  lock_without_running  a lock with no running WO',
      'WO-0012  duplicate_yaml        two files, whitelisted until a review date',
    ],
  };
}

// `node scripts/sample-repo.mjs <folder> [YYYY-MM-DD]`: creates the sample in <folder> (created when
// missing; it must be empty) and prints what it holds. The self-test workflow runs every action on it.
if (process.argv[1] && fs.realpathSync(path.resolve(process.argv[1])) === fs.realpathSync(fileURLToPath(import.meta.url))) {
  const [folder, today] = process.argv.slice(2);
  if (!folder) {
    console.error('usage: node scripts/sample-repo.mjs <folder> [YYYY-MM-DD]');
    process.exit(2);
  }
  fs.mkdirSync(folder, { recursive: true });
  if (fs.readdirSync(folder).length > 0) {
    console.error(`sample-repo: '${folder}' is not empty`);
    process.exit(2);
  }
  const sample = createSampleRepo(path.resolve(folder), today ? { today } : {});
  console.log(`Sample governed repository: ${sample.root}`);
  for (const line of sample.drift) console.log(`  ${line}`);
}
