import { afterEach, describe, expect, test } from '@jest/globals';
import type { ValidateBacklogReport } from '../../src/commands/validate-backlog.js';
import { runCli } from '../helpers/cli.js';
import { buildRealRepo, WORK_ORDER_SCHEMA, type RealRepo } from '../helpers/real-repo.js';

/**
 * The repository's own schemas (docs/backlog/schema/) are enforced exactly: one planted violation of
 * each kind of rule is reported, alone, at its line. The healthy real-shape repository passes
 * `--strict` (test/commands/real-repo.test.ts), so anything reported here is the mutation.
 */

let real: RealRepo | undefined;
afterEach(() => {
  real?.cleanup();
  real = undefined;
});

async function validate(root: string, extra: string[] = []): Promise<{ code: number; report: ValidateBacklogReport; stderr: string }> {
  const run = await runCli(['validate-backlog', '--root', root, '--strict', '--json', '-', ...extra]);
  return { code: run.code, report: JSON.parse(run.stdout || '{}') as ValidateBacklogReport, stderr: run.stderr };
}

const lines = (report: ValidateBacklogReport): string[] => report.errors.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule} ${p.pointer}`);

const WO = '_ctx/jobs/running/WO-0052.yaml';

/** Replaces one line of a repository file (the needle must be on exactly one line). */
function edit(r: RealRepo, rel: string, from: string, to: string): void {
  const text = r.repo.read(rel);
  expect(text.split(from)).toHaveLength(2);
  r.repo.write(rel, text.replace(from, to));
}

describe('repository schema rules, one mutation each, reported at the line', () => {
  test('a missing required key (version) is reported at the WO mapping', async () => {
    real = buildRealRepo();
    edit(real, WO, 'version: 2\n', '');
    const { code, report } = await validate(real.root);
    expect(lines(report)).toEqual([`${WO}:${real.lineOf(WO, 'id: WO-0052')}:1 schema/required /version`]);
    expect(report.errors[0]!.message).toBe("missing required key 'version'");
    expect(code).toBe(1);
  });

  test('a nested required key (execution.required_flow) is reported at its parent', async () => {
    real = buildRealRepo();
    const text = real.repo.read(WO).replace(/  required_flow:\n(    - \w+\n)+/, '');
    real.repo.write(WO, text);
    const { report } = await validate(real.root);
    expect(lines(report)).toEqual([`${WO}:${real.lineOf(WO, '  mode: worktree')}:3 schema/required /execution/required_flow`]);
  });

  test('an enum: status outside the schema\'s values', async () => {
    real = buildRealRepo();
    edit(real, WO, 'status: running\n', 'status: in-progress\n');
    const { report } = await validate(real.root);
    expect(lines(report)).toEqual([`${WO}:${real.lineOf(WO, 'status: in-progress')}:9 schema/enum /status`]);
  });

  test('a pattern: priority that is no P0-P3 nor a word the schema allows', async () => {
    real = buildRealRepo();
    edit(real, WO, 'priority: P1\n', 'priority: P7\n');
    const { report } = await validate(real.root);
    expect(lines(report)).toEqual([`${WO}:${real.lineOf(WO, 'priority: P7')}:11 schema/pattern /priority`]);
    expect(report.errors[0]!.message).toBe("priority: 'P7' does not match the pattern ^(P[0-3]|critical|high|medium|low)$");
  });

  test('a closed object: a key the backlog schema does not allow is an error at the key', async () => {
    real = buildRealRepo();
    const backlog = '_ctx/backlog/backlog.yaml';
    edit(real, backlog, 'version: 3\n', 'version: 3\nmaintainer: platform-team\n');
    const { report } = await validate(real.root);
    expect(lines(report)).toEqual([`${backlog}:${real.lineOf(backlog, 'maintainer:')}:1 unknown-key /maintainer`]);
    expect(report.errors[0]!.message).toBe("unknown key 'maintainer' (not in docs/backlog/schema/backlog.schema.json)");
  });

  test('a closed nested object: execution allows only its declared keys; x_* keys never count', async () => {
    real = buildRealRepo();
    edit(real, WO, '  retries: 1\n', '  retries: 1\n  parallel: true\n  x_runner: big\n');
    const { report } = await validate(real.root);
    expect(lines(report)).toEqual([`${WO}:${real.lineOf(WO, '  parallel: true')}:3 unknown-key /execution/parallel`]);
  });

  test('nulls the schema allows pass; a null it does not is a type error', async () => {
    real = buildRealRepo();
    edit(real, WO, 'epic_id: E0001\n', 'epic_id: null\n');
    const { report } = await validate(real.root);
    expect(lines(report).map((l) => l.split(' ').slice(1).join(' '))).toEqual(['schema/type /epic_id']);
  });
});

describe('which schemas are used', () => {
  test('a 2020-12 work-order schema works as well as a draft-07 one', async () => {
    real = buildRealRepo();
    const schema = { ...WORK_ORDER_SCHEMA, $schema: 'https://json-schema.org/draft/2020-12/schema' };
    real.repo.write('docs/backlog/schema/work_order.schema.json', JSON.stringify(schema, null, 2));
    edit(real, WO, 'priority: P1\n', 'priority: P7\n');
    const { report } = await validate(real.root);
    expect(report.schemas!.find((s) => s.kind === 'work_order')).toEqual({ kind: 'work_order', file: 'docs/backlog/schema/work_order.schema.json', origin: 'repository', draft: '2020-12' });
    expect(lines(report).map((l) => l.split(' ')[1])).toEqual(['schema/pattern']);
  });

  test('the config can name schemas elsewhere, or keep the bundled one', async () => {
    real = buildRealRepo();
    real.repo.write('contracts/wo.json', real.repo.read('docs/backlog/schema/work_order.schema.json'));
    real.repo.remove('docs/backlog/schema/work_order.schema.json');
    real.repo.write('.wo-toolkit.yaml', 'schemas:\n  work_order: contracts/wo.json\n  backlog: bundled\n');
    const { code, report } = await validate(real.root);
    expect(report.schemas!.filter((s) => s.kind !== 'config' && s.kind !== 'whitelist').map((s) => `${s.kind} ${s.file} ${s.origin}`)).toEqual([
      'work_order contracts/wo.json repository',
      'backlog schemas/backlog.schema.json bundled',
      'dod docs/backlog/schema/dod.schema.json repository',
    ]);
    expect(lines(report)).toEqual([]);
    expect(code).toBe(0);
  });

  test('a named schema that is missing, or a repository schema that is not JSON, stops the run with one line (exit 2)', async () => {
    real = buildRealRepo();
    real.repo.write('.wo-toolkit.yaml', 'schemas:\n  work_order: contracts/missing.json\n');
    let run = await runCli(['validate-backlog', '--root', real.root]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(".wo-toolkit.yaml: schemas.work_order: the schema 'contracts/missing.json' does not exist")]);
    real.repo.remove('.wo-toolkit.yaml');
    real.repo.write('docs/backlog/schema/dod.schema.json', '{ "type": "object", ');
    run = await runCli(['validate-backlog', '--root', real.root]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^wo-toolkit validate-backlog: docs\/backlog\/schema\/dod\.schema\.json: not a JSON Schema: /)]);
    real.repo.write('docs/backlog/schema/dod.schema.json', '{ "$schema": "http://json-schema.org/draft-04/schema#" }');
    run = await runCli(['validate-backlog', '--root', real.root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is not a draft wo-toolkit validates with (draft-07, 2019-09 or 2020-12)");
  });
});
