import { parseDocument } from 'yaml';
import { readSimpleYamlId } from '../../src/core/fast-yaml.js';
import { parseWoText } from '../../src/core/state.js';
import { MAX_YAML_ALIAS_COUNT } from '../../src/core/yaml.js';
import { CORPORA, STATES, seeded, woText, type Seeded } from '../../scripts/bench/corpus.mjs';

/**
 * Differential fuzzing of the id reader audit uses (readSimpleYamlId, through parseWoText) against the
 * `yaml` package alone, on both benchmark corpora (scripts/bench/corpus.mjs) and on thousands of
 * mutations of them, from fixed seeds (a failure names its seed and shows the text; it reproduces).
 *
 * Two properties:
 * - wherever the fast reader answers, `yaml` parses the text without an error, to a mapping, with the
 *   same `id` value (never a wrong answer; everything else must be left to `yaml`);
 * - what audit makes of a WO file (its id, or its file name and why: invalid YAML, empty, not a
 *   mapping, no string id) is what `yaml` alone says, every time.
 */

type Outcome = { id: string } | { fallback: 'invalid' | 'empty' | 'not-a-mapping' | 'no-id' };

/** What `yaml` alone says of a WO file's identity (as audit reads WOs: duplicate keys allowed). */
function yamlOutcome(text: string): { outcome: Outcome; data?: unknown } {
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
  if (doc.errors.length > 0) return { outcome: { fallback: 'invalid' } };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
  } catch {
    return { outcome: { fallback: 'invalid' } };
  }
  if (data === null || data === undefined) return { outcome: { fallback: 'empty' } };
  if (typeof data !== 'object' || Array.isArray(data)) return { outcome: { fallback: 'not-a-mapping' } };
  const id = (data as Record<string, unknown>)['id'];
  if (typeof id !== 'string' || id.trim() === '') return { outcome: { fallback: 'no-id' }, data };
  return { outcome: { id: id.trim() }, data };
}

/** What audit makes of it (parseWoText: the fast reader, else `yaml`). */
function auditOutcome(text: string): Outcome {
  const read = parseWoText(text, 'STEM');
  if (!read.idFromStem) return { id: read.id };
  const problem = read.problem ?? '';
  if (problem.startsWith('invalid YAML')) return { fallback: 'invalid' };
  if (problem === 'the file is empty') return { fallback: 'empty' };
  if (problem === 'the file is not a YAML mapping') return { fallback: 'not-a-mapping' };
  return { fallback: 'no-id' };
}

const show = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value));

/** Checks both properties on one text; returns whether the fast reader answered. */
function check(text: string, label: string): boolean {
  const fast = readSimpleYamlId(text);
  const full = yamlOutcome(text);
  if (fast !== undefined) {
    const id = full.data !== undefined ? (full.data as Record<string, unknown>)['id'] : undefined;
    const agrees = 'id' in full.outcome || full.outcome.fallback === 'no-id' ? show(fast.id) === show(id) : false;
    if (!agrees) throw new Error(`${label}: the fast reader gave the id ${show(fast.id)} where yaml says ${show(full.outcome)} (id ${show(id)}):\n${show(text)}`);
  }
  const audit = auditOutcome(text);
  if (show(audit) !== show(full.outcome)) throw new Error(`${label}: audit reads ${show(audit)} where yaml says ${show(full.outcome)}:\n${show(text)}`);
  return fast !== undefined;
}

// What mutations insert: YAML indicators, white space of every kind YAML treats differently, line ends,
// document markers, directives, anchors, tags, and lines in the shapes a WO file holds.
const TOKENS = [
  ':', ': ', ' #', '#', '-', '- ', '|', '>', '|-', '>+', '|2', '>1-', "'", '"', "''", '\\', '\t', '\r\n', '\r', '\n', '\n\n', ' ', '  ',
  '[', ']', '{', '}', ',', '?', '? ', '&a ', '*a', '!tag ', '!!str ', '%', '@', '`', '\ufeff', '\u00a0', '\u2028', '\u0085', '\u0000',
  '---', '---\n', '...\n', '%YAML 1.2\n---\n', 'null', '~', 'true', '0x1F', '.inf', '1e3', 'é', '😀',
];
const LINES = [
  '  continuation of the line above', '    deeper continuation', '# a comment', '  # an indented comment', '    # deeper comment',
  'key: |', 'key: >-', 'key: |2', '  - item', '- item', 'id: WO-99999', 'id:', 'id: ""', "id: ' padded '", 'id: 12', 'id: [WO-1]',
  'id: |\n  WO-BLOCK', 'id: WO-1 # c', '"id": WO-QUOTED', 'id: &anchor WO-A', 'id: !!str WO-T', '? id\n: WO-EXPLICIT', 'id: "WO-\\u0041"',
  'id: WO-multi\n  line', 'x_extra: {a: 1}', 'list: [a, b', 'text: "open', '...', '---', '', '   ', 'key: value # c\n  more',
  'description: |\n  content\n # less indented\n  more', 'note: >\n\n    deeper first\n  then less', '      ', '        ',
  'note: |\n      \n  a blank line deeper than the content first',
];

