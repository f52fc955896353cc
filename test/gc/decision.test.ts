import {
  contentTypeOf,
  estimateRisk,
  inlineCode,
  isDecisionComplete,
  isUntouched,
  renderDecision,
  type DecisionFields,
} from '../../src/gc/decision.js';
import type { PatchFile } from '../../src/gc/patch.js';
import { namedPatches } from '../../src/core/decision.js';

const SHA = 'ab'.repeat(32);
const file = (path: string, status: PatchFile['status'] = 'modified', lines = 2, binary = false): PatchFile => ({ path, status, binary, added: binary ? 0 : lines, deleted: 0 });
const fields: DecisionFields = {
  woId: 'WO-0042',
  date: '2026-03-02',
  type: 'ghost',
  sha256: SHA,
  files: [file('src/app.ts'), file('config/app.yaml', 'added')],
  command: 'wo-toolkit gc --export-patch',
  worktree: '.worktrees/WO-0042',
  branch: 'feat/wo-WO-0042',
  head: 'c'.repeat(40),
};

describe('renderDecision', () => {
  test('follows the decision.md format (docs/formats.md#decisionmd) with every field filled', () => {
    const text = renderDecision(fields);
    const lines = text.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '| Field | Value |',
      '|-------|-------|',
      '| **WO ID** | WO-0042 |',
      '| **Date** | 2026-03-02 |',
      '| **Type** | ghost |',
      `| **Patch Hash** | \`${SHA}\` |`,
      '| **Status** | ACTION_REQUIRED |',
    ]);
    expect(text).toContain(
      [
        '## Patch Content Summary',
        '- Content type: code, config',
        '- Files affected: `src/app.ts` (modified, +2 -0), `config/app.yaml` (added, +2 -0)',
        '- Estimated risk: medium (code and config changes, 4 changed lines)',
        '',
        '## Decision',
        '**Choose ONE**: [ ] APPLY | [ ] DISCARD | [ ] MANUAL REVIEW',
        '',
        '### Justification',
        '<!-- Why this decision? -->',
        '',
        '### Evidence',
        '| Item | Value |',
        '|------|-------|',
        `| Patch path | \`dirty.${SHA}.patch\` |`,
        `| Patch SHA256 | \`${SHA}\` |`,
        '| Command used | `wo-toolkit gc --export-patch` |',
      ].join('\n'),
    );
    // No placeholder of the template is left.
    expect(text).not.toMatch(/<(WO-ID|YYYY-MM-DD|zombie or ghost|sha256|code \/|list|low \/|the exact command)/);
    expect(namedPatches(text, [SHA, 'cd'.repeat(32)])).toEqual([SHA]);
    expect(isDecisionComplete(text)).toBe(false);
  });

  test('is deterministic, and a long file list is cut with a count', () => {
    const many = { ...fields, files: Array.from({ length: 35 }, (_, i) => file(`docs/page-${i}.md`)) };
    expect(renderDecision(many)).toBe(renderDecision(many));
    expect(renderDecision(many)).toContain('and 5 more (see the patch)');
  });
});

describe('isUntouched: gc rewrites only what it generated and nobody edited', () => {
  const text = renderDecision(fields);
  test.each([
    ['as generated', text, true],
    ['a box checked', text.replace('[ ] APPLY', '[x] APPLY'), false],
    ['ACTION_REQUIRED removed', text.replace('ACTION_REQUIRED', 'DONE'), false],
    ['a justification written', text.replace('<!-- Why this decision? -->', 'Owner confirmed.'), false],
    ['the signature removed', text.replace(/<!-- wo-toolkit gc:[^\n]*\n$/, ''), false],
    ['a line added at the end', `${text}note\n`, false],
    ['line endings changed', text.replace(/\n/g, '\r\n'), false],
  ])('%s', (_name, candidate, expected) => {
    expect(isUntouched(candidate)).toBe(expected);
  });
});

