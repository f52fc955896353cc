import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  checkRepoFolder,
  ensureRepoFolder,
  listRepoFolder,
  MAX_READ_BYTES,
  readFolderEntry,
  readRepoFile,
  readRepoText,
  removeRepoFile,
  RepoFileError,
} from '../../src/core/repo-files.js';
import { makeTempDir, TestRepo } from '../helpers/repo.js';

/** Real files, links, FIFOs and devices: what a repository (or someone who can write to it) may hold. */

function mkfifo(abs: string): void {
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  execFileSync('mkfifo', [abs]);
}

function refusal(run: () => unknown): RepoFileError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RepoFileError);
    return error as RepoFileError;
  }
  throw new Error('expected a RepoFileError, got none');
}

describe('reading a file of the repository', () => {
  let repo: TestRepo;
  let outside: string;
  beforeEach(() => {
    repo = TestRepo.create();
    outside = makeTempDir('wo-toolkit-outside-');
    fs.writeFileSync(path.join(outside, 'secret.yaml'), 'id: WO-0001\nsecret: outside the repository\n');
  });
  afterEach(() => {
    repo.cleanup();
    fs.rmSync(outside, { recursive: true, force: true });
  });

  test('a regular file is read; a missing one is undefined', () => {
    repo.write('_ctx/backlog/backlog.yaml', 'epics: []\n');
    expect(readRepoText(repo.root, '_ctx/backlog/backlog.yaml')).toBe('epics: []\n');
    expect(readRepoFile(repo.root, '_ctx/backlog/missing.yaml')).toBeUndefined();
  });

  test('a link that stays inside the repository is followed, even through a linked folder', () => {
    repo.write('shared/WO-0001.yaml', 'id: WO-0001\n');
    repo.symlink('_ctx/jobs/running/WO-0001.yaml', '../../../shared/WO-0001.yaml');
    repo.symlink('_ctx/linked', '../shared');
    expect(readRepoText(repo.root, '_ctx/jobs/running/WO-0001.yaml')).toBe('id: WO-0001\n');
    expect(readRepoText(repo.root, '_ctx/linked/WO-0001.yaml')).toBe('id: WO-0001\n');
  });

  test('a link that leads outside the repository is refused, by a relative or an absolute target, or through a folder', () => {
    repo.symlink('_ctx/jobs/audit_whitelist.yaml', path.join(outside, 'secret.yaml'));
    repo.symlink('_ctx/backlog/backlog.yaml', path.relative(repo.path('_ctx/backlog'), path.join(outside, 'secret.yaml')));
    repo.symlink('_ctx/handoff', outside);
    for (const rel of ['_ctx/jobs/audit_whitelist.yaml', '_ctx/backlog/backlog.yaml', '_ctx/handoff/secret.yaml']) {
      const error = refusal(() => readRepoFile(repo.root, rel));
      expect(error.problem).toBe('outside');
      expect(error.message).toMatch(new RegExp(`^${rel.replace(/\./g, '\\.')}: is a symbolic link .*leads outside the repository`));
    }
    expect(refusal(() => readRepoFile(repo.root, '../x.yaml')).problem).toBe('outside');
  });

  test('a FIFO, /dev/zero, a folder and a socket-like device are refused without blocking', () => {
    mkfifo(repo.path('_ctx/jobs/running/WO-0001.lock'));
    repo.symlink('_ctx/jobs/running/WO-0002.yaml', '/dev/zero');
    fs.mkdirSync(repo.path('_ctx/dod/DOD-1.yaml'), { recursive: true });
    const fifo = refusal(() => readRepoFile(repo.root, '_ctx/jobs/running/WO-0001.lock'));
    expect(fifo.message).toBe('_ctx/jobs/running/WO-0001.lock: is a FIFO (named pipe), not a regular file');
    // /dev/zero lies outside the repository: refused before it is opened.
    expect(refusal(() => readRepoFile(repo.root, '_ctx/jobs/running/WO-0002.yaml')).problem).toBe('outside');
    expect(refusal(() => readRepoFile(repo.root, '_ctx/dod/DOD-1.yaml')).message).toBe('_ctx/dod/DOD-1.yaml: is a folder, not a regular file');
  });

  test('a FIFO in a listed folder is refused too (the entry is opened without blocking)', () => {
    mkfifo(repo.path('_ctx/jobs/pending/WO-0003.yaml'));
    const folder = listRepoFolder(repo.root, '_ctx/jobs/pending')!;
    expect(refusal(() => readFolderEntry(repo.root, folder, 'WO-0003.yaml')).problem).toBe('not-a-file');
  });

  test('a file larger than the cap is refused before it is read; the cap can be tightened', () => {
    const big = repo.path('_ctx/backlog/backlog.yaml');
    fs.mkdirSync(path.dirname(big), { recursive: true });
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 3 * MAX_READ_BYTES);
    expect(refusal(() => readRepoFile(repo.root, '_ctx/backlog/backlog.yaml')).message).toBe(
      '_ctx/backlog/backlog.yaml: is 3 MiB, more than the 1 MiB wo-toolkit reads of one file',
    );
    repo.write('small.txt', 'x'.repeat(100));
    expect(refusal(() => readRepoFile(repo.root, 'small.txt', { maxBytes: 99 })).problem).toBe('too-large');
    expect(readRepoFile(repo.root, 'small.txt', { maxBytes: 100 })!.bytes.length).toBe(100);
  });

  test('a path below a file is one clear line, not a crash', () => {
    fs.rmSync(repo.path('_ctx/jobs/running'), { recursive: true });
    repo.write('_ctx/jobs/running', 'a file where a folder belongs\n');
    expect(refusal(() => listRepoFolder(repo.root, '_ctx/jobs/running')).message).toBe('_ctx/jobs/running: is a file, expected a folder');
    expect(refusal(() => readRepoFile(repo.root, '_ctx/jobs/running/WO-0001.yaml')).problem).toBe('not-a-folder');
  });
});

