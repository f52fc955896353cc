import { afterEach, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { auditSarif } from '../../src/audit/sarif.js';
import { ALL_CODES, FINDING_CODES } from '../../src/audit/codes.js';
import { runAudit } from '../../src/commands/audit.js';
import { auditRemedy } from '../../src/core/remedies.js';
import { FINGERPRINT_KEY, SRCROOT } from '../../src/core/sarif.js';
import { TestRepo } from '../helpers/repo.js';
import { richWoText } from '../helpers/rich-wo.js';
import { sarifSchemaErrors } from '../helpers/sarif.js';

const ID_PATTERN = "wo_id_pattern: '^WO-[A-Za-z0-9][A-Za-z0-9.-]*$'\n";
let repo: TestRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

/**
 * Drift as it happens: WO-0018A in pending/ and done/ (split_brain), WO-0012.1 running without a lock,
 * done WO-P2.1 whose worktree is still beside the repository (zombie, found by its branch), and a
 * whitelisted lock of a WO that is not running.
 */
function driftedRepo(): TestRepo {
  const r = TestRepo.create();
  r.write('.wo-toolkit.yaml', ID_PATTERN);
  r.write('_ctx/jobs/pending/WO-0018A.yaml', richWoText('WO-0018A'));
  r.write('_ctx/jobs/done/WO-0018A.yaml', richWoText('WO-0018A', { status: 'done' }));
  r.write('_ctx/jobs/running/WO-0012.1.yaml', richWoText('WO-0012.1', { status: 'running' }));
  r.write('_ctx/jobs/done/WO-P2.1.yaml', richWoText('WO-P2.1', { status: 'done' }));
  r.write('_ctx/jobs/running/WO-0040.lock', 'pid 811 on build-03 since 2026-01-10 09:12\n');
  r.write(
    '_ctx/jobs/audit_whitelist.yaml',
    ['entries:', '  - code: lock_without_running', '    wo_id: WO-0040', '    reason: the batch host still holds it, Ana checks on Friday', '    owner: ana', '    review_by: 2099-01-31', ''].join('\n'),
  );
  r.commit('drift');
  r.addWorktree('WO-P2.1', { path: `../${path.basename(r.root)}-worktrees/WO-P2.1` });
  return r;
}

describe('auditSarif', () => {
  it('turns a real audit into valid SARIF 2.1.0: one rule per code, results at the WO files', async () => {
    repo = driftedRepo();
    const report = await runAudit({ root: repo.root, today: '2026-02-01' });
    const log = auditSarif(report.findings);
    expect(sarifSchemaErrors(log)).toEqual([]);

    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(ALL_CODES);
    for (const rule of run.tool.driver.rules) {
      const info = FINDING_CODES[rule.id as keyof typeof FINDING_CODES];
      expect(rule.defaultConfiguration.level).toBe({ P0: 'error', P1: 'warning', P2: 'note' }[info.severity]);
      expect(rule.help.markdown).toContain(`What to do: ${auditRemedy(rule.id as keyof typeof FINDING_CODES)}.`);
    }

    const byCode = new Map(run.results.map((r) => [r.ruleId, r]));
    expect([...byCode.keys()].sort()).toEqual(['lock_without_running', 'running_without_lock', 'split_brain', 'zombie_worktree']);
    const split = byCode.get('split_brain')!;
    expect(split.level).toBe('error');
    expect(split.message.text).toMatch(/^WO-0018A: /);
    expect(split.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: '_ctx/jobs/pending/WO-0018A.yaml', uriBaseId: SRCROOT });
    expect(split.relatedLocations?.map((l) => l.physicalLocation.artifactLocation.uri)).toEqual(['_ctx/jobs/done/WO-0018A.yaml']);
    // The worktree beside the repository is named in the message, never as a location outside it.
    const zombie = byCode.get('zombie_worktree')!;
    expect(zombie.locations[0]!.physicalLocation.artifactLocation.uri).toBe('_ctx/jobs/done/WO-P2.1.yaml');
    const uris = run.results.flatMap((r) => [...r.locations, ...(r.relatedLocations ?? [])]).map((l) => l.physicalLocation.artifactLocation.uri);
    expect(uris.filter((u) => u.split('/').includes('..'))).toEqual([]);
    expect(JSON.stringify(log)).not.toContain(repo.root);
    const whitelisted = byCode.get('lock_without_running')!;
    expect(whitelisted.suppressions?.[0]?.justification).toMatch(/until 2099-01-31 by ana: the batch host still holds it/);
    expect(byCode.get('running_without_lock')!.suppressions).toBeUndefined();
  });

  it('keeps every fingerprint when the WO files change around the finding and the clock moves on', async () => {
    repo = driftedRepo();
    const fingerprints = async (today: string): Promise<Map<string, string>> => {
      const report = await runAudit({ root: repo!.root, today, now: new Date(`${today}T12:00:00Z`) });
      return new Map(auditSarif(report.findings).runs[0]!.results.map((r) => [`${r.ruleId}/${r.properties?.['wo_id']}`, r.partialFingerprints[FINGERPRINT_KEY]!]));
    };
    const before = await fingerprints('2026-02-01');
    repo.write('_ctx/jobs/done/WO-0018A.yaml', `# moved here by hand\n\n${richWoText('WO-0018A', { status: 'done', extra: 'result: partial\n' })}`);
    repo.write('_ctx/jobs/running/WO-0012.1.yaml', richWoText('WO-0012.1', { status: 'running', epic: 'EPIC-002' }));
    const after = await fingerprints('2026-03-15');
    expect(after).toEqual(before);
    expect(new Set(before.values()).size).toBe(before.size);
  });
});
