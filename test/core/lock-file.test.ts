import { describe, expect, test } from '@jest/globals';
import { lockTime, parseLock } from '../../src/core/lock-file.js';

describe('lock files', () => {
  test('the plain text a pipeline writes gives the time, the user, the pid and the tool', () => {
    expect(parseLock('Locked by ctx_wo_take.py at 2026-02-18T15:09:14\nPID: 4242\nUser: dev\n')).toEqual({
      tool: 'ctx_wo_take.py',
      takenAt: new Date('2026-02-18T15:09:14Z'),
      pid: 4242,
      user: 'dev',
    });
  });

  test('a YAML or JSON mapping gives the same fields', () => {
    expect(parseLock('pid: 17\nuser: ci\nhostname: runner-3\ntimestamp: 2026-02-18T15:09:14Z\n')).toMatchObject({ pid: 17, user: 'ci', hostname: 'runner-3', takenAt: new Date('2026-02-18T15:09:14Z') });
    expect(parseLock('{"pid": "17", "user": "ci", "timestamp": "2026-02-18T16:09:14+01:00"}')).toMatchObject({ pid: 17, user: 'ci', takenAt: new Date('2026-02-18T15:09:14Z') });
  });

  test('anything else is still a lock without a time: nothing is invented', () => {
    expect(parseLock('')).toEqual({});
    expect(parseLock('garbage: [')).toEqual({});
    expect(parseLock('Locked by take at soon\nPID: -3\n')).toEqual({ tool: 'take' });
  });

  test('a time without a zone is read as UTC; an invalid one is no time', () => {
    expect(lockTime('2026-02-18 15:09')).toEqual(new Date('2026-02-18T15:09:00Z'));
    expect(lockTime('2026-02-30T10:00:00Z')).toBeUndefined();
    expect(lockTime('yesterday')).toBeUndefined();
    expect(lockTime('2026-13-45T10:00:00')).toBeUndefined();
  });
});