describe('creating folders and deleting files', () => {
  let repo: TestRepo;
  let outside: string;
  beforeEach(() => {
    repo = TestRepo.create();
    outside = makeTempDir('wo-toolkit-outside-');
  });
  afterEach(() => {
    repo.cleanup();
    fs.rmSync(outside, { recursive: true, force: true });
  });

  test('a folder is created part by part inside the repository, and never through a link that leads out', () => {
    expect(checkRepoFolder(repo.root, '_ctx/handoff/WO-0001')).toBeUndefined();
    expect(ensureRepoFolder(repo.root, '_ctx/handoff/WO-0001')).toBe(repo.path('_ctx/handoff/WO-0001'));
    repo.symlink('_ctx/linked', outside);
    const error = refusal(() => ensureRepoFolder(repo.root, '_ctx/linked/WO-0002'));
    expect(error.message).toBe(`_ctx/linked/WO-0002: lies below _ctx/linked, a symbolic link that leads outside the repository, to ${outside}`);
    expect(refusal(() => checkRepoFolder(repo.root, '_ctx/linked/WO-0002')).problem).toBe('outside');
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  test('deleting a lock that is a link removes the link only; a folder that leads out is refused', () => {
    const target = path.join(outside, 'precious.txt');
    fs.writeFileSync(target, 'keep me\n');
    repo.symlink('_ctx/jobs/running/WO-0001.lock', target);
    expect(removeRepoFile(repo.root, '_ctx/jobs/running/WO-0001.lock')).toBe(true);
    expect(fs.lstatSync(repo.path('_ctx/jobs/running/WO-0001.lock'), { throwIfNoEntry: false })).toBeUndefined();
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me\n');

    fs.writeFileSync(path.join(outside, 'WO-0002.lock'), 'pid: 1\n');
    repo.symlink('_ctx/linked-running', outside);
    expect(refusal(() => removeRepoFile(repo.root, '_ctx/linked-running/WO-0002.lock')).problem).toBe('outside');
    expect(fs.readFileSync(path.join(outside, 'WO-0002.lock'), 'utf8')).toBe('pid: 1\n');
    expect(removeRepoFile(repo.root, '_ctx/jobs/running/none.lock')).toBe(false);
  });
});
