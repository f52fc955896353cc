import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { PROJECT_ROOT, runNode } from '../helpers/bundles.js';
import { buildRealRepo, type Plant, type RealRepo } from '../helpers/real-repo.js';
import { makeTempDir, runGit } from '../helpers/repo.js';

/**
 * `.pre-commit-hooks.yaml`: the toolkit as a hook repository for the pre-commit framework. The file is
 * parsed and held to the framework's manifest rules; each hook's entry is run the way the framework runs
 * a `language: script` hook (the file at the entry's path, executed directly, in the repository's root,
 * with the entry's arguments) on real repositories; and, where the `pre-commit` program is installed,
 * `pre-commit try-repo` runs the hooks for real from a hook repository that holds only the hooks file and
 * the committed CLI bundle: nothing installed.
 */

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files?: string;
  pass_filenames?: boolean;
  description?: string;
  [key: string]: unknown;
}

const HOOKS_FILE = '.pre-commit-hooks.yaml';
const hooks = parse(fs.readFileSync(path.join(PROJECT_ROOT, HOOKS_FILE), 'utf8')) as Hook[];
const hookById = (id: string) => hooks.find((h) => h.id === id)!;

// The keys the framework's manifest schema (pre_commit/clientlib.py, MANIFEST_HOOK_DICT) accepts.
const MANIFEST_KEYS = [
  'id', 'name', 'entry', 'language', 'alias', 'files', 'exclude', 'types', 'types_or', 'exclude_types', 'additional_dependencies',
  'args', 'always_run', 'fail_fast', 'pass_filenames', 'description', 'language_version', 'log_file', 'minimum_pre_commit_version',
  'require_serial', 'stages', 'verbose',
];