function mutate(text: string, random: Seeded): string {
  const pos = (): number => random.int(0, text.length);
  const lines = (): string[] => text.split('\n');
  switch (random.int(0, 9)) {
    case 0:
    case 1: {
      const at = pos();
      return text.slice(0, at) + random.pick(TOKENS) + text.slice(at);
    }
    case 2: {
      const at = pos();
      return text.slice(0, at) + text.slice(at + random.int(1, 12));
    }
    case 3: {
      const all = lines();
      all.splice(random.int(0, all.length), 0, random.pick(LINES));
      return all.join('\n');
    }
    case 4: {
      const all = lines();
      const i = random.int(0, all.length - 1);
      if (random.chance(0.5)) all.splice(i, 1);
      else all.splice(i, 0, all[i]!);
      return all.join('\n');
    }
    case 5: {
      // Indentation: a line moved in or out.
      const all = lines();
      const i = random.int(0, all.length - 1);
      const line = all[i]!;
      all[i] = random.chance(0.5) ? `${' '.repeat(random.int(1, 4))}${line}` : line.replace(/^ {1,4}/, '');
      return all.join('\n');
    }
    case 6: {
      const all = lines();
      const i = random.int(0, all.length - 1);
      const j = random.int(0, all.length - 1);
      [all[i], all[j]] = [all[j]!, all[i]!];
      return all.join('\n');
    }
    case 7:
      return random.pick([
        (t: string) => t.replace(/\n/g, '\r\n'),
        (t: string) => `\ufeff${t}`,
        (t: string) => t.trimEnd(),
        (t: string) => `---\n${t}`,
        (t: string) => `${t}...\n`,
        (t: string) => `${t}---\nid: WO-SECOND\n`,
        (t: string) => t.replace(/^( *)/gm, '$1$1'),
        (t: string) => t.replace(/\n\n/g, '\n  \n'),
        // White space alone on a line, as deep as the content or deeper, first in a block scalar.
        (t: string) => t.replace(/: ([|>][-+0-9]*)\n/, `: $1\n${' '.repeat(random.int(1, 8))}\n`),
      ])(text);
    case 8: {
      // The id line itself rewritten.
      return text.replace(/^id: .*$/m, random.pick(LINES.filter((l) => l.startsWith('id') || l.startsWith('"id') || l.startsWith('? id'))));
    }
    default: {
      // A block scalar header changed: chomping and indentation indicators, comments after it.
      return text.replace(/: ([|>])[-+0-9]*$/m, `: $1${random.pick(['', '-', '+', '1', '2', '9', '0', '2-', '-2', '+1', '--', ' # c', '#c', ' x'])}`);
    }
  }
}

describe('readSimpleYamlId against yaml (differential fuzzing)', () => {
  test('answers every file of both corpora, as yaml does', () => {
    const random = seeded(20260101);
    for (const corpus of CORPORA) {
      for (let i = 0; i < 600; i++) {
        const text = woText(corpus, i, STATES[i % 4]!, random);
        expect(check(text, `${corpus} #${i}`)).toBe(true);
      }
    }
  });

  test.each([1, 2, 3, 4, 5, 6])('agrees with yaml on mutated real-shape and simple files (seed %i)', (seed) => {
    const random = seeded(seed);
    let fast = 0;
    const runs = 2500;
    for (let n = 0; n < runs; n++) {
      const corpus = random.chance(0.75) ? 'realistic' : 'simple';
      let text = woText(corpus, random.int(0, 9999), random.pick(STATES), random);
      for (let k = random.int(1, 3); k > 0; k--) text = mutate(text, random);
      if (check(text, `seed ${seed}, mutation ${n}`)) fast++;
    }
    // The mutations must leave most files readable by the fast path, or they would prove little of it.
    expect(fast).toBeGreaterThan(runs * 0.3);
  });
});
