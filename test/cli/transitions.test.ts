import { describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { runCliBundle } from '../helpers/bundles.js';
import { makeTempDir, runGit } from '../helpers/repo.js';
import { sarifSchemaErrors } from '../helpers/sarif.js';
import { schemaErrors } from '../helpers/schemas.js';
import { governedRepo, moveWo, PLAIN_LOCK, richWo } from '../transitions/fixture.js';

/** `wo-toolkit transitions` from the built bundle, as a user or a pre-commit hook runs it. */

describe('wo-toolkit transitions', () => {
  test('text output: violations first at file:line, then the moves and a summary line; --json and --sarif; exit 1', async () => {
    const repo = governedRepo();
    repo.git('checkout', '-q', '-b', 'feature');
    moveWo(repo, '_ctx/jobs/pending/WO-0012.yaml', '_ctx/jobs/running/WO-0012.yaml', { id: 'WO-0012', status: 'running' });
    repo.commit('take WO-0012 without its lock');
    const out = makeTempDir();
    const run = await runCliBundle(['transitions', '--root', repo.root, '--base', 'main', '--head', 'feature', '--json', path.join(out, 'r.json'), '--sarif', path.join(out, 'r.sarif')]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('_ctx/jobs/running/WO-0012.yaml:4: error: WO-0012 moved into running/ without its lock _ctx/jobs/running/WO-0012.lock [lock_missing]');
    expect(lines).toContain('  WO-0012  pending → running       violation');
    expect(lines.at(-1)).toMatch(/^transitions [0-9a-f]{12}\.\.[0-9a-f]{12}: 1 WO change, 1 violation, 0 bypassed: FAIL$/);
    expect(schemaErrors('transitions-report.schema.json', JSON.parse(fs.readFileSync(path.join(out, 'r.json'), 'utf8')))).toEqual([]);
    const sarif = JSON.parse(fs.readFileSync(path.join(out, 'r.sarif'), 'utf8')) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: unknown[] }[] };
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual(['illegal_transition', 'wo_deleted', 'id_changed', 'lock_missing', 'lock_left', 'close_unverified', 'closed_wo_edited']);
    expect(sarif.runs[0]!.results).toHaveLength(1);
  });

  test('as a pre-commit hook: --staged from inside the repository judges what is staged, exit 0 for a legal move', async () => {
    const repo = governedRepo();
    repo.git('mv', '_ctx/jobs/pending/WO-0012.yaml', '_ctx/jobs/running/WO-0012.yaml');
    repo.write('_ctx/jobs/running/WO-0012.lock', PLAIN_LOCK('WO-0012'));
    repo.git('add', '-A');
    const ok = await runCliBundle(['transitions', '--staged'], { cwd: repo.root });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('WO-0012  pending → running       legal');
    repo.write('_ctx/jobs/done/WO-P2.1.yaml', richWo('WO-P2.1', { status: 'done', note: 'hand edit' }));
    repo.git('add', '-A');
    const bad = await runCliBundle(['transitions', '--staged'], { cwd: repo.root });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('[closed_wo_edited]');
  });

  test('usage errors are one line with exit 2: no base, --head with --staged, an unknown ref, not a repository', async () => {
    const repo = governedRepo();
    const cases: [string[], string][] = [
      [['transitions', '--root', repo.root], "wo-toolkit transitions: --base: expected the base commit to compare with (a branch, tag or SHA), got nothing\n"],
      [['transitions', '--root', repo.root, '--staged', '--head', 'main'], 'wo-toolkit transitions: --head and --staged: give one of them (--staged compares the index with the base)\n'],
      [['transitions', '--root', repo.root, '--base', 'origin/main'], "wo-toolkit transitions: --base: 'origin/main' is not a commit of this repository: fetch it first (git fetch origin origin/main)\n"],
      [['transitions', '--root', repo.root, '--base=--upload-pack=x'], "wo-toolkit transitions: --base: expected a commit (a branch, tag or SHA), got '--upload-pack=x'\n"],
    ];
    for (const [args, stderr] of cases) {
      const run = await runCliBundle(args);
      expect([run.code, run.stderr]).toEqual([2, stderr]);
    }
    const plain = makeTempDir();
    const notRepo = await runCliBundle(['transitions', '--root', plain, '--base', 'main']);
    expect(notRepo.code).toBe(2);
    expect(notRepo.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    runGit(plain, ['init', '-q']);
  });
});
