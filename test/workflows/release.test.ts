import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { makeTempDir, runGit } from '../helpers/repo.js';
import { evaluateField, readRepoFile, runBashStep, writePermissions } from '../helpers/workflow-checks.js';

/**
 * The release workflow moves the major tag. Its script is run here as the runner runs it, in a real
 * clone of a real "origin" (a bare repository standing in for GitHub), and the tags are read back from
 * the origin with git.
 */

interface Step {
  id?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
const FILE = '.github/workflows/release.yml';
const workflow = parse(readRepoFile(FILE)) as { on: Record<string, { types: string[] }>; jobs: Record<string, Job> };
const moveJob = workflow.jobs['move-major-tag']!;
const moveStep = moveJob.steps.find((s) => s.id === 'move')!;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

let origin: string;
let work: string;
const commits: Record<string, string> = {};

function commit(name: string, from?: string): string {
  if (from) runGit(work, ['checkout', '-q', '--detach', from]);
  fs.writeFileSync(path.join(work, 'VERSION'), `${name}\n`);
  runGit(work, ['add', 'VERSION']);
  runGit(work, ['commit', '-q', '-m', `Release ${name}`]);
  commits[name] = runGit(work, ['rev-parse', 'HEAD']).trim();
  return commits[name]!;
}

function tag(name: string, target: string): void {
  runGit(work, ['tag', '-a', name, '-m', name, target]);
  runGit(work, ['push', '-q', '--force', 'origin', `refs/tags/${name}`]);
}

/** The commit a tag of the origin names, or '' when the origin has no such tag. */
function originTag(name: string): string {
  try {
    return runGit(origin, ['rev-parse', '--verify', '-q', `refs/tags/${name}^{commit}`]).trim();
  } catch {
    return '';
  }
}

/** The release job as GitHub runs it: a fresh clone with every tag, at the release tag, then the step. */
function release(tagName: string) {
  const checkout = makeTempDir('wo-toolkit-release-checkout-');
  dirs.push(checkout);
  runGit(checkout, ['clone', '-q', origin, '.']);
  runGit(checkout, ['checkout', '-q', `refs/tags/${tagName}`]);
  const run = runBashStep(moveStep, { github: { event: { release: { tag_name: tagName } }, token: 'ghs_test-token' } }, {
    cwd: checkout,
    env: { GITHUB_SERVER_URL: 'https://github.com', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  });
  return { ...run, checkout };
}

beforeEach(() => {
  origin = makeTempDir('wo-toolkit-release-origin-');
  work = makeTempDir('wo-toolkit-release-work-');
  dirs.push(origin, work);
  runGit(origin, ['init', '-q', '--bare']);
  runGit(work, ['init', '-q', '-b', 'main']);
  runGit(work, ['remote', 'add', 'origin', origin]);
  tag('v1.0.0', commit('1.0.0'));
  tag('v1', commits['1.0.0']!);
  tag('v1.1.0', commit('1.1.0'));
  runGit(work, ['push', '-q', 'origin', 'HEAD:refs/heads/main']);
});

test('runs on a published release; only the job that moves the tag may write, after the dist/ check', () => {
  expect(workflow.on['release']).toEqual({ types: ['published'] });
  expect(writePermissions(readRepoFile(FILE), FILE)).toEqual([`${FILE}#move-major-tag: contents`]);
  expect(moveJob.needs).toBe('verify');
  const runs = (release: Record<string, unknown>) => evaluateField(moveJob.if, { github: { event: { release } } });
  expect(runs({ prerelease: false, draft: false })).toBe(true);
  expect(runs({ prerelease: true, draft: false })).toBe(false);
});

test('a new release moves the major tag to its commit, and a re-run changes nothing', () => {
  const first = release('v1.1.0');
  expect(first.code).toBe(0);
  expect(first.outputs).toEqual({ moved: 'true' });
  expect(originTag('v1')).toBe(commits['1.1.0']);
  expect(first.stdout).toContain(`::notice title=Release::v1 moved to v1.1.0 (${commits['1.1.0']}), from ${commits['1.0.0']}`);
  // The release tags themselves never move.
  expect(originTag('v1.0.0')).toBe(commits['1.0.0']);
  expect(originTag('v1.1.0')).toBe(commits['1.1.0']);

  const again = release('v1.1.0');
  expect(again.code).toBe(0);
  expect(again.outputs).toEqual({ moved: 'false' });
  expect(originTag('v1')).toBe(commits['1.1.0']);
});

test('the token is masked and never written to the clone configuration', () => {
  const run = release('v1.1.0');
  const masked = Buffer.from('x-access-token:ghs_test-token').toString('base64');
  expect(run.stdout).toContain(`::add-mask::${masked}`);
  expect(run.stdout.replace(`::add-mask::${masked}`, '')).not.toContain(masked);
  expect(run.stdout + run.stderr).not.toContain('ghs_test-token');
  const config = fs.readFileSync(path.join(run.checkout, '.git', 'config'), 'utf8');
  expect(config).not.toContain(masked);
  expect(config).not.toContain('extraheader');
});

test('a fix released on an old line leaves the major tag on the newest release', () => {
  runGit(origin, ['tag', '-f', 'v1', commits['1.1.0']!]);
  tag('v1.0.1', commit('1.0.1', commits['1.0.0']));
  const run = release('v1.0.1');
  expect(run.code).toBe(0);
  expect(run.outputs).toEqual({ moved: 'false' });
  expect(run.stdout).toContain('v1.0.1 is not the newest v1 release (v1.1.0 is): v1 stays where it is');
  expect(originTag('v1')).toBe(commits['1.1.0']);
});

test('versions compare as numbers: v1.10.0 is newer than v1.9.0', () => {
  tag('v1.9.0', commit('1.9.0'));
  tag('v1.10.0', commit('1.10.0'));
  expect(release('v1.9.0').outputs).toEqual({ moved: 'false' });
  expect(release('v1.10.0').outputs).toEqual({ moved: 'true' });
  expect(originTag('v1')).toBe(commits['1.10.0']);
});

test('the first release of a new major creates its tag and leaves the old one alone', () => {
  tag('v2.0.0', commit('2.0.0'));
  const run = release('v2.0.0');
  expect(run.code).toBe(0);
  expect(originTag('v2')).toBe(commits['2.0.0']);
  expect(originTag('v1')).toBe(commits['1.0.0']);
});

describe.each(['release-1.2', 'v1.2', 'v1.2.0-rc.1', '1.2.0'])('a release tag that is not vX.Y.Z: %s', (name) => {
  test('fails with one line and moves nothing', () => {
    tag(name, commits['1.1.0']!);
    const run = release(name);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::'))).toEqual([
      `::error title=Release::the release tag '${name}' is not vMAJOR.MINOR.PATCH: no major tag was moved`,
    ]);
    expect(originTag('v1')).toBe(commits['1.0.0']);
  });
});
