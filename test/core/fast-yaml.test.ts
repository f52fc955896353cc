import { parse } from 'yaml';
import { parseSimpleYaml } from '../../src/core/fast-yaml.js';

/** The property that matters: whenever the fast parser answers, `yaml` agrees and accepts the text. */
function expectAgreement(text: string): unknown {
  const fast = parseSimpleYaml(text);
  if (fast === undefined) return undefined;
  let full: unknown;
  try {
    full = parse(text, { uniqueKeys: false, prettyErrors: false });
  } catch (error) {
    throw new Error(`fast parser accepted a text yaml rejects (${(error as Error).message}):\n${text}`);
  }
  if (JSON.stringify(fast) !== JSON.stringify(full)) {
    throw new Error(`fast and full parse differ:\n${text}\nfast: ${JSON.stringify(fast)}\nfull: ${JSON.stringify(full)}`);
  }
  return fast;
}

const WO = `# a work order
id: WO-0001
epic_id: EPIC-001
dod_id: "DOD-DEFAULT"
title: 'It''s a title: with colon-free text #not-a-comment'
status: running # where it is
priority: 2
ratio: 0.5
flag: true
nothing: ~
scope:
  allow: ["src/**", docs/**, 'a b']
  deny: []
verify:
  commands:
    - npm test
    - "npm run lint"
  timeout: 10
items:
- id: a
  value: 1
-   id: b
    nested:
      deep: yes
- plain
-
  - inner
created_at: 2026-01-01T00:00:00Z
`;

// The shape the audit benchmark writes: flow sequences of quoted strings, a quoted timestamp.
const FLOW_WO = `id: WO-00002
epic_id: EPIC-001
title: Work order number 2
scope:
  allow: ["src/**", 'docs/**', "it's \\\\ \\"q\\""]
  deny: []
verify:
  commands: ["npm test", "npm run lint"]
priority: 2
created_at: "2026-01-01T00:00:00Z" # when
`;

describe('parseSimpleYaml', () => {
  test('parses the common WO subset exactly as yaml does', () => {
    const value = expectAgreement(WO) as Record<string, unknown>;
    expect(value).toBeDefined();
    expect(value['id']).toBe('WO-0001');
    expect(value['items']).toEqual([{ id: 'a', value: 1 }, { id: 'b', nested: { deep: 'yes' } }, 'plain', ['inner']]);
  });

  test.each([
    ['an anchor', 'id: &a WO-1\nx: *a\n'],
    ['a block scalar', 'id: WO-1\ndescription: |\n  text\n'],
    ['a flow mapping', 'id: WO-1\nscope: {allow: [a]}\n'],
    ['a tab', 'id: WO-1\n\tx: 1\n'],
    ['a duplicate key', 'id: WO-1\nid: WO-2\n'],
    ['a multi-line plain scalar', 'title: one\n  two\n'],
    ['an unclosed quote', 'title: "open\n'],
    ['a nested mapping on one line', 'title: a: b\n'],
    ['hex', 'n: 0x1F\n'],
    ['a document end marker', 'id: WO-1\n...\n'],
    ['a bare scalar', 'just text\n'],
    ['an empty text', ''],
    ['a comment-only text', '# nothing\n'],
    ['a quoted key', '"id": WO-1\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['an indented document start marker', '  ---\nid: WO-1\n'],
    ['a line of a no-break space', 'id: WO-1\n\u00a0\n'],
    ['a no-break space as indentation', 'a:\n\u00a0 b: 1\n'],
    ['a line separator', 'id: WO-1\u2028\n'],
    ['an unknown escape', 'id: "WO\\x41"\n'],
  ])('leaves %s to the full parser', (_name, text) => {
    expect(parseSimpleYaml(text)).toBeUndefined();
  });

  test('parses quoted scalars with and without escapes', () => {
    expect(expectAgreement(FLOW_WO)).toEqual(
      expect.objectContaining({ scope: { allow: ['src/**', 'docs/**', 'it\'s \\ "q"'], deny: [] }, created_at: '2026-01-01T00:00:00Z' }),
    );
    expect(expectAgreement(`a: 'it''s'\nb: "x\\"y\\n"\nc: ['', "", 'a''b']\n`)).toEqual({ a: "it's", b: 'x"y\n', c: ['', '', "a'b"] });
  });

  test('takes only the space as white space, as yaml does', () => {
    // A no-break or ideographic space is content: yaml keeps it at the end of a plain scalar.
    expect(expectAgreement('id: WO-1\u00a0\n')).toEqual({ id: 'WO-1\u00a0' });
    expect(expectAgreement('id: WO-1\u3000\nk: [a\u00a0, b]\n')).toEqual({ id: 'WO-1\u3000', k: ['a\u00a0', 'b'] });
  });

  test('leaves nesting too deep for the stack to the full parser instead of throwing', () => {
    const lines = ['a:'];
    for (let depth = 1; depth < 20_000; depth++) lines.push(`${' '.repeat(depth)}a:`);
    expect(parseSimpleYaml(lines.join('\n'))).toBeUndefined();
    expect(parseSimpleYaml('id: WO-1\n')).toEqual({ id: 'WO-1' }); // and it still works afterwards
  });

  test('never disagrees with yaml when one odd character is inserted anywhere', () => {
    const odd = ['\u00a0', '\u3000', '\u2028', '\u0085', '\ufeff', '\t', '\r', '\u0000', ' ', '#', ':', '-', "'", '"', '\\', ',', ']'];
    let accepted = 0;
    for (const base of [WO, FLOW_WO]) {
      for (const char of odd) {
        for (let at = 0; at <= base.length; at++) {
          if (expectAgreement(base.slice(0, at) + char + base.slice(at)) !== undefined) accepted++;
        }
      }
    }
    expect(accepted).toBeGreaterThan(1000);
  });

  test('never disagrees with yaml on thousands of mutated work orders', () => {
    // A deterministic pseudo-random generator, so a failure can be reproduced.
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = [
      ' ', '  ', ':', ': ', '-', '- ', '#', ' #', '"', "'", '[', ']', ',', '{', '}', '\n', 'x', '0', '&', '*', '|', '>', '?', '~', '\\', '.',
      '\n  ', '\n- ', '---', '...', '\n---\n', '%', '\\n', "''", '1e3', '0x1', '.inf', '99999999999999999999', 'id: ', 'null', 'True',
      '\u00a0', '\u3000', '\u2028', '\u0085', '\ufeff', '\t', '\r',
    ];
    let accepted = 0;
    for (let n = 0; n < 8000; n++) {
      let text = n % 2 === 0 ? WO : FLOW_WO;
      for (let m = 0, count = 1 + random(3); m < count; m++) {
        const at = random(text.length);
        const op = random(3);
        if (op === 0) text = text.slice(0, at) + alphabet[random(alphabet.length)] + text.slice(at);
        else if (op === 1) text = text.slice(0, at) + text.slice(at + 1 + random(3));
        else {
          const lines = text.split('\n');
          const i = random(lines.length);
          lines.splice(i, 0, lines[random(lines.length)]!);
          text = lines.join('\n');
        }
      }
      if (expectAgreement(text) !== undefined) accepted++;
    }
    // The fast path must still answer for a good share of the mutants, or it is not exercised.
    expect(accepted).toBeGreaterThan(1000);
  });
});
