import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CatFileBatch, git, tryGit, tryGitInEach } from '../../src/core/git.js';
import { makeTempDir, TestRepo } from '../helpers/repo.js';

/**
 * tryGitInEach: git in many folders at once. Folder names and git arguments are values, never shell
 * text: a name that would run a command in a shell must run nothing, and each folder gets its own
 * result, exactly what `git` gives in that folder.
 */

const STATUS = ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'];

// Files a shell would create if it ever read a folder name or an argument as shell text.
const secret = crypto.randomBytes(8).toString('hex');
const canaries = ['subst', 'backtick', 'semicolon', 'argument', 'quoted'].map((k) => path.join(os.tmpdir(), `wo-toolkit-canary-${secret}-${k}`));

const NAMES = [
  'plain',
  'with  two spaces',
  "single ' quote",
  'double " quote',
  `$(touch ${canaries[0]})`,
  `\`touch ${canaries[1]}\``,
  `x; touch ${canaries[2]}; y`,
  `"; touch ${canaries[4]}; echo "`,
  'new\nline',
  '$HOME * ? [ab] \\ & | < >',
  '-starts-with-a-dash',
  'wo-toolkit-end-0 0',
];

let base: string;
let folders: string[];
let notARepository: string;
let missing: string;

beforeAll(() => {
  base = makeTempDir('wo-toolkit-git-each-');
  folders = NAMES.map((name, i) => {
    const repo = TestRepo.create({ at: path.join(base, name), states: false });
    // Each folder's output is its own: a tracked change, an untracked file named after the folder's
    // index, and a commit whose subject is the folder's name.
    repo.write(`tracked-${i}.txt`, 'one\n');
    repo.commit(`commit in ${name.replace(/\n/g, ' ')}`);
    repo.write(`tracked-${i}.txt`, 'two\n');
    repo.write(`untracked dir/file ${i} ${name.replace(/[/\n]/g, '_')}.txt`, 'new\n');
    return repo.root;
  });
  notARepository = makeTempDir('wo-toolkit-not-a-repo-');
  missing = path.join(base, 'never created');
});

afterAll(() => {
  fs.rmSync(base, { recursive: true, force: true });
  fs.rmSync(notARepository, { recursive: true, force: true });
  for (const canary of canaries) fs.rmSync(canary, { force: true });
});

/** What `git` itself gives in each folder, one process after the other. */
async function oneByOne(dirs: readonly string[], args: string[]): Promise<Map<string, { code: number; stdout: string }>> {
  const results = new Map<string, { code: number; stdout: string }>();
  for (const dir of dirs) {
    const { code, stdout } = await tryGit(args, { cwd: dir });
    results.set(dir, { code, stdout });
  }
  return results;
}

test('the folders are real repositories with distinct changes', async () => {
  expect(new Set(folders).size).toBe(NAMES.length);
  for (const [i, dir] of folders.entries()) {
    expect(await git(STATUS, { cwd: dir })).toContain(`tracked-${i}.txt`);
  }
});

test.each([1, 2, 3, NAMES.length + 5])('with %i lane(s), every folder gets exactly what git gives in it', async (lanes) => {
  const results = await tryGitInEach(folders, STATUS, lanes);
  expect(results).toEqual(await oneByOne(folders, STATUS));
  for (const [i, dir] of folders.entries()) {
    expect(results.get(dir)!.code).toBe(0);
    expect(results.get(dir)!.stdout).toBe(await git(STATUS, { cwd: dir }));
    expect(results.get(dir)!.stdout).toContain(` M tracked-${i}.txt\0`);
  }
});

test('git arguments are values too, and output with NULs and newlines comes back whole', async () => {
  const args = ['log', '-1', `--format=%s%x00$(touch ${canaries[3]}) "$HOME" ;%n'end'`];
  const results = await tryGitInEach(folders, args, 2);
  expect(results).toEqual(await oneByOne(folders, args));
  expect(results.get(folders[4]!)!.stdout).toBe(`commit in ${NAMES[4]}\0$(touch ${canaries[3]}) "$HOME" ;\n'end'\n`);
});

