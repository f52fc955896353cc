import { editTopLevel, parseWo } from '../../src/reconcile/edit.js';
import { changedLines } from './helpers.js';

/** In-place edits: only the changed values differ, in their own quoting; anything else is refused. */

const WO = `# a comment at the top
id: WO-0018A   # the id
status: "running"
owner:
branch: null
worktree: ''
started_at: ~
notes: |
  a block scalar

  with a blank line
nested:
  keep: {a: 1, b: [x, y]}   # flow inside
`;

test('each value keeps its quoting style and every other line stays byte for byte', () => {
  const edited = editTopLevel(parseWo(WO), { status: 'failed', owner: 'felipe', branch: 'feat/wo-WO-0018A', worktree: '../.worktrees/WO-0018A', started_at: '2026-02-21T09:12:44Z' });
  if ('problem' in edited) throw new Error(edited.problem);
  expect(changedLines(WO, edited.text)).toEqual([
    'line 3: status: "running" → status: "failed"',
    'line 4: owner: → owner: felipe',
    'line 5: branch: null → branch: feat/wo-WO-0018A',
    "line 6: worktree: '' → worktree: '../.worktrees/WO-0018A'",
    'line 7: started_at: ~ → started_at: 2026-02-21T09:12:44Z',
  ]);
  expect(parseWo(edited.text).data).toMatchObject({ started_at: '2026-02-21T09:12:44Z', branch: 'feat/wo-WO-0018A' });
});

test('a value that would read back as something else is quoted', () => {
  const edited = editTopLevel(parseWo('id: WO-1\nowner: null\n'), { owner: 'yes: no # not a comment' });
  if ('problem' in edited) throw new Error(edited.problem);
  expect(edited.text).toBe('id: WO-1\nowner: "yes: no # not a comment"\n');
  const number = editTopLevel(parseWo('id: WO-1\nowner: null\n'), { owner: '0012' });
  expect('text' in number && number.text).toBe('id: WO-1\nowner: "0012"\n');
});

test('a missing key is one new line at the end of the mapping, at its indentation', () => {
  const edited = editTopLevel(parseWo('id: WO-1\ntitle: x\n# trailing comment\n'), { owner: 'ana' });
  expect('text' in edited && edited.text).toBe('id: WO-1\ntitle: x\nowner: ana\n# trailing comment\n');
  const noNewline = editTopLevel(parseWo('id: WO-1\ntitle: x'), { owner: 'ana' });
  expect('text' in noNewline && noNewline.text).toBe('id: WO-1\ntitle: x\nowner: ana\n');
});

test.each([
  ['a block scalar', 'id: WO-1\nowner: |\n  ana\n', 'block scalar'],
  ['a mapping', 'id: WO-1\nowner:\n  name: ana\n', 'mapping'],
  ['a flow mapping file', '{id: WO-1, owner: null}\n', 'flow mapping'],
  ['invalid YAML', 'id: WO-1\nowner: "unclosed\n', 'invalid YAML'],
  ['a list file', '- id: WO-1\n', 'not a YAML mapping'],
  ['an anchor', 'id: WO-1\nowner: &who null\n', 'anchor'],
])('%s is refused, not rewritten', (_name, text, problem) => {
  const edited = editTopLevel(parseWo(text), { owner: 'ana' });
  expect('problem' in edited && edited.problem).toContain(problem);
});
