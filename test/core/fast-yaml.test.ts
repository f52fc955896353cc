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
  ])('leaves %s to the full parser', (_name, text) => {
    expect(parseSimpleYaml(text)).toBeUndefined();
  });

  test('never disagrees with yaml on thousands of mutated work orders', () => {
    // A deterministic pseudo-random generator, so a failure can be reproduced.
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = [' ', '  ', ':', ': ', '-', '- ', '#', ' #', '"', "'", '[', ']', ',', '{', '}', '\n', 'x', '0', '&', '*', '|', '>', '?', '~', '\\', '.', '\n  ', '\n- '];
    let accepted = 0;
    for (let n = 0; n < 4000; n++) {
      let text = WO;
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
    expect(accepted).toBeGreaterThan(500);
  });
});
