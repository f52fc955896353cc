import { afterEach, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { SUMMARY_BUDGET_BYTES } from '../../actions/common/summary.js';
import { runActionBundle } from '../helpers/bundles.js';
import { linksOf, renderGfm, renderingProblems } from '../helpers/markdown.js';
import { buildRealRepo, type RealRepo } from '../helpers/real-repo.js';
import { TestRepo } from '../helpers/repo.js';
import { sarifSchemaErrors } from '../helpers/sarif.js';

/**
 * Every action's job summary as GitHub shows it: the summary file the bundle wrote, rendered as
 * CommonMark + GFM, checked as HTML (verdict first, no Markdown left unrendered, links at the commit,
 * narrow cells, a what-to-do column, long tables folded, the whole under GitHub's 1 MiB limit).
 */

const SHA = '6f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c';
const GITHUB = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/pipeline', GITHUB_SHA: SHA };
const blob = (rel: string, line?: number): string => `https://github.com/acme/pipeline/blob/${SHA}/${rel}${line === undefined ? '' : `#L${line}`}`;

let real: RealRepo | undefined;
let repo: TestRepo | undefined;
afterEach(() => {
  real?.cleanup();
  repo?.cleanup();
  real = undefined;
  repo = undefined;
});

function firstBlock(html: string): string {
  return html.slice(0, html.indexOf('\n'));
}

describe('audit', () => {
  test('verdict first, files linked at the commit, what to do for each finding, and a SARIF file that validates', async () => {
    real = buildRealRepo({ plant: ['ghostWorktree', 'zombieWorktrees', 'runningWithoutLock'] });
    const run = await runActionBundle('audit', { root: '.', sarif: 'reports/audit.sarif' }, { workspace: real.root, env: GITHUB });
    expect(run.code).toBe(1);
    const html = renderGfm(run.summary);
    expect(firstBlock(html)).toMatch(/^<h3>❌ wo-toolkit audit: findings match fail-on P0 for WO-0071, WO-0099 \(P0 2, P1 \d+, P2 \d+\)<\/h3>$/);
    expect(renderingProblems(html)).toEqual([]);
    expect(linksOf(html)).toContain(blob('_ctx/jobs/running/WO-0071.yaml', 1));
    expect(html).toContain('<th>What to do</th>');
    expect(html).toContain('<code>wo-toolkit reconcile --apply</code> writes the lock');
    // A worktree beside the repository is named, never linked.
    expect(html).toContain('<code>../.worktrees/WO-0099</code>');
    expect(linksOf(html).filter((l) => l.includes('..'))).toEqual([]);

    const sarifPath = path.join(real.root, 'reports/audit.sarif');
    expect(run.outputs['sarif']).toBe(sarifPath);
    const log = JSON.parse(fs.readFileSync(sarifPath, 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results.length).toBe(JSON.parse(fs.readFileSync(run.outputs['report']!, 'utf8')).findings.length);
    expect(run.summary).toContain('reports/audit.sarif');
  });

  test('10,000 findings: the summary stays well under 1 MiB, folds the table and says what it left out and where', async () => {
    repo = TestRepo.create();
    for (let i = 0; i < 10_000; i++) {
      const id = `WO-${String(i).padStart(5, '0')}`;
      fs.writeFileSync(repo.path(`_ctx/jobs/running/${id}.yaml`), `id: ${id}\nepic_id: EPIC-001\ntitle: running without its lock\n`);
    }
    const run = await runActionBundle('audit', { root: '.', sarif: 'audit.sarif' }, { workspace: repo.root, env: GITHUB });
    expect(run.code).toBe(1);
    expect(run.outputs['p0-count']).toBe('10000');
    const bytes = Buffer.byteLength(run.summary);
    expect(bytes).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(bytes).toBeLessThan(1024 * 1024);
    const html = renderGfm(run.summary);
    expect(renderingProblems(html)).toEqual([]);
    const shown = Number(/<summary>(\d+) of 10000 findings<\/summary>/.exec(html)?.[1]);
    expect(shown).toBeGreaterThan(500);
    expect(html).toContain(`${(10_000 - shown).toLocaleString('en-US')} more findings left out to keep this summary under GitHub's 1 MiB limit; every one is in the JSON report <code>${run.outputs['report']}</code>`);
    // The verdict names a few WOs, not ten thousand.
    expect(firstBlock(html)).toMatch(/for WO-00000, .* and 9992 more \(P0 10000, P1 0, P2 0\)<\/h3>$/);
    const log = JSON.parse(fs.readFileSync(repo.path('audit.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(log.runs[0]!.results).toHaveLength(10_000);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });
});

describe('validate-backlog', () => {
  test('each problem linked at its line, with the rule and what to do; SARIF at the same lines', async () => {
    real = buildRealRepo({ plant: ['badEnum'] });
    const run = await runActionBundle('validate-backlog', { root: '.', sarif: 'validate.sarif' }, { workspace: real.root, env: GITHUB });
    const html = renderGfm(run.summary);
    expect(renderingProblems(html)).toEqual([]);
    const line = real.lineOf('_ctx/jobs/pending/WO-P2.1.yaml', 'status: partially');
    expect(linksOf(html)).toContain(blob('_ctx/jobs/pending/WO-P2.1.yaml', line));
    expect(html).toMatch(/^<h3>(✅|❌) wo-toolkit validate-backlog: /);
    expect(html).toContain('<th>What to do</th>');
    const log = JSON.parse(fs.readFileSync(run.outputs['sarif']!, 'utf8')) as unknown;
    expect(sarifSchemaErrors(log)).toEqual([]);
  });
});

describe('gc and weekly-gate', () => {
  test('gc: the verdict, what to do for the dirty zombie, its patch and decision linked, the hash in 12 characters', async () => {
    real = buildRealRepo({ plant: ['zombieWorktrees', 'dirtyZombie'] });
    const run = await runActionBundle('gc', { root: '.', mode: 'export-patch', 'upload-artifact': 'false' }, { workspace: real.root, env: GITHUB });
    const report = JSON.parse(fs.readFileSync(run.outputs['report']!, 'utf8')) as { operations: { wo_id: string; patch_path?: string; patch_sha256?: string }[] };
    const dirty = report.operations.find((op) => op.patch_sha256 !== undefined)!;
    const html = renderGfm(run.summary);
    expect(firstBlock(html)).toMatch(/^<h3>❌ wo-toolkit gc \(export-patch\): \d+ targets: .*1 needs attention \(export-patch\)<\/h3>$/);
    expect(renderingProblems(html)).toEqual([]);
    expect(linksOf(html)).toContain(blob(dirty.patch_path!, 1));
    expect(linksOf(html)).toContain(blob(`_ctx/handoff/${dirty.wo_id}/decision.md`, 1));
    expect(html).toContain(`<code>${dirty.patch_sha256!.slice(0, 12)}</code>`);
    // The full hash is only in the link targets, never in the text a reader sees.
    expect(html.replace(/<[^>]*>/g, '')).not.toContain(dirty.patch_sha256!);
    expect(html).toContain(`decide in <code>_ctx/handoff/${dirty.wo_id}/decision.md</code> (check one box, remove ACTION_REQUIRED), then <code>wo-toolkit gc --apply --force-dirty</code>`);
  });

  test('weekly-gate: the verdict first, each ACTION_REQUIRED item with what clears it', async () => {
    real = buildRealRepo({ plant: ['runningWithoutLock', 'zombieWorktrees', 'dirtyZombie'] });
    const run = await runActionBundle('weekly-gate', { root: '.', 'upload-artifact': 'false' }, { workspace: real.root, env: GITHUB });
    expect(run.code).toBe(1);
    const html = renderGfm(run.summary);
    expect(firstBlock(html)).toMatch(/^<h3>❌ wo-toolkit weekly gate: FAIL/);
    expect(renderingProblems(html)).toEqual([]);
    expect(html).toContain('<th>What to do</th>');
    expect(html).toContain('<code>wo-toolkit reconcile --apply</code> writes the lock');
    expect(html).toContain('<code>wo-toolkit gc --export-patch</code>, then decide in');
  });
});
