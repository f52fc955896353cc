import { matchesWoId, MAX_WO_ID_LENGTH, woIdPathProblem, woIdPatternProblem, woPath } from '../../src/core/wo-id.js';

describe('a WO id is never a path', () => {
  test.each([
    ['team/WO-0048', 'contains a path separator'],
    ['WO-0001\\..\\x', 'contains a path separator'],
    ['..', 'contains `..`'],
    ['WO-1..2', 'contains `..`'],
    ['WO-1\u0000', 'contains a control character'],
    ['WO-1\n', 'contains a control character'],
    ['/etc', 'contains a path separator'],
    ['C:evil', 'is an absolute path'],
    ['', 'is empty or `.`'],
    ['.', 'is empty or `.`'],
    ['W'.repeat(MAX_WO_ID_LENGTH + 1), `is longer than ${MAX_WO_ID_LENGTH} characters`],
  ])('%j cannot name a file: %s', (id, problem) => {
    expect(woIdPathProblem(id)).toBe(problem);
    expect(woPath('_ctx/handoff', id, '', 'verdict.json')).toBeUndefined();
    expect(matchesWoId(/^.*$/s, id)).toBe(false);
  });

  test.each(['WO-0012', 'WO-0018A', 'WO-0012.1', 'WO-P2.1', 'WO-1.', '.hidden'])('%s names a file', (id) => {
    expect(woIdPathProblem(id)).toBeUndefined();
    expect(woPath('_ctx/jobs/running', id, '.lock')).toBe(`_ctx/jobs/running/${id}.lock`);
  });
});

describe('a configured wo_id_pattern cannot backtrack catastrophically', () => {
  test.each([
    ['(a+)+$', /repetition/],
    ['^(WO-[0-9]+)*$', /repetition/],
    ['^(?:[0-9]+\\.)+$', /repetition/],
    ['^(a|aa)+$', /alternation/],
    ['^(x|y)*z$', /alternation/],
    ['^((ab)*)+$', /repetition/],
    ['^(?<id>[A-Z]+)+$', /repetition/],
    ['^(a+){2,}$', /repetition/],
    ['^(a*){10}$', /repetition/],
    ['^(a)\\1$', /back-reference/],
    ['^(?<x>a)\\k<x>$', /back-reference/],
    ['^a*a*a*a*a*$', /5 unbounded repetitions/],
  ])('%s is refused', (source, why) => {
    expect(woIdPatternProblem(source)).toMatch(why);
  });

  test.each([
    '^WO-[A-Za-z0-9][A-Za-z0-9.-]*$',
    '^WO-[0-9]{4,}$',
    '^WO-(P)?[0-9]+(\\.[0-9]+)?$',
    '^(?:WO|TASK)-[0-9]+$',
    '^WO-[(+)]*[0-9]+$',
    '^WO-\\d+(?:-[a-z]+)?$',
    '^(?:WO-)?[0-9]{1,6}$',
  ])('%s is accepted', (source) => {
    expect(woIdPatternProblem(source)).toBeUndefined();
  });

  test('an accepted pattern is only ever run on bounded input: a 100 000-character text is no WO id', () => {
    expect(matchesWoId(/^WO-[A-Za-z0-9][A-Za-z0-9.-]*$/, `WO-${'A'.repeat(100_000)}`)).toBe(false);
    expect(matchesWoId(/^WO-[A-Za-z0-9][A-Za-z0-9.-]*$/, 'WO-0018A')).toBe(true);
  });
});
