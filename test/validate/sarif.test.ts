import { afterEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import { readValidateBacklogSettings, runValidateBacklog } from '../../src/commands/validate-backlog.js';
import { settingsFrom } from '../helpers/cli.js';
import { FINGERPRINT_KEY, SRCROOT } from '../../src/core/sarif.js';
import { RULES } from '../../src/validate/problems.js';
import { validateSarif } from '../../src/validate/sarif.js';
import { buildRealRepo, type RealRepo } from '../helpers/real-repo.js';
import { sarifSchemaErrors } from '../helpers/sarif.js';

let real: RealRepo | undefined;
afterEach(() => {
  real?.cleanup();
  real = undefined;
});

async function problemsOf(root: string) {
  const report = await runValidateBacklog(settingsFrom(readValidateBacklogSettings, { root, today: '2026-03-02' }));
  return [...report.errors, ...report.warnings];
}

describe('validateSarif', () => {
  it('turns a real validation into valid SARIF 2.1.0: every rule, each problem at its file, line and column', async () => {
    real = buildRealRepo({ plant: ['badEnum', 'missingRequiredKey'] });
    const problems = await problemsOf(real.root);
    const log = validateSarif(problems);
    expect(sarifSchemaErrors(log)).toEqual([]);

    const run = log.runs[0]!;
    const ruleIds = run.tool.driver.rules.map((r) => r.id);
    expect(ruleIds).toEqual(expect.arrayContaining(Object.keys(RULES)));
    expect(ruleIds).toEqual(expect.arrayContaining(['schema/enum', 'schema/required']));
    expect(run.results).toHaveLength(problems.length);
    problems.forEach((p, i) => {
      const r = run.results[i]!;
      expect([r.ruleId, r.level]).toEqual([p.rule, p.severity]);
      expect(r.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: p.file, uriBaseId: SRCROOT }, region: { startLine: p.line, startColumn: p.column } });
    });
    const badEnum = run.results.find((r) => r.ruleId === 'schema/enum')!;
    expect(badEnum.locations[0]!.physicalLocation.artifactLocation.uri).toBe('_ctx/jobs/pending/WO-P2.1.yaml');
    expect(badEnum.locations[0]!.physicalLocation.region?.startLine).toBe(real.lineOf('_ctx/jobs/pending/WO-P2.1.yaml', 'status: partially'));
    expect(badEnum.message.text).toMatch(/\(at \/status\)$/);
  });

  it("keeps each problem's fingerprint when lines are added above it", async () => {
    real = buildRealRepo({ plant: ['badEnum'] });
    const fingerprints = async (): Promise<string[]> =>
      validateSarif(await problemsOf(real!.root)).runs[0]!.results.map((r) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]}`).sort();
    const before = await fingerprints();
    const rel = '_ctx/jobs/pending/WO-P2.1.yaml';
    fs.writeFileSync(real.repo.path(rel), `# reviewed 2026-03-02 by the platform team\n# the status is under discussion\n\n${real.repo.read(rel)}`);
    const after = await fingerprints();
    expect(after).toEqual(before);
    expect(before.some((f) => f.startsWith('schema/enum '))).toBe(true);
  });
});
