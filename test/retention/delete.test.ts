import fs from 'node:fs';
import path from 'node:path';
import { deleteVerified } from '../../src/retention/delete.js';
import { makeTempDir, TestRepo } from '../helpers/repo.js';
import { sha256 } from './evidence.js';

// The last check before a deletion: what the scan saw may have changed since.
describe('deleting one eligible file', () => {
  let repo: TestRepo;
  let outside: string;
  let evidenceRoot: string;
  const name = `dirty.${sha256('p')}.patch`;

  beforeEach(() => {
    repo = TestRepo.create();
    outside = makeTempDir('wo-toolkit-outside-');
    evidenceRoot = repo.path('_ctx/handoff');
    fs.mkdirSync(evidenceRoot, { recursive: true });
  });
  afterEach(() => {
    repo.cleanup();
    fs.rmSync(outside, { recursive: true, force: true });
  });

  test('a regular file with a candidate name in an evidence folder is deleted', () => {
    repo.write(`_ctx/handoff/WO-0001/${name}`, 'patch\n');
    expect(deleteVerified(repo.root, evidenceRoot, repo.path(`_ctx/handoff/WO-0001/${name}`))).toBeUndefined();
    expect(repo.exists(`_ctx/handoff/WO-0001/${name}`)).toBe(false);
  });

  test('a folder swapped for a link to outside the repository: nothing is deleted there', () => {
    fs.writeFileSync(path.join(outside, name), 'outside\n');
    repo.symlink('_ctx/handoff/WO-0001', outside);
    const problem = deleteVerified(repo.root, evidenceRoot, repo.path(`_ctx/handoff/WO-0001/${name}`));
    expect(problem).toMatch(/not a folder of the evidence root/);
    expect(fs.readFileSync(path.join(outside, name), 'utf8')).toBe('outside\n');
  });

  test('a file swapped for a link: the link stays and its target too', () => {
    fs.writeFileSync(path.join(outside, 'target'), 'target\n');
    repo.symlink(`_ctx/handoff/WO-0001/${name}`, path.join(outside, 'target'));
    expect(deleteVerified(repo.root, evidenceRoot, repo.path(`_ctx/handoff/WO-0001/${name}`))).toMatch(/no longer a regular file/);
    expect(fs.lstatSync(repo.path(`_ctx/handoff/WO-0001/${name}`)).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(outside, 'target'), 'utf8')).toBe('target\n');
  });

  test('a name retention may not delete is refused, whatever the caller asks', () => {
    for (const other of ['decision.md', 'dirty.patch', 'verdict.json']) {
      repo.write(`_ctx/handoff/WO-0001/${other}`, 'keep\n');
      expect(deleteVerified(repo.root, evidenceRoot, repo.path(`_ctx/handoff/WO-0001/${other}`))).toMatch(/not one retention-gc may delete/);
      expect(repo.read(`_ctx/handoff/WO-0001/${other}`)).toBe('keep\n');
    }
  });

  test('a file deeper than an evidence folder is refused', () => {
    repo.write(`_ctx/handoff/WO-0001/sub/${name}`, 'deep\n');
    expect(deleteVerified(repo.root, evidenceRoot, repo.path(`_ctx/handoff/WO-0001/sub/${name}`))).toMatch(/not a folder of the evidence root/);
    expect(repo.read(`_ctx/handoff/WO-0001/sub/${name}`)).toBe('deep\n');
  });
});
