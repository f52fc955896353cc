import { afterEach, describe, expect, it } from '@jest/globals';
import { runValidateBacklog } from '../../src/commands/validate-backlog.js';
import { FINGERPRINT_KEY, SRCROOT } from '../../src/core/sarif.js';
import { validateSarif } from '../../src/validate/sarif.js';
import { RULES } from '../../src/validate/problems.js';
import type { TestRepo } from '../helpers/repo.js';
import { richWoText } from '../helpers/rich-wo.js';
import { sarifSchemaErrors } from '../helpers/sarif.js';
import { baseRepo } from './fixtures.js';

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

/** WO-0018A names an epic the backlog lacks; WO-0012.1 is in running/ but says done and has a YAML error. */
function repoWithProblems(prefix = ''): TestRepo {
  const r = repo ?? baseRepo();
  r.write('.wo-toolkit.yaml', "wo_id_pattern: '^WO-[A-Za-z0-9][A-Za-z0-9.-]*$'\n");
  r.write('_ctx/jobs/pending/WO-0018A.yaml', prefix + richWoText('WO-0018A', { epic: 'EPIC-404' }));
  r.write('_ctx/jobs/running/WO-0012.1.yaml', prefix + richWoText('WO-0012.1', { status: 'done', extra: 'notes: [unclosed\n' }));
  return r;
}

describe('validateSarif', () => {
  it('turns a real validation into valid SARIF 2.1.0 with every rule and each problem at its line and column', async () => {
    repo = repoWithProblems();
    const report = await runValidateBacklog({ root: repo.root, today: '2026-02-01' });
    const problems = [...report.errors, ...report.warnings];
    expect(problems.length).toBeGreaterThanOrEqual(2);
    const log = validateSarif(problems);
    expect(sarifSchemaErrors(log)).toEqual([]);

    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(expect.arrayContaining(Object.keys(RULES)));
    expect(run.results).toHaveLength(problems.length);
    problems.forEach((p, i) => {
      const r = run.results[i]!;
      expect(r.ruleId).toBe(p.rule);
      expect(r.level).toBe(p.severity);
      expect(r.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: p.file, uriBaseId: SRCROOT }, region: { startLine: p.line, startColumn: p.column } });
    });
    const epic = run.results.find((r) => r.ruleId === 'unknown-epic')!;
    expect(epic.locations[0]!.physicalLocation.region).toEqual({ startLine: 5, startColumn: 10 });
  });

  it('keeps each problem\'s fingerprint when lines are added above it', async () => {
    const fingerprints = async (): Promise<string[]> => {
      const report = await runValidateBacklog({ root: repo!.root, today: '2026-02-01' });
      return validateSarif([...report.errors, ...report.warnings]).runs[0]!.results.map((r) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]}`);
    };
    repo = repoWithProblems();
    const before = await fingerprints();
    repoWithProblems('# reviewed on 2026-02-02\n# by the platform team\n\n');
    const after = await fingerprints();
    expect(after.sort()).toEqual(before.sort());
  });
});
