import { afterEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import { auditSarif } from '../../src/audit/sarif.js';
import { ALL_CODES, FINDING_CODES, type FindingCode } from '../../src/core/codes.js';
import { cliArgs } from '../../src/cli/command.js';
import { readAuditSettings, runAudit } from '../../src/commands/audit.js';
import { auditRemedy } from '../../src/core/remedies.js';
import { FINGERPRINT_KEY, sarifFingerprint, SRCROOT } from '../../src/core/sarif.js';
import { buildRealRepo, type RealRepo } from '../helpers/real-repo.js';
import { sarifSchemaErrors } from '../helpers/sarif.js';

let real: RealRepo | undefined;
afterEach(() => {
  real?.cleanup();
  real = undefined;
});

const LEVEL = { P0: 'error', P1: 'warning', P2: 'note' } as const;

/** Drift beside the repository: a ghost, zombies, a running WO without a lock, a stale lock; one zombie whitelisted. */
function driftedRepo(): RealRepo {
  const r = buildRealRepo({ plant: ['ghostWorktree', 'zombieWorktrees', 'runningWithoutLock', 'staleLock'] });
  r.repo.write(
    '_ctx/jobs/audit_whitelist.yaml',
    ['entries:', '  - code: zombie_worktree', '    wo_id: WO-0040', '    reason: Ana keeps it to bisect the exporter crash, until the fix ships', '    owner: ana.silva', '    review_by: 2099-01-31', ''].join('\n'),
  );
  return r;
}

describe('auditSarif', () => {
  it('turns a real audit into valid SARIF 2.1.0: one rule per code with its help, results at files inside the repository', async () => {
    real = driftedRepo();
    const report = await runAudit(readAuditSettings(cliArgs({ root: real.root, today: '2026-03-02' })));
    const log = auditSarif(report.findings);
    expect(sarifSchemaErrors(log)).toEqual([]);

    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(ALL_CODES);
    for (const rule of run.tool.driver.rules) {
      const code = rule.id as FindingCode;
      expect(rule.defaultConfiguration.level).toBe(LEVEL[FINDING_CODES[code].severity]);
      expect(rule.help.markdown).toContain(`What to do: ${auditRemedy(code)}.`);
    }

    expect(run.results).toHaveLength(report.findings.length);
    report.findings.forEach((f, i) => {
      const r = run.results[i]!;
      expect([r.ruleId, r.level, r.message.text]).toEqual([f.code, LEVEL[f.severity], `${f.wo_id}: ${f.message}`]);
      for (const l of [...r.locations, ...(r.relatedLocations ?? [])]) {
        expect(l.physicalLocation.artifactLocation.uriBaseId).toBe(SRCROOT);
        expect(l.physicalLocation.artifactLocation.uri.split('/')).not.toContain('..');
      }
    });
    expect(JSON.stringify(log)).not.toContain(real.base);

    const result = (code: string, wo: string) => run.results.find((r) => r.ruleId === code && r.properties?.['wo_id'] === wo)!;
    // A zombie beside the repository points at its WO file; the worktree stays in the message.
    const zombie = result('zombie_worktree', 'WO-0001');
    expect(zombie.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: '_ctx/jobs/done/WO-0001.yaml', uriBaseId: SRCROOT }, region: { startLine: 1 } });
    expect(zombie.message.text).toContain('../.worktrees/WO-0001');
    expect(zombie.partialFingerprints[FINGERPRINT_KEY]).toBe(sarifFingerprint(['zombie_worktree', 'WO-0001', '_ctx/jobs/done/WO-0001.yaml']));
    // A ghost has no file inside the repository: it points at the repository itself.
    expect(result('ghost_worktree', 'WO-0099').locations[0]!.physicalLocation.artifactLocation.uri).toBe('.');
    expect(result('running_without_lock', 'WO-0071').locations[0]!.physicalLocation.artifactLocation.uri).toBe('_ctx/jobs/running/WO-0071.yaml');
    // The whitelisted zombie is a suppressed result; the others are not.
    expect(result('zombie_worktree', 'WO-0040').suppressions).toEqual([
      { kind: 'external', justification: 'whitelisted until 2099-01-31 by ana.silva: Ana keeps it to bisect the exporter crash, until the fix ships' },
    ]);
    expect(zombie.suppressions).toBeUndefined();
  });

  it('keeps every fingerprint when WO files are edited above the finding and the lock grows older', async () => {
    real = driftedRepo();
    const fingerprints = async (now: string): Promise<Map<string, string>> => {
      const report = await runAudit({ ...readAuditSettings(cliArgs({ root: real!.root, today: now.slice(0, 10) })), now: new Date(now) });
      return new Map(auditSarif(report.findings).runs[0]!.results.map((r) => [`${r.ruleId} ${r.properties?.['wo_id']}`, r.partialFingerprints[FINGERPRINT_KEY]!]));
    };
    const before = await fingerprints('2026-03-02T08:00:00Z');
    for (const rel of ['_ctx/jobs/done/WO-0001.yaml', '_ctx/jobs/running/WO-0071.yaml']) {
      fs.writeFileSync(real.repo.path(rel), `# touched by hand during the incident\n# (see the channel)\n${real.repo.read(rel)}`);
    }
    const after = await fingerprints('2026-04-20T17:30:00Z');
    expect(after).toEqual(before);
    expect(before.size).toBeGreaterThanOrEqual(4);
    expect(new Set(before.values()).size).toBe(before.size);
  });
});
