import fs from 'node:fs';
import { readGcSettings, runGc, type GcReport, type GcSettings } from '../../src/commands/gc.js';
import { settingsFrom } from '../helpers/cli.js';
import { TestRepo } from '../helpers/repo.js';
import { NOW, TODAY } from './fixture.js';
import { decideDirty } from '../helpers/decisions.js';

/**
 * Filters and conversions (clean/smudge, eol/text, ident, working-tree-encoding) change bytes between the
 * worktree and git. Before a dirty worktree goes, the proof checks the patch out the way a restore does
 * and compares the bytes on disk: where they differ, the worktree stays and the run names the file.
 */

const gc = (repo: TestRepo, options: Partial<GcSettings> = {}): Promise<GcReport> => runGc(settingsFrom(readGcSettings, { root: repo.root, today: TODAY }, { now: NOW, ...options }));

function base(attributes: string, setup?: (repo: TestRepo) => void): { repo: TestRepo; wt: string; head: string } {
  const repo = TestRepo.create();
  setup?.(repo);
  repo.write('.gitignore', '.worktrees/\n');
  repo.write('.gitattributes', attributes);
  repo.write('docs/guide.txt', 'hello guide\n');
  repo.writeWo('done', 'WO-0500');
  repo.commit('base');
  const wt = repo.addWorktree('WO-0500');
  return { repo, wt, head: repo.git('-C', wt, 'rev-parse', 'HEAD').trim() };
}

test('a file whose bytes a line-ending conversion would not give back: --force-dirty keeps the worktree and names it', async () => {
  const { repo, wt } = base('*.txt text eol=crlf\n');
  try {
    // LF endings in the worktree, where a checkout writes CRLF: a restore would not give these bytes.
    fs.writeFileSync(`${wt}/docs/notes.txt`, 'line one\nline two\n');
    const report = (decideDirty(repo.root, await gc(repo)), await gc(repo, { mode: 'apply', forceDirty: true }));
    const op = report.operations[0]!;
    expect(op.dirty).toBe(true);
    expect(op.outcome).toBe('failed');
    expect(op.needs_attention).toBe(true);
    expect(op.error).toContain('docs/notes.txt');
    expect(report.exit_code).toBe(1);
    expect(fs.readFileSync(`${wt}/docs/notes.txt`, 'utf8')).toBe('line one\nline two\n');
  } finally {
    repo.cleanup();
  }
});

test('a clean/smudge filter that round-trips: removed, and a restore gives the same bytes', async () => {
  const { repo, wt, head } = base('*.txt filter=rot13\n', (r) => {
    r.git('config', 'filter.rot13.clean', 'tr A-Za-z N-ZA-Mn-za-m');
    r.git('config', 'filter.rot13.smudge', 'tr A-Za-z N-ZA-Mn-za-m');
  });
  try {
    fs.writeFileSync(`${wt}/docs/guide.txt`, 'hello guide, edited\n');
    fs.writeFileSync(`${wt}/docs/new.txt`, 'a new page\n');
    const op = ((decideDirty(repo.root, await gc(repo)), await gc(repo, { mode: 'apply', forceDirty: true }))).operations[0]!;
    expect(op.error).toBeUndefined();
    expect(op.outcome).toBe('done');
    expect(fs.existsSync(wt)).toBe(false);
    repo.git('worktree', 'add', '-q', '--detach', '.worktrees/restore', head);
    repo.git('-C', repo.path('.worktrees/restore'), 'apply', '--binary', repo.path(op.patch_link!));
    expect(repo.read('.worktrees/restore/docs/guide.txt')).toBe('hello guide, edited\n');
    expect(repo.read('.worktrees/restore/docs/new.txt')).toBe('a new page\n');
  } finally {
    repo.cleanup();
  }
});
