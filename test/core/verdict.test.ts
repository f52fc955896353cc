import { afterEach, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import { defaultConfig } from '../../src/core/config.js';
import { parseVerdictText, readWoVerdict, verdictFiles, woVerdictReader } from '../../src/core/evidence.js';
import { TestRepo } from '../helpers/repo.js';

describe('verdict files', () => {
  test('the first of verdict, status, result that holds PASS, FAIL or CRASH (any case) is the verdict', () => {
    expect(parseVerdictText('{"wo_id": "WO-1", "status": "CRASH", "failure_stage": "setup", "finished_at": "2026-02-19T10:07:31Z"}')).toEqual({
      verdict: 'CRASH',
      key: 'status',
      failure_stage: 'setup',
      finished_at: '2026-02-19T10:07:31Z',
    });
    expect(parseVerdictText('{"status": "done", "result": "pass"}')).toEqual({ verdict: 'PASS', key: 'result' });
    expect(parseVerdictText('{"verdict": " Fail "}')).toMatchObject({ verdict: 'FAIL', key: 'verdict' });
  });

  test('status: done is not a verdict; a file that says nothing holds none', () => {
    expect(parseVerdictText('{"status": "done"}')).toEqual({});
    expect(parseVerdictText('{"wo_id": "WO-1"}')).toEqual({});
  });

  test.each([
    ['\ufeff{"verdict": "PASS"}', 'byte-order mark'],
    ['{"verdict": "PASS"', 'not valid JSON'],
    ['["PASS"]', 'not a JSON object'],
    ['{"verdict": "FAILED"}', "its verdict is 'FAILED', not PASS, FAIL or CRASH"],
    ['{"status": "FAILED"}', "its status is 'FAILED'"],
    ['{"result": true}', 'its result is true'],
  ])('%p cannot be used: %s', (text, problem) => {
    const parsed = parseVerdictText(text);
    expect(parsed.verdict).toBeUndefined();
    expect(parsed.problem).toContain(problem);
  });

  test('both places are read; the newest verdict wins; an id that is not a name has no files', () => {
    const repo = TestRepo.create();
    try {
      const config = defaultConfig();
      expect(verdictFiles(config, 'WO-0012.1')).toEqual(['_ctx/handoff/WO-0012.1/verdict.json', '_ctx/logs/WO-0012.1/verdict.json']);
      expect(verdictFiles(config, '../WO-1')).toEqual([]);
      repo.write('_ctx/handoff/WO-0052/verdict.json', '{"verdict": "PASS", "finished_at": "2026-02-18T10:00:00Z"}');
      repo.write('_ctx/logs/WO-0052/verdict.json', '{"status": "FAIL", "failure_stage": "verify", "finished_at": "2026-02-19T10:00:00Z"}');
      expect(readWoVerdict(repo.root, config, 'WO-0052').verdict).toMatchObject({ verdict: 'FAIL', path: '_ctx/logs/WO-0052/verdict.json', failure_stage: 'verify' });
      repo.write('_ctx/logs/WO-0060/verdict.json', '\ufeff{"status": "FAIL"}');
      const read = woVerdictReader(repo.root, config);
      expect(read('WO-0060')).toEqual({ unreadable: [expect.objectContaining({ path: '_ctx/logs/WO-0060/verdict.json', problem: expect.stringContaining('byte-order mark') })] });
      expect(read('WO-0099')).toEqual({ unreadable: [] });
      fs.chmodSync(repo.path('_ctx/logs/WO-0060/verdict.json'), 0o000);
      if (process.getuid?.() !== 0) expect(read('WO-0060').unreadable[0]!.problem).toContain('cannot be used');
    } finally {
      repo.cleanup();
    }
  });
});
