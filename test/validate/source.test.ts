import { describe, expect, test } from '@jest/globals';
import { ProblemCollector } from '../../src/validate/problems.js';
import { decode, locate, parseYaml, pointerSegments, positionsOf, SourceText, toPointer } from '../../src/validate/source.js';

function problemsOf(collector: ProblemCollector): string[] {
  return collector.resolve().map((p) => `${p.line}:${p.column} ${p.rule}`);
}

describe('SourceText.position', () => {
  const source = new SourceText('ab\ncd\n\nef');

  test.each([
    [0, 1, 1],
    [1, 1, 2],
    [2, 1, 3],
    [3, 2, 1],
    [6, 3, 1],
    [7, 4, 1],
    [9, 4, 3],
    [99, 4, 3],
  ])('offset %i is line %i, column %i', (offset, line, column) => {
    expect(source.position(offset)).toEqual({ line, column });
  });
});

describe('positionsOf', () => {
  test('gives every offset the line and column SourceText.position gives, in any order, without a line index', () => {
    const text = 'ab\ncd\n\nef\n\n  gh: é\n';
    const source = new SourceText(text);
    const offsets = [99, 7, 0, 3, 3, 6, 2, 15, 14, 9, 1, text.length];
    expect(positionsOf(text, offsets)).toEqual(offsets.map((offset) => source.position(offset)));
  });
});

describe('decode', () => {
  const cases: [string, Buffer, string][] = [
    ['a lone continuation byte', Buffer.from([0x61, 0x0a, 0x62, 0x80]), '2:2 encoding'],
    ['an overlong encoding', Buffer.from([0x61, 0x3a, 0x20, 0xc0, 0x80]), '1:4 encoding'],
    ['an encoded surrogate', Buffer.from([0x0a, 0x0a, 0xed, 0xa0, 0x80]), '3:1 encoding'],
    ['a sequence cut short at the end', Buffer.from([0x78, 0x3a, 0x20, 0xe2, 0x98]), '1:4 encoding'],
    ['a bad byte after multi-byte characters', Buffer.concat([Buffer.from('k: é☕', 'utf8'), Buffer.from([0xff])]), '1:6 encoding'],
  ];
  test.each(cases)('%s is reported at its character position', (_name, bytes, expected) => {
    const collector = new ProblemCollector();
    expect(decode('f.yaml', bytes, collector)).toBeUndefined();
    expect(problemsOf(collector)).toEqual([expected]);
  });

  test('valid UTF-8 decodes, without its byte order mark', () => {
    const collector = new ProblemCollector();
    expect(decode('f.yaml', Buffer.from('\ufeffk: é\n', 'utf8'), collector)?.text).toBe('k: é\n');
    expect(collector.resolve()).toEqual([]);
  });
});

describe('locate', () => {
  const text = ['base: &base', '  allow: [src/**]', 'scope: *base', 'list:', '  - a', '  -', '  - {x: 1}', 'empty:', ''].join('\n');
  const collector = new ProblemCollector();
  const { doc } = parseYaml('f.yaml', new SourceText(text), collector);
  const at = (pointer: string, target: 'value' | 'key' = 'value'): string => {
    const { line, column } = new SourceText(text).position(locate(doc, pointerSegments(pointer), target));
    return `${line}:${column}`;
  };

  test('values, keys and list items', () => {
    expect(at('')).toBe('1:1');
    expect(at('/list')).toBe('5:3');
    expect(at('/list', 'key')).toBe('4:1');
    expect(at('/list/0')).toBe('5:5');
    expect(at('/list/2/x')).toBe('7:9');
    expect(at('/list/2/x', 'key')).toBe('7:6');
  });

  test('an empty value is located at its key', () => {
    expect(at('/empty')).toBe('8:1');
  });

  test('a path through an alias leads into the anchored node', () => {
    expect(at('/scope/allow/0')).toBe('2:11');
  });

  test('a path that stops short is located at the deepest node that exists', () => {
    expect(at('/list/2/missing')).toBe('7:5');
    expect(at('/nothing/here')).toBe('1:1');
  });
});

test('JSON pointers escape ~ and /', () => {
  expect(toPointer(['a/b', '~c', 0])).toBe('/a~1b/~0c/0');
  expect(pointerSegments('/a~1b/~0c/0')).toEqual(['a/b', '~c', '0']);
  expect(pointerSegments('')).toEqual([]);
});
