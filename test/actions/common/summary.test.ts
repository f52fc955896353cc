import { describe, expect, it } from '@jest/globals';
import { blobUrl, code, escapeMarkdown, fileLink, shortHash, SUMMARY_BUDGET_BYTES, SummaryBuilder } from '../../../actions/common/summary.js';
import { linksOf, renderGfm, renderingProblems } from '../../helpers/markdown.js';

const GITHUB = { GITHUB_SERVER_URL: 'https://github.example.com', GITHUB_REPOSITORY: 'acme/pipeline', GITHUB_SHA: 'f00dfeed'.repeat(5), GITHUB_WORKSPACE: '/home/runner/work/pipeline/pipeline' };

describe('the job summary module', () => {
  it('renders the verdict first, then Markdown that GitHub renders (no literal **, aligned cells)', () => {
    const summary = new SummaryBuilder()
      .verdict(false, 'retention-gc', 'dry-run: 3 files (12 KiB) would be deleted')
      .paragraph('Mode **dry-run**, evidence at least **90** days old.')
      .table(['File', 'Why'], [[code('_ctx/handoff/WO-0018A/dirty.ab|cd.patch'), escapeMarkdown('a | pipe, *stars*, <tags> and `ticks`')]], { noun: 'files', fullReport: 'the report' });
    const html = renderGfm(summary.markdown());
    expect(html.indexOf('❌ wo-toolkit retention-gc')).toBeGreaterThanOrEqual(0);
    expect(html.indexOf('❌')).toBeLessThan(html.indexOf('<table>'));
    expect(html).toMatch(/^<h3>❌ wo-toolkit retention-gc: dry-run: 3 files \(12 KiB\) would be deleted<\/h3>/);
    expect(html).toContain('<strong>dry-run</strong>');
    expect(html).toContain('<code>_ctx/handoff/WO-0018A/dirty.ab|cd.patch</code>');
    expect(html).toContain('a | pipe, *stars*, &lt;tags&gt; and `ticks`');
    expect(renderingProblems(html)).toEqual([]);
  });

  it('links a file at its line at the checked-out commit, and only files inside the checkout', () => {
    const root = `${GITHUB.GITHUB_WORKSPACE}/services/app`;
    expect(blobUrl(root, '_ctx/jobs/done/WO P2.1.yaml', 7, GITHUB)).toBe(
      `https://github.example.com/acme/pipeline/blob/${GITHUB.GITHUB_SHA}/services/app/_ctx/jobs/done/WO%20P2.1.yaml#L7`,
    );
    expect(blobUrl(root, '../../../.worktrees/WO-0001', undefined, GITHUB)).toBeUndefined();
    expect(blobUrl(root, '_ctx/jobs/done/WO-0001.yaml', 1, { ...GITHUB, GITHUB_SHA: '' })).toBeUndefined();
    const html = renderGfm(fileLink(root, '_ctx/jobs/done/WO-0001.yaml', { line: 3, env: GITHUB }));
    expect(linksOf(html)).toEqual([`https://github.example.com/acme/pipeline/blob/${GITHUB.GITHUB_SHA}/services/app/_ctx/jobs/done/WO-0001.yaml#L3`]);
    expect(html).toContain('<code>_ctx/jobs/done/WO-0001.yaml:3</code>');
  });

  it('shortens hashes to 12 characters', () => {
    expect(shortHash('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')).toBe('`9f86d081884c`');
    expect(shortHash(null)).toBe('');
  });

  it('folds a long table in <details> and leaves a short one open', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [`WO-${i}`, 'x']);
    const long = renderGfm(new SummaryBuilder().table(['WO', 'What'], rows(11), { noun: 'findings', fullReport: 'r' }).markdown());
    expect(long).toMatch(/<details><summary>11 findings<\/summary>\s*<table>/);
    expect((long.match(/<tr>/g) ?? []).length).toBe(12);
    const short = renderGfm(new SummaryBuilder().table(['WO', 'What'], rows(10), { noun: 'findings', fullReport: 'r' }).markdown());
    expect(short).not.toContain('<details>');
    expect(renderingProblems(long)).toEqual([]);
  });

  it('stops a table at its budget and says how many rows were left out and where they are', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`WO-${String(i).padStart(5, '0')}`, escapeMarkdown(`finding number ${i} with a message long enough to matter`)]);
    const markdown = new SummaryBuilder().verdict(false, 'audit', '20,000 findings').table(['WO', 'Finding'], rows, { noun: 'findings', fullReport: '`/tmp/audit-report.json`' }).markdown();
    expect(Buffer.byteLength(markdown)).toBeLessThan(SUMMARY_BUDGET_BYTES);
    const html = renderGfm(markdown);
    const shown = (html.match(/<tr>/g) ?? []).length - 1;
    expect(shown).toBeGreaterThan(100);
    expect(html).toContain(`<summary>${shown} of 20000 findings</summary>`);
    expect(html).toContain(`${(20_000 - shown).toLocaleString('en-US')} more findings left out to keep this summary under GitHub's 1 MiB limit; every one is in <code>/tmp/audit-report.json</code>.`);
    expect(renderingProblems(html)).toEqual([]);
  });

  it('finds what a broken summary would show (the check itself can fail)', () => {
    expect(renderingProblems(renderGfm('<h2>wo-toolkit</h2>\nMode **dry-run**'))).toContain('a literal ** (Markdown emphasis not rendered)');
    expect(renderingProblems(renderGfm(`| WO | SHA-256 |\n|---|---|\n| WO-1 | \`${'9f86d081'.repeat(8)}\` |`))).toEqual([
      'a table cell with a 64-character word, which pushes the columns off the screen: 9f86d0819f86d0819f86…',
    ]);
    expect(renderingProblems(renderGfm(`| WO | SHA-256 |\n|---|---|\n| WO-1 | ${shortHash('9f86d081'.repeat(8))} |`))).toEqual([]);
  });
});
