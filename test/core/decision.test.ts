import { assessDecision, isDecisionComplete, namedPatches, namesPatch } from '../../src/core/decision.js';
import { decisionText, sha256 } from '../retention/evidence.js';

const hash = sha256('patch');

describe('decision.md completeness', () => {
  test('the untouched template is not complete', () => {
    const text = decisionText('WO-0001', hash, 'none_checked').replace('DECIDED', 'ACTION_REQUIRED');
    expect(assessDecision(text)).toEqual({ complete: false, actionRequired: true, checked: [], problem: 'it still says ACTION_REQUIRED' });
  });

  test('one box checked but ACTION_REQUIRED still there: not complete', () => {
    const decision = assessDecision(decisionText('WO-0001', hash, 'action_required'));
    expect(decision).toMatchObject({ complete: false, actionRequired: true, checked: ['DISCARD'] });
  });

  test('ACTION_REQUIRED gone but no box checked: not complete', () => {
    expect(assessDecision(decisionText('WO-0001', hash, 'none_checked'))).toMatchObject({ complete: false, problem: 'no decision box is checked' });
  });

  test('two boxes checked: not complete', () => {
    expect(assessDecision(decisionText('WO-0001', hash, 'two_checked'))).toMatchObject({ complete: false, checked: ['APPLY', 'DISCARD'] });
  });

  test('ACTION_REQUIRED gone and exactly one box checked: complete', () => {
    expect(isDecisionComplete(decisionText('WO-0001', hash, 'complete'))).toBe(true);
  });

  test.each([
    ['**Choose ONE**: [ ] APPLY | [ ] DISCARD | [X] MANUAL REVIEW', ['MANUAL REVIEW']],
    ['- [x] **APPLY**\n- [ ] DISCARD\n- [ ] MANUAL REVIEW', ['APPLY']],
    ['[x] MANUAL  REVIEW', ['MANUAL REVIEW']],
  ])('%p is complete', (text, checked) => {
    expect(assessDecision(text)).toEqual({ complete: true, actionRequired: false, checked });
  });

  test.each([
    ['[x] APPLY | [x] APPLY | [ ] DISCARD', true], // the same option twice is still one decision
    ['[x] APPLYING', false],
    ['[x] APPLY | [X] manual review', false],
    ['[x] DISCARD\nStatus: ACTION_REQUIRED', false],
    ['', false],
  ])('%p complete: %p', (text, complete) => {
    expect(isDecisionComplete(text)).toBe(complete);
  });
});

describe('decisions in a person\'s own words (no choice line)', () => {
  test.each([
    ['# Cleanup\n\n**Status:** DECIDED - CLEANUP APPROVED\n', 'DECIDED - CLEANUP APPROVED'],
    ['**Decision:** DESTROY\n\n- [ ] Worktree removed\n', 'DESTROY'],
    ['Decision: keep the patch, drop the worktree\n', 'keep the patch, drop the worktree'],
    ['- **Status**: done by hand\n', 'done by hand'],
  ])('%p is complete', (text, words) => {
    expect(assessDecision(text)).toMatchObject({ complete: true, words });
  });

  test.each([
    ['**Status:** PENDING\n', 'still says PENDING'],
    ['**Status:** TODO\n**Decision:** DESTROY\n', 'still says TODO'],
    ['**Decision:**\n', 'no Status: or Decision: field records a decision'],
    ['## Follow-up\n- [ ] Worktree removed\n- [x] Patch archived\n', 'no Status: or Decision: field records a decision'],
    ['**Decision:** DESTROY\n**Choose ONE**: [ ] APPLY | [ ] DISCARD | [ ] MANUAL REVIEW\n', 'no decision box is checked'],
  ])('%p is not complete', (text, problem) => {
    const decision = assessDecision(text);
    expect(decision.complete).toBe(false);
    expect(decision.problem).toContain(problem);
  });
});

describe('which patches a decision names (docs/formats.md#one-decision-per-patch)', () => {
  const A = sha256('first patch');
  const B = sha256('second patch');
  const both = [A, B];

  test('the file name, the full SHA-256 (any case) or a 12-digit prefix standing alone', () => {
    expect(namedPatches(`reviewed dirty.${A}.patch`, both)).toEqual([A]);
    expect(namedPatches(`hash ${B.toUpperCase()}`, both)).toEqual([B]);
    expect(namedPatches(`\`${A.slice(0, 12)}\` and ${B.slice(0, 16)}…`, both)).toEqual([A, B]);
    expect(namedPatches(decisionText('WO-0001', A, 'complete'), both)).toEqual([A]);
  });

  test('not: 11 digits, a hex run that goes on, a word that starts with letters, another patch', () => {
    expect(namedPatches(`prefix ${A.slice(0, 11)}`, both)).toEqual([]);
    expect(namedPatches(`build ${A}00`, both)).toEqual([]);
    expect(namedPatches(`id x${A}`, both)).toEqual([]);
    expect(namedPatches(`other ${sha256('third')}`, both)).toEqual([]);
    expect(namesPatch('**Decision:** DESTROY', A)).toBe(false);
  });

  test('a prefix that fits two patches names neither', () => {
    const twins = [`${'ab'.repeat(6)}${'0'.repeat(52)}`, `${'ab'.repeat(6)}${'1'.repeat(52)}`];
    expect(namedPatches(`patch ${'ab'.repeat(6)}`, twins)).toEqual([]);
    expect(namedPatches(`patch ${'ab'.repeat(6)}1`, twins)).toEqual([twins[1]]);
  });
});
