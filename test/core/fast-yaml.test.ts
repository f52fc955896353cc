import { parse } from 'yaml';
import { parseSimpleYaml, readSimpleYamlId } from '../../src/core/fast-yaml.js';

const isMapping = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const show = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value));

/**
 * The property that matters: whenever the fast parser answers, `yaml` accepts the text and agrees;
 * whenever readSimpleYamlId answers, `yaml` accepts the text, returns a mapping and its `id` agrees.
 * readSimpleYamlId also answers wherever parseSimpleYaml returns a mapping.
 */
function agreement(text: string): { fast: unknown; id: { id: unknown } | undefined } {
  const fast = parseSimpleYaml(text);
  const id = readSimpleYamlId(text);
  if (isMapping(fast) && (id === undefined || show(id.id) !== show(fast['id']))) {
    throw new Error(`readSimpleYamlId gave ${show(id)} where parseSimpleYaml gave the id ${show(fast['id'])}:\n${text}`);
  }
  if (fast === undefined && id === undefined) return { fast, id };
  let full: unknown;
  try {
    full = parse(text, { uniqueKeys: false, prettyErrors: false });
  } catch (error) {
    throw new Error(`the fast path accepted a text yaml rejects (${(error as Error).message}):\n${text}`);
  }
  if (fast !== undefined && show(fast) !== show(full)) {
    throw new Error(`fast and full parse differ:\n${text}\nfast: ${show(fast)}\nfull: ${show(full)}`);
  }
  if (id !== undefined && (!isMapping(full) || show(id.id) !== show(full['id']))) {
    throw new Error(`readSimpleYamlId gave ${show(id)} for:\n${text}\nfull: ${show(full)}`);
  }
  return { fast, id };
}

const expectAgreement = (text: string): unknown => agreement(text).fast;

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
    const odd = ['\u00a0', '\u3000', '\u2028', '\u0085', '\ufeff', '\t', '\r', '\u0000', ' ', '#', ':', '-', "'", '"', '\\', ',', ']', '[', '{', '&', '!'];
    let accepted = 0;
    let idAnswers = 0;
    for (const base of [WO, FLOW_WO]) {
      for (const char of odd) {
        for (let at = 0; at <= base.length; at++) {
          const { fast, id } = agreement(base.slice(0, at) + char + base.slice(at));
          if (fast !== undefined) accepted++;
          if (id !== undefined) idAnswers++;
        }
      }
    }
    expect(accepted).toBeGreaterThan(1000);
    expect(idAnswers).toBeGreaterThanOrEqual(accepted);
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
    let idAnswers = 0;
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
      const { fast, id } = agreement(text);
      if (fast !== undefined) accepted++;
      if (id !== undefined) idAnswers++;
    }
    // The fast paths must still answer for a good share of the mutants, or they are not exercised.
    expect(accepted).toBeGreaterThan(1000);
    expect(idAnswers).toBeGreaterThan(accepted);
  });
});

describe('readSimpleYamlId', () => {
  test('reads the id of the plain work orders', () => {
    expect(agreement(WO).id).toEqual({ id: 'WO-0001' });
    expect(agreement(FLOW_WO).id).toEqual({ id: 'WO-00002' });
    expect(agreement('title: no id\n').id).toEqual({ id: undefined });
    expect(agreement('id: 42\n').id).toEqual({ id: 42 });
    expect(agreement('id:\n  nested: x\n').id).toEqual({ id: { nested: 'x' } });
  });

  test.each([
    ['hex and other numbers parseSimpleYaml leaves out', 'id: WO-1\nn: 0x1F\nbig: 99999999999999999999\nf: .inf\n'],
    ['a repeated key other than the id', 'id: WO-1\nk: 1\nk: 2\n'],
    ['plain values with colons and quotes inside', 'id: WO-1\nurl: http://x\nt: say "hi", ok\n'],
    ['a block sequence of plain items', 'id: "WO-1"\nlist:\n  - a b\n  - "c"\n  - [d, \'e\']\n'],
    ['a multi-line plain scalar', 'id: WO-1\ntitle: one\n  two\n\n  three\nlist:\n  - item that\n    goes on\n'],
    ['block scalars with indicators, comments and YAML-looking content', 'id: WO-1\nd: |-  # c\n  # content, not a comment\n\n    key: [x\nf: >+2\n      deeper first\n  x\n\nlist:\n  - >\n   text\n'],
    ['a byte-order mark and CRLF line ends', '\ufeffid: WO-1\r\nd: |\r\n  text\r\n'],
  ])('checks what it need not build: %s', (_name, text) => {
    expect(agreement(text).id).toEqual({ id: 'WO-1' });
  });

  test.each([
    ['a repeated id', 'id: WO-1\nid: WO-2\n'],
    ['a sequence', '- id: WO-1\n'],
    ['an anchored id', 'id: &a WO-1\n'],
    ['a flow mapping', 'id: WO-1\nscope: {allow: [a]}\n'],
    ['an id on two lines', 'id: WO-1\n  two\n'],
    ['a block scalar id', 'id: |\n  WO-1\n'],
    ['a quoted value on two lines', 'id: WO-1\ntitle: "one\n  two"\n'],
    ['a comment between the lines of a plain scalar', 'id: WO-1\ntitle: one\n# c\n  two\n'],
    ['a comment after the first line of a plain scalar', 'id: WO-1\ntitle: one # c\n  two\n'],
    ['a continuation line that could be a key', 'id: WO-1\ntitle: one\n  two: three\n'],
    ['a block scalar line less indented than its content', 'id: WO-1\nd: |\n    a\n  b\n'],
    ['a blank line deeper than the block content first', 'id: WO-1\nd: |\n      \n  a\n'],
    ['an indentation indicator in a sequence entry', 'id: WO-1\nl:\n  - |2\n     a\n'],
    ['a lone carriage return', 'id: WO-1\rk: v\n'],
    ['a deeper line after a flow sequence', 'id: WO-1\nd: [a, b]\n  c\n'],
    ['a deeper line after a quoted value in a list', 'id: WO-1\nl:\n  - "a"\n    b\n'],
    ['an invalid flow sequence', 'id: WO-1\nk: [a]b]\n'],
  ])('leaves %s to the full parser', (_name, text) => {
    expect(readSimpleYamlId(text)).toBeUndefined();
  });
});

