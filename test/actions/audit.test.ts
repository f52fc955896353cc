import fs from 'node:fs';
import path from 'node:path';
import { runActionBundle } from '../helpers/bundles.js';
import { makeTempDir, splitBrainAndZombieRepo, type TestRepo } from '../helpers/repo.js';
import { schemaErrors } from '../helpers/schemas.js';

describe('audit action (dist/audit/index.js under node, as the runner runs it)', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = splitBrainAndZombieRepo();
    repo.writeWo('pending', 'WO-0012');
    repo.writeWo('pending', 'WO-0012', { fileName: 'WO-0012.yml' });
  });
  afterAll(() => repo.cleanup());

  test('findings become outputs, annotations, a summary, and a failed step naming the WO ids', async () => {
    const run = await runActionBundle('audit', { root: '.', 'fail-on': 'P0', today: '2026-06-01' }, { workspace: repo.root });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ 'exit-code': '1', 'p0-count': '1', 'p1-count': '1', 'p2-count': '1', total: '3' });
    const report = JSON.parse(fs.readFileSync(run.outputs['report']!, 'utf8')) as unknown;
    expect(schemaErrors('audit-report.schema.json', report)).toEqual([]);

    const byTitle = (code: string) => run.annotations.find((a) => a.properties['title']?.startsWith(code));
    expect(byTitle('split_brain')).toMatchObject({ command: 'error', properties: { file: '_ctx/jobs/pending/WO-0014.yaml' } });
    expect(byTitle('zombie_worktree')).toMatchObject({ command: 'warning', properties: { file: '_ctx/jobs/done/WO-0030.yaml' } });
    expect(byTitle('duplicate_yaml')).toMatchObject({ command: 'notice' });
    expect(run.annotations.filter((a) => !a.properties['title'])).toEqual([
      { command: 'error', properties: {}, message: 'audit failed (fail-on P0): WO-0014' },
    ]);

    expect(run.summary.split('\n')[0]).toBe('### ❌ wo-toolkit audit: findings match fail-on P0 for WO-0014 (P0 1, P1 1, P2 1)');
    expect(run.summary).toContain('| P0 | P1 | P2 | Total | Whitelisted |\n|---|---|---|---|---|\n| 1 | 1 | 1 | 3 | 0 |');
    expect(run.summary).toMatch(/^\| P0 \| `split_brain` \| WO-0014 \| WO-0014 is in pending and done at once \| `_ctx\/jobs\/pending\/WO-0014\.yaml:1`<br>`_ctx\/jobs\/done\/WO-0014\.yaml:1` \| keep one copy: `wo-toolkit reconcile` plans it, `wo-toolkit reconcile --apply` does it \|$/m);
    // A worktree folder is named, not linked as a file.
    expect(run.summary).toContain('`_ctx/jobs/done/WO-0030.yaml:1`<br>`.worktrees/WO-0030` |');
  });

  test('a healthy run sets exit-code 0 and does not fail the step', async () => {
    const run = await runActionBundle('audit', { root: '.', 'fail-on': 'none' }, { workspace: repo.root });
    expect(run.code).toBe(0);
    expect(run.outputs['exit-code']).toBe('0');
    expect(run.stdout).not.toMatch(/^::error::/m);
  });

  test('annotation paths are relative to the workspace when root is a sub-folder', async () => {
    const workspace = makeTempDir();
    const sub = path.join(workspace, 'governed');
    fs.renameSync(repo.root, sub);
    try {
      const run = await runActionBundle('audit', { root: 'governed', json: path.join(workspace, 'out', 'audit.json') }, { workspace });
      expect(run.outputs['report']).toBe(path.join(workspace, 'out', 'audit.json'));
      const split = run.annotations.find((a) => a.properties['title']?.startsWith('split_brain'));
      expect(split?.properties['file']).toBe('governed/_ctx/jobs/pending/WO-0014.yaml');
    } finally {
      fs.renameSync(sub, repo.root);
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });

  test.each([
    [{ 'fail-on': 'P0,zombie' }, "input 'fail-on': unknown token 'zombie'"],
    [{ today: 'tomorrow' }, "input 'today': expected a date YYYY-MM-DD, got 'tomorrow'"],
    [{ root: 'missing-folder' }, "input 'root': folder 'missing-folder' does not exist"],
    [{ config: 'missing.yaml' }, "input 'config': file 'missing.yaml' does not exist"],
    [{ json: 'README.md/report.json' }, "input 'json': cannot write 'README.md/report.json'"],
  ])('bad input %j fails the step with one clear message and exit-code 2', async (inputs, message) => {
    const run = await runActionBundle('audit', inputs, { workspace: repo.root });
    expect(run.code).toBe(1);
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.stdout).toContain(`::error::${message}`);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });
});
