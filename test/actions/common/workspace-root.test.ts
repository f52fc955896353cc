import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { defaultInputs, runActionBundle } from '../../helpers/bundles.js';
import { buildRealRepo, type RealRepo } from '../../helpers/real-repo.js';
import { makeTempDir } from '../../helpers/repo.js';

/**
 * A relative `root` input means a folder of the workspace (GITHUB_WORKSPACE), where the runner checked
 * the repository out, wherever the action's process happens to start (a runner starts it in the
 * workspace; @github/local-action and other hosts may not). Each action is run from an unrelated
 * folder with `root` relative to the workspace, and must judge that repository.
 */

const dirs: string[] = [];
const repos: RealRepo[] = [];
afterAll(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const actions: [string, Record<string, string>][] = [
  ['audit', {}],
  ['gc', { 'upload-artifact': 'false' }],
  ['retention-gc', {}],
  ['transitions', { base: 'HEAD', head: 'HEAD' }],
  ['validate-backlog', {}],
  ['weekly-gate', { 'upload-artifact': 'false' }],
  ['toolkit', { command: 'audit' }],
];

test.each(actions)('%s: root "repo" is <workspace>/repo, not <cwd>/repo', async (action, inputs) => {
  const real = buildRealRepo({ plant: ['runningWithoutLock'] });
  repos.push(real);
  // The workspace holds the repository as `repo`; the process starts elsewhere, beside another `repo`
  // folder that is not a repository.
  const elsewhere = makeTempDir('wo-toolkit-elsewhere-');
  dirs.push(elsewhere);
  fs.mkdirSync(path.join(elsewhere, 'repo'));
  const run = await runActionBundle(action, { ...defaultInputs(action === 'toolkit' ? '.' : action), ...inputs, root: 'repo' }, { workspace: real.base, cwd: elsewhere });
  // <cwd>/repo is an empty folder, not a repository: judging it would be exit-code 2.
  expect(`${run.outputs['exit-code']}\n${run.stdout}`).toMatch(/^[01]\n/);
  const report = JSON.parse(fs.readFileSync(run.outputs['report']!, 'utf8')) as { root?: string };
  // The reports that name their root (transitions' and validate-backlog's do not) name the workspace's.
  if (!['transitions', 'validate-backlog'].includes(action)) expect(fs.realpathSync(report.root!)).toBe(fs.realpathSync(real.root));
});
