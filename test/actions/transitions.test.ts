import { afterAll, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runActionBundle, PROJECT_ROOT } from '../helpers/bundles.js';
import { renderGfm, renderingProblems } from '../helpers/markdown.js';
import { makeTempDir, type TestRepo } from '../helpers/repo.js';
import { sarifSchemaErrors } from '../helpers/sarif.js';
import { schemaErrors } from '../helpers/schemas.js';
import { governedRepo, moveWo, PLAIN_LOCK } from '../transitions/fixture.js';

/**
 * The transitions action as the runner runs it: `node dist/transitions/index.js`, inputs as INPUT_*,
 * a pull_request event payload file in GITHUB_EVENT_PATH for the default base and head, real
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, annotations read from stdout.
 */

const temp = makeTempDir('wo-toolkit-transitions-action-');
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

/** A pull request: main is the base, feature the head, with one legal move, one bypassed and one illegal. */
function pullRequest(): { repo: TestRepo; base: string; head: string; event: string } {
  const repo = governedRepo();
  const base = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '-b', 'feature');
  moveWo(repo, '_ctx/jobs/pending/WO-0012.yaml', '_ctx/jobs/running/WO-0012.yaml', { id: 'WO-0012', status: 'running' });
  repo.write('_ctx/jobs/running/WO-0012.lock', PLAIN_LOCK('WO-0012'));
  repo.commit('take WO-0012');
  moveWo(repo, '_ctx/jobs/done/WO-P2.1.yaml', '_ctx/jobs/pending/WO-P2.1.yaml', { id: 'WO-P2.1', status: 'pending' });
  repo.commit('reopen WO-P2.1 [emergency]');
  moveWo(repo, '_ctx/jobs/running/WO-0018A.yaml', '_ctx/jobs/failed/WO-0018A.yaml', { id: 'WO-0018A', status: 'failed' });
  const head = repo.commit('fail WO-0018A, forgetting its lock');
  // The runner checks out the pull request's merge commit; the event names base and head.
  repo.git('checkout', '-q', '--detach', base);
  repo.git('merge', '-q', '--no-ff', '--no-edit', head);
  const event = path.join(temp, `event-${path.basename(repo.root)}.json`);
  fs.writeFileSync(event, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } } }));
  return { repo, base, head, event };
}

describe('transitions action', () => {
  test('base and head from the pull_request event; violations as annotations at file and line; moves in the summary, violations first; the step fails', async () => {
    const { repo, base, head, event } = pullRequest();
    const sarif = path.join(temp, 'transitions.sarif');
    const run = await runActionBundle('transitions', { root: '.', sarif }, { workspace: repo.root, env: { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request' } });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ 'exit-code': '1', 'violation-count': '1', 'bypassed-count': '1' });
    const report = JSON.parse(fs.readFileSync(run.outputs['report']!, 'utf8')) as { base: string; head: string };
    expect(schemaErrors('transitions-report.schema.json', report)).toEqual([]);
    expect([report.base, report.head]).toEqual([base, head]);

    const located = run.annotations.filter((a) => a.properties['file'] !== undefined).map((a) => `${a.command} ${a.properties['file']}:${a.properties['line']} ${a.properties['title']}`);
    expect(located).toEqual(['error _ctx/jobs/running/WO-0018A.lock:1 transitions: lock_left WO-0018A', 'warning _ctx/jobs/pending/WO-P2.1.yaml:4 transitions: illegal_transition WO-P2.1']);
    expect(run.annotations.find((a) => a.command === 'warning')!.message).toContain('"reopen WO-P2.1 [emergency]"');
    expect(run.stdout).toMatch(/::error::transitions: 1 violation \(WO-0018A\)/);

    const summary = run.summary;
    expect(summary.indexOf('#### Violations')).toBeLessThan(summary.indexOf('#### Moves'));
    expect(summary).toContain('| WO-0018A | running → failed | **violation** |');
    expect(summary).toContain('| WO-P2.1 | done → pending | bypassed |');
    expect(summary).toContain('| WO-0012 | pending → running | legal |');
    // The verdict first; rendered as GitHub does, nothing is left as raw Markdown.
    expect(summary.split('\n')[0]).toBe('### ❌ wo-toolkit transitions: illegal changes to WO-0018A (3 WO changes, 1 violation, 1 bypassed)');
    expect(summary).toContain('| What to do |');
    expect(summary).toContain('`git rm` the lock of the WO that left running/');
    expect(renderingProblems(renderGfm(summary))).toEqual([]);

    const log = JSON.parse(fs.readFileSync(sarif, 'utf8')) as { runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region.startLine])).toEqual([
      ['lock_left', 'error', '_ctx/jobs/running/WO-0018A.lock', 1],
      ['illegal_transition', 'note', '_ctx/jobs/pending/WO-P2.1.yaml', 4],
    ]);
  });

  test('inputs override the event; a push event without a base input fails with one line naming the input', async () => {
    const { repo, base, event } = pullRequest();
    const run = await runActionBundle('transitions', { base, head: 'feature', 'bypass-marker': 'NOTHING-MATCHES' }, { workspace: repo.root, env: { GITHUB_EVENT_PATH: event } });
    expect(run.outputs).toMatchObject({ 'exit-code': '1', 'violation-count': '2', 'bypassed-count': '0' });

    const push = path.join(temp, 'push.json');
    fs.writeFileSync(push, JSON.stringify({ ref: 'refs/heads/main', before: base, after: base }));
    const failed = await runActionBundle('transitions', {}, { workspace: repo.root, env: { GITHUB_EVENT_PATH: push, GITHUB_EVENT_NAME: 'push' } });
    expect(failed.code).toBe(1);
    expect(failed.outputs['exit-code']).toBe('2');
    expect(failed.stdout).toMatch(/::error::input 'base': expected the base commit; none given, and the event \(push\) is not a pull request/);
  });

  test('a base the checkout does not have: exit-code 2 and one line saying what to fetch', async () => {
    const { repo, event } = pullRequest();
    const missing = 'f'.repeat(40);
    fs.writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: missing }, head: { sha: repo.git('rev-parse', 'feature').trim() } } }));
    const run = await runActionBundle('transitions', {}, { workspace: repo.root, env: { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request' } });
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.stdout).toContain(`::error::input 'base' (the pull request's base SHA from the event): '${missing}' is not a commit of this repository: fetch it first`);
  });

  test('action.yml: node24, the committed bundle, every input and output the run reads and sets', () => {
    const action = parseYaml(fs.readFileSync(path.join(PROJECT_ROOT, 'transitions', 'action.yml'), 'utf8')) as { runs: { using: string; main: string }; inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    expect(action.runs).toEqual({ using: 'node24', main: '../dist/transitions/index.js' });
    expect(fs.existsSync(path.join(PROJECT_ROOT, 'dist', 'transitions', 'index.js'))).toBe(true);
    expect(Object.keys(action.inputs).sort()).toEqual(['base', 'bypass-marker', 'config', 'head', 'json', 'root', 'sarif']);
    expect(Object.keys(action.outputs).sort()).toEqual(['bypassed-count', 'exit-code', 'report', 'sarif', 'violation-count']);
  });
});
