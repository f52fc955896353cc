import fs from 'node:fs';
import { buildPatch, PatchError, provePatch } from '../../src/gc/patch.js';
import { TestRepo } from '../helpers/repo.js';
import { EXCLUDED } from './fixture.js';

const NOTHING_HIDDEN = { buildOutput: [], sparse: [] };

let repo: TestRepo;
let wt: string;

beforeEach(() => {
  repo = TestRepo.create();
  repo.write('.gitignore', '.worktrees/\n');
  repo.write('src/a.ts', 'export const a = 1;\n');
  repo.write('src/b.ts', 'export const b = 2;\n');
  repo.commit('base');
  wt = repo.addWorktree('WO-0001');
});
afterEach(() => repo.cleanup());

test('building a patch writes nothing into the repository, not even object times', async () => {
  // Content git already stores (as src/a.ts and as the empty blob): writing it would refresh those objects.
  repo.write('.worktrees/WO-0001/copy-of-a.ts', 'export const a = 1;\n');
  repo.write('.worktrees/WO-0001/empty.txt', '');
  repo.write('.worktrees/WO-0001/src/b.ts', 'export const a = 1;\n');
  const before = repo.snapshot();
  const patch = await buildPatch(wt, EXCLUDED);
  expect(repo.snapshot()).toEqual(before);
  expect(patch.files.map((f) => `${f.status} ${f.path}`)).toEqual(['added copy-of-a.ts', 'added empty.txt', 'modified src/b.ts']);
});

test('the same content gives the same bytes; any change gives another hash', async () => {
  repo.write('.worktrees/WO-0001/new.txt', 'new\n');
  const first = await buildPatch(wt, EXCLUDED);
  const second = await buildPatch(wt, EXCLUDED);
  expect(second.bytes.equals(first.bytes)).toBe(true);
  expect(second.sha256).toBe(first.sha256);
  repo.write('.worktrees/WO-0001/new.txt', 'new!\n');
  expect((await buildPatch(wt, EXCLUDED)).sha256).not.toBe(first.sha256);
});

test('changes staged inside exclusion paths are left out too', async () => {
  repo.write('.worktrees/WO-0001/_ctx/logs/staged.log', 'log\n');
  repo.git('-C', wt, 'add', '-f', '_ctx/logs/staged.log');
  repo.write('.worktrees/WO-0001/src/a.ts', 'changed\n');
  const patch = await buildPatch(wt, EXCLUDED);
  expect(patch.files.map((f) => f.path)).toEqual(['src/a.ts']);
  expect(patch.bytes.toString('utf8')).not.toContain('_ctx/logs');
});

test('the worktree index is not touched: what was staged stays staged', async () => {
  repo.write('.worktrees/WO-0001/src/a.ts', 'staged\n');
  repo.git('-C', wt, 'add', 'src/a.ts');
  repo.write('.worktrees/WO-0001/untracked.txt', 'u\n');
  const statusBefore = repo.git('-C', wt, 'status', '--porcelain');
  await buildPatch(wt, EXCLUDED);
  expect(repo.git('-C', wt, 'status', '--porcelain')).toBe(statusBefore);
  expect(statusBefore).toContain('?? untracked.txt');
});

test('provePatch accepts the genuine patch and refuses a tampered or incomplete one', async () => {
  repo.write('.worktrees/WO-0001/src/a.ts', 'export const a = 2;\n');
  repo.write('.worktrees/WO-0001/notes.md', 'notes\n');
  fs.rmSync(repo.path('.worktrees/WO-0001/src/b.ts'));
  const patch = await buildPatch(wt, EXCLUDED);
  await expect(provePatch(wt, patch.bytes, patch.head, EXCLUDED, NOTHING_HIDDEN, repo.path('.git/wo-toolkit-scratch'))).resolves.toBeUndefined();
  const tampered = Buffer.from(patch.bytes.toString('utf8').replace('+export const a = 2;', '+export const a = 3;'));
  await expect(provePatch(wt, tampered, patch.head, EXCLUDED, NOTHING_HIDDEN, repo.path('.git/wo-toolkit-scratch'))).rejects.toThrow(PatchError);
  const withoutNotes = Buffer.from(patch.bytes.toString('utf8').replace(/diff --git a\/notes\.md[\s\S]*?(?=diff --git)/, ''));
  expect(withoutNotes.length).toBeLessThan(patch.bytes.length);
  await expect(provePatch(wt, withoutNotes, patch.head, EXCLUDED, NOTHING_HIDDEN, repo.path('.git/wo-toolkit-scratch'))).rejects.toThrow(/lacks notes\.md/);
});

test('untracked names that look like pathspecs or need quoting are taken literally', async () => {
  const names = ['weird[1].txt', '*star.txt', ':(top)colon.txt', ':!bang.txt', 'tab\there.txt', 'üñí.txt', 'quote"d.txt', 'odd/-dash.txt'];
  for (const name of names) repo.write(`.worktrees/WO-0001/${name}`, `${name}\n`);
  repo.write('.worktrees/WO-0001/weird1.txt', 'a glob of weird[1].txt would also match this\n');
  const patch = await buildPatch(wt, EXCLUDED);
  expect(patch.files.map((f) => f.path).sort()).toEqual([...names, 'weird1.txt'].sort());
  await expect(provePatch(wt, patch.bytes, patch.head, EXCLUDED, NOTHING_HIDDEN, repo.path('.git/wo-toolkit-scratch'))).resolves.toBeUndefined();
});
