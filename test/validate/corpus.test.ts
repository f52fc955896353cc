import { afterEach, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { readValidateBacklogSettings, runValidateBacklog, type ValidateBacklogReport } from '../../src/commands/validate-backlog.js';
import { settingsFrom } from '../helpers/cli.js';
import { makeTempDir, type TestRepo } from '../helpers/repo.js';
import { BACKLOG, baseRepo, problemLines, SHA, woText, writeDoneWo, writeRawWo } from './fixtures.js';

/**
 * The corpus of broken inputs (issue: validate-backlog). Each case starts from a valid repository,
 * breaks one thing, and expects exactly the problems it causes, each at its line and column.
 */

const P = '_ctx/jobs/pending';
const TODAY = '2026-06-01';
const repos: TestRepo[] = [];

function repo(): TestRepo {
  const r = baseRepo();
  repos.push(r);
  return r;
}

afterEach(() => {
  while (repos.length > 0) repos.pop()!.cleanup();
});

async function validate(r: TestRepo, options: { strict?: boolean } = {}): Promise<ValidateBacklogReport> {
  return runValidateBacklog(settingsFrom(readValidateBacklogSettings, { root: r.root, today: TODAY, strict: options.strict }));
}

function only(report: ValidateBacklogReport, rule: string) {
  const found = [...report.errors, ...report.warnings].filter((p) => p.rule === rule);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('the starting point', () => {
  test('the base repository with one pending and one done WO is valid under --strict', async () => {
    const r = repo();
    r.writeWo('pending', 'WO-0001', { raw: woText('WO-0001') });
    writeDoneWo(r, 'WO-0002');
    const report = await validate(r, { strict: true });
    expect(problemLines(report)).toEqual([]);
    expect(report.exit_code).toBe(0);
    expect(report.files).toMatchObject({ backlog: 1, dod: 1, work_orders: 2 });
  });
});

describe('YAML syntax errors carry the parser position', () => {
  test('bad indentation', async () => {
    const r = repo();
    const text = woText('WO-0001').replace('  deny: []', '   deny: []');
    writeRawWo(r, 'pending', 'WO-0001.yaml', text);
    const report = await validate(r);
    // The parser reports a misaligned key at the start of its line, where the indentation is.
    expect(problemLines(report)).toEqual([`${P}/WO-0001.yaml:8:1 error yaml-syntax`]);
    expect(report.errors[0]!.message).toMatch(/same column.*BAD_INDENT/);
    expect(report.exit_code).toBe(1);
  });

  test('unclosed double quote: at the end of input, naming where the quote opened', async () => {
    const r = repo();
    writeRawWo(r, 'pending', 'WO-0001.yaml', woText('WO-0001').replace('title: Task WO-0001', 'title: "Task WO-0001'));
    const report = await validate(r);
    // The parser reads the quoted string to the end of the file: 11 lines and a final newline.
    expect(problemLines(report)).toEqual([`${P}/WO-0001.yaml:12:1 error yaml-syntax`]);
    expect(report.errors[0]!.message).toContain('opened at line 4, column 8');
  });

  test('unclosed single quote', async () => {
    const r = repo();
    writeRawWo(r, 'pending', 'WO-0001.yaml', "id: WO-0001\ntitle: 'Task\n");
    const report = await validate(r);
    expect(problemLines(report)).toEqual([`${P}/WO-0001.yaml:3:1 error yaml-syntax`]);
    expect(report.errors[0]!.message).toContain('opened at line 2, column 8');
  });

  test('duplicate key: at the second occurrence', async () => {
    const r = repo();
    writeRawWo(r, 'pending', 'WO-0001.yaml', woText('WO-0001', 'title: Again\n'));
    const report = await validate(r);
    expect(problemLines(report)).toEqual([`${P}/WO-0001.yaml:12:1 error duplicate-key`]);
    expect(report.errors[0]!.message).toContain("duplicate key 'title'");
  });

  test('a duplicate key in a nested mapping', async () => {
    const r = repo();
    writeRawWo(r, 'pending', 'WO-0001.yaml', woText('WO-0001').replace('  deny: []', '  deny: []\n  allow: [docs/**]'));
    expect(problemLines(await validate(r))).toEqual([`${P}/WO-0001.yaml:9:3 error duplicate-key`]);
  });

  test('tab indentation: every tab-indented line', async () => {
    const r = repo();
    writeRawWo(r, 'pending', 'WO-0001.yaml', woText('WO-0001').replace('  allow:\n    - src/**\n  deny: []', '\tallow: [src/**]\n\tdeny: []'));
    const report = await validate(r);
    expect(problemLines(report)).toEqual([`${P}/WO-0001.yaml:6:1 error yaml-syntax`, `${P}/WO-0001.yaml:7:1 error yaml-syntax`]);
    expect(report.errors[0]!.message).toContain('TAB_AS_INDENT');
  });

  test('two documents in one file', async () => {
    const r = repo();
    writeRawWo(r, 'pending', 'WO-0001.yaml', `${woText('WO-0001')}---\nid: WO-0002\n`);
    expect(problemLines(await validate(r))).toEqual([`${P}/WO-0001.yaml:12:1 error yaml-syntax`]);
  });

  test('a parser warning (an unknown tag) is a warning at the tag; the file is still checked', async () => {
    const r = repo();
    writeRawWo(r, 'pending', 'WO-0001.yaml', woText('WO-0001').replace('epic_id: EPIC-001', 'epic_id: !epic EPIC-404'));
    const report = await validate(r);
    expect(problemLines(report)).toEqual([`${P}/WO-0001.yaml:2:16 error unknown-epic`, `${P}/WO-0001.yaml:2:10 warning yaml-warning`]);
    expect(report.warnings[0]!.message).toBe('Unresolved tag: !epic (TAG_RESOLVE_FAILED)');
  });

  test('a syntax error in the backlog: epic references are then not checked one by one', async () => {
    const r = repo();
    r.writeBacklog([], { raw: 'epics:\n  - id: EPIC-001\n    title: "First\n' });
    r.writeWo('pending', 'WO-0001', { raw: woText('WO-0001') });
    expect(problemLines(await validate(r))).toEqual(['_ctx/backlog/backlog.yaml:4:1 error yaml-syntax']);
  });
});

describe('schema violations point at the offending node', () => {
  test('wrong types: at each value', async () => {
    const r = repo();
    const text = ['id: WO-0001', 'epic_id: EPIC-001', 'dod_id: DOD-DEFAULT', 'title: 42', 'scope: src/**', 'verify:', '  commands: npm test', 'priority: 1.5', ''].join('\n');
    writeRawWo(r, 'pending', 'WO-0001.yaml', text);
    const report = await validate(r);
    expect(problemLines(report)).toEqual([
      `${P}/WO-0001.yaml:4:8 error schema/type`,
      `${P}/WO-0001.yaml:5:8 error schema/type`,
      `${P}/WO-0001.yaml:7:13 error schema/type`,
      `${P}/WO-0001.yaml:8:11 error schema/type`,
    ]);
    expect(report.errors.map((p) => [p.pointer, p.message])).toEqual([
      ['/title', 'title: must be a string, got number 42'],
      ['/scope', "scope: must be a mapping, got 'src/**'"],
      ['/verify/commands', "verify.commands: must be a list, got 'npm test'"],
      ['/priority', 'priority: must be a string or a whole number, got number 1.5'],
    ]);
  });

  test('wrong values: type, empty list, empty string, timestamp; a status that names no state is the team\'s own', async () => {
    const r = repo();
    writeRawWo(r, 'pending', 'WO-0002.yaml', woText('WO-0002', 'status: partial\n'));
    const text = woText('WO-0001', 'status: [doing]\ncreated_at: yesterday\nstarted_at: 2026-02-30\nfinished_at: 2026-03-01T10:00:00Z\n').replace('    - src/**\n', '').replace('  allow:', '  allow: []').replace('title: Task WO-0001', "title: ''");
    writeRawWo(r, 'pending', 'WO-0001.yaml', text);
    const report = await validate(r);
    expect(problemLines(report)).toEqual([
      `${P}/WO-0001.yaml:4:8 error schema/minLength`,
      `${P}/WO-0001.yaml:6:10 error schema/minItems`,
      `${P}/WO-0001.yaml:11:9 error schema/type`,
      `${P}/WO-0001.yaml:12:13 error schema/format`,
      `${P}/WO-0001.yaml:13:13 error schema/format`,
    ]);
    expect(report.errors[2]!.message).toBe('status: must be a string, got a list');
    expect(report.errors[3]!.message).toBe("created_at: 'yesterday' is not a valid date-time or date (ISO 8601)");
  });

  test('an empty value is located at its key', async () => {
    const r = repo();
    writeRawWo(r, 'pending', 'WO-0001.yaml', woText('WO-0001').replace('verify:\n  commands:\n    - npm test\n', 'verify:\n'));
    const report = await validate(r);
    expect(problemLines(report)).toEqual([`${P}/WO-0001.yaml:9:1 error schema/type`]);
    expect(report.errors[0]!.message).toBe('verify: must be a mapping, got an empty value');
  });

  test('missing required keys at several depths: at the parent mapping', async () => {
    const r = repo();
    r.writeBacklog([], { raw: 'epics:\n  - id: EPIC-001\n    title: First epic\n  - id: EPIC-002\n' });
    r.writeDod('DOD-0002', { raw: '# a DoD without a title\nid: DOD-0002\n' });
    writeRawWo(r, 'pending', 'WO-0001.yaml', 'id: WO-0001\ndod_id: DOD-DEFAULT\ntitle: Task\nscope:\n  allow: [src/**]\nverify: {}\n');
    const report = await validate(r);
    expect(report.errors.map((p) => `${p.file}:${p.line}:${p.column} ${p.pointer} ${p.rule}`)).toEqual([
      '_ctx/backlog/backlog.yaml:4:5 /epics/1/title schema/required',
      '_ctx/dod/DOD-0002.yaml:2:1 /title schema/required',
      `${P}/WO-0001.yaml:1:1 /epic_id schema/required`,
      `${P}/WO-0001.yaml:5:3 /scope/deny schema/required`,
      `${P}/WO-0001.yaml:6:9 /verify/commands schema/required`,
    ]);
    expect(report.errors.map((p) => p.message)).toEqual([
      "epics[1]: missing required key 'title'",
      "missing required key 'title'",
      "missing required key 'epic_id'",
      "scope: missing required key 'deny'",
      "verify: missing required key 'commands'",
    ]);
  });

  test('a duplicated list item is reported at the second one', async () => {
    const r = repo();
    r.writeDod('DOD-DEFAULT', { raw: 'id: DOD-DEFAULT\ntitle: Default\nrequired_artifacts:\n  - handoff.md\n  - verdict.json\n  - handoff.md\n' });
    const report = await validate(r);
    expect(problemLines(report)).toEqual(['_ctx/dod/DOD-DEFAULT.yaml:6:5 error schema/uniqueItems']);
    expect(report.errors[0]!.pointer).toBe('/required_artifacts/2');
  });
});

describe('unknown keys', () => {
  const text = woText('WO-0001', 'colour: blue\n').replace('  deny: []', '  deny: []\n  extra: true');

  test('are warnings at the key, at every depth of a WO, and do not fail the run', async () => {
    const r = repo();
    writeRawWo(r, 'pending', 'WO-0001.yaml', text);
    r.writeBacklog([], { raw: `${BACKLOG_WITH_OWNER}` });
    const report = await validate(r);
    expect(problemLines(report)).toEqual([
      '_ctx/backlog/backlog.yaml:4:5 warning unknown-key',
      `${P}/WO-0001.yaml:9:3 warning unknown-key`,
      `${P}/WO-0001.yaml:13:1 warning unknown-key`,
    ]);
    expect(report.warnings.map((p) => [p.pointer, p.message])).toEqual([
      ['/epics/0/owner', "unknown key 'owner' in epics[0] (not in schemas/backlog.schema.json)"],
      ['/scope/extra', "unknown key 'extra' in scope (not in schemas/work_order.schema.json)"],
      ['/colour', "unknown key 'colour' (not in schemas/work_order.schema.json)"],
    ]);
    expect(report.exit_code).toBe(0);
  });

  test('are errors under --strict', async () => {
    const r = repo();
    writeRawWo(r, 'pending', 'WO-0001.yaml', text);
    const report = await validate(r, { strict: true });
    expect(problemLines(report)).toEqual([`${P}/WO-0001.yaml:9:3 error unknown-key`, `${P}/WO-0001.yaml:13:1 error unknown-key`]);
    expect(report.warnings).toEqual([]);
    expect(report.exit_code).toBe(1);
  });

  test('are errors in the whitelist, whose schema is closed', async () => {
    const r = repo();
    r.write('_ctx/jobs/audit_whitelist.yaml', 'entries:\n  - code: duplicate_yaml\n    wo_id: WO-0001\n    reason: migration\n    owner: platform\n    review_by: 2026-12-31\n    note: extra\n');
    const report = await validate(r);
    expect(problemLines(report)).toEqual(['_ctx/jobs/audit_whitelist.yaml:7:5 error unknown-key']);
    expect(report.errors[0]!.pointer).toBe('/entries/0/note');
  });
});

const BACKLOG_WITH_OWNER = 'epics:\n  - id: EPIC-001\n    title: First epic\n    owner: team-a\n';

describe('references', () => {
  test('dangling epic and DoD references: at the referring value', async () => {
    const r = repo();
    writeRawWo(r, 'pending', 'WO-0001.yaml', woText('WO-0001').replace('EPIC-001', 'EPIC-404').replace('dod_id: DOD-DEFAULT', 'dod_id: DOD-404'));
    const report = await validate(r);
    expect(problemLines(report)).toEqual([`${P}/WO-0001.yaml:2:10 error unknown-epic`, `${P}/WO-0001.yaml:3:9 error unknown-dod`]);
    expect(report.errors.map((p) => p.pointer)).toEqual(['/epic_id', '/dod_id']);
  });

  test('duplicate ids across state folders: on every file that declares the id', async () => {
    const r = repo();
    r.writeWo('pending', 'WO-0001', { raw: woText('WO-0001') });
    r.writeWo('failed', 'WO-0001', { raw: woText('WO-0001') });
    writeDoneWo(r, 'WO-0002');
    r.writeWo('running', 'WO-0002', { raw: woText('WO-0002') });
    const report = await validate(r);
    expect(problemLines(report)).toEqual([
      '_ctx/jobs/done/WO-0002.yaml:1:5 error duplicate-id',
      '_ctx/jobs/failed/WO-0001.yaml:1:5 error duplicate-id',
      `${P}/WO-0001.yaml:1:5 error duplicate-id`,
      '_ctx/jobs/running/WO-0002.yaml:1:5 error duplicate-id',
    ]);
    expect(report.errors[1]!.message).toBe(`WO-0001 is also declared by ${P}/WO-0001.yaml`);
  });

  test('an unreadable file still takes part in duplicate ids through its file name', async () => {
    const r = repo();
    r.writeWo('pending', 'WO-0001', { raw: woText('WO-0001') });
    writeRawWo(r, 'running', 'WO-0001.yaml', 'id: [WO-0001\n');
    const report = await validate(r);
    expect(problemLines(report)).toEqual([
      `${P}/WO-0001.yaml:1:5 error duplicate-id`,
      '_ctx/jobs/running/WO-0001.yaml:1:1 error duplicate-id',
      '_ctx/jobs/running/WO-0001.yaml:2:1 error yaml-syntax',
    ]);
  });

  test('file stem differs from id; id breaks the WO id pattern', async () => {
    const r = repo();
    writeRawWo(r, 'pending', 'WO-0002.yaml', woText('WO-0003'));
    writeRawWo(r, 'pending', 'TASK-1.yaml', woText('TASK-1'));
    const report = await validate(r);
    expect(problemLines(report)).toEqual([`${P}/TASK-1.yaml:1:5 error id-pattern`, `${P}/WO-0002.yaml:1:5 error id-mismatch`]);
    expect(report.errors[1]!.message).toBe("id 'WO-0003' differs from the file name's stem 'WO-0002' (name the file WO-0003.yaml, or mark a copy kept on purpose with x_legacy: true)");
  });

  test('a DoD file name is free: the id inside names the DoD', async () => {
    const r = repo();
    r.writeDod('DOD-0001', { raw: 'id: DOD-0002\ntitle: Second\n' });
    writeRawWo(r, 'pending', 'WO-0001.yaml', woText('WO-0001').replace('dod_id: DOD-DEFAULT', 'dod_id: DOD-0002'));
    expect(problemLines(await validate(r))).toEqual([]);
  });

  test('status does not match the folder', async () => {
    const r = repo();
    writeRawWo(r, 'pending', 'WO-0001.yaml', woText('WO-0001', 'status: done\n'));
    const report = await validate(r);
    expect(problemLines(report)).toEqual([`${P}/WO-0001.yaml:12:9 error status-mismatch`]);
    expect(report.errors[0]!.message).toContain('(_ctx/jobs/pending/, status pending)');
  });

  test('a done WO without verified_at_sha: at the top mapping; a malformed one: at its value', async () => {
    const r = repo();
    r.write('_ctx/handoff/WO-0001/handoff.md', 'done\n');
    r.write('_ctx/handoff/WO-0002/handoff.md', 'done\n');
    r.writeWo('done', 'WO-0001', { raw: `# finished\n${woText('WO-0001')}` });
    r.writeWo('done', 'WO-0002', { raw: woText('WO-0002', 'verified_at_sha: not-a-sha\n') });
    const report = await validate(r);
    expect(report.errors.map((p) => `${p.file}:${p.line}:${p.column} ${p.pointer} ${p.rule}`)).toEqual([
      '_ctx/jobs/done/WO-0001.yaml:2:1 /verified_at_sha missing-verified-sha',
      '_ctx/jobs/done/WO-0002.yaml:12:18 /verified_at_sha schema/pattern',
    ]);
  });

  test('a done WO without dod_id: the schema error and the missing verified_at_sha', async () => {
    const r = repo();
    r.writeWo('done', 'WO-0001', { raw: woText('WO-0001').replace('dod_id: DOD-DEFAULT\n', '') });
    expect(problemLines(await validate(r))).toEqual(['_ctx/jobs/done/WO-0001.yaml:1:1 error missing-verified-sha', '_ctx/jobs/done/WO-0001.yaml:1:1 error schema/required']);
  });

  test("a done WO whose evidence folder lacks its DoD's required artifacts: one problem per file", async () => {
    const r = repo();
    r.writeDod('DOD-DEFAULT', { raw: 'id: DOD-DEFAULT\ntitle: Default\nrequired_artifacts: [handoff.md, verdict.json, reports/coverage.txt]\n' });
    r.write('_ctx/handoff/WO-0001/verdict.json', '{"verdict": "PASS"}\n');
    r.writeWo('done', 'WO-0001', { raw: woText('WO-0001', `verified_at_sha: ${SHA}\n`) });
    const report = await validate(r);
    expect(problemLines(report)).toEqual(['_ctx/jobs/done/WO-0001.yaml:3:9 error missing-artifact', '_ctx/jobs/done/WO-0001.yaml:3:9 error missing-artifact']);
    expect(report.errors.map((p) => p.message)).toEqual([
      'WO-0001 is done but _ctx/handoff/WO-0001/handoff.md is missing (required by DOD-DEFAULT)',
      'WO-0001 is done but _ctx/handoff/WO-0001/reports/coverage.txt is missing (required by DOD-DEFAULT)',
    ]);
  });

  test('artifacts are required of done WOs only', async () => {
    const r = repo();
    r.writeWo('pending', 'WO-0001', { raw: woText('WO-0001') });
    r.writeWo('running', 'WO-0002', { raw: woText('WO-0002') });
    r.writeWo('failed', 'WO-0003', { raw: woText('WO-0003') });
    expect(problemLines(await validate(r))).toEqual([]);
  });

  test('wo_queue entries name existing WOs, queued in their own epic', async () => {
    const r = repo();
    r.writeBacklog([], {
      raw: ['epics:', '  - id: EPIC-001', '    title: First', '    wo_queue: [WO-0001, WO-0404]', '  - id: EPIC-002', '    title: Second', '    wo_queue:', '      - WO-0002', '  - id: EPIC-001', '    title: Again', ''].join('\n'),
    });
    r.writeWo('pending', 'WO-0001', { raw: woText('WO-0001') });
    r.writeWo('pending', 'WO-0002', { raw: woText('WO-0002') });
    const report = await validate(r);
    expect(problemLines(report)).toEqual([
      '_ctx/backlog/backlog.yaml:4:25 error unknown-wo',
      '_ctx/backlog/backlog.yaml:9:9 error duplicate-id',
      '_ctx/backlog/backlog.yaml:8:9 warning queue-mismatch',
    ]);
    expect(report.errors[1]!.message).toBe("epics[2]: epic id 'EPIC-001' is already declared by epics[0] (line 2)");
  });

  test('a missing backlog and a missing DoD catalog are one error each, not one per reference', async () => {
    const r = repo();
    fs.rmSync(r.path('_ctx/backlog'), { recursive: true });
    fs.rmSync(r.path('_ctx/dod'), { recursive: true });
    r.writeWo('pending', 'WO-0001', { raw: woText('WO-0001') });
    r.writeWo('pending', 'WO-0002', { raw: woText('WO-0002') });
    const report = await validate(r);
    expect(problemLines(report)).toEqual(['_ctx/backlog/backlog.yaml:1:1 error missing-file', '_ctx/dod/:1:1 error missing-file']);
  });
});

describe('files that cannot be read as a mapping', () => {
  test('empty files: no bytes, only a comment, only blank lines', async () => {
    const r = repo();
    writeRawWo(r, 'pending', 'WO-0001.yaml', '');
    writeRawWo(r, 'pending', 'WO-0002.yaml', '# to be written\n');
    writeRawWo(r, 'pending', 'WO-0003.yaml', '\n\n   \n');
    r.writeDod('DOD-0009', { raw: '' });
    const report = await validate(r);
    expect(problemLines(report)).toEqual([
      '_ctx/dod/DOD-0009.yaml:1:1 error empty-file',
      `${P}/WO-0001.yaml:1:1 error empty-file`,
      `${P}/WO-0002.yaml:1:1 error empty-file`,
      `${P}/WO-0003.yaml:1:1 error empty-file`,
    ]);
  });

  test('an empty whitelist is no problem (no entries), as for audit', async () => {
    const r = repo();
    r.write('_ctx/jobs/audit_whitelist.yaml', '');
    expect(problemLines(await validate(r))).toEqual([]);
  });

  test('a document that is a list or a plain string: at the document', async () => {
    const r = repo();
    writeRawWo(r, 'pending', 'WO-0001.yaml', '- id: WO-0001\n- title: Task\n');
    writeRawWo(r, 'pending', 'WO-0002.yaml', '# just words\n\nWO-0002 is a task\n');
    r.writeBacklog([], { raw: '[EPIC-001, EPIC-002]\n' });
    const report = await validate(r);
    expect(problemLines(report)).toEqual([
      '_ctx/backlog/backlog.yaml:1:1 error not-a-mapping',
      `${P}/WO-0001.yaml:1:1 error not-a-mapping`,
      `${P}/WO-0002.yaml:3:1 error not-a-mapping`,
    ]);
    expect(report.errors[1]!.message).toBe('the document is a list, expected a work order (a mapping of keys to values)');
  });

  test('non-UTF-8 bytes: at the first bad byte', async () => {
    const r = repo();
    const latin1 = Buffer.from(woText('WO-0001').replace('title: Task WO-0001', 'title: Caf\u00e9 au lait'), 'latin1');
    writeRawWo(r, 'pending', 'WO-0001.yaml', latin1);
    writeRawWo(r, 'pending', 'WO-0002.yaml', Buffer.from(`\ufeff${woText('WO-0002')}`, 'utf16le'));
    const report = await validate(r);
    expect(problemLines(report)).toEqual([`${P}/WO-0001.yaml:4:11 error encoding`, `${P}/WO-0002.yaml:1:1 error encoding`]);
    expect(report.errors[0]!.message).toBe('the file is not valid UTF-8: byte 0xE9 at line 4, column 11 (save it as UTF-8)');
  });

  test('a replacement character written as UTF-8 is valid text', async () => {
    const r = repo();
    writeRawWo(r, 'pending', 'WO-0001.yaml', woText('WO-0001', 'description: "broken \ufffd glyph"\n'));
    expect(problemLines(await validate(r))).toEqual([]);
  });

  test('a path that cannot be read as a file: unreadable', async () => {
    const r = repo();
    fs.mkdirSync(r.path('_ctx/jobs/audit_whitelist.yaml'));
    const report = await validate(r);
    expect(problemLines(report)).toEqual(['_ctx/jobs/audit_whitelist.yaml:1:1 error unreadable']);
    expect(report.errors[0]!.message).toBe('the file is a folder, not a regular file');
  });

  test('a UTF-8 byte order mark and CRLF line ends do not shift columns', async () => {
    const r = repo();
    const text = `\ufeff${woText('WO-0001').replace('EPIC-001', 'EPIC-404').replace(/\n/g, '\r\n')}`;
    writeRawWo(r, 'pending', 'WO-0001.yaml', text);
    expect(problemLines(await validate(r))).toEqual([`${P}/WO-0001.yaml:2:10 error unknown-epic`]);
  });

  test('multi-byte characters count as one column each', async () => {
    const r = repo();
    const text = woText('WO-0001').replace('verify:\n  commands:\n    - npm test\n', 'verify: {note: "café ☕", commands: npm test}\n');
    writeRawWo(r, 'pending', 'WO-0001.yaml', text);
    const report = await validate(r);
    // In bytes the value would start at 39: é is two bytes and ☕ three.
    expect(problemLines(report)).toEqual([`${P}/WO-0001.yaml:9:36 error schema/type`, `${P}/WO-0001.yaml:9:10 warning unknown-key`]);
  });

  test('a 5 MB file is reported without being parsed', async () => {
    const r = repo();
    const big = woText('WO-0001', `description: |\n${'  lorem ipsum dolor sit amet, consectetur adipiscing elit\n'.repeat(95_000)}`);
    expect(big.length).toBeGreaterThan(5_000_000);
    writeRawWo(r, 'pending', 'WO-0001.yaml', big);
    const report = await validate(r);
    expect(problemLines(report)).toEqual([`${P}/WO-0001.yaml:1:1 error file-too-large`]);
    expect(report.errors[0]!.message).toMatch(/^the file is 5\.\d MiB, more than the 1 MiB wo-toolkit reads of one file$/);
  });
});

describe('every problem in every file', () => {
  test('many broken files: all are reported, in file order', async () => {
    const r = repo();
    const ids = Array.from({ length: 40 }, (_, i) => `WO-${String(i + 1).padStart(4, '0')}`);
    for (const id of ids) writeRawWo(r, 'pending', `${id}.yaml`, woText(id).replace('EPIC-001', 'EPIC-999'));
    const report = await validate(r);
    expect(problemLines(report)).toEqual(ids.map((id) => `${P}/${id}.yaml:2:10 error unknown-epic`));
    expect(report.summary).toEqual({ errors: 40, warnings: 0 });
  });

  test('several problems in one file are all reported', async () => {
    const r = repo();
    writeRawWo(r, 'done', 'WO-0002.yaml', woText('WO-0003', 'status: failed\ncolour: red\n').replace('EPIC-001', 'EPIC-404'));
    const report = await validate(r);
    expect(problemLines(report)).toEqual([
      '_ctx/jobs/done/WO-0002.yaml:1:1 error missing-verified-sha',
      '_ctx/jobs/done/WO-0002.yaml:1:5 error id-mismatch',
      '_ctx/jobs/done/WO-0002.yaml:2:10 error unknown-epic',
      '_ctx/jobs/done/WO-0002.yaml:3:9 error missing-artifact',
      '_ctx/jobs/done/WO-0002.yaml:12:9 error status-mismatch',
      '_ctx/jobs/done/WO-0002.yaml:13:1 warning unknown-key',
    ]);
  });
});

describe('whitelist and legacy paths', () => {
  test('whitelist: unknown finding code (error), expired entry (warning), missing field', async () => {
    const r = repo();
    r.write(
      '_ctx/jobs/audit_whitelist.yaml',
      [
        'entries:',
        '  - code: duplicate_yml',
        '    wo_id: WO-0001',
        '    reason: migration',
        '    owner: platform',
        '    review_by: 2026-12-31',
        '  - code: split_brain',
        '    wo_id: WO-0002',
        '    reason: kept while moving',
        '    owner: platform',
        '    review_by: 2026-05-31',
        '  - code: zombie_worktree',
        '    wo_id: WO-0003',
        '    owner: platform',
        '    review_by: 2026-06-01',
        '',
      ].join('\n'),
    );
    const report = await validate(r);
    expect(problemLines(report)).toEqual([
      '_ctx/jobs/audit_whitelist.yaml:2:11 error unknown-finding-code',
      '_ctx/jobs/audit_whitelist.yaml:12:5 error schema/required',
      '_ctx/jobs/audit_whitelist.yaml:11:16 warning whitelist-expired',
    ]);
  });

  test('legacy paths: _ctx/blacklog/ and WO files beside the state folders are warnings', async () => {
    const r = repo();
    r.write('_ctx/blacklog/README.md', '# moved to _ctx/backlog\n');
    r.write('_ctx/blacklog/old/backlog.yaml', 'epics: []\n');
    r.write('_ctx/jobs/WO-0009.yaml', woText('WO-0009'));
    r.write('_ctx/jobs/archive/WO-0008.yml', woText('WO-0008'));
    r.write('_ctx/jobs/templates/TEMPLATE.yaml', 'id: WO-XXXX\n');
    const report = await validate(r);
    expect(problemLines(report)).toEqual([
      '_ctx/blacklog/README.md:1:1 warning legacy-path',
      '_ctx/blacklog/old/backlog.yaml:1:1 warning legacy-path',
      '_ctx/jobs/WO-0009.yaml:1:1 warning legacy-path',
      '_ctx/jobs/archive/WO-0008.yml:1:1 warning legacy-path',
    ]);
    expect(report.exit_code).toBe(0);
    expect((await validate(r, { strict: true })).exit_code).toBe(1);
  });
});

describe('the configuration file', () => {
  test('an invalid configuration: its problems at their lines, exit 2, nothing else validated', async () => {
    const r = repo();
    r.write('.wo-toolkit.yaml', 'state_folders:\n  pending: work/todo\n  runing: work/doing\nstale_lock_hours: soon\n');
    writeRawWo(r, 'pending', 'WO-0001.yaml', 'not: a work order\n');
    const report = await validate(r);
    expect(problemLines(report)).toEqual(['.wo-toolkit.yaml:3:3 error unknown-key', '.wo-toolkit.yaml:4:19 error schema/type']);
    expect(report.exit_code).toBe(2);
    expect(report.error).toBe('.wo-toolkit.yaml: the configuration is invalid, so the backlog was not validated');
  });

  test('a --config file outside the repository is reported by its absolute path', async () => {
    const r = repo();
    const outside = makeTempDir('wo-toolkit-config-');
    try {
      fs.writeFileSync(path.join(outside, 'wo.yaml'), 'backlog: 42\n');
      const report = await runValidateBacklog(settingsFrom(readValidateBacklogSettings, { root: r.root, config: path.join(outside, 'wo.yaml'), today: TODAY }));
      expect(problemLines(report)).toEqual([`${path.join(outside, 'wo.yaml')}:1:10 error schema/type`]);
      expect(report.exit_code).toBe(2);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  test('a valid configuration moves the folders that are validated', async () => {
    const r = repo();
    r.write('.wo-toolkit.yaml', 'state_folders:\n  pending: work/todo\nbacklog: plan/backlog.yaml\nwo_id_pattern: "^T-[0-9]+$"\n');
    r.write('plan/backlog.yaml', BACKLOG);
    r.write('work/todo/T-1.yaml', woText('T-1'));
    r.write('work/todo/T-2.yaml', woText('T-2').replace('EPIC-001', 'EPIC-002'));
    const report = await validate(r);
    expect(problemLines(report)).toEqual(['work/todo/T-2.yaml:2:10 error unknown-epic']);
    expect(report.config_file).toBe('.wo-toolkit.yaml');
    expect(report.files.config).toBe(1);
  });
});

describe('messages', () => {
  test('each problem names the node, and pointers follow RFC 6901', async () => {
    const r = repo();
    writeRawWo(r, 'pending', 'WO-0001.yaml', woText('WO-0001', 'a/b~c: 1\n'));
    const p = only(await validate(r), 'unknown-key');
    expect(p.pointer).toBe('/a~1b~0c');
    expect([p.line, p.column]).toEqual([12, 1]);
  });
});
