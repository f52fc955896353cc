import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { readTopLevelScalars, readWoVersion } from '../../src/transitions/wo-text.js';
import { richWo } from './fixture.js';

const KEYS = ['id', 'dod_id', 'verified_at_sha'];

/** The line reader either gives exactly what the full parser gives for the keys asked for, or declines. */
function agreesWithYaml(text: string): void {
  const fast = readTopLevelScalars(text, KEYS);
  if (fast === undefined) return;
  const full = parse(text) as Record<string, unknown>;
  for (const key of KEYS) {
    if (key in fast) expect([key, fast[key]]).toEqual([key, full[key] ?? null]);
    else expect([key, full[key]]).toEqual([key, undefined]);
  }
}

describe('readTopLevelScalars', () => {
  test('reads the top level of a rich WO without parsing its body, as the full parser would', () => {
    const text = richWo('WO-0018A', { status: 'done', verifiedAtSha: 'abcdef1234' });
    expect(readTopLevelScalars(text, KEYS)).toEqual({ id: 'WO-0018A', dod_id: 'DOD-DEFAULT', verified_at_sha: 'abcdef1234' });
    agreesWithYaml(text);
    expect(readTopLevelScalars(richWo('WO-1', { status: 'running' }), KEYS)!['verified_at_sha']).toBeNull();
  });

  test.each([
    ['a quoted id', 'id: "WO-P2.1"\ntitle: x\n'],
    ['a comment after the value', 'id: WO-0012.1 # the second part\n'],
    ['an id that YAML reads as a number', 'id: 12345\n'],
    ['a SHA that YAML reads as a number', 'id: WO-1\nverified_at_sha: 1234567\n'],
    ['a SHA in exponent form', 'id: WO-1\nverified_at_sha: 1234e10\n'],
    ['a plain value continued on the next line', 'id: WO-1\n  continued\n'],
    ['a flow value over several lines', 'id: WO-1\ntags: [a,\n  b]\n'],
    ['a document marker', '---\nid: WO-1\n'],
    ['a merge key', 'base: &b {x: 1}\n<<: *b\nid: WO-1\n'],
    ['a duplicate key', 'id: WO-1\nid: WO-2\n'],
    ['a tab', 'id:\tWO-1\n'],
    ['a sequence at the top', '- id: WO-1\n'],
    ['an anchored id', 'id: &a WO-1\n'],
    ['a block scalar id', 'id: |\n  WO-1\n'],
    ['a null id', 'id: ~\ntitle: x\n'],
    ['an id holding a mapping', 'id:\n  nested: WO-1\n'],
    ['a quoted id with an escape', 'id: "WO\\u002D1"\n'],
  ])('declines or agrees with the full parser: %s', (_name, text) => {
    agreesWithYaml(text);
  });

  test('declines what it cannot be sure of', () => {
    expect(readTopLevelScalars('id: WO-1\n  continued\n', KEYS)).toBeUndefined();
    expect(readTopLevelScalars('id: 12345\n', KEYS)).toBeUndefined();
    expect(readTopLevelScalars('---\nid: WO-1\n', KEYS)).toBeUndefined();
    expect(readTopLevelScalars('id: WO-1\nid: WO-2\n', KEYS)).toBeUndefined();
  });
});

describe('readWoVersion', () => {
  test('a file that cannot be parsed has its stem for an id', () => {
    expect(readWoVersion('id: [unclosed\n', 'WO-0042')).toMatchObject({ id: 'WO-0042', idFromStem: true });
    expect(readWoVersion('', 'WO-0042')).toMatchObject({ id: 'WO-0042', idFromStem: true });
    expect(readWoVersion('id: "WO\\u002D7"\n', 'x')).toMatchObject({ id: 'WO-7', idFromStem: false });
  });
});
