import { describe, expect, it } from '@jest/globals';
import { buildSarif, FINGERPRINT_KEY, sarifFingerprint, SRCROOT, type SarifRuleSpec } from '../../src/core/sarif.js';
import { INFORMATION_URI, TOOL, VERSION } from '../../src/core/version.js';
import { sarifSchemaErrors } from '../helpers/sarif.js';

const RULES: SarifRuleSpec[] = [
  { id: 'split_brain', summary: 'One WO in two state folders.', help: 'Run `wo-toolkit reconcile`.', level: 'error' },
  { id: 'stale_lock', summary: 'An old lock.', help: 'Release it.', level: 'note' },
];

describe('buildSarif', () => {
  it('writes a log the official SARIF 2.1.0 schema accepts, and the schema rejects a broken one', () => {
    const log = buildSarif({
      command: 'audit',
      rules: RULES,
      results: [{ ruleId: 'split_brain', message: 'WO-0018A is in pending and done', file: '_ctx/jobs/pending/WO-0018A.yaml', identity: ['WO-0018A', '_ctx/jobs/pending/WO-0018A.yaml'] }],
    });
    expect(sarifSchemaErrors(log)).toEqual([]);
    const broken = JSON.parse(JSON.stringify(log)) as { runs: { results: { level: string }[] }[] };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(sarifSchemaErrors(broken).join('\n')).toMatch(/level/);
  });

  it('declares every rule with its help and default level, and names the tool and the command', () => {
    const log = buildSarif({ command: 'validate-backlog', rules: RULES, results: [] });
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe(TOOL);
    expect(run.tool.driver.version).toBe(VERSION);
    expect(run.tool.driver.informationUri).toBe(INFORMATION_URI);
    expect(run.automationDetails.id).toBe('wo-toolkit/validate-backlog/');
    expect(run.tool.driver.rules.map((r) => [r.id, r.defaultConfiguration.level, r.help.markdown, r.help.text])).toEqual([
      ['split_brain', 'error', 'Run `wo-toolkit reconcile`.', 'Run wo-toolkit reconcile.'],
      ['stale_lock', 'note', 'Release it.', 'Release it.'],
    ]);
    expect(run.tool.driver.rules[1]!.properties['problem.severity']).toBe('recommendation');
  });

  it('places results at repository-relative URIs against %SRCROOT%, with line and column, encoded', () => {
    const log = buildSarif({
      command: 'validate-backlog',
      rules: RULES,
      uriPrefix: 'services/app',
      results: [
        { ruleId: 'split_brain', message: 'm', file: '_ctx/jobs/done/WO P2.1 (copy).yaml', line: 12, column: 5, identity: ['a'] },
        { ruleId: 'stale_lock', message: 'm', file: '_ctx/jobs/running/WO-0012.1.lock', identity: ['b'], level: 'warning' },
      ],
    });
    expect(sarifSchemaErrors(log)).toEqual([]);
    const [first, second] = log.runs[0]!.results;
    expect(first!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'services/app/_ctx/jobs/done/WO%20P2.1%20(copy).yaml', uriBaseId: SRCROOT },
      region: { startLine: 12, startColumn: 5 },
    });
    expect(first!.level).toBe('error');
    expect(second!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1 });
    expect(second!.level).toBe('warning');
    expect(second!.ruleIndex).toBe(1);
    expect(Object.keys(log.runs[0]!.originalUriBaseIds)).toEqual([SRCROOT]);
  });

  it('never turns a path outside the repository into a URI: the first path inside it, else the fallback', () => {
    const log = buildSarif({
      command: 'audit',
      rules: RULES,
      fallbackFile: '_ctx/jobs',
      results: [
        { ruleId: 'split_brain', message: 'm', file: '../.worktrees/WO-0018A', related: ['_ctx/jobs/done/WO-0018A.yaml'], identity: ['x'] },
        { ruleId: 'split_brain', message: 'm', file: '/srv/checkouts/.worktrees/WO-9', identity: ['y'] },
      ],
    });
    expect(sarifSchemaErrors(log)).toEqual([]);
    const uris = log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['_ctx/jobs/done/WO-0018A.yaml', '_ctx/jobs']);
    expect(JSON.stringify(log)).not.toMatch(/\.\.\/|\/srv\//);
  });

  it('fingerprints from the identity only: a moved line or a new message keeps the alert, another WO or file does not', () => {
    const fp = (spec: { message: string; line: number; identity: string[]; file?: string }): string =>
      buildSarif({ command: 'audit', rules: RULES, results: [{ ruleId: 'split_brain', file: spec.file ?? 'a.yaml', ...spec }] }).runs[0]!.results[0]!
        .partialFingerprints[FINGERPRINT_KEY]!;
    const base = fp({ message: 'lock 1.5 h old', line: 3, identity: ['WO-0012.1', 'a.yaml'] });
    expect(fp({ message: 'lock 26.0 h old', line: 40, identity: ['WO-0012.1', 'a.yaml'] })).toBe(base);
    expect(fp({ message: 'lock 1.5 h old', line: 3, identity: ['WO-0012', 'a.yaml'] })).not.toBe(base);
    expect(fp({ message: 'lock 1.5 h old', line: 3, identity: ['WO-0012.1', 'b.yaml'] })).not.toBe(base);
    expect(base).toBe(sarifFingerprint(['split_brain', 'WO-0012.1', 'a.yaml']));
    expect(sarifFingerprint(['ab', 'c'])).not.toBe(sarifFingerprint(['a', 'bc']));
  });

  it('gives equal identities in one run distinct fingerprints, in a stable order', () => {
    const results = [1, 2, 3].map((n) => ({ ruleId: 'split_brain', message: `problem ${n}`, file: 'a.yaml', line: n, identity: ['a.yaml', ''] }));
    const once = buildSarif({ command: 'audit', rules: RULES, results }).runs[0]!.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    const again = buildSarif({ command: 'audit', rules: RULES, results }).runs[0]!.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(once).size).toBe(3);
    expect(again).toEqual(once);
  });

  it('reports an accepted result as suppressed with its justification', () => {
    const log = buildSarif({
      command: 'audit',
      rules: RULES,
      results: [{ ruleId: 'stale_lock', message: 'm', file: 'a.yaml', identity: ['a'], suppressed: 'whitelisted until 2099-01-01 by platform: migration' }],
    });
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results[0]!.suppressions).toEqual([{ kind: 'external', justification: 'whitelisted until 2099-01-01 by platform: migration' }]);
  });

  it('refuses a result of a rule it did not declare (a bug, not a user mistake)', () => {
    expect(() => buildSarif({ command: 'audit', rules: RULES, results: [{ ruleId: 'nope', message: 'm', identity: [] }] })).toThrow(/undeclared rule 'nope'/);
  });
});