const repos: RealRepo[] = [];
const scratch: string[] = [];
afterAll(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function realRepo(plant: Plant[] = []): RealRepo {
  const repo = buildRealRepo({ plant });
  repos.push(repo);
  return repo;
}

/** Runs a hook as the framework runs a `language: script` hook: `<hook repo>/<entry file> <entry args…> <args…>` in the repository root. */
function runHook(hook: Hook, root: string, args: string[] = []) {
  const [file, ...entryArgs] = hook.entry.split(/\s+/);
  return runNode(path.join(PROJECT_ROOT, file!), [...entryArgs, ...args], { cwd: root });
}

describe(`${HOOKS_FILE} follows the framework's manifest rules`, () => {
  test('the audit and validate-backlog hooks are there', () => {
    expect(hooks.map((h) => h.id)).toEqual(expect.arrayContaining(['wo-audit', 'wo-validate-backlog']));
    expect(new Set(hooks.map((h) => h.id)).size).toBe(hooks.length);
  });

  test.each(hooks.map((h) => [h.id, h] as const))('%s', (_id, hook) => {
    expect(Object.keys(hook).filter((key) => !MANIFEST_KEYS.includes(key))).toEqual([]);
    expect(hook.name.trim()).not.toBe('');
    expect(hook.description?.trim()).toBeTruthy();
    // The committed bundle, run with nothing installed, once per commit on the whole repository.
    expect(hook.language).toBe('script');
    expect(hook.pass_filenames).toBe(false);
    const [file, command] = hook.entry.split(/\s+/);
    expect(file).toBe('dist/cli/index.js');
    const bundle = path.join(PROJECT_ROOT, file!);
    expect(fs.readFileSync(bundle, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(fs.statSync(bundle).mode & 0o111).toBe(0o111);
    // The bundle is executable in git too, so that a clone of the hook repository can run it.
    expect(runGit(PROJECT_ROOT, ['ls-files', '-s', '--', file!]).slice(0, 6)).toBe('100755');
    expect(command).toBe(hook.id.replace(/^wo-/, ''));
  });
});

describe('the files patterns select what each hook reads, as repository-relative paths', () => {
  // The framework matches `files` with Python's re.search; these patterns mean the same in JavaScript.
  const matches = (hook: Hook, file: string) => new RegExp(hook.files!).test(file);
  const always = ['_ctx/jobs/pending/WO-0012.1.yaml', '_ctx/jobs/running/WO-0052.lock', '_ctx/backlog/backlog.yaml', '_ctx/dod/dod-default.yaml', '_ctx/jobs/audit_whitelist.yaml', '.wo-toolkit.yaml'];
  const never = ['src/app.js', 'README.md', 'docs/gc.md', 'ctx/jobs/x.yaml', 'sub/_ctx/jobs/x.yaml', 'sub/.wo-toolkit.yaml', '.wo-toolkit.yaml.bak', 'x.wo-toolkit.yaml'];

  test.each(['wo-audit', 'wo-validate-backlog'])('%s', (id) => {
    const hook = hookById(id);
    for (const file of always) expect(`${file}: ${matches(hook, file)}`).toBe(`${file}: true`);
    for (const file of never) expect(`${file}: ${matches(hook, file)}`).toBe(`${file}: false`);
  });

  test("validate-backlog also runs when the repository's own schemas change", () => {
    expect(matches(hookById('wo-validate-backlog'), 'docs/backlog/schema/work_order.schema.json')).toBe(true);
  });

  test('no pattern names the worktrees folder: git never stages ignored files', () => {
    for (const hook of hooks) expect(hook.files ?? '').not.toMatch(/worktrees/);
  });
});

describe("each hook's entry on real repositories", () => {
  test('a healthy repository passes the audit', async () => {
    const { root } = realRepo();
    const run = await runHook(hookById('wo-audit'), root);
    expect(`exit ${run.code}\n${run.stdout}${run.stderr}`).toMatch(/^exit 0\n/);
  });

  test('each hook judges the repository it runs in, exactly as the command with --root does', async () => {
    const { root } = realRepo(['runningWithoutLock', 'badEnum']);
    // wo-transitions judges what is staged, not the repository: it has its own test below.
    for (const hook of hooks.filter((h) => h.id !== 'wo-transitions')) {
      const [file, ...entryArgs] = hook.entry.split(/\s+/);
      const direct = await runNode(path.join(PROJECT_ROOT, file!), [...entryArgs, '--root', root], { cwd: PROJECT_ROOT });
      const asHook = await runHook(hook, root);
      expect({ id: hook.id, code: asHook.code, stdout: asHook.stdout }).toEqual({ id: hook.id, code: direct.code, stdout: direct.stdout });
      expect(asHook.code).toBe(1);
    }
  });

  test('wo-audit fails on a running WO without its lock and names it; args are passed on', async () => {
    const { root } = realRepo(['runningWithoutLock']);
    const run = await runHook(hookById('wo-audit'), root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('running_without_lock');
    expect(run.stdout).toContain('WO-0071');
    // `args: [--fail-on, none]` in the user's configuration is appended to the entry.
    expect((await runHook(hookById('wo-audit'), root, ['--fail-on', 'none'])).code).toBe(0);
  });

  test('wo-validate-backlog fails on a schema error at its file and line', async () => {
    const repo = realRepo(['badEnum']);
    const run = await runHook(hookById('wo-validate-backlog'), repo.root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`_ctx/jobs/pending/WO-P2.1.yaml:${repo.lineOf('_ctx/jobs/pending/WO-P2.1.yaml', 'status:')}:`);
  });

  test('wo-transitions judges the staged moves against HEAD: a legal move passes, a reopened done WO fails at its file and line', async () => {
    const repo = realRepo();
    const hook = hookById('wo-transitions');
    expect(new RegExp(hook.files!).test('_ctx/jobs/running/WO-0052.lock')).toBe(true);
    expect(new RegExp(hook.files!).test('src/app.js')).toBe(false);
    expect((await runHook(hook, repo.root)).code).toBe(0);
    // Requeue a failed WO (legal), staged; an unstaged edit of a done WO is not part of the commit.
    runGit(repo.root, ['mv', '_ctx/jobs/failed/WO-0040.yaml', '_ctx/jobs/pending/WO-0040.yaml']);
    fs.appendFileSync(path.join(repo.root, '_ctx/jobs/done/WO-0030.yaml'), '# edited\n');
    const legal = await runHook(hook, repo.root);
    expect(`exit ${legal.code}\n${legal.stdout}${legal.stderr}`).toMatch(/^exit 0\n[\s\S]*WO-0040 +failed → pending +legal/);
    // Reopening a done WO is not a legal move.
    runGit(repo.root, ['mv', '_ctx/jobs/done/WO-0012.yaml', '_ctx/jobs/pending/WO-0012.yaml']);
    const illegal = await runHook(hook, repo.root);
    expect(illegal.code).toBe(1);
    const idLine = fs.readFileSync(path.join(repo.root, '_ctx/jobs/pending/WO-0012.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('id:')) + 1;
    expect(illegal.stdout).toContain(`_ctx/jobs/pending/WO-0012.yaml:${idLine}: error: WO-0012 moved from done/ to pending/`);
  });

  test('a mistyped option is exit 2 with one line, not a pass', async () => {
    const { root } = realRepo();
    const run = await runHook(hookById('wo-audit'), root, ['--fail-on', 'P7']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

/** `pre-commit --version` when the framework is installed, else undefined. */
function preCommitVersion(): string | undefined {
  const probe = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.trim() : undefined;
}

const installed = preCommitVersion();
// CI installs the framework (.ci/run, .github/workflows/ci.yml): there the real run must not be skipped.
const describeReal = installed || process.env['CI'] ? describe : describe.skip;

describeReal(`pre-commit try-repo, for real (${installed ?? 'pre-commit is not installed'})`, () => {
  /** A hook repository with only the hooks file and the committed CLI bundle, committed: no node_modules, no build. */
  function hookRepository(): string {
    const dir = makeTempDir('wo-toolkit-hook-repo-');
    scratch.push(dir);
    fs.copyFileSync(path.join(PROJECT_ROOT, HOOKS_FILE), path.join(dir, HOOKS_FILE));
    fs.cpSync(path.join(PROJECT_ROOT, 'dist', 'cli'), path.join(dir, 'dist', 'cli'), { recursive: true });
    runGit(dir, ['init', '-q', '-b', 'main']);
    runGit(dir, ['add', '-A']);
    runGit(dir, ['commit', '-q', '-m', 'hooks']);
    return dir;
  }

  function tryRepo(root: string, args: string[]) {
    const home = makeTempDir('wo-toolkit-pre-commit-home-');
    scratch.push(home);
    return spawnSync('pre-commit', ['try-repo', ...args, '--color', 'never'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PRE_COMMIT_HOME: home, GIT_CONFIG_NOSYSTEM: '1' },
      timeout: 120_000,
    });
  }

  test('is installed (CI must run this)', () => {
    expect(installed).toBeDefined();
  });

  test('the hooks pass on a healthy repository and fail on drift, from a hook repository with nothing installed', () => {
    const hookRepo = hookRepository();
    const healthy = realRepo();
    const ok = tryRepo(healthy.root, [hookRepo, 'wo-audit', '--all-files']);
    expect(`${ok.status}\n${ok.stdout}`).toMatch(/^0\n/);
    expect(ok.stdout).toMatch(/work-order audit\.+Passed/);

    const drift = realRepo(['runningWithoutLock', 'badEnum']);
    const failed = tryRepo(drift.root, [hookRepo, '--all-files']);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/work-order audit\.+Failed/);
    expect(failed.stdout).toContain('running_without_lock');
    expect(failed.stdout).toMatch(/work-order backlog validation\.+Failed/);
    expect(failed.stdout).toContain('_ctx/jobs/pending/WO-P2.1.yaml:');
  });

  test('a commit that stages nothing a hook reads skips it', () => {
    const hookRepo = hookRepository();
    const { root, repo } = realRepo(['runningWithoutLock', 'badEnum']);
    repo.write('src/feature.js', 'export const feature = 1;\n');
    runGit(root, ['add', 'src/feature.js']);
    const run = tryRepo(root, [hookRepo]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/work-order audit\.+\(no files to check\)Skipped/);
    expect(run.stdout).toMatch(/work-order backlog validation\.+\(no files to check\)Skipped/);
  });
});