describe('what yaml decides beyond the plain shapes', () => {
  const K = 'k'.repeat(1025);
  test.each([
    ['a key of 1025 characters after the id', `id: WO-1\n${K}: x\n`],
    ['a key of 1025 characters before the id', `${K}: x\nid: WO-1\n`],
    ['a nested key of 1025 characters', `id: WO-1\nm:\n  ${K}: x\n`],
    ['a key of 1025 characters in a list entry', `id: WO-1\nl:\n  - ${K}: x\n`],
    ['a key of 1025 characters without a value', `id: WO-1\n${K}:\n`],
  ])('yaml refuses an implicit key over 1024 characters, so the fast reader never answers: %s', (_name, text) => {
    expect(() => parse(text, { uniqueKeys: false })).toThrow(/1024/);
    expect(readSimpleYamlId(text)).toBeUndefined();
    expect(parseSimpleYaml(text)).toBeUndefined();
  });

  test('a key of exactly 1024 characters is still read', () => {
    expect(agreement(`id: WO-1\n${'k'.repeat(1024)}: x\n`).id).toEqual({ id: 'WO-1' });
  });

  test.each([['null: a\nid: x\n'], ['NULL: a\nNull: b\nid: x\n'], ['True: a\nid: x\n'], ['FALSE: a\nid: x\n']])(
    'a key yaml reads as null or a boolean is left to it when values are built: %j',
    (text) => {
      expect(parseSimpleYaml(text)).toBeUndefined();
      expect(agreement(text).id).toEqual({ id: 'x' });
    },
  );
});

describe('lines that do not match fail in linear time (each pattern has one way to match)', () => {
  // Each of these took minutes to hours when a plain scalar's text and the spaces after it could be
  // split in many ways; the answer must still be yaml's.
  const aligned = (n: number, end: string): string =>
    `id: WO-1\ndepends_on: [${Array.from({ length: n }, (_, i) => `WO-${String(10 + i).padStart(4, '0')}   `).join(', ')}${end}\n`;
  test.each([
    ['a flow sequence of 40 aligned items ending in an item with a colon', aligned(40, ', http://x]')],
    ['a flow sequence of 40 aligned items ending in an escaped quoted item', aligned(40, ', "WO-\\u0031"]')],
    ['a flow sequence of 40 aligned items followed by text', aligned(40, ']x')],
    ['a flow sequence in a list entry', `id: WO-1\nl:\n  - [${'a ,'.repeat(60)} b:c]\n`],
    ['a value with 200,000 spaces before a colon', `id: WO-1\nk: a${' '.repeat(200_000)}b:c\n`],
    ['a list entry with 200,000 spaces before a hash', `id: WO-1\nl:\n- a${' '.repeat(200_000)}b#c\n`],
  ])('%s', (_name, text) => {
    const fast = readSimpleYamlId(text);
    let full: Record<string, unknown> | undefined;
    try {
      full = parse(text, { uniqueKeys: false, prettyErrors: false }) as Record<string, unknown>;
    } catch {
      expect(fast).toBeUndefined(); // invalid: only yaml may say so
      return;
    }
    if (fast !== undefined) expect(fast).toEqual({ id: full['id'] });
  });
});
