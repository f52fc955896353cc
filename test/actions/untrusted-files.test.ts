import fs from 'node:fs';
import { runActionBundle } from '../helpers/bundles.js';
import { makeHostile } from '../helpers/hostile.js';
import { makeTempDir, TestRepo } from '../helpers/repo.js';

/**
 * The actions meet hostile repository files the way the CLI does (test/cli/untrusted-files.test.ts):
 * a refused file is a finding or validation problem annotated on that file, or the step fails with one
 * error that names it and exit-code 2; never a hang, never "internal error".
 */

let outside: string;
let repo: TestRepo;
beforeEach(() => {
  outside = makeTempDir('wo-toolkit-outside-');
  repo = TestRepo.create();
  repo.writeWo('running', 'WO-0007');
  repo.writeLock('WO-0007');
  repo.writeBacklog([{ id: 'EPIC-001', title: 'Epic' }]);
  repo.writeDod('DOD-DEFAULT');
  repo.commit('governed');
});
afterEach(() => {
  repo.cleanup();
  fs.rmSync(outside, { recursive: true, force: true });
});

const NO_UPLOAD = { 'upload-artifact': 'false' };

test('audit: a whitelist that is a FIFO fails the step with one error naming it, exit-code 2', async () => {
  makeHostile(repo, '_ctx/jobs/audit_whitelist.yaml', 'fifo', outside);
  const run = await runActionBundle('audit', { root: '.' }, { workspace: repo.root });
  expect(run.outputs['exit-code']).toBe('2');
  expect(run.stdout).toContain('::error::_ctx/jobs/audit_whitelist.yaml: is a FIFO (named pipe), not a regular file');
  expect(run.stdout).not.toMatch(/internal error/);
});

test('audit: a WO file that links out of the repository is an unreadable_wo finding annotated on it', async () => {
  makeHostile(repo, '_ctx/jobs/running/WO-0007.yaml', 'link-outside', outside);
  const run = await runActionBundle('audit', { root: '.', 'fail-on': 'P1' }, { workspace: repo.root });
  expect(run.outputs['exit-code']).toBe('1');
  const annotation = run.annotations.find((a) => a.properties['title']?.startsWith('unreadable_wo'));
  expect(annotation).toMatchObject({ properties: { file: '_ctx/jobs/running/WO-0007.yaml' } });
  expect(annotation!.message).toMatch(/outside the repository/);
});

test('validate-backlog: a backlog alias bomb is an error on the backlog file, not a hang', async () => {
  makeHostile(repo, '_ctx/backlog/backlog.yaml', 'alias-bomb', outside);
  const run = await runActionBundle('validate-backlog', { root: '.' }, { workspace: repo.root });
  expect(run.outputs['exit-code']).toBe('1');
  expect(run.annotations.some((a) => a.properties['file'] === '_ctx/backlog/backlog.yaml' && /alias bomb/.test(a.message))).toBe(true);
});

test('weekly-gate: a configuration alias bomb fails the step with one error naming it, exit-code 2', async () => {
  makeHostile(repo, '.wo-toolkit.yaml', 'alias-bomb', outside);
  const run = await runActionBundle('weekly-gate', { root: '.', ...NO_UPLOAD }, { workspace: repo.root });
  expect(run.outputs['exit-code']).toBe('2');
  expect(run.stdout).toMatch(/^::error::\.wo-toolkit\.yaml: invalid YAML: its aliases expand too far/m);
  expect(run.stdout).not.toMatch(/internal error/);
});