describe('isDecisionComplete (docs/formats.md#decisionmd: ACTION_REQUIRED gone and exactly one box checked)', () => {
  const text = renderDecision(fields);
  const decided = (choice: string) => text.replace('ACTION_REQUIRED', 'DECIDED').replace(`[ ] ${choice}`, `[x] ${choice}`);
  test.each([
    ['APPLY checked', decided('APPLY'), true],
    ['DISCARD checked with a capital X', decided('DISCARD').replace('[x]', '[X]'), true],
    ['MANUAL REVIEW checked', decided('MANUAL REVIEW'), true],
    ['checked but ACTION_REQUIRED kept', text.replace('[ ] APPLY', '[x] APPLY'), false],
    ['two boxes checked', decided('APPLY').replace('[ ] DISCARD', '[x] DISCARD'), false],
    ['nothing checked', text.replace('ACTION_REQUIRED', 'DECIDED'), false],
  ])('%s', (_name, candidate, expected) => {
    expect(isDecisionComplete(candidate)).toBe(expected);
  });
});

describe('content type and estimated risk', () => {
  test.each([
    ['src/index.ts', 'code'],
    ['scripts/build.sh', 'code'],
    ['package.json', 'config'],
    ['.github/workflows/ci.yml', 'config'],
    ['Dockerfile', 'config'],
    ['_ctx/telemetry/x.txt', 'telemetry'],
    ['events.jsonl', 'telemetry'],
    ['README.md', 'other'],
    ['assets/logo.png', 'other'],
  ])('%s is %s', (p, type) => expect(contentTypeOf(p)).toBe(type));

  test.each([
    [[file('README.md')], 'low'],
    [[file('src/a.ts')], 'medium'],
    [[file('src/a.ts', 'deleted')], 'high'],
    [[file('logo.png', 'added', 0, true)], 'high'],
    [[file('notes.md', 'modified', 301)], 'high'],
    [Array.from({ length: 21 }, (_, i) => file(`n${i}.md`)), 'high'],
  ])('%j is %s risk', (files, risk) => expect(estimateRisk(files as PatchFile[]).risk).toBe(risk));
});

test('inlineCode survives backticks and, in tables, pipes', () => {
  expect(inlineCode('a`b')).toBe('`` a`b ``');
  expect(inlineCode('x | y', true)).toBe('`x \\| y`');
});

describe('a template names only the patch it is about (docs/formats.md#one-decision-per-patch)', () => {
  const OTHER = 'cd'.repeat(32);

  test("another patch's name or hash in the files affected, the worktree, the branch or the command names nothing", () => {
    const text = renderDecision({
      ...fields,
      woId: `WO-${OTHER.slice(0, 12)}`,
      files: [file(`dirty.${OTHER}.patch`, 'added'), file(`notes/review-${OTHER.slice(0, 12)}.md`, 'added')],
      worktree: `.worktrees/try-${OTHER.slice(0, 16)}`,
      branch: `feat/wo-${OTHER}`,
      command: `wo-toolkit gc --export-patch # after ${OTHER}`,
    });
    const decided = text.replace('ACTION_REQUIRED', 'DECIDED').replace('[ ] DISCARD', '[x] DISCARD');
    expect(isDecisionComplete(decided)).toBe(true);
    expect(namedPatches(decided, [OTHER, SHA])).toEqual([SHA]);
  });

  test('the same name written by a person below the template does count', () => {
    const decided = `${renderDecision(fields).replace('ACTION_REQUIRED', 'DECIDED').replace('[ ] DISCARD', '[x] DISCARD')}\nAlso decides the earlier dirty.${OTHER}.patch: the same work.\n`;
    expect(namedPatches(decided, [OTHER, SHA])).toEqual([OTHER, SHA]);
  });
});

test('a path with a line break stays on its row: the other patch named after it does not count', () => {
  const OTHER = 'ef'.repeat(32);
  const text = renderDecision({ ...fields, files: [file(`notes\nreview dirty.${OTHER}.patch`, 'added')], worktree: `.worktrees/x\r\n${OTHER}` });
  expect(text).toContain('notes\\nreview dirty.');
  const decided = text.replace('ACTION_REQUIRED', 'DECIDED').replace('[ ] DISCARD', '[x] DISCARD');
  expect(namedPatches(decided, [OTHER, SHA])).toEqual([SHA]);
  expect(inlineCode('a\u2028b')).toBe('`a\\u2028b`');
});