test('no folder name or argument is ever run as a command', async () => {
  await tryGitInEach(folders, STATUS, 1);
  await tryGitInEach(folders, ['log', '-1', `--format=$(touch ${canaries[3]})`], 3);
  for (const canary of canaries) expect(fs.existsSync(canary)).toBe(false);
});

test('a folder that fails has its own non-zero code, and the others are unaffected', async () => {
  const dirs = [folders[0]!, notARepository, folders[4]!, missing, folders[8]!];
  const results = await tryGitInEach(dirs, STATUS, 2);
  expect([...results.keys()].sort()).toEqual([...dirs].sort());
  expect(results.get(notARepository)!.code).toBe(128);
  expect(results.get(missing)!.code).toBe(128);
  expect((await tryGit(STATUS, { cwd: notARepository })).code).toBe(128);
  for (const dir of [folders[0]!, folders[4]!, folders[8]!]) expect(results.get(dir)).toEqual({ code: 0, stdout: await git(STATUS, { cwd: dir }) });
  // A git command that fails in every folder: each reports git's own exit code.
  const unknownRef = await tryGitInEach(folders.slice(0, 4), ['rev-parse', '--verify', '-q', 'refs/heads/no-such-branch'], 2);
  expect([...unknownRef.values()]).toEqual(Array(4).fill({ code: 1, stdout: '' }));
});

test('nothing to do gives an empty map', async () => {
  expect(await tryGitInEach([], STATUS, 4)).toEqual(new Map());
});

test('without a shell on the PATH, git runs once per folder with the same results', async () => {
  const gitPath = (process.env['PATH'] ?? '')
    .split(path.delimiter)
    .map((dir) => path.join(dir, 'git'))
    .find((file) => fs.existsSync(file))!;
  const onlyGit = makeTempDir('wo-toolkit-only-git-');
  fs.symlinkSync(gitPath, path.join(onlyGit, 'git'));
  const savedPath = process.env['PATH'];
  process.env['PATH'] = onlyGit;
  try {
    expect((spawnSync('sh', ['-c', 'true'], { env: process.env }).error as NodeJS.ErrnoException | undefined)?.code).toBe('ENOENT');
    const dirs = [...folders, notARepository];
    const results = await tryGitInEach(dirs, STATUS, 2);
    process.env['PATH'] = savedPath;
    expect(results).toEqual(await oneByOne(dirs, STATUS));
    expect(results.get(notARepository)!.code).toBe(128);
  } finally {
    process.env['PATH'] = savedPath;
    fs.rmSync(onlyGit, { recursive: true, force: true });
  }
});

describe('CatFileBatch', () => {
  test('reads many objects in rounds through one process, bytes exact; missing and odd names are undefined', async () => {
    const repo = TestRepo.create();
    const binary = Buffer.from([0, 1, 2, 10, 13, 255, 10, 0]);
    repo.write('bin.dat', binary);
    repo.write('a file with spaces.txt', 'spaces\n');
    const head = repo.commit('objects');
    const batch = new CatFileBatch(repo.root);
    try {
      const [bin, spaced, missing] = await batch.read(['HEAD:bin.dat', 'HEAD:a file with spaces.txt', 'HEAD:nope']);
      expect(bin!.type).toBe('blob');
      expect(bin!.content.equals(binary)).toBe(true);
      expect(spaced!.content.toString('utf8')).toBe('spaces\n');
      expect(missing).toBeUndefined();
      // A second round on the same process; a name with a line break never reaches git.
      const [commit, broken] = await batch.read([`${head.slice(0, 10)}^{commit}`, 'HEAD\nHEAD:bin.dat']);
      expect(commit).toMatchObject({ type: 'commit', oid: head });
      expect(broken).toBeUndefined();
    } finally {
      batch.close();
    }
  });
});
